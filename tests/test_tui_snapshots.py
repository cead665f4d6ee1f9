"""SVG snapshots of the review app's key screens (pytest-textual-snapshot).

Built from a hand-made result (not the live engine, whose wording evolves) with a relative article path,
a fixed terminal size, a frozen clock and the review state in tmp_path, so the pictures are deterministic.
Update after an intended change with ``pytest tests/test_tui_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from factcheck.tui.app import make_app
from tui_fixtures import sample_result

SIZE = (120, 40)


def frozen() -> datetime:
    return datetime(2025, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.setenv("HOME", str(tmp_path))  # the export dialog shows its default path as ~/reports/…
    return make_app(result=sample_result("articles/alpha-beta.txt"), state=tmp_path / "review.db", clock=frozen)


async def settle(pilot) -> None:  # noqa: ANN001
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_main_screen(app, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_contradicted_claim_with_reviewer_verdict(app, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["n", "1", "k"], terminal_size=SIZE, run_before=settle)


def test_help(app, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["question_mark"], terminal_size=SIZE, run_before=settle)


def test_export_dialog(app, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["x"], terminal_size=SIZE, run_before=settle)


def test_small_terminal(app, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["n"], terminal_size=(80, 24), run_before=settle)


def test_large_terminal(app, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["j"], terminal_size=(200, 60), run_before=settle)
