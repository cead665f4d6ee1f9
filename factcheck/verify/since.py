"""'The first since X' and 'the first in N years': what lies between the reported contact and before."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.models import ANY
from factcheck.models import Claim, Contact, Finding, Verdict
from factcheck.queries import FirstAfterQuery, GapQuery, Mode, Unit
from factcheck.verify.measure import band, months_between, round_half, years_between
from factcheck.verify.previous import LatestCheck
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import C, S, U
from factcheck.verify.skeleton import Check, Trial, each_reading, judge

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


@dataclass(frozen=True)
class FirstDatedCheck(Check[Reading, "Contact | None"]):
    """'The first call after the summit was on 3 May': the earliest row from ``after`` falls on that day."""

    after: date
    lo: date
    hi: date
    rows: list[Contact]
    claimed: str

    def trials(self) -> list[tuple[Reading, list[Contact]]]:
        return each_reading(self.v, self.claim, self.rows)

    def measure(self, reading: Reading, rows: list[Contact]) -> Contact | None:
        return rows[0] if rows else None

    def fits(self, first: Contact | None) -> bool:
        lo, hi = self.lo, self.hi
        return bool(
            first and (lo <= first.date <= hi or (lo == hi and abs((first.date - lo).days) <= 1 and first.zone_dated))
        )

    def window(self, first: Trial[Reading, Contact | None]) -> tuple[date, date] | None:
        return (self.after, max(self.hi, first.measured.date)) if first.measured else None

    def _found(self, t: Trial[Reading, Contact | None], verdict: Verdict) -> Finding:
        first, after = t.measured, self.after
        assert first is not None
        return self.v.finding(
            self.claim,
            verdict,
            f"the first matching contact on or after {after.isoformat()} is on {first.date.isoformat()}",
            claimed=self.claimed,
            recorded=first.date.isoformat(),
            interpretation=f"{self.v.who(self.claim)}; the earliest of the {t.reading.describe()} from {after.isoformat()}",
            evidence=[first],
            window=(after, first.date),
            suggestion=f"{first.date:%-d %B %Y}" if verdict is C else "",
        )

    def supported(self, fit: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]]) -> Finding:
        return self._found(fit, S)

    def failed(
        self, first: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]], verdict: Verdict
    ) -> Finding:
        if first.measured is None:
            end = self.v.record_end(self.sides)
            return self.v.finding(
                self.claim,
                verdict,
                "not in the record yet"
                if end is None or self.lo > end
                else "the record holds no such contact after that",
                claimed=self.claimed,
                recorded="none",
            )
        return self._found(first, verdict)


@dataclass(frozen=True)
class NoneBetweenCheck(Check[Reading, "list[Contact]"]):
    """'The first since X': no row of the reading between ``after`` and the reported contact."""

    after: date
    rep: Contact
    claimed: str

    def trials(self) -> list[tuple[Reading, list[Contact]]]:
        rows = self.v.contacts(self.sides, self.after, self.rep.date - timedelta(days=1))
        return each_reading(self.v, self.claim, rows)

    def measure(self, reading: Reading, rows: list[Contact]) -> list[Contact]:
        return rows

    def fits(self, between: list[Contact]) -> bool:
        return not between

    def window(self, first: Trial[Reading, list[Contact]]) -> tuple[date, date] | None:
        return self.after, self.rep.date

    def interp(self, r: Reading) -> str:
        return f"{self.v.who(self.claim)}; {r.describe()} from {self.after.isoformat()} to {self.rep.date.isoformat()} (exclusive)"

    def supported(self, fit: Trial[Reading, list[Contact]], trials: list[Trial[Reading, list[Contact]]]) -> Finding:
        after, rep = self.after, self.rep
        return self.v.finding(
            self.claim,
            S,
            f"the record has no {fit.reading.describe()} between {after.isoformat()} and the reported contact on "
            f"{rep.date.isoformat()}",
            claimed=self.claimed,
            recorded="none in between",
            interpretation=self.interp(fit.reading),
            evidence=[rep],
            window=(after, rep.date),
        )

    def failed(
        self, first: Trial[Reading, list[Contact]], trials: list[Trial[Reading, list[Contact]]], verdict: Verdict
    ) -> Finding:
        got = first.measured
        return self.v.finding(
            self.claim,
            verdict,
            f"the record has {len(got)} matching contact(s) in between, the latest on {got[-1].date.isoformat()}",
            claimed=self.claimed,
            recorded=", ".join(c.date.isoformat() for c in got),
            interpretation=self.interp(first.reading),
            evidence=got,
            window=(self.after, self.rep.date),
            suggestion=f"the first since {got[-1].date:%-d %B %Y}" if verdict is C else "",
        )


def check_first_after(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    after = claim.window_start
    q = claim.query_as(FirstAfterQuery)
    assert after is not None
    if q.mode is Mode.DATED:
        lo = q.day
        if lo is None:
            return v.finding(claim, U, "the claim names no day", claimed=claim.value_text, recorded="—")
        hi = q.hi or lo
        claimed = f"first {claim.kind_word} after {claim.window_text}: {claim.value_text}"
        return judge(FirstDatedCheck(v, claim, sides, after, lo, hi, v.contacts(sides, after, None), claimed))
    # the reported contact is the first since X: nothing matching in between
    rep, why = v.reported(claim, sides, claim.contact_kinds)
    claimed = f"no {claim.kind_word} between {after.isoformat()} and the reported contact"
    if rep is None:
        return v.finding(claim, U, f"the reported contact cannot be found: {why}", claimed=claimed, recorded="—")
    return judge(NoneBetweenCheck(v, claim, sides, after, rep, claimed))


@dataclass(frozen=True)
class GapCheck(LatestCheck):
    """'The first meeting in three years': the gap from the latest row before the reported one, in the band."""

    rep: Contact
    unit: str
    lo_b: float
    hi_b: float

    @property
    def between(self) -> Callable[[date, date], float]:
        return months_between if self.unit == "month" else years_between

    def fits(self, prev: Contact | None) -> bool:
        return prev is not None and self.lo_b <= self.between(prev.date, self.rep.date) <= self.hi_b

    def window(self, first: Trial[Reading, Contact | None]) -> tuple[date, date] | None:
        if first.measured is not None:
            return first.measured.date, self.rep.date
        # no earlier row: contradicted when the record, complete since it starts, already spans more than claimed
        start = self.v.record_start(self.sides)
        return (start, self.rep.date) if start and self.between(start, self.rep.date) > self.hi_b else None

    def interp(self, r: Reading | str) -> str:
        what = r.describe() if isinstance(r, Reading) else r
        return (
            f"{self.v.who(self.claim)}; gap from the latest of the {what} before {self.rep.date.isoformat()}; "
            f"claimed band {self.lo_b:g}–{self.hi_b:g} {self.unit}s"
        )

    def _found(self, t: Trial[Reading, Contact | None], verdict: Verdict, outside: str) -> Finding:
        prev, rep, unit = t.measured, self.rep, self.unit
        assert prev is not None
        g = self.between(prev.date, rep.date)
        return self.v.finding(
            self.claim,
            verdict,
            f"the previous contact was on {prev.date.isoformat()}, {g:.2f} {unit}s earlier{outside}",
            claimed=self.claimed,
            recorded=f"{g:.2f} {unit}s (since {prev.date.isoformat()})",
            interpretation=self.interp(t.reading),
            evidence=[prev, rep],
            window=(prev.date, rep.date),
            suggestion=f"the first in {round_half(g)} {unit}s" if verdict is C else "",
        )

    def supported(self, fit: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]]) -> Finding:
        return self._found(fit, S, "")

    def failed(
        self, first: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]], verdict: Verdict
    ) -> Finding:
        if first.measured is not None:
            return self._found(first, verdict, f", outside {self.lo_b:g}–{self.hi_b:g}")
        if verdict is C:
            start = self.v.record_start(self.sides)
            assert start is not None
            return self.v.finding(
                self.claim,
                verdict,
                f"the record, complete since {start.isoformat()}, has no earlier contact: the gap is longer than claimed",
                claimed=self.claimed,
                recorded=f"none since {start.isoformat()}",
                interpretation=self.interp(first.reading),
            )
        return self.v.finding(
            self.claim,
            verdict,
            "the record holds no earlier contact of this pair",
            claimed=self.claimed,
            recorded="none",
            interpretation=self.interp(first.reading),
        )


def check_gap(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    q = claim.query_as(GapQuery)
    unit: str = q.unit or Unit.YEAR
    value = float(q.period or 0)
    if unit in (Unit.WEEK, Unit.DAY):
        value, unit = value / (4.348 if unit == Unit.WEEK else 30.4375), Unit.MONTH
    lo_b, hi_b = band(value, claim.qualifier, unit)
    claimed = f"first {claim.kind_word} in {claim.value_text}"
    rep, why = v.reported(claim, sides, ANY)
    if rep is None:
        return v.finding(claim, U, f"the reported contact cannot be found: {why}", claimed=claimed, recorded="—")
    rows = v.contacts(sides, None, rep.date - timedelta(days=1))
    return judge(GapCheck(v, claim, sides, rep.date, rows, claimed, rep, unit, lo_b, hi_b))
