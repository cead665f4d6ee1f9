"""Golden files for every report format on the example article, through the real CLI.

The article and the record are copied into a temporary directory and named by relative paths, the
review (one reviewer override with a note, one note, one claim marked reviewed) is written through the
real review store with a frozen clock, and ``SOURCE_DATE_EPOCH`` freezes the report time — so the
output is byte-for-byte stable. A change of format, wording or verdict shows up as a golden diff.

Regenerate after an intended change, then review the diff::

    FACTCHECK_UPDATE_GOLDENS=1 pytest tests/test_report_golden.py
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import BUNDLED_DB, EXAMPLE

from factcheck.cli import main
from factcheck.models import Verdict

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDENS") == "1"
REVIEW_TIME = datetime(2025, 6, 15, 10, 0, tzinfo=UTC)
REPORT_EPOCH = "1750000000"  # 2025-06-15T15:06:40Z
EXPORTS = {"md": "md", "json": "json", "html": "html", "csv": "csv", "claimreview": "claimreview.json"}


def _compare(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    assert path.exists(), f"{path} missing: run FACTCHECK_UPDATE_GOLDENS=1 pytest {__file__}"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs from its golden file (regenerate with FACTCHECK_UPDATE_GOLDENS=1)"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """summit-call.txt, claims.db and a review state with an override and notes, side by side."""
    from factcheck.check import load_and_check
    from factcheck.review import ReviewStore

    work = tmp_path_factory.mktemp("golden")
    shutil.copyfile(EXAMPLE, work / "summit-call.txt")
    shutil.copyfile(BUNDLED_DB, work / "claims.db")
    result = load_and_check(str(work / "summit-call.txt"), db=str(work / "claims.db"))
    contradicted = [f.claim.id for f in result.findings if f.verdict == Verdict.CONTRADICTED]
    others = [f.claim.id for f in result.findings if f.verdict != Verdict.CONTRADICTED]
    assert contradicted and others, "the example article should have contradicted and other claims"
    sha = result.article.sha256
    with ReviewStore(work / "review.db", clock=lambda: REVIEW_TIME) as store:
        store.update(sha, contradicted[0], verdict=Verdict.UNVERIFIABLE, reviewed=True,
                     note="Ushakov may count the 12 February call differently; asked the desk.")  # fmt: skip
        store.set_note(sha, others[0], "Matches the Kremlin readout.")
        store.set_reviewed(sha, others[0], True)
    return work


@pytest.fixture
def in_workdir(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", REPORT_EPOCH)
    monkeypatch.setenv("COLUMNS", "160")
    return workdir


@pytest.mark.parametrize("fmt", list(EXPORTS))
def test_export_golden(in_workdir: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = f"report-{fmt}.out"
    args = ["export", "summit-call.txt", "--db", "claims.db", "--state", "review.db", "--format", fmt, "-o", out]
    assert main([*args, "--force"]) == 0
    assert "wrote report-" in capsys.readouterr().err
    _compare(f"summit-call.{EXPORTS[fmt]}", (in_workdir / out).read_bytes().decode("utf-8"))


@pytest.mark.parametrize(("fmt", "ext"), [("text", "txt"), ("json", "json"), ("markdown", "md")])
def test_check_golden(in_workdir: Path, fmt: str, ext: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "summit-call.txt", "--db", "claims.db", "--format", fmt])
    _compare(f"check-summit-call.{ext}", capsys.readouterr().out)


def test_markdown_export_and_check_share_claim_sections(in_workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "summit-call.txt", "--db", "claims.db", "--format", "markdown"])
    check = capsys.readouterr().out
    main(["export", "summit-call.txt", "--db", "claims.db", "--state", "review.db", "--format", "md"])
    export = capsys.readouterr().out
    sections = check.split("## Claims\n", 1)[1]
    reviewer_free = "".join(
        line for line in export.split("## Claims\n", 1)[1].splitlines(keepends=True)
        if not line.startswith(("- **Reviewer verdict:**", "- **Reviewer note:**"))
    )  # fmt: skip
    # Headings of overridden claims name the reviewer's verdict; everything else is the same text.
    assert reviewer_free.replace(" (reviewer: ? unverifiable)", "") == sections
    assert "Ushakov may count" in export and "(reviewer: ? unverifiable)" in export


def test_export_refuses_to_overwrite_and_reports_unwritable_paths(
    in_workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["export", "summit-call.txt", "--db", "claims.db", "--state", "review.db"]
    (in_workdir / "taken.md").write_text("keep me")
    assert main([*base, "-o", "taken.md"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already exists (pass --force to overwrite)" in err
    assert (in_workdir / "taken.md").read_text() == "keep me"
    assert main([*base, "-o", "no/such/dir/r.md"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("factcheck: error: ") and "does not exist" in err


def test_export_without_state_is_unreviewed(
    in_workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(in_workdir / "xdg"))
    assert main(["export", "summit-call.txt", "--db", "claims.db", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["reviewed_at"] is None and doc["generated_at"] == "2025-06-15T15:06:40+00:00"
    assert all(c["review"] == {"verdict": None, "note": "", "reviewed": False, "updated": None} for c in doc["claims"])
    assert not (in_workdir / "xdg").exists()  # the default state file is not created by an export
    assert main(["export", "summit-call.txt", "--db", "claims.db", "--state", "nope.db"]) != 0
    assert "nope.db: no such review state file" in capsys.readouterr().err
    assert not (in_workdir / "nope.db").exists()


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_export_report_api_matches_the_cli_golden(in_workdir: Path, fmt: str) -> None:
    """The review app calls ``export_report``; it writes the very file the CLI does."""
    from factcheck.check import load_and_check
    from factcheck.report import export_report, load_review

    result = load_and_check("summit-call.txt", db="claims.db")
    review = load_review(result.article.sha256, "review.db")
    written = export_report(result, review, fmt, f"api.{fmt}", force=True)
    _compare(f"summit-call.{EXPORTS[fmt]}", written.read_bytes().decode("utf-8"))
