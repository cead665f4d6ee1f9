"""The fuzz script (`make fuzz`, #14) cannot rot: each of its targets runs a handful of cases here and
reports no failure. The full runs (10,000 cases a target) are `make fuzz`, not part of the suite."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import fuzz  # noqa: E402


@pytest.mark.parametrize(("target", "cases"), [("engine", 30), ("import", 30), ("app", 3)])
def test_each_fuzz_target_runs_clean(
    target: str, cases: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fuzz.main(["--target", target, "-n", str(cases), "--seed", "3", "--save", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^  exceptions(?: and failed checks)?: 0$", out, re.M), out
    assert not any(tmp_path.iterdir())  # no failing input saved
