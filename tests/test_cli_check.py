"""`factcheck check`: formats, exit statuses and one-line errors, as a user would see them (in this process,
tests/cli_runner.py; the first tests run the real interpreter too)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli_runner import cli
from conftest import EXAMPLE, ROOT


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return cli(*args, stdin=stdin)


def run_process(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, input=stdin, cwd=ROOT, timeout=60
    )


@pytest.mark.parametrize(
    "args",
    [
        ("check", str(EXAMPLE), "--format", "json"),
        ("check", str(EXAMPLE)),
        ("check", str(EXAMPLE), "--format", "yaml"),
        ("check", "missing.txt"),
        ("db", "search", "putin", "--limit", "3"),
    ],
)
def test_the_in_process_runner_gives_what_the_interpreter_gives(session_db: Path, args: tuple[str, ...]) -> None:
    """The other tests run the CLI in this process (tests/cli_runner.py): it must be indistinguishable."""
    argv = (*args, "--db", str(session_db))
    real, here = run_process(*argv), run(*argv)
    assert (here.returncode, here.stdout, here.stderr) == (real.returncode, real.stdout, real.stderr)


def test_json_schema(session_db: Path) -> None:
    out = run_process("check", str(EXAMPLE), "--db", str(session_db), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) >= {"article", "record", "claims", "summary"}
    assert doc["article"]["published"] == "2025-06-14"
    assert len(doc["article"]["sha256"]) == 64 and len(doc["record"]["sha256"]) == 64
    text = EXAMPLE.read_text(encoding="utf-8")
    keys = [
        "id",
        "kind",
        "start",
        "end",
        "quote",
        "participants",
        "interpretation",
        "claimed",
        "recorded",
        "verdict",
        "evidence",
        "explanation",
        "suggestion",
    ]
    for claim in doc["claims"]:
        assert list(claim)[: len(keys)] == keys
        assert text[claim["start"] : claim["end"]] == claim["quote"]
    assert doc["summary"]["contradicted"] == 2


def test_json_lines_for_several_articles(session_db: Path) -> None:
    out = run("check", str(EXAMPLE), str(EXAMPLE), "--db", str(session_db), "--format", "json")
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["claims"] for line in lines)


def test_text_and_markdown(session_db: Path) -> None:
    text = run("check", str(EXAMPLE), "--db", str(session_db))
    assert text.returncode == 0 and "contradicted" in text.stdout
    md = run("check", str(EXAMPLE), "--db", str(session_db), "--format", "markdown")
    assert md.returncode == 0 and md.stdout.lstrip().startswith("#")


def test_fail_on_contradicted(session_db: Path) -> None:
    assert run("check", str(EXAMPLE), "--db", str(session_db), "--fail-on", "contradicted").returncode == 1


def test_stdin_and_date_option(session_db: Path) -> None:
    out = run(
        "check",
        "-",
        "--db",
        str(session_db),
        "--date",
        "2025-06-14",
        "--format",
        "json",
        stdin="Putin and Trump spoke by phone on Saturday.",
    )
    doc = json.loads(out.stdout)
    assert doc["claims"][0]["verdict"] == "supported"


def test_unknown_date_makes_relative_claims_unverifiable(session_db: Path) -> None:
    out = run(
        "check",
        "-",
        "--db",
        str(session_db),
        "--format",
        "json",
        stdin="Putin and Trump spoke by phone on Saturday. It was their fifth call this year.",
    )
    doc = json.loads(out.stdout)
    assert doc["claims"] and all(c["verdict"] == "unverifiable" for c in doc["claims"])
    assert all("publication date unknown (pass --date)" in c["explanation"] for c in doc["claims"])


def mk(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: mk(d / "e.txt", b""), "empty article"),
        (lambda d: mk(d / "b.bin", b"\x00\x01\x02\x03"), "binary file"),
        (lambda d: mk(d / "l.txt", b"caf\xe9"), "not valid UTF-8"),
    ],
)
def test_bad_article_is_one_line_error(tmp_path: Path, setup, message: str) -> None:  # noqa: ANN001
    out = run("check", str(setup(tmp_path)))
    assert out.returncode == 2
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_bad_database_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    out = run("check", str(EXAMPLE), "--db", str(bad))
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_bad_usage_exits_2() -> None:
    assert run("check").returncode == 2
    assert run("check", str(EXAMPLE), "--format", "yaml").returncode == 2
    assert run("check", str(EXAMPLE), "--date", "yesterday").returncode == 2


def test_format_names_are_one_set_with_both_spellings(session_db: Path, tmp_path: Path) -> None:
    """`check --format md|markdown` and `export --format md|markdown` are the same thing."""
    a = run("check", str(EXAMPLE), "--db", str(session_db), "--format", "markdown")
    b = run("check", str(EXAMPLE), "--db", str(session_db), "--format", "md")
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout and a.stdout.startswith("#")
    from factcheck.review import ReviewStore

    state = tmp_path / "state.db"
    ReviewStore(state).close()
    for spelling in ("md", "markdown", "MD"):
        out = run("export", str(EXAMPLE), "--db", str(session_db), "--state", str(state), "--format", spelling)
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("#")
    bad = run("check", str(EXAMPLE), "--format", "docx")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
