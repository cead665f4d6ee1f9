"""A dated contact: is it in the record on that day, of that kind?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.models import CALL
from factcheck.models import Claim, Contact, Finding, Verdict
from factcheck.queries import EventQuery, Precision
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import S
from factcheck.verify.skeleton import Check, Trial, judge
from factcheck.verify.words import KIND_WORDS

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


@dataclass(frozen=True)
class EventCheck(Check[str, "list[Contact]"]):
    """'They spoke on 3 May': a row of the claimed kinds on the day (or a day off where its notes name the
    other time zone's date). Its readings: ``"claimed"``, the claimed kinds; ``"at_meeting"``, a call claim
    read as a conversation at an in-person meeting that day — only once the record is known complete then."""

    lo: date
    hi: date
    claimed: str
    interp: str

    def trials(self) -> list[tuple[str, list[Contact]]]:
        rows = self.v.locate(self.sides, self.lo, self.hi, self.claim.contact_kinds)
        if rows:
            return [("claimed", rows)]
        at_meeting: list[Contact] = []
        if self.claim.contact_kinds == CALL and self._complete():
            at_meeting = [c for c in self._other_kind() if c.kind == "in_person"][:1]
        return [("claimed", rows), ("at_meeting", at_meeting)]

    def measure(self, reading: str, rows: list[Contact]) -> list[Contact]:
        return rows

    def fits(self, rows: list[Contact]) -> bool:
        return bool(rows)

    # what the record holds that day, besides the claimed kinds
    def _disputed(self) -> list[Contact]:
        return [c for c in self.v.contacts(self.sides, self.lo, self.hi) if c.disputed]

    def _end(self) -> date | None:
        return self.v.record_end(self.sides)

    def _other_kind(self) -> list[Contact]:
        return [c for c in self.v.contacts(self.sides, self.lo, self.hi) if c.counted]

    def _complete(self) -> bool:
        end = self._end()
        return (
            not self._disputed() and end is not None and self.hi <= end and self.v.covered(self.sides, self.lo, self.hi)
        )

    def _near(self) -> list[Contact]:
        lo, hi = self.lo, self.hi
        near = self.v.matching(
            self.v.contacts(self.sides, lo - timedelta(days=45), hi + timedelta(days=45)),
            Reading(self.claim.contact_kinds, True),
        )
        near.sort(key=lambda c: min(abs((c.date - lo).days), abs((c.date - hi).days)))
        return near

    def _a_day_off(self, near: list[Contact]) -> bool:
        # "in December" for a dinner of 30 November: a month named loosely, or by the other side's date
        return bool(
            near
            and isinstance(self.claim.query, EventQuery)
            and self.claim.query.precision in (Precision.MONTH, Precision.WEEK)
            and (self.lo - timedelta(days=1) <= near[0].date <= self.hi + timedelta(days=1))
        )

    def decides(self, first: Trial[str, list[Contact]]) -> bool:
        return self._complete() and (bool(self._other_kind()) or not self._a_day_off(self._near()))

    def supported(self, fit: Trial[str, list[Contact]], trials: list[Trial[str, list[Contact]]]) -> Finding:
        c, lo, hi = fit.rows[0], self.lo, self.hi
        if fit.reading == "at_meeting":
            explanation = (
                f"the record has an in-person meeting on {c.date.isoformat()}: read as a conversation "
                "at that meeting (as a call, the record has none that day)"
            )
        else:
            off = (
                ""
                if lo <= c.date <= hi
                else f" (the record dates it {c.date.isoformat()}; its notes name the other time zone's date)"
            )
            explanation = f"the record has this {c.kind.replace('_', '-')} contact on {c.date.isoformat()}{off}"
        return self.v.finding(
            self.claim,
            S,
            explanation,
            claimed=self.claimed,
            recorded=f"{c.kind} on {c.date.isoformat()}",
            interpretation=self.interp,
            evidence=fit.rows,
        )

    def failed(
        self, first: Trial[str, list[Contact]], trials: list[Trial[str, list[Contact]]], verdict: Verdict
    ) -> Finding:
        v, claim, claimed, interp = self.v, self.claim, self.claimed, self.interp
        disputed = self._disputed()
        if disputed:
            return v.finding(
                claim,
                verdict,
                "the only such contact in the record is disputed (denied by a party)",
                claimed=claimed,
                recorded="disputed",
                interpretation=interp,
                context=disputed,
            )
        end = self._end()
        if end is None or self.hi > end:
            return v.finding(
                claim,
                verdict,
                "not in the record yet: the record's entries for this pair end "
                f"{end.isoformat() if end else 'before this date'}",
                claimed=claimed,
                recorded="—",
                interpretation=interp,
            )
        other_kind = self._other_kind()
        if not v.covered(self.sides, self.lo, self.hi):
            return v.finding(
                claim,
                verdict,
                "the record is incomplete for this pair at that time",
                claimed=claimed,
                recorded="—",
                interpretation=interp,
                context=other_kind,
            )
        if other_kind:
            c = other_kind[0]
            return v.finding(
                claim,
                verdict,
                f"the contact on {c.date.isoformat()} was {c.kind.replace('_', '-')}, not "
                f"{KIND_WORDS.get(claim.contact_kinds, 'that kind')}",
                claimed=claimed,
                recorded=f"{c.kind} on {c.date.isoformat()}",
                interpretation=interp,
                evidence=other_kind,
                suggestion=f"{c.kind.replace('_', ' ')} contact",
            )
        near = self._near()
        if self._a_day_off(near):
            return v.finding(
                claim,
                verdict,
                f"the record has one on {near[0].date.isoformat()}, a day outside {claim.value_text or 'that period'}: "
                "reports may date it by another time zone",
                claimed=claimed,
                recorded=f"{near[0].kind} on {near[0].date.isoformat()}",
                interpretation=interp,
                context=near[:1],
            )
        return v.finding(
            claim,
            verdict,
            f"the record, complete for this pair then, has no {KIND_WORDS.get(claim.contact_kinds, 'contact')} on that date"
            + (f"; the nearest is on {near[0].date.isoformat()}" if near else ""),
            claimed=claimed,
            recorded=f"nearest: {near[0].date.isoformat()}" if near else "none",
            interpretation=interp,
            context=near[:1],
            suggestion=f"{near[0].date:%-d %B %Y} ({near[0].date:%A})" if near else "",
        )


def check_event(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    q = claim.query_as(EventQuery)
    lo = claim.anchor
    hi = q.hi or lo
    assert lo is not None and hi is not None
    span = f" … {hi.isoformat()}" if hi != lo else ""
    interp = f"{v.who(claim)}; {KIND_WORDS.get(claim.contact_kinds, 'contact')}; on {lo.isoformat()}{span}"
    claimed = f"{claim.kind_word or 'contact'} on {lo.isoformat()}{span}"
    return judge(EventCheck(v, claim, sides, lo, hi, claimed, interp))
