"""Rates: contacts per year (or month) over a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.models import ANY, CALL, PHONE
from factcheck.models import Claim, Contact, Finding, Verdict
from factcheck.queries import FrequencyQuery, Unit
from factcheck.verify.measure import years_between
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import C, S, U
from factcheck.verify.skeleton import Check, Trial, judge

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


@dataclass(frozen=True)
class FrequencyCheck(Check[Reading, float]):
    """Contacts over [lo, hi] divided by the period's length in the claim's unit, within ±0.5 of the rate."""

    lo: date
    hi: date
    n: float
    span: float
    claimed: str

    def trials(self) -> list[tuple[Reading, list[Contact]]]:
        v, claim = self.v, self.claim
        rows = v.contacts(self.sides, self.lo, self.hi)
        readings = v.readings(claim)
        if not claim.query_as(FrequencyQuery).including_meetings and claim.contact_kinds == ANY:
            readings = [Reading(PHONE, False), Reading(CALL, False)] + readings
        return [(r, v.matching(rows, r)) for r in readings]

    def measure(self, reading: Reading, rows: list[Contact]) -> float:
        return len(rows) / self.span

    def fits(self, rate: float) -> bool:
        return abs(rate - self.n) <= 0.5

    def window(self, first: Trial[Reading, float]) -> tuple[date, date] | None:
        return self.lo, self.hi

    def _found(self, t: Trial[Reading, float], verdict: Verdict, tail: str) -> Finding:
        claim, unit = self.claim, self.claim.query_as(FrequencyQuery).unit or Unit.YEAR
        return self.v.finding(
            claim,
            verdict,
            f"{len(t.rows)} {t.reading.describe()} over {self.span:.2f} {unit}s = {t.measured:.2f}{tail}",
            claimed=self.claimed,
            recorded=f"{t.measured:.2f}",
            interpretation=f"{self.v.who(claim)}; {t.reading.describe()}; {self.lo.isoformat()} … {self.hi.isoformat()} "
            f"({claim.window_text}); ±0.5",
            evidence=t.rows,
            window=(self.lo, self.hi),
            suggestion=f"about {t.measured:.1f} times a {unit}" if verdict is C else "",
        )

    def supported(self, fit: Trial[Reading, float], trials: list[Trial[Reading, float]]) -> Finding:
        return self._found(fit, S, "")

    def failed(self, first: Trial[Reading, float], trials: list[Trial[Reading, float]], verdict: Verdict) -> Finding:
        return self._found(first, verdict, f", not {self.claim.value_text}")


def check_frequency(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    lo, hi, q = claim.window_start, claim.window_end, claim.query_as(FrequencyQuery)
    n = float(q.rate or 0)
    claimed = f"{claim.value_text} times a {q.unit or Unit.YEAR}"
    if lo is None or hi is None:
        return v.finding(claim, U, "the period the average covers is not stated", claimed=claimed, recorded="—")
    span = years_between(lo, hi + timedelta(days=1))
    if q.unit is Unit.MONTH:
        span *= 12
    return judge(FrequencyCheck(v, claim, sides, lo, hi, n, span, claimed))
