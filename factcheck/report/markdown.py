"""Markdown: readable as plain text in an email, rendered in a pull request.

``claim_sections`` is the one renderer of claims, used by both the export (``render``) and
``factcheck check --format markdown`` (``render_check``). Article and record text is escaped so it
cannot turn into links, HTML or headings.
"""

from __future__ import annotations

import re

from factcheck.safe_text import display_text

from factcheck.models import Evidence
from factcheck.report.model import (
    VERDICT_LABELS,
    Report,
    ReportClaim,
    evidence_line,
    published_text,
    timestamp_text,
)

# Markup characters, and underscores except inside a word (``duration_min`` stays readable).
_SPECIAL = re.compile(r"(?P<c>[\\`*\[\]<>|~#]|(?<!\w)_|_(?!\w))")
_SAFE_URL = re.compile(r"https?://[^\s<>]+\Z")


def escape(text: str) -> str:
    """Inline Markdown text: one line, every character that could start markup backslash-escaped."""
    return _SPECIAL.sub(r"\\\g<c>", " ".join(text.split()))


def code(text: str) -> str:
    """A code span, or escaped text when the value itself contains a backtick or a line break."""
    if "`" in text or "\n" in text or not text:
        return escape(text)
    return f"`{text}`"


def link(url: str) -> str:
    return f"<{url}>" if _SAFE_URL.match(url) else escape(url)


def _evidence(ev: Evidence) -> str:
    sources = ", ".join(link(s) for s in ev.contact.sources)
    return f"  - {escape(evidence_line(ev))}" + (f" — {sources}" if sources else "")


def _reviewer(c: ReportClaim) -> list[str]:
    r = c.review
    if r is None:
        return []
    verdict = VERDICT_LABELS[r.verdict] if r.verdict is not None else "no override"
    state = "reviewed" if r.reviewed else "not reviewed"
    lines = [f"- **Reviewer verdict:** {verdict} ({state})"]
    if r.note:
        lines.append(f"- **Reviewer note:** {escape(r.note)}")
    return lines


def _claim(c: ReportClaim) -> str:
    heading = f"### {c.number}. {VERDICT_LABELS[c.verdict]} — {c.kind}"
    if c.overridden:
        heading += f" (reviewer: {VERDICT_LABELS[c.final_verdict]})"
    lines = [
        heading,
        "",
        f"> {escape(c.quote)}",
        "",
        f"- **Position:** line {c.line}, column {c.column} (characters {c.start}–{c.end})",
        f"- **Kind:** {c.kind}",
    ]
    if c.participants:
        lines.append(f"- **Participants:** {escape(', '.join(c.participants))}")
    lines += [
        f"- **Interpretation:** {escape(c.interpretation)}",
        f"- **Claimed:** {escape(c.claimed)}",
        f"- **Recorded:** {escape(c.recorded)}",
        f"- **Machine verdict:** {VERDICT_LABELS[c.verdict]} — {escape(c.explanation)}",
        *_reviewer(c),
    ]
    if c.suggestion:
        lines.append(f"- **Suggestion:** {escape(c.suggestion)}")
    if c.evidence:
        lines.append("- **Evidence:**")
        lines += [_evidence(e) for e in c.evidence]
    else:
        lines.append("- **Evidence:** none in the record")
    return "\n".join(lines) + "\n"


def claim_sections(report: Report) -> str:
    """Every claim as a ``###`` section; the same text in ``check`` output and in the export."""
    if not report.claims:
        return "No checkable claims about contacts between leaders were found.\n"
    return "\n".join(_claim(c) for c in report.claims)


def conflict_section(report: Report) -> list[str]:
    """The article against itself: statements that cannot all be true, whatever the record says."""
    if not report.conflicts:
        return []
    items = [f"- Claims {', '.join(f'#{n}' for n in k.claims)}: {escape(k.explanation)}" for k in report.conflicts]
    return ["## The article against itself", "", *items, ""]


def summary_line(report: Report) -> str:
    s = report.summary
    return (
        f"{s.claims} claim{'s' if s.claims != 1 else ''}: {s.supported} supported, "
        f"{s.contradicted} contradicted, {s.unverifiable} unverifiable"
    )


def _title(report: Report) -> str:
    return escape(report.article.title or report.article.path)


def render_check(report: Report) -> str:
    """``factcheck check --format markdown`` for one article (to a terminal, often: control characters of
    the article or record are shown as visible stand-ins, never sent)."""
    a, r = report.article, report.record
    return display_text(
        "\n".join(
            [
                f"# {_title(report)}",
                "",
                f"- **Article:** {code(a.path)}, published {published_text(a.published)}",
                f"- **Record:** {code(r.path)} ({r.contacts} contacts)",
                f"- **Summary:** {summary_line(report)}",
                "",
                *conflict_section(report),
                "## Claims",
                "",
                claim_sections(report),
            ]
        )
    )


def render(report: Report) -> str:
    """The Markdown export: header table, summary, then the claim sections."""
    a, r, s = report.article, report.record, report.summary
    final = ", ".join(f"{n} {v}" for v, n in s.final)
    rows = [
        ("Article", code(a.path)),
        ("Title", escape(a.title) or "—"),
        ("URL", link(a.url) if a.url else "—"),
        ("Published", published_text(a.published)),
        ("Article SHA-256", code(a.sha256)),
        ("Record", f"{code(r.path)} ({r.contacts} contacts)"),
        ("Record SHA-256", code(r.sha256)),
        ("Tool", f"{report.tool} {report.tool_version}"),
        ("Reviewed at", timestamp_text(report.reviewed_at) or "not reviewed"),
        ("Generated at", timestamp_text(report.generated_at) or "—"),
    ]
    return display_text(
        "\n".join(
            [
                f"# Fact-check report: {_title(report)}",
                "",
                "| | |",
                "|---|---|",
                *(f"| {k} | {v} |" for k, v in rows),
                "",
                "## Summary",
                "",
                f"- Machine: {summary_line(report)}",
                f"- After review: {final}",
                f"- Reviewer overrides: {s.overridden}; claims marked reviewed: {s.reviewed} of {s.claims}",
                "",
                *conflict_section(report),
                "## Claims",
                "",
                claim_sections(report),
            ]
        )
    )
