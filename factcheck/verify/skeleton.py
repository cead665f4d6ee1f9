"""One verification skeleton: readings → rows → measure → tolerance → verdict and explanation.

A kind of claim supplies a ``Check``: the rows each reading counts (``trials``), what it measures in them
(``measure``), whether that fits the claim within its tolerance (``fits``), the window the record must hold
completely for a failure to contradict (``window``, or ``decides`` for a kind whose
record decides otherwise), and its wording (``supported``, ``failed``). ``judge``
runs them in that order and takes the verdict from ``rule.verdict``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from factcheck.models import Claim, Contact, Finding, Verdict
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import S, verdict

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier

R = TypeVar("R")  # a reading: which rows count (a Reading), or which figure of the record (duration)
M = TypeVar("M")


@dataclass(frozen=True)
class Trial(Generic[R, M]):
    """One reading, the rows it counts, and what the kind measures in them."""

    reading: R
    rows: list[Contact]
    measured: M


@dataclass(frozen=True)
class Check(Generic[R, M]):
    """What one kind of claim supplies to ``judge``: its measure and its wording."""

    v: Verifier
    claim: Claim
    sides: tuple[Side, Side]

    def trials(self) -> list[tuple[R, list[Contact]]]:
        """(reading, the rows it counts) for every reading, the first the plain one."""
        raise NotImplementedError

    def measure(self, reading: R, rows: list[Contact]) -> M:
        raise NotImplementedError

    def fits(self, measured: M) -> bool:
        raise NotImplementedError

    def window(self, first: Trial[R, M]) -> tuple[date, date] | None:
        """The period the record must hold completely for the plain reading's failure to contradict the
        claim; None when no window can decide it."""
        raise NotImplementedError

    def decides(self, first: Trial[R, M]) -> bool:
        """Whether the record can decide against the claim: by default, it holds the window completely."""
        window = self.window(first)
        return window is not None and self.v.covered(self.sides, *window)

    def supported(self, fit: Trial[R, M], trials: list[Trial[R, M]]) -> Finding:
        raise NotImplementedError

    def failed(self, first: Trial[R, M], trials: list[Trial[R, M]], verdict: Verdict) -> Finding:
        raise NotImplementedError


def judge(check: Check[R, M]) -> Finding:
    """The claim's finding: the first reading that fits supports it; otherwise the plain reading's result
    contradicts it when the record covers the window, and leaves it unverifiable when it does not."""
    trials = [Trial(r, rows, check.measure(r, rows)) for r, rows in check.trials()]
    fit = next((t for t in trials if check.fits(t.measured)), None)
    first = trials[0]
    outcome = verdict(fit is not None, lambda: check.decides(first))
    if fit is not None and outcome is S:
        return check.supported(fit, trials)
    return check.failed(first, trials, outcome)


def each_reading(v: Verifier, claim: Claim, rows: list[Contact]) -> list[tuple[Reading, list[Contact]]]:
    """The rows every reading of the claim counts: the ``trials`` of most kinds."""
    return [(r, v.matching(rows, r)) for r in v.readings(claim)]
