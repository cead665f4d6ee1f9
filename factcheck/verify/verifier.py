"""The Verifier: the pair's rows from the record, the readings a claim's words allow, and the entry point."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.errors import OFF_CALENDAR, off_calendar
from factcheck.models import ANY, CALL, PHONE
from factcheck.leaders import Leaders
from factcheck.models import Claim, ClaimKind, Contact, Evidence, Finding, Party, Verdict
from factcheck.queries import FirstAfterQuery, GapQuery
from factcheck.verify.counts import check_count, check_ordinal
from factcheck.verify.duration import check_duration
from factcheck.verify.event import check_event
from factcheck.verify.frequency import check_frequency
from factcheck.verify.previous import check_previous
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import C, S, U, verdict
from factcheck.verify.since import check_first_after, check_gap
from factcheck.verify.words import KIND_WORDS

if TYPE_CHECKING:
    from factcheck.record import Record

# each pair of sides' contacts, keyed by the sides' person ids
ContactsCache = dict[tuple[frozenset[str], frozenset[str]], tuple[Contact, ...]]

REPORTED_SLACK = 3  # days: how far an article may misdate the contact it reports

KIND_CHECKS = {
    ClaimKind.EVENT: check_event,
    ClaimKind.ORDINAL: check_ordinal,
    ClaimKind.COUNT: check_count,
    ClaimKind.PREVIOUS: check_previous,
    ClaimKind.FIRST_AFTER: check_first_after,
    ClaimKind.GAP: check_gap,
    ClaimKind.DURATION: check_duration,
    ClaimKind.FREQUENCY: check_frequency,
}


class Verifier:
    """Runs claims' queries against a record. One per article (it caches the pair's contacts)."""

    def __init__(self, record: Record, leaders: Leaders, language: str = "en", contacts: ContactsCache | None = None):
        self.record = record
        self.leaders = leaders
        self.language = language
        # each pair of sides' contacts; pass one dict to share it across the articles checked against one record
        self._cache: ContactsCache = {} if contacts is None else contacts

    # -------------------------------------------------------------- record access

    def side(self, p: Party) -> Side | None:
        if p.person_id:
            return Side(frozenset({p.person_id}), None, self.leaders.name(p))
        if p.country:
            ids = self.leaders.ever_held(p.country)
            return Side(frozenset(ids), p.country, f"the leader of {p.country}") if ids else None
        return None

    def sides(self, claim: Claim) -> tuple[Side, Side] | None:
        if len(claim.parties) < 2:
            return None
        a, b = self.side(claim.parties[0]), self.side(claim.parties[1])
        if a is None or b is None or (a.ids == b.ids and len(a.ids) == 1):
            return None
        return a, b

    def contacts(self, sides: tuple[Side, Side], lo: date | None = None, hi: date | None = None) -> list[Contact]:
        a, b = sides
        key = (a.ids, b.ids)
        if key not in self._cache:
            self._cache[key] = tuple(self.record.contacts_between(a.ids, b.ids))
        out = []
        for c in self._cache[key]:
            if (lo and c.date < lo) or (hi and c.date > hi):
                continue
            if not self._roles_ok(c, a) or not self._roles_ok(c, b):
                continue
            out.append(c)
        return out

    def _roles_ok(self, c: Contact, side: Side) -> bool:
        if side.country is None:
            return True
        return any(p in side.ids and p in self.leaders.holders(side.country, c.date) for p in c.participants)

    def pairs(self, sides: tuple[Side, Side]) -> list[tuple[str, str]]:
        return [(x, y) for x in sides[0].ids for y in sides[1].ids if x != y]

    def covered(self, sides: tuple[Side, Side], lo: date, hi: date) -> bool:
        """True when the record holds every contact of the pair from lo to hi (inclusive)."""
        if hi < lo:  # a window that ends before it starts is a misreading ("in 2023" in a 2020 article): no evidence
            return False
        spans = sorted((c.start, c.end) for x, y in self.pairs(sides) for c in self.record.coverage(x, y) if c.complete)
        day = lo
        for s, e in spans:
            if s <= day <= e:
                day = e + timedelta(days=1)
            if day > hi:
                return True
        return day > hi

    def record_end(self, sides: tuple[Side, Side]) -> date | None:
        ends = [c.end for x, y in self.pairs(sides) for c in self.record.coverage(x, y)]
        last = self.record.last_contact_date(sides[0].ids, sides[1].ids)
        if last:
            ends.append(last)
        return max(ends) if ends else None

    def relationship_start(self, sides: tuple[Side, Side]) -> date | None:
        """The first day both sides held office: an unwindowed 'their sixth meeting' counts from then."""
        firsts = []
        for side in sides:
            starts = [t.start for pid in side.ids for t in self.leaders.terms(pid)]
            if not starts:
                return None
            firsts.append(min(starts))
        return max(firsts)

    def record_start(self, sides: tuple[Side, Side]) -> date | None:
        starts = [c.start for x, y in self.pairs(sides) for c in self.record.coverage(x, y) if c.complete]
        return min(starts) if starts else None

    # -------------------------------------------------------------- readings

    def readings(self, claim: Claim) -> list[Reading]:
        kinds = claim.contact_kinds or ANY
        options = [kinds]
        if kinds == CALL:
            options.append(PHONE)
        if kinds == PHONE and claim.kind in (ClaimKind.ORDINAL, ClaimKind.COUNT):
            options.append(CALL)  # "four telephone conversations" may include a video call
        out = []
        for k in options:
            out += [Reading(k, False), Reading(k, True), Reading(k, False, group=False)]
            if "video" in k:
                out.append(Reading(k, False, ceremonies=False))
        return out

    def matching(self, contacts: Iterable[Contact], r: Reading) -> list[Contact]:
        """The contacts a reading counts: confirmed, one per visit, of the reading's kinds."""
        out = []
        for c in contacts:
            if not c.counted or c.kind not in r.kinds:
                continue
            if not r.outside_term and c.context_only:
                continue
            if not r.group and c.group_format:
                continue
            if not r.ceremonies and c.ceremony:
                continue
            out.append(c)
        return out

    # -------------------------------------------------------------- entry point

    def verify(self, claim: Claim) -> Finding:
        """The claim's verdict under every reading its words allow: supported when one reading fits,
        contradicted only when every reading fails, otherwise unverifiable. The explanation names the
        reading used and what the written one gives. Date arithmetic that runs off the calendar makes the
        claim unverifiable (errors.OFF_CALENDAR), never a crash."""
        try:
            return self._verify_readings(claim)
        except (OverflowError, ValueError) as exc:
            if not off_calendar(exc):
                raise
            return self.finding(
                claim, U, f"cannot be checked: {OFF_CALENDAR}", claimed=claim.value_text or claim.quote, recorded="—"
            )

    def _verify_readings(self, claim: Claim) -> Finding:
        first = self._verify_one(claim)
        guided = self._record_readings(claim)
        if guided and first.verdict is U:  # the reported contact is not on the day given: the nearest one is
            first = self._read_as(claim, guided[0])
        alternatives = claim.alternatives
        if first.verdict is U and claim.kind is ClaimKind.COUNT and claim.window_start is None and alternatives:
            # no period read at all is no reading: the passage's year is the claim's period
            first = self._read_as(claim, alternatives[0])
            alternatives = alternatives[1:]
        if first.verdict is S or not alternatives:
            return first
        tried = [(alt, self._verify_one(alt)) for alt in alternatives]
        # the same rule over the claim's readings: a fitting one supports; it is contradicted only when the
        # first reading and every other one are contradicted; otherwise the first undecided one speaks
        fits = [(alt, f) for alt, f in tried if f.verdict is S]
        open_ = [(alt, f) for alt, f in tried if f.verdict is U]
        outcome = verdict(bool(fits), lambda: first.verdict is C and not open_)
        if outcome is S:
            alt, f = fits[0]
            return replace(
                f,
                claim=claim,
                interpretation=f"{f.interpretation} (read as {alt.reading})",
                explanation=f"read as {alt.reading}, {f.explanation}; as first read, {first.verdict.value}: "
                f"{first.explanation}",
            )
        if outcome is C:
            return replace(
                first,
                explanation=first.explanation
                + "".join(f"; read as {alt.reading}, {f.explanation}" for alt, f in tried),
            )
        if first.verdict is U:
            return first
        alt, f = open_[0]
        return replace(
            f,
            claim=claim,
            interpretation=f"{f.interpretation} (read as {alt.reading})",
            explanation=f"as first read, {first.explanation}; but read as {alt.reading}, the record cannot "
            f"decide: {f.explanation}",
        )

    def _read_as(self, claim: Claim, reading: Claim) -> Finding:
        """The finding of ``claim`` under another reading of its words, naming that reading."""
        g = self._verify_one(reading)
        return replace(
            g,
            claim=claim,
            interpretation=f"{g.interpretation} (read as {reading.reading})",
            explanation=f"read as {reading.reading}, {g.explanation}",
        )

    def _record_readings(self, claim: Claim) -> tuple[Claim, ...]:
        """Readings the record suggests: a claim about the contact the article reports, dated a few days
        from any contact of the pair, is about the nearest one — an article can misdate its own news
        ("spoke on Monday" for Tuesday's call); the wrong date is the event claim's to flag, not this one's."""
        if not claim.reported or claim.anchor is None or claim.kind is ClaimKind.EVENT:
            return ()
        sides = self.sides(claim)
        if sides is None:
            return ()
        day = claim.anchor
        near = [
            c
            for c in self.contacts(sides, day - timedelta(days=REPORTED_SLACK), day + timedelta(days=REPORTED_SLACK))
            if c.counted and c.part_of is None
        ]
        if not near or any(c.date == day for c in near) or self.locate(sides, day, day, ANY):
            return ()
        nearest = min(near, key=lambda c: (abs((c.date - day).days), c.date))
        return (
            replace(
                claim,
                anchor=nearest.date,
                alternatives=(),
                reading=f"about the contact the article reports, which the record dates {nearest.date.isoformat()}",
            ),
        )

    def _verify_one(self, claim: Claim) -> Finding:
        handler = KIND_CHECKS[claim.kind]
        sides = self.sides(claim)
        if claim.problem:
            return self.finding(
                claim, U, f"cannot be checked: {claim.problem}", claimed=claim.value_text or claim.quote, recorded="—"
            )
        if sides is None:
            who = ", ".join(p.label or "?" for p in claim.parties) or "no one named"
            return self.finding(
                claim,
                U,
                f"the record holds no contacts between these people ({who})",
                claimed=claim.value_text or claim.quote,
                recorded="—",
            )
        return handler(self, claim, sides)

    # -------------------------------------------------------------- helpers

    def finding(
        self,
        claim: Claim,
        verdict: Verdict,
        explanation: str,
        *,
        claimed: str,
        recorded: str,
        interpretation: str = "",
        evidence: Sequence[Contact] = (),
        context: Sequence[Contact] = (),
        suggestion: str = "",
        window: tuple[date, date] | None = None,
    ) -> Finding:
        ev = [Evidence(c, self._names(c), True) for c in evidence]
        seen = {c.id for c in evidence}
        ev += [Evidence(c, self._names(c), False) for c in context if c.id not in seen]
        return Finding(
            claim=claim,
            verdict=verdict,
            participants=self._party_names(claim),
            interpretation=interpretation or self.who(claim),
            claimed=claimed,
            recorded=recorded,
            explanation=explanation,
            evidence=tuple(ev),
            suggestion=suggestion,
            window=window,
        )

    def _names(self, c: Contact) -> tuple[str, ...]:
        return tuple(self.leaders.people[p].name if p in self.leaders.people else p for p in c.participants)

    def _party_names(self, claim: Claim) -> tuple[str, ...]:
        return tuple(self.leaders.name(p, claim.anchor) for p in claim.parties)

    def who(self, claim: Claim) -> str:
        names = self._party_names(claim)
        return " – ".join(names) if names else "—"

    def locate(self, sides: tuple[Side, Side], lo: date, hi: date, kinds: frozenset[str]) -> list[Contact]:
        """Rows of the given kinds on [lo, hi], or a day off where the notes name the other date."""
        rows = [
            c
            for c in self.contacts(sides, lo - timedelta(days=1), hi + timedelta(days=1))
            if not c.disputed and c.kind in kinds
        ]
        exact = [c for c in rows if lo <= c.date <= hi]
        if exact:
            return exact
        return [c for c in rows if c.zone_dated]

    def reported(self, claim: Claim, sides: tuple[Side, Side], kinds: frozenset[str]) -> tuple[Contact | None, str]:
        """The contact a claim is anchored on, or why it cannot be found."""
        if claim.anchor is None:
            return None, "the reported contact's date is unknown"
        lo = claim.anchor
        q = claim.query
        anchor_hi = q.anchor_hi if isinstance(q, FirstAfterQuery | GapQuery) else None
        if anchor_hi:  # "earlier this month": the pair's latest such contact in the range
            rows = [c for c in self.contacts(sides, lo, anchor_hi) if c.counted and c.kind in kinds]
            if rows:
                return rows[-1], ""
        if claim.approximate_anchor:
            rows = [c for c in self.contacts(sides, lo - timedelta(days=1), lo) if c.counted and c.kind in kinds]
            if rows:
                return rows[-1], ""
        else:
            rows = [c for c in self.locate(sides, lo, lo, kinds) if c.counted or c.part_of]
            if rows:
                main = [c for c in rows if c.part_of is None] or rows
                return main[0], ""
        end = self.record_end(sides)
        if end is None or claim.anchor > end:
            return None, "not in the record yet"
        return None, f"the record has no {KIND_WORDS.get(kinds, 'contact')} of this pair on {claim.anchor.isoformat()}"

    def window_text(self, lo: date | None, hi: date | None, claim: Claim) -> str:
        a = lo.isoformat() if lo else "the start of the record"
        b = hi.isoformat() if hi else "now"
        w = f" ({claim.window_text})" if claim.window_text else ""
        return f"{a} … {b}{w}"
