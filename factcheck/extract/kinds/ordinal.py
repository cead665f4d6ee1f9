"""Detects "The sixth call this year": the reported contact's position in a window."""

from __future__ import annotations


from factcheck.extract.anchoring import own_day, referent
from factcheck.extract.context import Context, claim_start, clause_bounds, kinds_in, ordinal_value
from factcheck.lang import lexicon
from factcheck.extract.participants import claim_parties
from factcheck.extract.text import Sentence
from factcheck.extract.windows import edge_of, window
from factcheck.models import ClaimKind
from factcheck.queries import OrdinalQuery


def at_place(ctx: Context, text: str, pos: int) -> bool:
    """A capitalised place right after the noun — not a month or weekday ("the first time in April")."""
    m = ctx.g.place_after.match(text, pos)
    if m is None:
        return False
    lex = lexicon(ctx.language)
    word = m.group("w").lower()
    return word not in lex.months and word not in lex.weekdays


def unchecked(ctx: Context, s: Sentence, lo: int, hi: int, n: int | None, text: str, problem: str) -> None:
    """An ordinal the record cannot decide ("the sixth such conversation"): reported, with the reason."""
    ctx.add(
        ClaimKind.ORDINAL,
        lo,
        hi,
        parties=claim_parties(ctx, s, lo, hi),
        query=OrdinalQuery(position=n),
        value_text=text,
        problem=problem,
    )


def detect_ordinal(ctx: Context, s: Sentence) -> None:
    for m in ctx.g.of_many.finditer(s.text):
        problem = "an order among one leader's calls with several others: the record holds no order within a day"
        unchecked(
            ctx, s, s.start + m.start(), s.start + m.end(), ordinal_value(ctx, m.group("ord")), m.group("ord"), problem
        )
    for m in ctx.g.ordinal_bare.finditer(s.text):
        n = ordinal_value(ctx, m.group("ord"))
        o_abs, o_end = s.start + m.start("ord"), s.start + m.end()
        terms = [t for t in s.terms if t.start < o_abs]
        if (
            n is None
            or n == 1
            or not terms
            or any(c.start <= o_abs < c.end and c.kind is ClaimKind.ORDINAL for c in ctx.here)
        ):
            continue
        anchor = own_day(ctx, s, o_abs, consume=True) or referent(ctx, s)
        win = window(ctx, s, o_end, anchor, before=o_abs)
        if win is None:
            continue
        ctx.add(
            ClaimKind.ORDINAL,
            o_abs,
            max(o_end, win.hi),
            parties=claim_parties(ctx, s, terms[-1].start, o_end),
            contact_kinds=terms[-1].kinds,
            kind_word=terms[-1].word,
            anchor=anchor,
            window_start=win.start,
            window_end=win.end,
            value_text=m.group("ord"),
            window_text=win.text,
            query=OrdinalQuery(position=n, edge=edge_of(win)),
        )
    for m in ctx.g.ordinal.finditer(s.text):
        n = ordinal_value(ctx, m.group("ord"))
        if n is None:
            continue
        o_abs, noun_end = s.start + m.start(), s.start + m.end()
        if ctx.g.not_ordinal.match(s.text, m.end("ord")):
            continue  # "in a third country during a phone call", "in the first presidential term": no count
        if ctx.g.held_by_others.search(ctx.frame.article.text, o_abs, min(s.end, noun_end + 150)):
            continue  # "the third round of talks, held between delegations": not the leaders' contact
        if n == 1 and any(c.start <= o_abs < c.end for c in ctx.here):
            continue  # already a "first since / first in" claim
        rest = s.text[m.end() :]
        noun = m.group("noun")
        problem = (
            "an order among one leader's contacts with several others: the record holds no order within a day"
            if ctx.g.among_others.match(s.text, m.end())
            else "counted at one place: the record does not count contacts by place"
            if at_place(ctx, s.text, m.end())
            else 'a series the record does not mark ("such" contacts)'
            if ctx.g.such.search(m.group("mid") or "")
            else ""
        )
        if problem and n == 1:
            continue  # "their first formal summit in Helsinki" is not a count at all
        if problem:
            lo_abs = s.start + m.start()
            unchecked(ctx, s, lo_abs, noun_end, n, m.group("ord"), problem)
            continue
        kinds, word = kinds_in(ctx, s, s.start + m.start("noun"), noun_end)
        if noun.lower() in lexicon(ctx.language).occasion_nouns | lexicon(ctx.language).round_nouns:
            # "the fourth time … that the two men have talked by phone": the clause's contact word
            cl_a, cl_b = clause_bounds(s, o_abs, noun_end)
            kinds, word = kinds_in(ctx, s, noun_end, cl_b)
            if not word:
                kinds, word = kinds_in(ctx, s, cl_a, o_abs)
            if not word:
                continue
        anchor = own_day(ctx, s, o_abs, consume=True) or referent(ctx, s)
        # "the sixth meeting and the first since Osaka": the next ordinal's window is not this one's
        nxt = ctx.g.next_claim.search(s.text, m.end())
        until = s.start + nxt.start() if nxt else None
        win = window(
            ctx, s, o_abs, anchor, before=o_abs, until=until
        )  # "the second in two days phone call" (Russian order)
        if n == 1 and win is None:
            continue  # "the first call" with no window is not a count
        if win is None and (
            ctx.g.unread_window.match(s.text, m.end()) or ctx.g.unread_mid.search(m.group("mid") or "")
        ):
            # "the second call in as many days": a period we cannot read must not become "ever"
            unchecked(ctx, s, o_abs, noun_end, n, m.group("ord"), "the period it counts in could not be read")
            continue
        end_abs = max(noun_end, win.hi if win and win.hi > 0 else noun_end)
        # "the second call between them this year", stopping before a second claim ("… and our 37th")
        between = ctx.g.between_parties.match(rest)
        if between and s.start + m.end() + between.end() > end_abs:
            end_abs = s.start + m.end() + between.end()
        parties = claim_parties(ctx, s, o_abs, end_abs)
        if anchor != ctx.frame.anchor and not any(x.party.person_id for x in s.mentions):
            # "It was their second call this year" after "On Tuesday Trump spoke with Putin": that contact's pair
            parties = next((ps for day, ps, _ in reversed(ctx.discourse.previous_named) if day == anchor), parties)
        ctx.add(
            ClaimKind.ORDINAL,
            claim_start(ctx, s, o_abs, o_abs),
            end_abs,
            parties=parties,
            contact_kinds=kinds,
            kind_word=word,
            anchor=anchor,
            window_start=win.start if win else None,
            window_end=win.end if win else anchor,
            value_text=m.group("ord"),
            window_text=win.text if win else "",
            query=OrdinalQuery(position=n, edge=edge_of(win)),
        )
