"""Detects "Spoke for nearly an hour", "lasted two hours five minutes" — the length of a named or reported contact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.extract.anchoring import referent
from factcheck.extract.context import NO_DATE, Context, clause_bounds, kinds_in
from factcheck.lang import lexicon
from factcheck.extract.participants import claim_parties
from factcheck.extract.text import Sentence
from factcheck.models import ClaimKind, Party
from factcheck.queries import DurationQuery


@dataclass(frozen=True)
class NamedContact:
    """A past contact named by its year or place ("the 2019 meeting in Paris, which lasted …")."""

    lo: date
    hi: date
    place: str


def named_contact(ctx: Context, s: Sentence, lo: int, hi: int) -> NamedContact | None:
    """The contact a noun phrase names by a year and/or a place, between its contact word and its length."""
    text = ctx.frame.article.text
    year = next((d for d in s.dates if d.precision == "year" and lo - 12 <= d.start < hi), None)
    place = ctx.g.at_place.search(text, lo, hi)
    if place and place.group("place").lower() in lexicon(ctx.language).months:
        place = None
    if year is None and place is None:
        return None
    start = year.lo if year else date(1900, 1, 1)
    end = year.hi if year else (ctx.frame.anchor or ctx.frame.published or date.max)
    return NamedContact(start, end, place.group("place") if place else "")


def detect_duration(ctx: Context, s: Sentence) -> None:
    text = ctx.frame.article.text
    for q in s.durations:
        before = text[max(s.start, q.start - 60) : q.start]
        after = text[q.end : s.end]
        trig = ctx.g.duration_trigger.search(before) or ctx.g.ended_after.search(before)
        noun_after = ctx.g.noun_after_length.match(after)
        # "more than two hours after reporters left": time elapsed at a moment, not a length — a claim only
        # while the contact was still going on ("were still talking at 6 p.m."), and then a lower bound
        elapsed = bool(ctx.g.elapsed.match(after))
        if elapsed and trig and ctx.g.sequel.match(after):
            elapsed = False  # "talked for two hours before Trump declared …": a length, then what followed
        if elapsed:
            if not ctx.g.ongoing.search(s.text):
                continue
        elif not trig and not noun_after and not (q.clock and kinds_in(ctx, s, s.start, q.start)[1]):
            continue  # a clock span ("from 9.05am until 11.40am") is a length when a contact word precedes it
        if ctx.g.planned_length.search(before):
            continue  # "initially scheduled for 30 minutes": a plan, not a length
        if any(c.start <= q.start < c.end and c.kind is not ClaimKind.EVENT for c in ctx.here):
            continue
        # whose contact: an unknown person named just before ("speaking with Chancellor Merkel for …")
        stranger = ctx.g.stranger_before.search(before)
        lo = trig.start() + max(s.start, q.start - 60) if trig else q.start
        cl_a, _ = clause_bounds(s, q.start, q.end)
        kinds, word = kinds_in(ctx, s, cl_a, q.end + (noun_after.end() if noun_after else 0))
        if not word:
            kinds, word = ctx.frame.anchor_kinds, "contact"
        term_before = [t for t in s.terms if cl_a <= t.start < q.start]
        if term_before and not re.search(r"[,;]|\d", text[term_before[-1].end : lo]):
            lo = min(lo, term_before[-1].start)  # "the call lasted …", not "the call, on June 4, lasted …"
        hi = q.end
        day = None
        for d in s.dates:
            if d.precision not in ("day", "week", "month") or d.start >= q.start:
                continue
            if ctx.g.when_after_date.match(text[d.end : d.end + 8]):
                day = d  # "since May 28, when Macron … spoke with Putin for 80 minutes"
            elif not ctx.g.since_after.search(text[max(s.start, d.start - 8) : d.start + 3]):
                day = d
        if noun_after:  # "a 90-minute call on March 18": the phrase, and the date after the noun, are the call's
            lo, hi = q.start, q.end + noun_after.end()
            after_noun = q.end + noun_after.end()
            day = next((d for d in s.dates if after_noun <= d.start <= after_noun + 6 and d.precision != "year"), day)
        own_lo = term_before[-1].start if term_before else lo
        named = named_contact(ctx, s, own_lo, q.start) if not (day and day.start >= own_lo) else None
        if named:
            day = None  # "Monday's talks ran past the 2019 meeting in Paris, which lasted …"
        parties = claim_parties(ctx, s, lo, hi)
        problem = ""
        if stranger and not any(
            m.start >= q.start - 60 + s.start * 0
            and m.party.person_id
            and m.start < q.start
            and m.start >= max(s.start, q.start - 60)
            for m in s.mentions
        ):
            name = stranger.group("n")
            parties = (Party(label=name),) + tuple(p for p in parties[:1])
            problem = f"the record holds no contacts with {name}"
        ctx.add(
            ClaimKind.DURATION,
            lo,
            hi,
            parties=parties,
            contact_kinds=kinds,
            kind_word=word,
            anchor=day.lo if day else named.lo if named else referent(ctx, s),
            value_text=q.text,
            qualifier=q.qualifier,
            problem=problem or ("" if day or ctx.frame.anchor else (NO_DATE if ctx.frame.published is None else "")),
            query=DurationQuery(
                minutes=q.value,
                date_hi=named.hi if named else day.hi if day and not day.day else None,
                place=named.place if named else "",
                elapsed=bool(elapsed),
            ),
        )
