"""A pair added through the record's commands works like the bundled ones, without code changes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_runner import cli


def factcheck(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    out = cli(*args, stdin=stdin)  # each command in this process, as in its own (tests/cli_runner.py)
    assert out.returncode in (0, 1), out.stderr
    return out


def test_a_new_leader_and_pair(db_copy: Path) -> None:
    db = str(db_copy)
    factcheck("db", "person", "add", "modi", "Narendra Modi", "India", "--new-country", "--db", db)
    factcheck("db", "alias", "add", "modi", "Моди", "--db", db)  # the surname alone needs no alias
    factcheck("db", "country-alias", "add", "India", "Indian", "--db", db)
    factcheck("db", "office", "add", "modi", "India", "Prime Minister of India", "2014-05-26", "--db", db)
    for day in ("2024-07-08", "2024-10-22"):
        factcheck(
            "db",
            "add",
            "--date",
            day,
            "--kind",
            "in_person",
            "--between",
            "Putin",
            "Modi",
            "--source",
            "https://example.org/report",
            "--db",
            db,
        )
    factcheck("db", "coverage", "add", "putin", "modi", "2024-01-01", "2024-12-31", "--db", db)

    article = (
        "date 2024-10-22\n\nRussian President Vladimir Putin met the Indian leader in Kazan on Tuesday, "
        "their {} meeting this year. Putin and Modi previously met in Moscow in July."
    )
    good = json.loads(factcheck("check", "-", "--db", db, "--format", "json", stdin=article.format("second")).stdout)
    assert [(c["kind"], c["verdict"]) for c in good["claims"]] == [
        ("event", "supported"),
        ("ordinal", "supported"),
        ("event", "supported"),
    ]
    assert "Narendra Modi (leader of India)" in good["claims"][0]["participants"]  # the role, resolved by date
    bad = json.loads(factcheck("check", "-", "--db", db, "--format", "json", stdin=article.format("third")).stdout)
    assert bad["claims"][1]["verdict"] == "contradicted" and bad["claims"][1]["suggestion"] == "second"
