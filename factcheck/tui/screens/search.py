"""Search the claims: type to narrow (quote, kind, interpretation, note), enter jumps to the highlighted one."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from factcheck import plain
from factcheck.models import Finding, ReviewMark
from factcheck.tui.widgets.claim_list import row


def haystack(finding: Finding, mark: ReviewMark) -> str:
    c = finding.claim
    parts = (
        c.quote,
        c.kind.value,
        finding.verdict.value,
        finding.interpretation,
        finding.explanation,
        plain.why(finding),
        mark.note,
    )
    return " ".join(" ".join(parts).lower().split())


def matching(hay: Sequence[str], query: str, limit: int = 200) -> list[int]:
    """Indices of the haystacks containing every word of ``query`` (case-insensitive), at most ``limit``."""
    words = query.lower().split()
    return [i for i, text in enumerate(hay) if all(w in text for w in words)][:limit]


class SearchScreen(ModalScreen[int | None]):
    """Dismisses with the chosen finding index, or None."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="search.cancel"),
        Binding("down", "move(1)", "Next match", show=False, id="search.next"),
        Binding("up", "move(-1)", "Previous match", show=False, id="search.previous"),
    ]

    def __init__(self, findings: Sequence[Finding], marks: Sequence[ReviewMark]) -> None:
        super().__init__()
        self.findings = findings
        self.marks = marks
        self._hay = [haystack(f, m) for f, m in zip(findings, marks, strict=True)]

    def compose(self) -> ComposeResult:
        with Vertical(id="search-dialog", classes="dialog"):
            yield Static("Search claims", classes="dialog-title")
            yield Input(placeholder="words in the quote, kind, verdict, explanation or note", id="search-input")
            yield OptionList(id="search-results")
            yield Static("↑↓ choose · enter jumps · escape cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        self._fill("")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        hits = matching(self._hay, query)
        results = self.query_one(OptionList)
        results.set_options(Option(row(self.findings[i], self.marks[i]), id=str(i)) for i in hits)
        if hits:
            results.highlighted = 0

    def action_move(self, step: int) -> None:
        results = self.query_one(OptionList)
        if results.option_count:
            results.highlighted = ((results.highlighted or 0) + step) % results.option_count

    @on(Input.Submitted)
    def _submitted(self) -> None:
        results = self.query_one(OptionList)
        option = results.highlighted_option
        self.dismiss(int(option.id) if option and option.id else None)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id) if event.option.id else None)
