"""Detects "The first X since/after Y [was on D]" (first_after) and "the first X in N years" (gap)."""

from __future__ import annotations

import re
from datetime import timedelta

from factcheck.extract.anchoring import named_before, referent, sentence_day
from factcheck.extract.context import Context, claim_start, clause_bounds, kinds_in
from factcheck.extract.participants import claim_parties
from factcheck.extract.quantities import Quantity, find_periods, qualifier_of
from factcheck.extract.text import Sentence
from factcheck.extract.windows import event_x
from factcheck.lang import lexicon
from factcheck.models import ClaimKind, Qualifier
from factcheck.queries import FirstAfterQuery, GapQuery, Mode, Unit


def detect_first(ctx: Context, s: Sentence) -> None:
    """'the first X since/after Y [was on D]' (first_after) and 'the first X in N years' (gap)."""
    text = ctx.frame.article.text
    lex = lexicon(ctx.language)
    for fm in ctx.g.first.finditer(s.text):
        f_abs = s.start + fm.start()
        cl_a, cl_b = clause_bounds(s, f_abs, f_abs + 1)
        cl_b = min(s.end, max(cl_b, f_abs + 200))
        tail = text[s.start + fm.end() : s.end]
        later = ctx.g.first.search(tail)
        if later:  # "their first meeting of the term and his first visit in a decade": each "first" its own
            tail = tail[: later.start()]
        # the contact words after "first" up to the linking word
        link = ctx.g.first_link.search(tail)
        if not link:
            continue
        between_lo = s.start + fm.end()
        link_abs = between_lo + link.start()
        kinds, word = kinds_in(ctx, s, f_abs, link_abs)
        if not word:
            nxt = re.match(r"\s*(?P<w>[\w-]+)", tail)
            if nxt and ctx.g.visit.fullmatch(nxt.group("w")):
                if ctx.g.visit_to.match(tail, nxt.end()):  # a visit to the other side's country, not "abroad"
                    _visit(ctx, s, fm, link, tail)
                continue
            if nxt and lex.first_followers is not None and nxt.group("w").lower() not in lex.first_followers:
                continue  # "its first purchase of soybeans in two years": another noun is first
            if ctx.g.first_adjective.match(fm.group(0)):
                # a Russian "first" agrees with its noun, which may follow the period ("the first in two years in-person meeting"):
                # follow the period; with a contact word before it too, the narrower kind wins
                kinds, word = kinds_in(ctx, s, f_abs - 60, min(cl_b, link_abs + 40))
        if not word:
            kinds, word = kinds_in(ctx, s, f_abs - 60, link_abs)
        if not word:
            # "talked Friday by phone for the first time in …": the verb comes before "first"
            kinds, word = kinds_in(ctx, s, cl_a, link_abs)
        if not word and lex.noun_follows_gap:
            # "for the first time in three years held a phone call" (Russian word order): the noun follows
            kinds, word = kinds_in(ctx, s, link_abs, cl_b)
        if not word:
            continue
        if ctx.g.held_by_others.search(text, f_abs, min(s.end, link_abs + 150)):
            continue  # "the first direct talks in three years, held between delegations": not the leaders'
        day = sentence_day(ctx, s, f_abs, f_abs + 1)
        anchor_day = day.day if day and day.start < f_abs and day.day else referent(ctx, s)
        lw = link.group(0).lower().split()[-1]
        if lex.gap_date_follows and day and day.day and day.start > f_abs and lw in lex.gap_links:
            anchor_day = (
                day.day
            )  # "for the first time in three years met in Geneva on 16 June" (Russian order): the date follows
            ctx.used_dates.add(day.start)
        if anchor_day == ctx.frame.anchor and not (day and day.day and day.start < f_abs):
            # "…, the first contact between the Russian and US presidents in three years": the contact
            # the same sentence has just named
            anchor_day, anchor_hi = named_before(ctx, s, f_abs, parties=claim_parties(ctx, s, f_abs, link_abs)) or (
                anchor_day,
                None,
            )
        else:
            anchor_hi = None
        parties = claim_parties(ctx, s, f_abs, link_abs)
        if lw in lex.gap_links:
            link_text = link.group(0)
            pre_q = ctx.g.link_qualifier.match(link_text)
            pm = ctx.g.in_period.match(" " + text[link_abs + (pre_q.end() if pre_q else 0) : s.end])
            if not pm:
                continue
            periods = find_periods(pm.group("p"), ctx.language)
            if not periods and ctx.g.decade.search(pm.group("p")):
                periods = [Quantity(0, 0, 10.0, "year", Qualifier.BARE, pm.group("p"))]
            if not periods:
                continue
            q = periods[0]
            qual = (pm.group("q") or (pre_q.group("q") if pre_q else "")).lower()
            qualifier = qualifier_of(qual, ctx.language, default=q.qualifier)
            end_abs = link_abs + (pre_q.end() if pre_q else 0) + pm.end() - 1
            # the claim is the "first … in N years" phrase; its dated verb ("talked Friday by phone for
            # the first time in …") is the contact it measures from, not another claim
            lead = ctx.g.first_lead.search(text[max(cl_a, f_abs - 12) : f_abs])
            assert lead is not None  # every pack's lead ends in an optional part before "$": it always matches
            start_abs = lead.start() + max(cl_a, f_abs - 12)
            if day and day.start < f_abs and "," not in text[day.end : f_abs]:
                ctx.used_dates.add(day.start)
            ctx.add(
                ClaimKind.GAP,
                start_abs,
                end_abs,
                parties=parties,
                contact_kinds=kinds,
                kind_word=word,
                anchor=anchor_day,
                value_text=pm.group("p"),
                qualifier=qualifier,
                query=GapQuery(period=q.value, unit=Unit(q.unit), anchor_hi=anchor_hi),
            )
            continue
        # since / after X
        x = event_x(ctx, s, link_abs + len(link.group(0)), anchor_day)
        if x is None:
            continue
        xlo, xhi, xtext, x_end, _office = x
        if _office:
            xlo = xhi  # the day before the term began
        x_terms = [t for t in s.terms if link_abs < t.start < x_end and not t.verb]
        if x_terms and xlo == xhi:
            ctx.named.append((link_abs, xlo, parties, x_terms[0].kinds))
        for d in s.dates:
            if link_abs < d.start < x_end:
                ctx.used_dates.add(d.start)
        # "… took place on February 12": the first contact after X is dated
        dated = None
        for d in s.dates:
            if (
                d.start >= x_end
                and d.precision in ("day", "month")
                and ctx.g.took_place.match(_without_terms(s, x_end, d.start, text))
            ):
                dated = d
                break
        end_abs = dated.end if dated else x_end
        start_abs = claim_start(ctx, s, f_abs, f_abs)
        offset = _offset(ctx, text[between_lo:link_abs]) if lw in lex.after_words else None
        common = dict(
            parties=parties,
            contact_kinds=kinds,
            kind_word=word,
            window_start=xhi + timedelta(days=1),
            window_text=xtext,
        )
        if offset is not None and not dated:  # "their first call, six days after the inauguration"
            base = xhi + timedelta(days=1) if _office else xhi
            lo_day, hi_day = base + offset[0], base + offset[1]
            ctx.add(
                ClaimKind.FIRST_AFTER,
                start_abs,
                end_abs,
                anchor=lo_day,
                value_text=text[between_lo:x_end].strip(" ,"),
                query=FirstAfterQuery(day=lo_day, mode=Mode.DATED, hi=hi_day),
                **common,
            )
        elif dated:  # the first contact after X was on D
            ctx.used_dates.add(dated.start)
            ctx.add(
                ClaimKind.FIRST_AFTER,
                start_abs,
                end_abs,
                anchor=dated.day,
                value_text=dated.text,
                query=FirstAfterQuery(day=dated.lo, mode=Mode.DATED, hi=dated.hi),
                **common,
            )
        else:  # the reported contact is the first since X: nothing matching in between
            if day and day.start < f_abs and "," not in text[day.end : f_abs]:
                ctx.used_dates.add(day.start)  # "Thursday's call – the first …" is one claim
            ctx.add(
                ClaimKind.FIRST_AFTER,
                start_abs,
                end_abs,
                anchor=anchor_day,
                window_end=anchor_day,
                value_text=xtext,
                query=FirstAfterQuery(mode=Mode.NONE_BETWEEN, anchor_hi=anchor_hi),
                **common,
            )


VISIT_PROBLEM = "a visit or trip to a country, which the record does not hold (it holds contacts between leaders)"


def _visit(ctx: Context, s: Sentence, fm: re.Match[str], link: re.Match[str], tail: str) -> None:
    """ "her first trip to Japan in six years": a claim, but not one about a contact — reported as
    unverifiable, never checked against a meeting."""
    text = ctx.frame.article.text
    link_abs = s.start + fm.end() + link.start()
    end = link_abs + len(link.group(0))
    pm = ctx.g.in_period.match(" " + text[link_abs : s.end])
    if pm:
        end = link_abs + pm.end() - 1
    else:
        x = re.match(r"\s+[^,.;]{1,40}", text[end : s.end])
        end += x.end() if x else 0
    start = s.start + fm.start()
    ctx.add(
        ClaimKind.GAP if pm else ClaimKind.FIRST_AFTER,
        start,
        end,
        parties=claim_parties(ctx, s, start, end),
        kind_word=tail.split()[0] if tail.split() else "visit",
        anchor=referent(ctx, s),
        value_text=text[link_abs:end],
        problem=VISIT_PROBLEM,
    )


def _offset(ctx: Context, between: str) -> tuple[timedelta, timedelta] | None:
    """ "six days after", "a month after", "two months after": how long after X the contact came, as
    the range of days it allows (a day exactly; a week ±3 days; a month ±15 days)."""
    if ctx.g.soon_before.search(between):  # "shortly after the election": within a fortnight
        return timedelta(days=0), timedelta(days=14)
    m = ctx.g.offset_before.search(between)
    if not m:
        return None
    periods = find_periods(m.group("p"), ctx.language)
    if not periods:
        bare = ctx.g.offset_bare.fullmatch(m.group("p").strip())
        if not bare:
            return None
        periods = [
            Quantity(0, 0, 1.0, lexicon(ctx.language).units[bare.group("u").lower()], Qualifier.BARE, m.group("p"))
        ]
    q = periods[0]
    days = {"day": 1, "week": 7, "month": 30.4375, "year": 365.25}.get(q.unit)
    if days is None:
        return None
    slack = {"day": 0, "week": 3, "month": 15, "year": 60}[q.unit]
    mid = round(q.value * days)
    return timedelta(days=mid - slack), timedelta(days=mid + slack)


def _without_terms(s: Sentence, lo: int, hi: int, text: str) -> str:
    """The text between two points without its contact words: "The first after X conversation took place on 12
    February" (Russian word order) puts the noun between X and its predicate date."""
    out, pos = [], lo
    for t in s.terms:
        if lo <= t.start and t.end <= hi and not t.verb:
            out.append(text[pos : t.start])
            pos = t.end
    return "".join(out) + text[pos:hi]
