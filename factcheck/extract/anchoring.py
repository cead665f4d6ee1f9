"""Which contact a claim is about: the one the article reports (its anchor), one its own clause dates,
or one the sentence before named ("That call was …")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from factcheck.extract.context import Context, clause_bounds, term_kinds
from factcheck.extract.dates import DateMention
from factcheck.models import ANY
from factcheck.queries import FirstAfterQuery, Mode
from factcheck.extract.participants import as_person, claim_parties, hypothetical
from factcheck.extract.text import Sentence, Term
from factcheck.models import Party


def attached_dates(ctx: Context, s: Sentence, t: Term, before: int = 70, after: int = 90) -> list[DateMention]:
    """Dates that belong to the contact word ``t``: near it, with no word between that hands them to
    another event ("just hours after Trump took office on Monday")."""
    out = []
    for d in s.dates:
        if d.precision == "year":
            continue
        if d.start >= t.end and d.start - t.end <= after:
            between = ctx.frame.article.text[t.end : d.start]
            if ctx.g.blockers.search(between) or re.search(r"[;:.!?]", between):
                continue
            if ctx.g.next_clause.search(between) and any(u.verb and d.end < u.start <= d.end + 100 for u in s.terms):
                continue  # "held a videoconference, and in February they spoke by phone": the next verb's date
            if any(u.start > t.end and u.start < d.start for u in s.terms if u is not t and not u.verb):
                continue
            out.append(d)
        elif d.end <= t.start and t.start - d.end <= before:
            between = ctx.frame.article.text[d.end : t.start]
            if ctx.g.blockers.search(between):
                continue
            adjacent = re.fullmatch(r"\s*(?:['’]s)?\s*", between) is not None  # "Thursday's call", "the June 4 call"
            # "on Tuesday held talks", "on Sunday had a phone call": only a verb between
            adjacent = adjacent or ctx.g.verb_only.fullmatch(between) is not None
            cl_a, _ = clause_bounds(s, d.start, d.end)
            # "On June 14, Putin congratulated Trump", "in August Putin and Trump met in Alaska",
            # "and on 7 February they met in Moscow": a date leading its clause
            leading = ctx.g.date_leads.fullmatch(ctx.frame.article.text[cl_a : d.start]) is not None and not re.search(
                r"[;:.!?]", between
            )
            if adjacent or leading:  # "On June 14, Putin congratulated Trump"
                out.append(d)
    # "on 3 March and 9 April": dates joined by "and" belong together
    return out


def find_anchor(ctx: Context, sentences: list[Sentence]) -> tuple[date | None, frozenset[str], bool]:
    """The day of the contact the article reports, the kinds its words allow, and whether the day is only
    approximate (no dated report: the pair's latest contact by publication)."""
    pub = ctx.frame.published
    if pub is None:
        return None, ANY, False
    main = {p.person_id for p in ctx.frame.main_pair}
    for s in sentences[:12]:
        m = ctx.g.present.search(s.text)
        if m:
            return pub, term_kinds(ctx, m.group("noun")), False
        for t in s.terms:
            if hypothetical(ctx, s, t):
                continue
            dates = [d for d in attached_dates(ctx, s, t) if not ctx.g.day_before.fullmatch(d.text.strip())]
            for d in dates:
                if d.day and d.relative and pub - timedelta(days=10) <= d.day <= pub:
                    who = {as_person(ctx, p, d.day).person_id for p in claim_parties(ctx, s, t.start, d.end)}
                    if not main or who == main:
                        return d.day, t.kinds, False
            if (
                not dates
                and not t.verb
                and s.dates == []
                and s.text.strip() != ctx.frame.article.title
                and main
                and main <= {as_person(ctx, p, pub).person_id for p in claim_parties(ctx, s, t.start, t.end)}
            ):
                # the lede reports the pair's contact without a date ("… held a telephone conversation,
                # Ushakov said"): it is the day's news, not a later-dated earlier contact
                return pub, t.kinds, True
    for s in sentences[:4]:
        if s.terms and not s.dates and s.mentions:
            return pub, s.terms[0].kinds, True
    return pub, ANY, True


def own_day(ctx: Context, s: Sentence, keyword: int, consume: bool = False) -> date | None:
    """The day of the contact an ordinal or 'first' claim is about, when its own clause dates it before
    the keyword ("The May 19 call was the third …", "Tuesday's call – the first since …"). A date after
    the keyword belongs to another contact ("the second this year, after a video call on January 21")."""
    d = sentence_day(ctx, s, keyword, keyword + 1)
    if d is None or d.day is None or d.start >= keyword:
        return None
    if consume and "," not in ctx.frame.article.text[d.end : keyword]:
        ctx.used_dates.add(d.start)  # "Friday's call was the fourth …": one claim, not an event beside it
    return d.day


def sentence_day(ctx: Context, s: Sentence, lo: int, hi: int) -> DateMention | None:
    a, b = clause_bounds(s, lo, hi)
    text = ctx.frame.article.text
    for d in s.dates:
        if a <= d.start < b and d.precision in ("day", "week"):
            if ctx.g.since_after.search(text[max(a, d.start - 12) : d.start + 6]) or d.start in ctx.used_dates:
                continue  # "since 16 October" names a window's edge, not the contact
            if ctx.g.said.search(text[max(a, d.start - 24) : d.start]):
                continue  # "the Kremlin said on Wednesday that …": the day of the report, not of the contact
            return d
    return None


def referent(ctx: Context, s: Sentence) -> date | None:
    """The contact a sentence is about: 'That call was the first …' after a dated one of the same pair,
    else the anchor."""
    m = ctx.g.anaphor.match(s.text)
    inner = None if m or s.dates else ctx.g.distal_inner.search(s.text)
    distal = bool(inner or (m and ctx.g.distal.match(s.text)))
    m = m or inner
    contacts = ctx.discourse.previous_named
    if distal:
        contacts = ctx.discourse.previous_last + contacts  # "On that occasion", "Then": the previous contact named too
    if m and contacts:
        # "That meeting …" after "… since their meeting in Davos on 22 January": the named contact of that kind
        lead = [t for t in s.terms if t.start < s.start + m.end() + 25]
        kinds = lead[0].kinds if lead and not lead[0].verb else None
        named = {x.party.person_id for x in s.mentions if x.party.person_id}
        for day, parties, k in reversed(contacts):
            ids = {p.person_id for p in parties}
            # "Then Trump broke off the talks with Zelensky …": a distal anaphor's sentence may name others too
            if (kinds is None or kinds & k) and (not named or named <= ids or (distal and named & ids)):
                return day
    return ctx.frame.anchor


def named_before(ctx: Context, s: Sentence, pos: int, parties: tuple[Party, ...]) -> tuple[date, date | None] | None:
    """The contact an earlier claim of the same sentence names, if it is of the same two people:
    (its first day, its last day when the date is a range such as "earlier this month")."""

    def ids(ps: tuple[Party, ...], day: date | None) -> frozenset[str | None]:
        return frozenset(as_person(ctx, p, day).person_id for p in ps)

    # "Their first call since X came on May 3, which was also their first contact in …": a dated claim
    # the sentence has already made
    for c in reversed(ctx.here):
        dated = isinstance(c.query, FirstAfterQuery) and c.query.mode is Mode.DATED
        if c.end <= pos and c.anchor is not None and dated:
            if ids(c.parties, c.anchor) == ids(parties, c.anchor):
                return c.anchor, None
    # events are detected after 'first' claims, so look at the dated contact words themselves
    for t in sorted((t for t in s.terms if t.end <= pos and not hypothetical(ctx, s, t)), key=lambda t: -t.start):
        for d in attached_dates(ctx, s, t):
            if d.end <= pos and ids(claim_parties(ctx, s, min(t.start, d.start), max(t.end, d.end)), d.lo) == ids(
                parties, d.lo
            ):
                return d.lo, (d.hi if d.hi != d.lo else None)
    return None


def relative_to_anchor(ctx: Context, d: DateMention) -> DateMention:
    """'The day before', 'a day earlier': the day before the reported contact, not before publication."""
    if ctx.frame.anchor is not None and ctx.g.day_before.fullmatch(d.text.strip()):
        day = ctx.frame.anchor - timedelta(days=1)
        return replace(d, lo=day, hi=day)
    return d
