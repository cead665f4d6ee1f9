"""The claims list: one row per claim — machine verdict badge, reviewer mark, kind and a short quote."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from factcheck.models import Finding, ReviewMark
from factcheck.safe_text import one_line
from factcheck.tui.widgets.verdicts import COLOUR, SYMBOL, badge

QUOTE_WIDTH = 120  # rows are cut to the widget's width by CSS (text-overflow: ellipsis)


def row(finding: Finding, mark: ReviewMark, conflict: bool = False) -> Content:
    """`✗ →✓ ✔✎⚠ ordinal    “the fifth conversation …”` (⚠: the article contradicts itself here)."""
    mine = (
        Content.assemble(("→", "dim"), (SYMBOL[mark.verdict], f"bold {COLOUR[mark.verdict]}"))
        if mark.verdict is not None
        else Content("  ")
    )
    return Content.assemble(
        badge(finding.verdict),
        " ",
        mine,
        " ",
        ("✔" if mark.reviewed else "·", "$text-success" if mark.reviewed else "dim"),
        ("✎" if mark.note else " ", "$text-accent"),
        ("⚠" if conflict else " ", "bold $text-warning"),
        " ",
        (f"{finding.claim.kind.value.replace('_', ' '):<11}", "dim"),
        " ",
        one_line(finding.claim.quote, QUOTE_WIDTH),
    )


class ClaimList(OptionList):
    """Claims in article order; a filter may hide some. Option ids are the findings' indices."""

    class ClaimHighlighted(Message):
        """The reader moved to claim ``index`` in the list."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ClaimList.ClaimHighlighted)

    MAX_ROWS = 12

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._rows: list[int] = []
        self._position: dict[int, int] = {}
        self._prompts: dict[int, Content] = {}  # finding index → its row, so a refilter rebuilds nothing
        self.conflicted: frozenset[int] = frozenset()  # findings the article contradicts elsewhere (⚠)

    @property
    def rows(self) -> list[int]:
        """Finding indices shown, in order."""
        return self._rows

    def show(self, findings: Sequence[Finding], marks: Sequence[ReviewMark], rows: Sequence[int]) -> None:
        """Show the findings at ``rows`` (``marks`` is indexed like ``findings``)."""
        self._rows = list(rows)
        self._position = {index: pos for pos, index in enumerate(self._rows)}
        prompts = self._prompts
        for i in self._rows:
            if i not in prompts:
                prompts[i] = row(findings[i], marks[i], i in self.conflicted)
        self.set_options(Option(prompts[i], id=str(i)) for i in self._rows)
        # fit short lists, cap long ones; fixed so layout never has to measure 2,000 rows
        self.styles.height = max(3, min(len(self._rows), self.MAX_ROWS)) + self.styles.gutter.height

    def update_row(self, index: int, finding: Finding, mark: ReviewMark) -> None:
        self._prompts[index] = prompt = row(finding, mark, index in self.conflicted)
        pos = self._position.get(index)
        if pos is not None:
            self.replace_option_prompt_at_index(pos, prompt)

    def select(self, index: int | None) -> None:
        """Highlight finding ``index`` if it is shown."""
        pos = self._position.get(index) if index is not None else None
        if pos is not None and self.highlighted != pos:
            self.highlighted = pos

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ClaimHighlighted(int(event.option.id)))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ClaimHighlighted(int(event.option.id)))
