"""Why a claim got its verdict: interpretation, claimed vs recorded, explanation, suggested correction,
the reviewer's own verdict and note beside the machine's, a timeline and the evidence table."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from factcheck import plain
from factcheck.models import Finding, ReviewMark
from factcheck.safe_text import display_text
from factcheck.tui.widgets.evidence_table import EvidenceTable
from factcheck.tui.timeline_data import TimelineData, from_evidence
from factcheck.tui.widgets.timeline import Timeline
from factcheck.tui.widgets.verdicts import badge

LABEL_WIDTH = 10
LEGEND = "● counted  ○ not counted  ◆ the contact this claim is about  ━ the counted window  ·  v: record rows"


def _field(label: str, text: str, style: str = "") -> list[Content | tuple[str, str] | str]:
    if not text:
        return []
    return [(f"{label:<{LABEL_WIDTH}}", "bold dim"), (display_text(text), style) if style else display_text(text), "\n"]


def describe(finding: Finding, mark: ReviewMark, position: int, total: int, conflicts: Sequence[str] = ()) -> Content:
    claim = finding.claim
    head: list[Content | tuple[str, str] | str] = [
        badge(finding.verdict, words=True),
        ("  you: ", "dim"),
        badge(mark.verdict, words=True) if mark.verdict else ("—", "dim"),
        ("  ✔ reviewed" if mark.reviewed else "  not reviewed", "$text-success" if mark.reviewed else "dim"),
        "\n",
        (f"{claim.kind.value.replace('_', ' ')} · claim {position} of {total}", "dim"),
        "\n",
        (f"“{display_text(' '.join(claim.quote.split()))}”", "italic"),
        "\n\n",
    ]
    # in the reader's words (factcheck/plain.py), not the engine's shorthand; the reports keep the engine's
    body = (
        _field("Between", plain.between(finding))
        + _field("Reads as", plain.reading(finding))
        + _field("Claimed", plain.claimed(finding), "bold")
        + _field("Recorded", plain.recorded(finding), "bold")
        + _field("Why", plain.why(finding))
        + _field("Suggest", finding.suggestion, "$text-accent")
        + _field("Note", mark.note, "$text-warning")
    )
    for line in conflicts:
        body += _field("⚠ Against", line, "$text-warning")
    return Content.assemble(*head, *body).rstrip()


class ClaimDetail(VerticalScroll, can_focus=True):
    """Focusable (tab), so a long explanation scrolls with ↑↓, page keys, home/end when the pane is small."""

    def compose(self) -> ComposeResult:
        yield Static(id="claim-text")
        yield Timeline(id="timeline")
        yield Static(LEGEND, id="timeline-legend")
        yield Static(id="evidence-empty")
        yield EvidenceTable(id="evidence")

    def show(
        self,
        finding: Finding | None,
        mark: ReviewMark | None,
        position: int = 0,
        total: int = 0,
        *,
        empty: str = "",
        conflicts: Sequence[str] = (),
    ) -> None:
        text = self.query_one("#claim-text", Static)
        table = self.query_one(EvidenceTable)
        if finding is None or mark is None:
            text.update(Content.styled(empty or "No claim selected.", "dim"))
            table.show(())
            table.display = False
            self.query_one("#evidence-empty", Static).display = False
            self.show_timeline(TimelineData(()))
            return
        text.update(describe(finding, mark, position, total, conflicts))
        table.show(finding.evidence)
        table.display = bool(finding.evidence)
        none = self.query_one("#evidence-empty", Static)
        none.update(
            Content.styled(
                "" if finding.evidence else "Evidence: no contact in the record bears on this claim (see Why above).",
                "dim",
            )
        )
        none.display = not finding.evidence
        self.show_timeline(from_evidence(finding))
        self.scroll_home(animate=False)

    def show_timeline(self, data: TimelineData) -> None:
        self.query_one(Timeline).show(data)
        self.query_one("#timeline-legend").display = bool(data.points)
