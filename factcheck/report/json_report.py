"""JSON: the ``check`` document, and the export document (the same keys plus the review).

Key order is fixed by construction (dicts built in order, never sorted), so output is stable. The schema
is documented in README.md ("Reports").
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.models import Evidence
from factcheck.report.model import Report, ReportClaim, timestamp_text
from factcheck.safe_text import json_for_html


def _evidence(ev: Evidence) -> dict[str, Any]:
    c = ev.contact
    return {
        "contact_id": c.id,
        "date": c.date.isoformat(),
        "kind": c.kind,
        "participants": list(ev.participants),
        "duration_min": c.duration_min,
        "duration_text": c.duration_text,
        "sources": list(c.sources),
        "counted": ev.counted,
        "status": c.status,
        "confidence": c.confidence,
    }


def _claim(c: ReportClaim, with_review: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": c.id,
        "kind": c.kind,
        "start": c.start,
        "end": c.end,
        "quote": c.quote,
        "participants": list(c.participants),
        "interpretation": c.interpretation,
        "claimed": c.claimed,
        "recorded": c.recorded,
        "verdict": c.verdict.value,
        "evidence": [_evidence(e) for e in c.evidence],
        "explanation": c.explanation,
        "suggestion": c.suggestion,
    }
    if with_review:
        r = c.review
        out["line"] = c.line
        out["column"] = c.column
        out["review"] = {
            "verdict": r.verdict.value if r is not None and r.verdict is not None else None,
            "note": r.note if r is not None else "",
            "reviewed": bool(r is not None and r.reviewed),
            "updated": timestamp_text(r.updated) if r is not None and r.updated is not None else None,
        }
        out["final_verdict"] = c.final_verdict.value
    return out


def check_document(report: Report) -> dict[str, Any]:
    """The object ``factcheck check --format json`` prints for one article."""
    a, s = report.article, report.summary
    return {
        "article": {
            "path": a.path,
            "published": a.published.isoformat() if a.published else None,
            "sha256": a.sha256,
            "title": a.title,
            "language": a.language,
        },
        "record": {"path": report.record.path, "sha256": report.record.sha256, "contacts": report.record.contacts},
        "claims": [_claim(c, with_review=False) for c in report.claims],
        "conflicts": [{"claims": list(k.claims), "explanation": k.explanation} for k in report.conflicts],
        "summary": {
            "claims": s.claims,
            "supported": s.supported,
            "contradicted": s.contradicted,
            "unverifiable": s.unverifiable,
        },
    }


def export_document(report: Report) -> dict[str, Any]:
    """The ``check`` document plus the tool, the times, the reviewer's marks and the audit log."""
    doc = check_document(report)
    s = report.summary
    doc["article"]["url"] = report.article.url
    doc["claims"] = [_claim(c, with_review=True) for c in report.claims]
    doc["conflicts"] = doc.pop("conflicts")  # keep the key order: claims, conflicts, summary
    doc["summary"] = doc.pop("summary")
    doc["summary"].update(
        reviewed=s.reviewed,
        overridden=s.overridden,
        final=dict(s.final),
    )
    return {
        "tool": {"name": report.tool, "version": report.tool_version},
        "generated_at": timestamp_text(report.generated_at) or None,
        "reviewed_at": timestamp_text(report.reviewed_at) or None,
        **doc,
        "audit": [
            {"at": timestamp_text(e.at), "claim_id": e.claim_id, "field": e.field, "old": e.old, "new": e.new}
            for e in report.audit
        ],
    }


def dumps(doc: dict[str, Any], *, compact: bool = False) -> str:
    """JSON text of ``doc``: UTF-8, with ``< > &`` and U+2028/9 escaped (safe_text.json_for_html), since any
    of our JSON may end up in a page."""
    if compact:
        return json_for_html(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    return json_for_html(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def render(report: Report) -> str:
    """The export document, pretty-printed."""
    return dumps(export_document(report))
