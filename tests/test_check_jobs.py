"""`factcheck check --jobs N`: the same output as one process, errors in one line, a progress bar only
on a terminal."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT

TEMPLATES = (
    "date 2025-06-{d:02d}\n\nPutin and Trump spoke by phone on {wd}. The call lasted about {m} minutes. "
    "It was their {o} conversation this year.\n",
    "date 2025-03-{d:02d}\n\nПутин и Трамп провели телефонный разговор. Разговор продолжался около {m} минут.\n",
    "date 2024-11-{d:02d}\n\nXi Jinping and Vladimir Putin met in person on {wd}, officials said. "
    "The two leaders have met {n} times in the past ten years.\n",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def articles(directory: Path, n: int) -> list[str]:
    paths = []
    for i in range(n):
        text = TEMPLATES[i % 3].format(
            d=1 + i % 28,
            wd=WEEKDAYS[i % 7],
            m=20 + i % 70,
            n=2 + i % 40,
            o=("second", "third", "fifth", "sixth")[i % 4],
        )
        p = directory / f"{i:03d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def run(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=ROOT, timeout=120, **kw
    )  # type: ignore[call-overload]


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_workers_give_the_same_output_in_the_same_order(session_db: Path, tmp_path: Path, fmt: str) -> None:
    paths = articles(tmp_path, 24)
    one = run("check", *paths, "--db", str(session_db), "--format", fmt)
    two = run("check", *paths, "--db", str(session_db), "--format", fmt, "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert two.stdout == one.stdout and two.stderr == ""
    if fmt == "json":
        assert len(one.stdout.splitlines()) == 24


def test_all_cores_and_a_bad_file_among_many(session_db: Path, tmp_path: Path) -> None:
    paths = articles(tmp_path, 12)
    assert run("check", *paths, "--db", str(session_db), "--jobs", "0", "--format", "json").returncode == 0
    out = run("check", *paths[:6], str(tmp_path / "missing.txt"), *paths[6:], "--db", str(session_db), "--jobs", "2")
    assert out.returncode == 2 and out.stderr.strip().splitlines() == [
        f"factcheck: error: {tmp_path / 'missing.txt'}: no such file"
    ]


def test_every_worker_failing_at_once_is_one_error(session_db: Path, tmp_path: Path) -> None:
    """Both workers refuse their article at the same moment. With multiprocessing.Pool, 1 such run in 40
    under load hung for ever: a worker stopped while sending its error kept the pool's result lock."""
    paths = []
    for name in ("a", "b", "c", "d"):
        (tmp_path / f"{name}.txt").write_text("date 9999-12-31\n\nPutin and Trump spoke by phone.\n")
        paths.append(str(tmp_path / f"{name}.txt"))
    for _ in range(3):
        out = run("check", *paths, "--db", str(session_db), "--jobs", "2")
        assert out.returncode == 2 and out.stderr.strip().splitlines() == [
            f"factcheck: error: {paths[0]}: dateline date 9999-12-31 is outside the dates factcheck checks"
            " (1000-01-01 – 8999-12-31)"
        ]


def test_a_bad_database_fails_before_any_worker(tmp_path: Path) -> None:
    paths = articles(tmp_path, 4)
    out = run("check", *paths, "--db", str(tmp_path / "none.db"), "--jobs", "2")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1 and "not found" in out.stderr


def test_progress_bar_on_a_terminal_only(session_db: Path, tmp_path: Path) -> None:
    paths = articles(tmp_path, 6)
    piped = run("check", *paths, "--db", str(session_db), "--format", "json", "--jobs", "2")
    assert piped.returncode == 0 and piped.stderr == ""

    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "factcheck",
            "check",
            *paths,
            "--db",
            str(session_db),
            "--format",
            "json",
            "--jobs",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=slave,
        cwd=ROOT,
        env=env,
    )
    os.close(slave)
    out, _ = proc.communicate(timeout=120)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the terminal's other end is closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.returncode == 0 and len(out.splitlines()) == 6  # standard output is the same JSON Lines
    screen = seen.decode("utf-8", "replace")
    assert "checking" in screen and "6/6" in screen


def test_one_article_shows_no_bar(session_db: Path) -> None:
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", str(EXAMPLE), "--db", str(session_db), "--format", "json"],
        stdout=subprocess.DEVNULL,
        stderr=slave,
        cwd=ROOT,
        env={**os.environ, "TERM": "xterm-256color"},
    )
    os.close(slave)
    proc.wait(timeout=60)
    try:
        seen = os.read(master, 65536)
    except OSError:
        seen = b""
    os.close(master)
    assert proc.returncode == 0 and seen == b""
