"""Issue #14, item by item: each test reproduces one finding (it failed before the fix) and pins the fix.

Run as a user would where the finding was seen that way (the CLI in a subprocess); the core call
otherwise. Every case ends correctly or with one line on stderr and a non-zero exit, and nothing saved
is changed. ``test_iNN_…`` is item NN of the issue.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT

ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120,
        cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, cwd=cwd, env=env or ENV,
        timeout=timeout, input=stdin,
    )


def one_line_error(out: subprocess.CompletedProcess[str], *words: str) -> str:
    assert out.returncode not in (0, None), out.stdout[-500:]
    assert "Traceback" not in out.stderr, out.stderr[-3000:]
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr[-3000:]
    assert lines[0].startswith("factcheck: "), lines[0]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def fifo(path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(path)
    return path


# ------------------------------------------------------------------ 1. input files: regular files only, bounded


@pytest.mark.parametrize("command", ["check", "export", "review"])
def test_i01_a_fifo_article_is_refused_at_once(tmp_path: Path, command: str) -> None:
    pipe = fifo(tmp_path / "article.txt")
    out = run(command, str(pipe), timeout=60)  # before the fix: blocked for ever opening the FIFO
    one_line_error(out, str(pipe), "FIFO", "regular file")


def test_i01_a_character_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    one_line_error(run("check", "/dev/zero", timeout=60), "/dev/zero", "character device")
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")  # a symlink is followed to what it names
    one_line_error(run("check", str(link), timeout=60), "character device")


def test_i01_db_import_reads_only_regular_files(db_copy: Path, tmp_path: Path) -> None:
    pipe = fifo(tmp_path / "contacts.csv")
    one_line_error(run("db", "import", str(pipe), "--db", str(db_copy), timeout=60), "FIFO")
    if Path("/dev/zero").exists():
        link = tmp_path / "zero.json"
        link.symlink_to("/dev/zero")
        one_line_error(run("db", "import", str(link), "--db", str(db_copy), timeout=60), "character device")


def test_i01_the_size_limit_is_named_and_can_be_raised(session_db: Path, tmp_path: Path) -> None:
    line = "date 2025-06-14\n\n" + "Putin and Trump spoke by phone on Saturday. " * 40_000  # ~1.7 MB
    article = write(tmp_path / "big.txt", line)
    one_line_error(run("check", str(article), "--max-size", "1", "--db", str(session_db)),
                   "too large", "the limit is 1 MB", "--max-size")
    assert run("check", str(article), "--max-size", "2", "--db", str(session_db), "--format", "json").returncode == 0
    one_line_error(run("check", "-", "--max-size", "1", "--db", str(session_db), stdin=line), "standard input",
                   "too large")
    bad = run("check", str(article), "--max-size", "0")  # argparse's usage error
    assert bad.returncode == 2 and "--max-size" in bad.stderr and "Traceback" not in bad.stderr
    big_import = write(tmp_path / "big.csv", "id,date\n" + "x" * (2 * 1024 * 1024))
    one_line_error(run("db", "import", str(big_import), "--max-size", "1", "--db", str(session_db)),
                   "too large", "the limit is 1 MB")


def test_i01_data_files_are_regular_files(tmp_path: Path) -> None:
    import shutil

    from factcheck.errors import RecordError
    from factcheck.record.datafiles import read_data

    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "contacts.csv").unlink()
    fifo(data / "contacts.csv")
    with pytest.raises(RecordError, match="FIFO"):
        read_data(data)
