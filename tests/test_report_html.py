"""The HTML report in a real browser: headless Chromium renders it and injected markup stays inert.

Chromium comes from Debian's ``chromium`` package (``scripts/install-chromium.sh``, run by ``make test``).
Where it cannot be installed these tests skip with a message saying so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from factcheck.models import Article, CheckResult, Claim, ClaimKind, Finding, RecordInfo, Review, ReviewMark, Verdict
from factcheck.report import html
from factcheck.report.model import build_report

BROWSER = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="headless Chromium not found: run scripts/install-chromium.sh (apt-get install chromium) to enable",
)

SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','yes')\">"
TEXT = f"Leaders talk {SCRIPT}\nThe presidents spoke for an hour {IMG} on Friday.\n"


def _result() -> CheckResult:
    quote = f"spoke for an hour {IMG}"
    start = TEXT.index(quote)
    article = Article(path="evil.txt", text=TEXT, published=date(2025, 6, 13), sha256="ee" * 32,
                      title=f"Leaders talk {SCRIPT}")  # fmt: skip
    finding = Finding(
        claim=Claim(id="c1", kind=ClaimKind.DURATION, start=start, end=start + len(quote), quote=quote),
        verdict=Verdict.CONTRADICTED,
        participants=("A <b>", "B"),
        interpretation=f"duration {SCRIPT}",
        claimed="60 min",
        recorded="50 min",
        explanation=IMG,
    )
    return CheckResult(article, RecordInfo("claims.db", "cd" * 32, 3), (finding,))


def _dump_dom(page: Path, profile: Path) -> str:
    assert BROWSER is not None
    cmd = [
        BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--virtual-time-budget=3000", "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_injected_markup_stays_inert_in_chromium(tmp_path: Path) -> None:
    review = Review("ee" * 32, {"c1": ReviewMark("c1", Verdict.SUPPORTED, note=SCRIPT + IMG, reviewed=True)})
    report = build_report(_result(), review, generated_at=datetime(2026, 1, 2, tzinfo=UTC))
    page = tmp_path / "report.html"
    page.write_text(html.render(report), encoding="utf-8")
    dom = _dump_dom(page, tmp_path / "profile")
    # The browser rendered the report …
    assert "<h1>Fact-check report: Leaders talk" in dom and '<mark class="supported"' in dom
    # … no script ran (document.title unchanged, no onerror handler fired) …
    title = re.search(r"<title>(.*?)</title>", dom)
    assert title is not None
    assert title.group(1) == "Fact-check report: Leaders talk &lt;script&gt;document.title='pwned'&lt;/script&gt;"
    assert 'data-pwned="yes"' not in dom
    # … because the markup never became elements: it is text, escaped.
    assert "<script" not in dom and "<img" not in dom
    assert dom.count("&lt;script&gt;document.title='pwned'&lt;/script&gt;") >= 4
    assert "&lt;img src=x onerror=" in dom


def test_the_harness_sees_a_script_that_runs(tmp_path: Path) -> None:
    """Control: the same markup left unescaped does run, so the test above would catch a regression."""
    page = tmp_path / "raw.html"
    page.write_text(f"<!DOCTYPE html><title>t</title><body><p>{SCRIPT}{IMG}</p></body>", encoding="utf-8")
    dom = _dump_dom(page, tmp_path / "profile")
    assert "<title>pwned</title>" in dom and 'data-pwned="yes"' in dom


def test_example_shaped_report_renders_with_every_section(tmp_path: Path) -> None:
    report = build_report(_result(), None, generated_at=datetime(2026, 1, 2, tzinfo=UTC))
    page = tmp_path / "r.html"
    page.write_text(html.render(report), encoding="utf-8")
    dom = _dump_dom(page, tmp_path / "profile")
    for heading in ("Summary", "Claims", "Article", "Claim details"):
        assert f"<h2>{heading}</h2>" in dom
    assert 'id="claim-1"' in dom and "<table>" in dom
