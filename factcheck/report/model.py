"""The report model: one check result plus its review, flattened into what every format shows.

``build_report`` is the single core function behind ``factcheck check --format json|markdown``,
``factcheck export`` and the review app's export action; each format module only renders a
:class:`Report`. Nothing here formats text for a particular output.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from factcheck import __version__
from factcheck.models import (
    Article,
    AuditEntry,
    CheckResult,
    Evidence,
    Finding,
    RecordInfo,
    Review,
    ReviewMark,
    Verdict,
)

TOOL_NAME = "factcheck"

# ClaimReview ``reviewRating``: a documented 1–5 scale (worst 1, best 5).
RATING_SCALE: dict[Verdict, tuple[int, str]] = {
    Verdict.CONTRADICTED: (1, "False"),
    Verdict.UNVERIFIABLE: (3, "Unverifiable"),
    Verdict.SUPPORTED: (5, "True"),
}
WORST_RATING = 1
BEST_RATING = 5


@dataclass(frozen=True, slots=True)
class ReportClaim:
    """One claim as every report format shows it."""

    number: int  # 1-based position in the report
    id: str
    kind: str
    start: int
    end: int
    line: int  # 1-based line of ``start`` in the article text
    column: int  # 1-based column of ``start``
    quote: str
    participants: tuple[str, ...]
    interpretation: str
    claimed: str
    recorded: str
    verdict: Verdict  # the machine's
    evidence: tuple[Evidence, ...]
    explanation: str
    suggestion: str
    review: ReviewMark | None  # None: the report carries no review (``factcheck check``)

    @property
    def final_verdict(self) -> Verdict:
        """The reviewer's verdict where there is one, else the machine's."""
        if self.review is not None and self.review.verdict is not None:
            return self.review.verdict
        return self.verdict

    @property
    def overridden(self) -> bool:
        return self.final_verdict != self.verdict


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """The verdict counts of a report."""

    claims: int
    supported: int
    contradicted: int
    unverifiable: int
    reviewed: int  # claims the reviewer marked reviewed
    overridden: int  # claims whose reviewer verdict differs from the machine's
    final: tuple[tuple[str, int], ...]  # verdict → count after the reviewer's overrides


@dataclass(frozen=True, slots=True)
class ReportConflict:
    """Statements of the article that cannot all be true: the claims by number and why."""

    claims: tuple[int, ...]
    explanation: str


@dataclass(frozen=True, slots=True)
class Report:
    """What every report format renders: the article, the record, each claim and the summary."""

    article: Article
    record: RecordInfo
    claims: tuple[ReportClaim, ...]
    summary: ReportSummary
    tool: str
    tool_version: str
    generated_at: datetime | None  # when the report was produced (None for ``check`` output)
    reviewed_at: datetime | None  # the latest reviewer change, if any
    has_review: bool  # False for ``check`` output: reviewer fields are left out
    audit: tuple[AuditEntry, ...] = ()
    conflicts: tuple[ReportConflict, ...] = ()  # the article's own statements that disagree
    author: str = TOOL_NAME  # who signs the review (ClaimReview ``author``)
    url: str = ""  # where the report will be published; ClaimReview ``url`` is this plus ``#claim-N``


def _conflicts(result: CheckResult, claims: tuple[ReportClaim, ...]) -> tuple[ReportConflict, ...]:
    number = {c.id: c.number for c in claims}
    return tuple(
        ReportConflict(tuple(number[i] for i in k.claim_ids if i in number), k.explanation) for k in result.conflicts
    )


def _position(text: str, offset: int) -> tuple[int, int]:
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _claim(number: int, finding: Finding, text: str, review: Review | None) -> ReportClaim:
    c = finding.claim
    line, column = _position(text, c.start)
    return ReportClaim(
        number=number,
        id=c.id,
        kind=str(c.kind),
        start=c.start,
        end=c.end,
        line=line,
        column=column,
        quote=c.quote,
        participants=finding.participants,
        interpretation=finding.interpretation,
        claimed=finding.claimed,
        recorded=finding.recorded,
        verdict=Verdict(finding.verdict),
        evidence=finding.evidence,
        explanation=finding.explanation,
        suggestion=finding.suggestion,
        review=review.mark(c.id) if review is not None else None,
    )


def _summary(claims: tuple[ReportClaim, ...]) -> ReportSummary:
    def count(verdicts: list[Verdict], v: Verdict) -> int:
        return sum(1 for x in verdicts if x == v)

    machine = [c.verdict for c in claims]
    final = [c.final_verdict for c in claims]
    return ReportSummary(
        claims=len(claims),
        supported=count(machine, Verdict.SUPPORTED),
        contradicted=count(machine, Verdict.CONTRADICTED),
        unverifiable=count(machine, Verdict.UNVERIFIABLE),
        reviewed=sum(1 for c in claims if c.review is not None and c.review.reviewed),
        overridden=sum(1 for c in claims if c.overridden),
        final=tuple((v.value, count(final, v)) for v in Verdict),
    )


def build_report(
    result: CheckResult,
    review: Review | None,
    *,
    generated_at: datetime | None,
    tool_version: str = __version__,
    author: str = "",
    url: str = "",
) -> Report:
    """Flatten a check result and (optionally) its review into the report every format renders.

    ``review`` None leaves reviewer fields out (``check`` output); an empty :class:`Review` states
    "not reviewed" for every claim. ``generated_at`` is passed in so reports can be reproduced.
    """
    a = result.article
    claims = tuple(_claim(i, f, a.text, review) for i, f in enumerate(result.findings, start=1))
    ids = {c.id for c in claims}
    stamps: list[datetime] = []
    audit: tuple[AuditEntry, ...] = ()
    if review is not None:
        stamps += [m.updated for k, m in review.marks.items() if k in ids and m.updated is not None]
        audit = tuple(e for e in review.audit if e.claim_id in ids)
        stamps += [e.at for e in audit]
    return Report(
        article=a,
        record=result.record,
        claims=claims,
        summary=_summary(claims),
        tool=TOOL_NAME,
        tool_version=tool_version,
        generated_at=generated_at,
        reviewed_at=max(stamps) if stamps else None,
        has_review=review is not None,
        audit=audit,
        conflicts=_conflicts(result, claims),
        author=author or TOOL_NAME,
        url=url,
    )


# ---------------------------------------------------------------- small shared wording


VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.SUPPORTED: "✓ supported",
    Verdict.CONTRADICTED: "✗ contradicted",
    Verdict.UNVERIFIABLE: "? unverifiable",
}


def published_text(published: date | None) -> str:
    return published.isoformat() if published is not None else "publication date unknown"


def timestamp_text(moment: datetime | None) -> str:
    """ISO 8601 to the second; empty for None."""
    return moment.isoformat(timespec="seconds") if moment is not None else ""


def reviewer_verdict_text(review: ReviewMark | None) -> str:
    if review is None or review.verdict is None:
        return ""
    return review.verdict.value


def evidence_line(ev: Evidence) -> str:
    """One evidence row in words, without sources: ``contact 12: 2025-06-04 phone, Putin & Trump, 60 min``."""
    c = ev.contact
    parts = [f"contact {c.id}: {c.date.isoformat()} {c.kind}", " & ".join(ev.participants)]
    if c.duration_min is not None:
        parts.append(f"{c.duration_min} min")
    flags = []
    if c.status != "confirmed":
        flags.append(c.status)
    if not ev.counted:
        flags.append("not counted")
    if c.confidence and c.confidence != "high":
        flags.append(f"{c.confidence} confidence")
    text = ", ".join(p for p in parts if p)
    return f"{text} ({'; '.join(flags)})" if flags else text
