"""Who a claim is about: names, roles and pair phrases in a clause → the two sides of a contact;
whether a contact word is a contact between leaders at all (not "spoke to reporters", not "will meet")."""

from __future__ import annotations

import re
from datetime import date

from factcheck import regex_cache
from factcheck.extract.context import Context, clause_bounds
from factcheck.extract.people import Mention
from factcheck.extract.text import Sentence, Term
from factcheck.lang import either, lexicon
from factcheck.models import Party


def merge_parties(ctx: Context, found: list[Party], day: date | None) -> list[Party]:
    out: list[Party] = []
    for p in found:
        if p.person_id is None and p.country is None:  # "the two leaders"
            for q in ctx.frame.main_pair:
                if not any(same_party(q, x) for x in out):
                    out.append(q)
            continue
        if (
            p.country
            and not plural_role(p)
            and any(q.person_id and ctx.leaders.country_of(q.person_id) == p.country for q in found)
        ):
            continue  # "Russian President Vladimir Putin": the name decides
        if p.person_id and any(q.person_id == p.person_id for q in out):
            continue
        if p.country and any(q.country == p.country and q.person_id is None for q in out):
            continue
        out.append(p)
    # "the two leaders … the Ukrainian president": a role and a name of the same man are one side — a
    # pair never holds one person twice
    ref = day or ctx.frame.published
    seen: set[str] = set()
    distinct = []
    for p in out:
        who = as_person(ctx, p, ref).person_id or p.country or p.label
        if who in seen:
            continue
        seen.add(who)
        distinct.append(p)
    return distinct


def same_party(a: Party, b: Party) -> bool:
    return (a.person_id or a.country, a.person_id is None) == (b.person_id or b.country, b.person_id is None)


def plural_role(p: Party) -> bool:
    """'the leaders of Russia and the United States': whoever held both offices, deliberately."""
    return bool(p.country) and re.search(either("plural_roles"), p.label, re.I) is not None


def claim_parties(ctx: Context, s: Sentence, lo: int, hi: int, day: date | None = None) -> tuple[Party, ...]:
    a, b = clause_bounds(s, lo, hi)
    roles = [m.party for m in s.mentions if lo - 5 <= m.start < hi + 5 and plural_role(m.party)]
    if len(roles) >= 2:
        return tuple(roles[:2])
    told = they_named_before(ctx, s, a, lo, hi)
    if told:
        return told
    mentions = [m for m in s.mentions if not possessive_of_other(ctx, m)]
    partner = with_partner(ctx, mentions, lo, hi)
    if partner is not None:
        # "Putin told Xi about his call with Trump": the partner and the sentence's subject
        subject = next(
            (
                m
                for m in mentions
                if m.start < lo
                and m.party != partner.party
                and not (m.party.person_id and m.party.person_id == partner.party.person_id)
            ),
            None,
        )
        if subject is not None:
            pair = merge_parties(ctx, [subject.party, partner.party], day)
            if len(pair) == 2:
                return tuple(pair)
        elif ctx.discourse.last_subject is not None and ctx.g.pronoun.search(ctx.frame.article.text, a, partner.start):
            # "Putin kept up his contacts. On Wednesday he held a video call with Xi": "he" is the last subject
            pair = merge_parties(ctx, [ctx.discourse.last_subject, partner.party], day)
            if len(pair) == 2 and pair[0].person_id != partner.party.person_id:
                return tuple(pair)
    centre = (lo + hi) / 2
    near = sorted((m for m in mentions if a <= m.start < b), key=lambda m: abs(m.start - centre))
    parties = merge_parties(ctx, [m.party for m in near], day)
    if len(parties) < 2:
        rest = sorted(mentions, key=lambda m: abs(m.start - centre))
        parties = merge_parties(ctx, parties + [m.party for m in rest], day)
    if len(parties) < 2:
        main_ids = {q.person_id for q in ctx.frame.main_pair}
        if parties and parties[0].person_id not in main_ids and ctx.frame.main_pair:
            others = [q for q in ctx.frame.main_pair if not same_side(ctx, q, parties[0])]
            parties = parties + others[:1]
        else:
            parties = merge_parties(ctx, parties + list(ctx.frame.main_pair), day)
    return tuple(parties[:2])


def they_named_before(ctx: Context, s: Sentence, a: int, lo: int, hi: int) -> tuple[Party, ...]:
    """'They had last spoken on March 19, the day after Trump's call with Putin': a claim whose subject is
    'they' and whose own words name no one is about the pair the article spoke of last, not about the
    people a later phrase of its sentence names."""
    if not ctx.g.they.search(ctx.frame.article.text, a, hi) or any(a <= m.start < hi for m in s.mentions):
        return ()
    if not any(m.start >= hi for m in s.mentions):
        return ()  # no one else is named: the usual reading finds the pair
    return ctx.pair_before(a) or tuple(ctx.frame.main_pair)


POSSESSED = regex_cache.compile(
    r"['’]s\s+(?!(?:\w+\s+){0,2}?(?:call|conversation|meeting|talks|summit|visit|phone|telephone|video))\w+", re.I
)


def possessive_of_other(ctx: Context, m: Mention) -> bool:
    """'Donald Trump's inauguration', 'Trump's return': the name qualifies something else, so it does
    not name a participant of the contact."""
    return bool(POSSESSED.match(ctx.frame.article.text, m.end))


def with_partner(ctx: Context, mentions: list[Mention], lo: int, hi: int) -> Mention | None:
    """The leader named right after 'with' (or its word in the sentence's language) in a claim's span: the other side of the contact."""
    text = ctx.frame.article.text
    for w in ctx.g.with_word.finditer(text[lo : hi + 40]):
        pos = lo + w.end()
        hit = next((m for m in mentions if pos <= m.start <= pos + 30 and (m.party.person_id or m.party.country)), None)
        if hit is not None and re.fullmatch(r"[\w\s.-]*", text[pos : hit.start]):
            return hit
        return None
    return None


def same_side(ctx: Context, a: Party, b: Party) -> bool:
    ca = a.country or (ctx.leaders.country_of(a.person_id) if a.person_id else "")
    cb = b.country or (ctx.leaders.country_of(b.person_id) if b.person_id else "")
    return bool(ca) and ca == cb


def main_pair(ctx: Context, sentences: list[Sentence]) -> tuple[Party, ...]:
    pub = ctx.frame.published
    for s in sentences[:8]:
        for t in s.terms:
            a, b = clause_bounds(s, t.start, t.end)
            ps = merge_parties(
                ctx, [m.party for m in s.mentions if a <= m.start < b and (m.party.person_id or m.party.country)], pub
            )
            ps = [canonical(ctx, as_person(ctx, p, pub)) for p in ps]
            ps = [p for i, p in enumerate(ps) if p not in ps[:i]]
            if len(ps) >= 2:
                return tuple(ps[:2])
    counts: dict[Party, int] = {}
    for s in sentences:
        for m in s.mentions:
            if m.party.person_id or m.party.country:
                p = canonical(ctx, as_person(ctx, m.party, pub))
                counts[p] = counts.get(p, 0) + 1
    ranked = sorted(counts, key=lambda p: -counts[p])
    return tuple(ranked[:2])


def canonical(ctx: Context, p: Party) -> Party:
    """One Party per person, whatever the article called them ("Macron", "Emmanuel Macron")."""
    return Party(person_id=p.person_id, label=ctx.leaders.name(p)) if p.person_id else p


def as_person(ctx: Context, p: Party, day: date | None) -> Party:
    if p.person_id or not p.country or day is None:
        return p
    ids = ctx.leaders.holders(p.country, day)
    return Party(person_id=ids[0], label=p.label) if ids else p


def hypothetical(ctx: Context, s: Sentence, t: Term) -> bool:
    """'will speak on Monday', 'denied that they spoke', 'spoke to reporters': no leaders' contact the
    record could hold."""
    cl_a, _ = clause_bounds(s, t.start, t.end)
    if ctx.g.future.search(ctx.frame.article.text[max(cl_a, t.start - 60) : t.end]):
        return True
    if (
        not t.verb
        and any(m.start() <= t.start - s.start < m.end() for m in ctx.g.org_summit.finditer(s.text))
        and not any(u is not t and t.start - 40 <= u.start < t.start for u in s.terms)
    ):  # ("their talks at the G20 summit", "talked at the APEC summit": the contact at the summit stands)
        return True  # "after a European Union summit in December": a bloc's gathering, not their contact
    if ctx.g.plan_after.match(ctx.frame.article.text, t.end):
        return True  # "the summit could be held as early as Monday"
    if t.verb and t.word.lower() == "called" and ctx.g.naming.match(ctx.frame.article.text, t.end):
        return True  # "what the Élysée called one of the last efforts", "Xi called it their second summit"
    if ctx.g.planned_after.match(ctx.frame.article.text[t.end : t.end + 40]):
        return True  # "a meeting planned for September 1"
    return leaderless(ctx, s, t) or not with_leader(ctx, s, t)


def leaderless(ctx: Context, s: Sentence, t: Term) -> bool:
    """A contact word whose clause names other actors and no leader ("Lavrov and Rubio spoke", "the
    envoys met on Monday") is not a contact between leaders; a bare verb needs its leaders named."""
    a, b = clause_bounds(s, t.start, t.end)
    if not t.verb and ctx.g.actor_between.match(ctx.frame.article.text[t.end : t.end + 60]):
        return True  # "talks between Russian and US delegations"
    if t.verb:
        actor = None
        for actor in ctx.g.actor.finditer(ctx.frame.article.text, max(a, t.start - 60), t.start):
            pass
        if actor is not None and not any(actor.end() <= m.start < t.start and m.party.person_id for m in s.mentions):
            return True  # "Kremlin spokesman Dmitry Peskov said": the aide speaks, not the leaders
    if any(a <= m.start < b for m in s.mentions):
        return False
    if t.verb:  # "They spoke by phone on …": the pronoun stands for the pair just named
        return not ctx.g.they_before.search(ctx.frame.article.text[a : t.start])
    before = ctx.frame.article.text[a : t.start]
    around = ctx.frame.article.text[a : min(b, t.end + 40)]
    return bool(ctx.g.actor.search(around) or ctx.g.two_names.search(before))


def with_leader(ctx: Context, s: Sentence, t: Term) -> bool:
    """A contact word's partner, when it names one ("spoke with X", "a meeting with Y", "told X"), must
    be a leader: "spoke to reporters", "a call with EU officials" are not leaders' contacts."""
    text = ctx.frame.article.text
    m = None if t.word.lower().startswith(lexicon(ctx.language).told_verbs) else ctx.g.with_to.match(text, t.end)
    weak = m is None and t.verb and ctx.g.weak_verbs.match(text, t.start) is not None
    if m is None and not weak:
        return True
    start = m.end() if m else t.end
    return any(
        start <= x.start <= start + 45 and (x.party.person_id or x.party.country or x.party.label) for x in s.mentions
    ) and not ctx.g.not_leaders.match(text[start : start + 30])
