"""The benchmarks' in-process parts run at toy sizes, so that a change to the engine's interfaces cannot
leave ``make bench`` broken unnoticed (it did once: Verifier took the gazetteer's leaders, not the gazetteer)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module
    spec.loader.exec_module(module)
    return module


def test_the_per_claim_part_runs(bench, session_db: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out = bench.part_claims(tmp_path, str(session_db), "3")
    assert out["claims"] > 0 and out["contacts"] > 0 and out["max_ms"] >= out["median_ms"] > 0


def test_the_article_size_part_runs(bench, tmp_path: Path) -> None:  # noqa: ANN001
    out = bench.part_size(tmp_path, "0.01")
    assert out["mb"] == 0.01 and out["seconds"] > 0 and out["claims"] > 0


def test_the_record_benchmark_builds_its_record_and_queries_it(tmp_path: Path) -> None:
    """Its generated data/ must have every file the record is built from (it lacked events.csv once)."""
    import subprocess

    command = [sys.executable, str(ROOT / "benchmarks" / "record_bench.py"), "--contacts", "300", "--people", "6"]
    run = subprocess.run([*command, "--calls", "5", "--keep", str(tmp_path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "generated and built 300 contacts" in run.stdout and "busiest pair" in run.stdout
