"""The previous contact: its date, or how long ago it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.models import ANY
from factcheck.models import Claim, Contact, Finding, Verdict
from factcheck.queries import Mode, PreviousQuery, Unit
from factcheck.verify.measure import band, months_between, years_between
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import C, S, U
from factcheck.verify.skeleton import Check, Trial, each_reading, judge

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


@dataclass(frozen=True)
class LatestCheck(Check[Reading, "Contact | None"]):
    """The latest row of each reading before ``before`` (exclusive)."""

    before: date
    rows: list[Contact]
    claimed: str

    def trials(self) -> list[tuple[Reading, list[Contact]]]:
        return each_reading(self.v, self.claim, self.rows)

    def measure(self, reading: Reading, rows: list[Contact]) -> Contact | None:
        return rows[-1] if rows else None

    def interp(self, r: Reading | str) -> str:
        what = r.describe() if isinstance(r, Reading) else r
        return f"{self.v.who(self.claim)}; the latest of the {what} before {self.before.isoformat()}"


@dataclass(frozen=True)
class PreviousAgoCheck(LatestCheck):
    """'The last time they spoke was three months ago': the gap from the latest row, in the claim's unit."""

    unit: str
    lo_b: float
    hi_b: float

    def gap(self, c: Contact) -> float:
        unit, before = self.unit, self.before
        return (
            months_between(c.date, before)
            if unit == "month"
            else years_between(c.date, before)
            if unit == "year"
            else (before - c.date).days / (7 if unit == "week" else 1)
        )

    def fits(self, measured: Contact | None) -> bool:
        return measured is not None and self.lo_b <= self.gap(measured) <= self.hi_b

    def window(self, first: Trial[Reading, Contact | None]) -> tuple[date, date] | None:
        return (first.measured.date, self.before) if first.measured else None

    def _found(self, last: Contact, r: Reading, verdict: Verdict, where: str) -> Finding:
        return self.v.finding(
            self.claim,
            verdict,
            f"the previous contact was on {last.date.isoformat()}, {self.gap(last):.2f} {self.unit}s earlier, "
            f"{where} {self.lo_b:g}–{self.hi_b:g}",
            claimed=self.claimed,
            recorded=f"{last.date.isoformat()} ({self.gap(last):.2f} {self.unit}s)",
            interpretation=self.interp(r),
            evidence=[last],
            window=(last.date, self.before),
            suggestion=f"about {round(self.gap(last))} {self.unit}s ago" if verdict is C else "",
        )

    def supported(self, fit: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]]) -> Finding:
        assert fit.measured is not None
        return self._found(fit.measured, fit.reading, S, "within")

    def failed(
        self, first: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]], verdict: Verdict
    ) -> Finding:
        if first.measured is None:
            return self.v.finding(
                self.claim,
                verdict,
                "the record holds no earlier contact of this pair",
                claimed=self.claimed,
                recorded="none",
            )
        return self._found(first.measured, first.reading, verdict, "outside")


@dataclass(frozen=True)
class PreviousDateCheck(LatestCheck):
    """'They last met on 3 May': the latest row falls on the claimed day (or range)."""

    lo: date
    hi: date

    def fits(self, measured: Contact | None) -> bool:
        if measured is None:
            return False
        lo, hi = self.lo, self.hi
        return lo <= measured.date <= hi or (abs((measured.date - lo).days) <= 1 and lo == hi and measured.zone_dated)

    def window(self, first: Trial[Reading, Contact | None]) -> tuple[date, date] | None:
        return (min(self.lo, first.measured.date), self.before) if first.measured else None

    def supported(self, fit: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]]) -> Finding:
        last = fit.measured
        assert last is not None
        return self.v.finding(
            self.claim,
            S,
            f"the latest matching contact before {self.before.isoformat()} is on {last.date.isoformat()}",
            claimed=self.claimed,
            recorded=last.date.isoformat(),
            interpretation=self.interp(fit.reading),
            evidence=[last],
            window=(last.date, self.before),
        )

    def failed(
        self, first: Trial[Reading, Contact | None], trials: list[Trial[Reading, Contact | None]], verdict: Verdict
    ) -> Finding:
        last = first.measured
        if last is None:
            return self.v.finding(
                self.claim,
                verdict,
                "the record holds no earlier contact of this pair",
                claimed=self.claimed,
                recorded="none",
                interpretation=self.interp(first.reading),
            )
        lasts = " or ".join(d.isoformat() for d in sorted({t.measured.date for t in trials if t.measured}))
        return self.v.finding(
            self.claim,
            verdict,
            f"the latest matching contact before {self.before.isoformat()} is on {lasts}, not {self.claim.value_text}",
            claimed=self.claimed,
            recorded=lasts,
            interpretation=self.interp(first.reading),
            evidence=[last],
            window=(last.date, self.before),
            suggestion=f"{last.date:%-d %B %Y}" if verdict is C else "",
        )


def check_previous(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    ref = claim.anchor
    if ref is None:
        return v.finding(claim, U, "the reported contact's date is unknown", claimed=claim.value_text, recorded="—")
    q = claim.query_as(PreviousQuery)
    rep, _ = v.reported(claim, sides, ANY)
    before = rep.date if rep is not None else ref + timedelta(days=1)
    if q.before:  # the last within a window the sentence names ("last year … the last time on …")
        before, rep = min(before, q.before), None
    rows = v.contacts(sides, None, before - timedelta(days=1))
    if q.mode is Mode.AGO:
        unit = q.unit or Unit.MONTH
        lo_b, hi_b = band(claim.amount or 0.0, claim.qualifier, unit)
        claimed = f"{claim.value_text} before {before.isoformat()}"
        return judge(PreviousAgoCheck(v, claim, sides, before, rows, claimed, unit, lo_b, hi_b))
    lo = claim.day
    if lo is None:  # a previous contact claimed neither by its day nor by its distance
        return v.finding(claim, U, "the claim names no day", claimed=claim.value_text, recorded="—")
    hi = q.hi or lo
    claimed = claim.value_text + (f" ({lo.isoformat()})" if lo == hi else f" ({lo.isoformat()} … {hi.isoformat()})")
    check = PreviousDateCheck(v, claim, sides, before, rows, claimed, lo, hi)
    if rep is not None and lo <= rep.date <= hi:
        return v.finding(
            claim,
            S,
            f"the date is that of the reported contact itself ({rep.date.isoformat()})",
            claimed=claimed,
            recorded=rep.date.isoformat(),
            interpretation=check.interp("contacts"),
            evidence=[rep],
        )
    return judge(check)
