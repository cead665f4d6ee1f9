"""Atomic report writing: no overwrite without force, one-line errors, no partial file on Ctrl-C."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.errors import OutputError
from factcheck.report import default_report_path
from factcheck.report.output import write_report


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_writes_utf8_and_returns_path(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    assert write_report(target, "Путин ✓\n") == target
    assert target.read_bytes() == "Путин ✓\n".encode()
    assert target.stat().st_mode & 0o777 == 0o644
    assert _leftovers(tmp_path) == []


def test_existing_file_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("old")
    with pytest.raises(OutputError, match=r"already exists \(pass --force to overwrite\)"):
        write_report(target, "new")
    assert target.read_text() == "old"
    target.chmod(0o600)
    write_report(target, "new", force=True)
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("missing-dir/r.md", "does not exist"),
        (".", "is a directory"),
        ("/proc/factcheck-report.md", "cannot write"),
    ],
)
def test_unwritable_paths_are_one_line_errors(tmp_path: Path, path: str, message: str) -> None:
    target = Path(path) if path.startswith("/") else tmp_path / path
    with pytest.raises(OutputError, match=message) as info:
        write_report(target, "x")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_interrupt_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, where, interrupt)
    target = tmp_path / "r.html"
    with pytest.raises(KeyboardInterrupt):
        write_report(target, "<p>big</p>" * 10_000)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_interrupt_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.csv"
    target.write_text("old")

    def interrupt(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_report(target, "new", force=True)
    assert target.read_text() == "old" and _leftovers(tmp_path) == []


def test_default_report_path() -> None:
    assert default_report_path("examples/summit-call.txt", "md") == Path("examples/summit-call.report.md")
    assert default_report_path("a/b.html", "claimreview") == Path("a/b.report.claimreview.json")
    assert default_report_path("-", "csv") == Path("report.csv")
