"""Detects a gap named as a pause: "after an almost three-year pause", "a break of four months",
"the hiatus was 4.5 years", "ending a three-year pause", "the break in contacts came to two years".

Each states the time between the contact and the previous matching one, as "the first in N years" does,
with the same tolerances; it is a GAP claim about the contact its sentence names.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.extract.anchoring import named_before, referent, sentence_day
from factcheck.extract.context import Context, kinds_in
from factcheck.extract.participants import claim_parties
from factcheck.extract.quantities import find_periods, period_adjective, qualifier_of
from factcheck.extract.text import Sentence
from factcheck.models import ClaimKind, Party
from factcheck.queries import GapQuery, Unit


def detect_pause(ctx: Context, s: Sentence) -> None:
    text = ctx.frame.article.text
    for m in ctx.g.pause.finditer(s.text):
        lo, hi = s.start + m.start(), s.start + m.end()
        if any(c.kind is ClaimKind.GAP and c.start < hi and lo < c.end for c in ctx.here):
            continue  # "the first call in three years, ending a three-year pause": one claim
        g = m.groupdict()
        # a pause in something else ("a 90-day pause in tariffs") is not a gap between contacts
        of = next((k for k in ("of", "of2", "of3") if g.get(k)), "")
        of_lo, of_hi = (s.start + m.start(of), s.start + m.end(of)) if of else (lo, lo)
        if of and (not any(of_lo <= t.start < of_hi for t in s.terms if not t.verb) or ctx.g.pause_other.search(g[of])):
            continue
        period_text = g.get("p") or g.get("p2") or ""
        if g.get("adj"):
            value_unit = period_adjective(g["adj"], ctx.language)
            if value_unit is None:
                continue
            value, unit = value_unit
        else:
            periods = find_periods(period_text, ctx.language)
            bare = ctx.g.unit_alone.match(period_text)
            if periods:
                value, unit = periods[0].value, periods[0].unit
            elif bare:  # "a year-long pause", "a decade"
                value, unit = 1.0, bare.group("u").lower()
            else:
                continue
            if unit == "decade":
                value, unit = value * 10, "year"
        qualifier = qualifier_of(g.get("q") or g.get("q2"), ctx.language)
        kinds, word = kinds_in(ctx, s, of_lo, of_hi)  # "a pause in contacts": the complement's kinds
        if not word:
            kinds, word = kinds_in(ctx, s, lo, hi)
        if not word:
            kinds, word = kinds_in(ctx, s, s.start, s.end)
        if not word:
            continue
        parties = claim_parties(ctx, s, s.start, s.end)
        day = sentence_day(ctx, s, lo, hi)
        # "the previous call was on 17 January, so the pause lasted five months": the pause ends at the
        # contact the article reports, not at the previous one its sentence dates
        since_previous = day is not None and ctx.g.previous.search(text, s.start, day.start) is not None
        anchor_day = day.day if day and day.day and not since_previous else referent(ctx, s)
        anchor_hi = None
        if anchor_day == ctx.frame.anchor and not (day and day.day):
            anchor_day, anchor_hi = named_before(ctx, s, lo, parties=parties) or (anchor_day, None)
        claim = ctx.add(
            ClaimKind.GAP,
            lo,
            hi,
            parties=parties,
            contact_kinds=kinds,
            kind_word=word,
            anchor=anchor_day,
            value_text=(g.get("adj") or period_text).strip(),
            qualifier=qualifier,
            query=GapQuery(period=value, unit=Unit(unit), anchor_hi=anchor_hi),
        )
        if ctx.g.top_level.search(text, lo, hi):
            # "a pause in contacts at the highest level": between the two countries' leaders, whoever they
            # were, as well as between these two men
            countries = [ctx.leaders.country_of(p.person_id) if p.person_id else p.country for p in parties]
            if len(countries) == 2 and all(countries) and countries[0] != countries[1]:
                offices = tuple(Party(country=c, label=f"the leaders of {c}") for c in countries)
                alt = replace(claim, parties=offices, reading="between the two countries' leaders, whoever held office")
                ctx.here[-1] = replace(claim, alternatives=claim.alternatives + (alt,))
