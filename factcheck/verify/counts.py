"""Counts and ordinals: how many contacts of the pair the window holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from factcheck.models import Claim, Contact, Finding, Verdict
from factcheck.queries import CountQuery, OrdinalQuery
from factcheck.verify.measure import count_fits
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import C, S, U
from factcheck.verify.skeleton import Check, Trial, judge
from factcheck.verify.words import KIND_WORDS, ordinal_word

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


@dataclass(frozen=True)
class CountCheck(Check[Reading, int]):
    """The count (or the position) of contacts in [lo, hi], against the claimed number and qualifier."""

    ordinal: bool
    n: int
    lo: date | None
    hi: date
    start: date | None
    claimed: str

    def trials(self) -> list[tuple[Reading, list[Contact]]]:
        v, claim, sides, hi = self.v, self.claim, self.sides, self.hi
        rows = v.contacts(sides, self.lo, hi)
        results = [(r, v.matching(rows, r)) for r in v.readings(claim)]
        edge = claim.query.edge if isinstance(claim.query, OrdinalQuery | CountQuery) else None
        if edge:
            # "since 24 February" may count a contact on the 24th itself
            edge_rows = v.contacts(sides, edge, hi)
            for r in v.readings(claim)[:2]:
                results.append((r, v.matching(edge_rows, r)))
        if not self.ordinal and hi == claim.anchor and claim.approximate_anchor:
            # with no dated report in the article, "have had nine calls" may predate the day's own contact
            for r in v.readings(claim)[:1]:
                got = [c for c in v.matching(rows, r) if c.date < hi]
                results.append((Reading(r.kinds, r.outside_term, r.group, edge=False), got))
        return results

    def measure(self, reading: Reading, rows: list[Contact]) -> int:
        return len(rows)

    def fits(self, measured: int) -> bool:
        return count_fits(measured, self.n, self.claim.qualifier)

    def window(self, first: Trial[Reading, int]) -> tuple[date, date] | None:
        if self.lo is None and not self.ordinal:  # no period: nothing to be complete over
            return None
        return (self.start, self.hi) if self.start is not None else None

    def _base(self, r: Reading) -> str:
        up_to = "; up to and including the reported contact" if self.ordinal else ""
        return f"{self.v.who(self.claim)}; {r.describe()}; {self.v.window_text(self.lo, self.hi, self.claim)}{up_to}"

    def _word(self, k: int) -> str:
        return ordinal_word(k, self.v.language) if self.ordinal else str(k)

    def supported(self, fit: Trial[Reading, int], trials: list[Trial[Reading, int]]) -> Finding:
        claim, n = self.claim, self.n
        others = sorted({t.measured for t in trials if t.measured != n})
        note = f" (other readings give {', '.join(map(str, others))})" if others else ""
        noun = "position" if self.ordinal else "count"
        holds = f"the {noun} is {n}" if not claim.qualifier else f"'{claim.value_text}' holds"
        return self.v.finding(
            claim,
            S,
            f"the record has {fit.measured} {KIND_WORDS.get(fit.reading.kinds, 'contacts')} in the window, so {holds}{note}",
            claimed=self.claimed,
            recorded=str(fit.measured),
            interpretation=self._base(fit.reading),
            evidence=fit.rows,
            window=(self.start or self.hi, self.hi),
        )

    def failed(self, first: Trial[Reading, int], trials: list[Trial[Reading, int]], verdict: Verdict) -> Finding:
        claim, lo, hi = self.claim, self.lo, self.hi
        recorded = " or ".join(map(str, sorted({t.measured for t in trials})))
        if lo is None and not self.ordinal:
            return self.v.finding(
                claim,
                verdict,
                f"the period counted is not stated; the record holds {recorded} in all",
                claimed=self.claimed,
                recorded=recorded,
                interpretation=self._base(first.reading),
                evidence=first.rows,
            )
        covered = verdict is C
        return self.v.finding(
            claim,
            verdict,
            f"the record, complete for this pair over the window, has {recorded} under every reasonable reading, not {self.n}"
            if covered
            else f"the record is not complete for this pair over {self.v.window_text(lo, hi, claim)}; it holds {recorded}",
            claimed=self.claimed,
            recorded=recorded,
            interpretation=self._base(first.reading),
            evidence=first.rows,
            suggestion=self._word(first.measured) if covered else "",
            window=(self.start or hi, hi),
        )


def count_like(v: Verifier, claim: Claim, sides: tuple[Side, Side], ordinal: bool) -> Finding:
    n = int(claim.amount or 0)
    hi = claim.window_end or claim.anchor
    lo = claim.window_start
    claimed = (ordinal_word(n, v.language) if ordinal else str(n)) + f" {claim.kind_word}".rstrip()
    if hi is None:
        return v.finding(claim, U, "the reported contact's date is unknown", claimed=claimed, recorded="—")
    if ordinal:
        rep, why = v.reported(claim, sides, claim.contact_kinds)
        if rep is None:
            return v.finding(
                claim,
                U,
                f"the reported contact cannot be found: {why}",
                claimed=claimed,
                recorded="—",
                interpretation=f"{v.who(claim)}; {KIND_WORDS.get(claim.contact_kinds)}; {v.window_text(lo, hi, claim)}",
            )
        hi = rep.date if claim.approximate_anchor else hi
    start = lo or v.relationship_start(sides)
    return judge(CountCheck(v, claim, sides, ordinal, n, lo, hi, start, claimed))


def check_ordinal(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    return count_like(v, claim, sides, ordinal=True)


def check_count(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    return count_like(v, claim, sides, ordinal=False)
