"""The verdict rule (issue #13): one place decides when a claim is contradicted, and every kind uses it.

Supported when one reasonable reading fits; contradicted only when every reading fails *and* the record
covers the window; otherwise unverifiable. Changing the rule, or writing a verdict outside it, fails here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from factcheck.models import Finding, Verdict
from factcheck.verify.rule import verdict
from factcheck.verify.skeleton import Check, Trial, judge

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE
VERIFY = Path(__file__).resolve().parent.parent / "factcheck" / "verify"


@pytest.mark.parametrize(
    ("fits", "covered", "expected"),
    [(True, True, S), (True, False, S), (False, True, C), (False, False, U)],
)
def test_rule_truth_table(fits: bool, covered: bool, expected: Verdict) -> None:
    assert verdict(fits, lambda: covered) is expected


def test_rule_asks_coverage_only_when_every_reading_fails() -> None:
    asked: list[bool] = []

    def covered() -> bool:
        asked.append(True)
        return True

    assert verdict(True, covered) is S
    assert asked == []
    assert verdict(False, covered) is C
    assert asked == [True]


@dataclass
class FakeRecord:
    """Stands in for the Verifier: only ``covered`` is asked, and it notes the windows it was asked about."""

    complete: bool
    asked: list[tuple[date, date]] = field(default_factory=list)

    def covered(self, sides: object, lo: date, hi: date) -> bool:
        self.asked.append((lo, hi))
        return self.complete


WINDOW = (date(2025, 1, 1), date(2025, 6, 30))


@dataclass(frozen=True)
class NumberCheck(Check[str, int]):
    """A toy kind: each reading 'measures' a number; the claim is that it equals ``n``."""

    values: tuple[tuple[str, int], ...] = ()
    n: int = 0
    window_known: bool = True

    def trials(self) -> list[tuple[str, list]]:
        return [(name, [value]) for name, value in self.values]

    def measure(self, reading: str, rows: list) -> int:
        return rows[0]

    def fits(self, measured: int) -> bool:
        return measured == self.n

    def window(self, first: Trial[str, int]) -> tuple[date, date] | None:
        return WINDOW if self.window_known else None

    def supported(self, fit: Trial[str, int], trials: list[Trial[str, int]]) -> Finding:
        return (S, fit.reading)  # type: ignore[return-value]

    def failed(self, first: Trial[str, int], trials: list[Trial[str, int]], verdict: Verdict) -> Finding:
        return (verdict, first.reading)  # type: ignore[return-value]


def run(record: FakeRecord, values: tuple[tuple[str, int], ...], n: int, window_known: bool = True) -> tuple:
    return judge(NumberCheck(record, None, None, values, n, window_known))  # type: ignore[arg-type]


def test_one_fitting_reading_supports_and_names_that_reading() -> None:
    record = FakeRecord(complete=True)
    assert run(record, (("plain", 3), ("wider", 4)), 4) == (S, "wider")
    assert record.asked == []  # a fit never asks whether the record is complete


def test_every_reading_failing_over_a_complete_window_contradicts_with_the_plain_reading() -> None:
    record = FakeRecord(complete=True)
    assert run(record, (("plain", 3), ("wider", 5)), 4) == (C, "plain")
    assert record.asked == [WINDOW]


def test_every_reading_failing_over_an_incomplete_window_is_unverifiable() -> None:
    assert run(FakeRecord(complete=False), (("plain", 3), ("wider", 5)), 4) == (U, "plain")


def test_no_window_to_decide_is_unverifiable_without_asking() -> None:
    record = FakeRecord(complete=True)
    assert run(record, (("plain", 3),), 4, window_known=False) == (U, "plain")
    assert record.asked == []


def test_verdicts_are_decided_only_by_the_rule() -> None:
    """No kind module hands out a contradiction itself: outside rule.py a kind may only compare with C
    (``verdict is C`` to choose its wording), never return it. compose.py is the one other place: a claim
    made of two parts (a date and a length) is contradicted when a part is — findings combined, not readings."""
    offenders = []
    for path in sorted(VERIFY.glob("*.py")):
        if path.name in ("rule.py", "compose.py"):
            continue
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith(("from ", "import ")):
                continue
            if re.search(r"(?<!is )(?<!is not )\bC\b", line):
                offenders.append(f"{path.name}:{i}: {line.strip()}")
    assert not offenders, offenders
