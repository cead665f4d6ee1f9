"""Report model and renderers on hand-built check results (no record, no extraction)."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

import factcheck
from factcheck.models import (
    Article,
    AuditEntry,
    CheckResult,
    Claim,
    ClaimKind,
    Contact,
    Evidence,
    Finding,
    RecordInfo,
    Review,
    ReviewMark,
    Verdict,
)
from factcheck.report import claimreview, console, csv_report, html, json_report, markdown
from factcheck.report.model import build_report

T0 = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)

TEXT = (
    "Leaders talk\n"
    "The two presidents spoke for about 50 minutes on Friday.\n"
    "It was their [bold]third[/bold] call <script>document.title='pwned'</script> this year.\n"
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def make_result(text: str = TEXT, published: date | None = date(2025, 6, 13)) -> CheckResult:
    article = Article(path="news/a.txt", text=text, published=published, sha256="ab" * 32, title="Leaders talk")
    q1 = "spoke for about 50 minutes"
    q2 = text.splitlines()[2]
    s1, e1 = _span(text, q1)
    s2, e2 = _span(text, q2)
    call = Contact(
        id=41,
        date=date(2025, 6, 13),
        kind="phone",
        participants=("putin", "trump"),
        duration_min=50,
        duration_text="about 50 minutes",
        sources=("https://example.org/readout", "javascript:alert(1)"),
    )
    disputed = Contact(id=40, date=date(2025, 3, 1), kind="phone", participants=("putin", "trump"), status="disputed")
    names = ("Vladimir Putin", "Donald Trump")
    f1 = Finding(
        claim=Claim(id="c1", kind=ClaimKind.DURATION, start=s1, end=e1, quote=q1),
        verdict=Verdict.SUPPORTED,
        participants=names,
        interpretation="duration of the 2025-06-13 call, about 50 minutes (±10%)",
        claimed="about 50 min",
        recorded="50 min",
        explanation="the record gives 50 minutes",
        evidence=(Evidence(call, names),),
    )
    f2 = Finding(
        claim=Claim(id="c2", kind=ClaimKind.ORDINAL, start=s2, end=e2, quote=q2),
        verdict=Verdict.CONTRADICTED,
        participants=names,
        interpretation="position of the 2025-06-13 call among calls in 2025",
        claimed="3rd",
        recorded="2nd",
        explanation="the record has 2 calls in 2025 up to and including this one",
        evidence=(Evidence(disputed, names, counted=False), Evidence(call, names)),
        suggestion="their second call this year",
    )
    return CheckResult(article, RecordInfo(path="claims.db", sha256="cd" * 32, contacts=120), (f1, f2))


def make_review() -> Review:
    marks = {
        "c2": ReviewMark(
            "c2", verdict=Verdict.UNVERIFIABLE, note="Kremlin <b>tally</b> differs", reviewed=True, updated=T0
        ),
    }
    audit = (AuditEntry(T0, "c2", "verdict", "", "unverifiable"), AuditEntry(T0, "zz", "note", "", "stale claim"))
    return Review("ab" * 32, marks, audit)


# ---------------------------------------------------------------- model


def test_build_report_positions_review_and_summary() -> None:
    rep = build_report(make_result(), make_review(), generated_at=T0)
    c1, c2 = rep.claims
    assert (c1.number, c1.line) == (1, 2)
    assert c1.column == TEXT.splitlines()[1].index("spoke") + 1
    assert (c2.line, c2.column) == (3, 1)
    assert c1.review is not None and c1.review.verdict is None and not c1.review.reviewed
    assert c2.final_verdict == Verdict.UNVERIFIABLE and c2.overridden
    s = rep.summary
    assert (s.claims, s.supported, s.contradicted, s.unverifiable) == (2, 1, 1, 0)
    assert (s.reviewed, s.overridden) == (1, 1)
    assert dict(s.final) == {"supported": 1, "contradicted": 0, "unverifiable": 1}
    assert rep.reviewed_at == T0
    assert [e.claim_id for e in rep.audit] == ["c2"]  # audit rows of claims no longer found are left out


def test_build_report_without_review_has_no_reviewer_fields() -> None:
    rep = build_report(make_result(), None, generated_at=None)
    assert not rep.has_review and all(c.review is None for c in rep.claims)
    assert rep.reviewed_at is None and rep.summary.overridden == 0


# ---------------------------------------------------------------- check output


def test_text_output_escapes_markup_and_shows_every_column(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    out = io.StringIO()
    console.print_results([make_result()], fmt="text", stream=out)
    text = out.getvalue()
    assert "\x1b[" not in text  # not a terminal: plain
    assert "news/a.txt — 2025-06-13 — record claims.db (120 contacts)" in text
    assert "[bold]third[/bold]" in text  # Rich markup in the article shown literally
    assert "✓ supported" in text and "✗ contradicted" in text
    assert "their second call this year" in text
    assert "2 claims: 1 supported, 1 contradicted, 0 unverifiable" in text


def test_text_output_unknown_date_and_truncated_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    long = "Leaders talk\nThe two presidents spoke for about 50 minutes on Friday.\n" + "It " + "very " * 40 + "long.\n"
    out = io.StringIO()
    console.print_results([make_result(long, published=None)], fmt="text", stream=out)
    assert "publication date unknown" in out.getvalue()
    assert "…" in out.getvalue()


def test_json_single_article_is_one_document_in_schema_order() -> None:
    out = io.StringIO()
    console.print_results([make_result()], fmt="json", stream=out)
    doc = json.loads(out.getvalue())
    assert list(doc) == ["article", "record", "claims", "conflicts", "summary"]
    assert list(doc["article"]) == ["path", "published", "sha256", "title", "language"]
    assert list(doc["record"]) == ["path", "sha256", "contacts"]
    claim = doc["claims"][1]
    assert list(claim) == [
        "id", "kind", "start", "end", "quote", "participants", "interpretation", "claimed", "recorded",
        "verdict", "evidence", "explanation", "suggestion",
    ]  # fmt: skip
    assert list(claim["evidence"][0]) == [
        "contact_id", "date", "kind", "participants", "duration_min", "duration_text", "sources", "counted",
        "status", "confidence",
    ]  # fmt: skip
    assert claim["evidence"][0]["counted"] is False and claim["evidence"][0]["status"] == "disputed"
    assert TEXT[claim["start"] : claim["end"]] == claim["quote"]
    assert doc["summary"] == {"claims": 2, "supported": 1, "contradicted": 1, "unverifiable": 0}


def test_json_several_articles_is_json_lines() -> None:
    out = io.StringIO()
    console.print_results([make_result(), make_result(published=None)], fmt="json", stream=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    assert [d["article"]["published"] for d in docs] == ["2025-06-13", None]


def test_json_keeps_non_ascii() -> None:
    out = io.StringIO()
    console.print_results([make_result(TEXT.replace("third", "третий"))], fmt="json", stream=out)
    assert "третий" in out.getvalue() and "\\u04" not in out.getvalue()  # only < > & and U+2028/9 are escaped


def test_markdown_check_shares_claim_sections_with_export() -> None:
    result = make_result()
    out = io.StringIO()
    console.print_results([result], fmt="markdown", stream=out)
    check_sections = markdown.claim_sections(build_report(result, None, generated_at=None))
    assert check_sections in out.getvalue()
    exported = markdown.render(build_report(result, Review("ab" * 32), generated_at=T0))
    # The export's sections are the same text plus the reviewer lines.
    without_reviewer = re.sub(r"^- \*\*Reviewer verdict:\*\*.*\n", "", exported, flags=re.M)
    assert check_sections in without_reviewer


def test_markdown_escapes_article_text() -> None:
    md = markdown.render(build_report(make_result(), make_review(), generated_at=T0))
    assert "\\<script\\>" in md and "<script>" not in md
    assert "\\[bold\\]" in md
    assert "Kremlin \\<b\\>tally\\</b\\> differs" in md
    assert "<https://example.org/readout>" in md
    assert "<javascript:" not in md and "javascript:alert(1)" in md  # shown, never a link


def test_several_articles_in_markdown_are_separated() -> None:
    out = io.StringIO()
    console.print_results([make_result(), make_result()], fmt="markdown", stream=out)
    assert out.getvalue().count("\n---\n") == 1
    assert out.getvalue().count("# Leaders talk") == 2


# ---------------------------------------------------------------- export formats


def _report(review: Review | None = None):  # noqa: ANN202
    return build_report(make_result(), review if review is not None else make_review(), generated_at=T0)


def test_export_json_is_check_schema_plus_review() -> None:
    doc = json.loads(json_report.render(_report()))
    check = json_report.check_document(build_report(make_result(), None, generated_at=None))
    assert list(doc) == [
        "tool",
        "generated_at",
        "reviewed_at",
        "article",
        "record",
        "claims",
        "conflicts",
        "summary",
        "audit",
    ]
    assert doc["tool"] == {"name": "factcheck", "version": factcheck.__version__}
    assert doc["generated_at"] == "2026-01-02T09:30:00+00:00"
    for exported, checked in zip(doc["claims"], check["claims"], strict=True):
        assert {k: exported[k] for k in checked} == checked
        assert list(exported)[len(checked) :] == ["line", "column", "review", "final_verdict"]
    c2 = doc["claims"][1]["review"]
    assert c2 == {"verdict": "unverifiable", "note": "Kremlin <b>tally</b> differs", "reviewed": True,
                  "updated": "2026-01-02T09:30:00+00:00"}  # fmt: skip
    assert doc["claims"][0]["review"] == {"verdict": None, "note": "", "reviewed": False, "updated": None}
    assert doc["summary"]["final"] == {"supported": 1, "contradicted": 0, "unverifiable": 1}
    assert doc["audit"] == [
        {"at": "2026-01-02T09:30:00+00:00", "claim_id": "c2", "field": "verdict", "old": "", "new": "unverifiable"}
    ]


def test_csv_one_row_per_claim_rfc4180() -> None:
    text = csv_report.render(_report())
    assert text.endswith("\r\n") and "\r\n" in text.split("\n", 1)[0] + "\n"
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 2 and list(rows[0]) == list(csv_report.COLUMNS)
    r2 = rows[1]
    assert r2["quote"] == TEXT.splitlines()[2]
    assert (r2["machine_verdict"], r2["reviewer_verdict"], r2["final_verdict"]) == (
        "contradicted", "unverifiable", "unverifiable",
    )  # fmt: skip
    assert r2["reviewed"] == "yes" and r2["reviewer_note"] == "Kremlin <b>tally</b> differs"
    assert r2["sources"] == "https://example.org/readout | javascript:alert(1)"
    assert r2["article_sha256"] == "ab" * 32 and r2["record_contacts"] == "120"


def test_csv_neutralises_formulas() -> None:
    review = Review("ab" * 32, {"c1": ReviewMark("c1", note='=HYPERLINK("http://x")')})
    rows = list(csv.DictReader(io.StringIO(csv_report.render(_report(review)), newline="")))
    assert rows[0]["reviewer_note"] == '\'=HYPERLINK("http://x")'


def test_claimreview_uses_final_verdict_on_documented_scale() -> None:
    rep = build_report(make_result(), make_review(), generated_at=T0, author="Desk", url="https://f.example/r")
    doc = json.loads(claimreview.render(rep))
    assert doc["@context"] == "https://schema.org"
    first, second = doc["@graph"]
    assert first["@type"] == "ClaimReview" and first["claimReviewed"] == "spoke for about 50 minutes"
    assert first["reviewRating"] == {
        "@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "True",
        "ratingExplanation": "the record gives 50 minutes",
    }  # fmt: skip
    assert second["reviewRating"]["ratingValue"] == 3  # the reviewer's "unverifiable" beats the machine's ✗
    assert second["reviewRating"]["ratingExplanation"].endswith("Reviewer's note: Kremlin <b>tally</b> differs")
    assert first["itemReviewed"]["@type"] == "Claim" and first["itemReviewed"]["datePublished"] == "2025-06-13"
    assert first["itemReviewed"]["appearance"]["headline"] == "Leaders talk"
    assert first["author"] == {"@type": "Organization", "name": "Desk"}
    assert first["datePublished"] == "2026-01-02" and second["url"] == "https://f.example/r#claim-2"


def test_claimreview_without_publication_date_or_review() -> None:
    rep = build_report(make_result(published=None), Review("ab" * 32), generated_at=T0)
    review = json.loads(claimreview.render(rep))["@graph"][1]
    assert "datePublished" not in review["itemReviewed"] and review["reviewRating"]["alternateName"] == "False"
    assert review["url"] == "#claim-2"


def test_html_escapes_article_and_reviewer_text() -> None:
    page = html.render(_report())
    assert "<script" not in page and "onerror" not in TEXT
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert "Kremlin &lt;b&gt;tally&lt;/b&gt; differs" in page
    assert '<a href="https://example.org/readout"' in page and 'href="javascript:' not in page
    assert page.count('<mark class="contradicted"') == 0  # overridden: highlighted by the final verdict
    assert page.count('<mark class="unverifiable"') == 1 and page.count('<mark class="supported"') == 1
    assert 'id="claim-1"' in page and 'href="#claim-2"' in page
    assert not re.search(r"<(link|img|iframe|object)\b|\ssrc=", page)  # nothing loaded from anywhere


def test_html_overlapping_claims_are_split_not_nested() -> None:
    result = make_result()
    f1, f2 = result.findings
    text = result.article.text
    s, e = f1.claim.start, f1.claim.end
    inner = replace(f2, claim=replace(f2.claim, id="c3", start=s + 6, end=e + 10, quote=text[s + 6 : e + 10]))
    page = html.render(build_report(replace(result, findings=(f1, inner)), None, generated_at=T0))
    article = page.split('<div class="article" id="article" lang="en">', 1)[1].split("</div>", 1)[0]
    assert article.count("<mark") == 3 and not re.search(r"<mark[^>]*>[^<]*<mark", article)  # split, not nested
    assert re.sub(r"<[^>]+>|\d(?=</a>)", "", article).replace("&#x27;", "'").replace("&lt;", "<").replace(
        "&gt;", ">"
    ) == text  # fmt: skip
    assert 'title="claim 1, 2"' in article


def test_report_modules_never_import_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, factcheck.cli, factcheck.report.console, factcheck.report.output\n"
        "from factcheck.report import FORMATS\n"
        "import importlib\n"
        "for m, _ in FORMATS.values(): importlib.import_module('factcheck.report.' + m)\n"
        "factcheck.cli.build_parser()\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
