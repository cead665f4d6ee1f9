"""CSV: one row per claim for spreadsheets — UTF-8, RFC 4180 quoting, CRLF line ends.

Each row repeats the article, record, tool and time so a row copied elsewhere still says what it
came from. Text cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab or
CR) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io

from factcheck.report.model import (
    Report,
    ReportClaim,
    evidence_line,
    reviewer_verdict_text,
    timestamp_text,
)

COLUMNS = (
    "number", "claim_id", "kind", "start", "end", "line", "column", "quote", "participants",
    "interpretation", "claimed", "recorded", "machine_verdict", "reviewer_verdict", "final_verdict",
    "reviewed", "reviewer_note", "review_updated", "explanation", "suggestion", "evidence", "sources",
    "article_path", "article_title", "article_published", "article_sha256", "record_path",
    "record_sha256", "record_contacts", "tool_version", "generated_at",
)  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _row(report: Report, c: ReportClaim) -> tuple[object, ...]:
    a, r = report.article, report.record
    review = c.review
    sources = [s for e in c.evidence for s in e.contact.sources]
    return (
        c.number,
        c.id,
        c.kind,
        c.start,
        c.end,
        c.line,
        c.column,
        c.quote,
        "; ".join(c.participants),
        c.interpretation,
        c.claimed,
        c.recorded,
        c.verdict.value,
        reviewer_verdict_text(review),
        c.final_verdict.value,
        "yes" if review is not None and review.reviewed else "no",
        review.note if review is not None else "",
        timestamp_text(review.updated) if review is not None else "",
        c.explanation,
        c.suggestion,
        "; ".join(evidence_line(e) for e in c.evidence),
        " | ".join(dict.fromkeys(sources)),
        a.path,
        a.title,
        a.published.isoformat() if a.published else "",
        a.sha256,
        r.path,
        r.sha256,
        r.contacts,
        report.tool_version,
        timestamp_text(report.generated_at),
    )


def render(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for c in report.claims:
        writer.writerow([_cell(v) for v in _row(report, c)])
    return buf.getvalue()
