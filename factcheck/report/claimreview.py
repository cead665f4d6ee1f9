"""ClaimReview: schema.org JSON-LD, one ``ClaimReview`` per claim in an ``@graph``.

The rating is the final verdict (the reviewer's where they overrode the machine) on the 1–5 scale of
:data:`factcheck.report.model.RATING_SCALE`: 1 False (contradicted), 3 Unverifiable, 5 True (supported).
``url`` is the report's published address (``--url``) plus ``#claim-N``; without ``--url`` it is the
bare fragment, which resolves against the page the JSON-LD is published on.
"""

from __future__ import annotations

from typing import Any

from factcheck.report import json_report
from factcheck.report.model import BEST_RATING, RATING_SCALE, WORST_RATING, Report, ReportClaim


def _appearance(report: Report) -> dict[str, Any]:
    a = report.article
    out: dict[str, Any] = {"@type": "CreativeWork"}
    if a.url:
        out["url"] = a.url
    out["headline"] = a.title or a.path
    if a.published:
        out["datePublished"] = a.published.isoformat()
    return out


def _review(report: Report, c: ReportClaim) -> dict[str, Any]:
    value, name = RATING_SCALE[c.final_verdict]
    explanation = c.explanation
    if c.review is not None and c.review.note:
        explanation = f"{explanation.rstrip('. ')}. Reviewer's note: {c.review.note}"
    item: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(report)}
    if report.article.published:
        item["datePublished"] = report.article.published.isoformat()
    out: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": f"{report.url}#claim-{c.number}",
        "claimReviewed": c.quote,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
            "ratingExplanation": explanation,
        },
        "author": {"@type": "Organization", "name": report.author},
    }
    if report.generated_at is not None:
        out["datePublished"] = report.generated_at.date().isoformat()
    return out


def document(report: Report) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@graph": [_review(report, c) for c in report.claims]}


def render(report: Report) -> str:
    return json_report.dumps(document(report))
