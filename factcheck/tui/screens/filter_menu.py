"""Choose which claims the list shows: every filter, and each kind of claim the article has, with counts."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from factcheck.models import ClaimKind, Finding, Review
from factcheck.tui.worklist import Filter, visible


def choices(findings: Sequence[Finding], review: Review) -> list[tuple[Filter, int]]:
    """Every filter that shows something (``all`` always), with how many claims it shows."""
    kinds = [Filter.kind(k) for k in ClaimKind]
    out = []
    for mode in [*Filter.cycle(), *kinds]:
        n = len(visible(findings, review, mode))
        if n or mode == Filter.ALL or mode in Filter.cycle():
            out.append((mode, n))
    return out


class FilterScreen(ModalScreen[Filter | None]):
    """Dismisses with the chosen filter, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="filter.cancel")]

    def __init__(self, findings: Sequence[Finding], review: Review, current: Filter) -> None:
        super().__init__()
        self.options = choices(findings, review)
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Static("Show only …", classes="dialog-title")
            yield OptionList(
                *[Option(f"{mode.label:<20} {n:>5}", id=mode.value) for mode, n in self.options], id="filter-options"
            )
            yield Static("↑↓ choose · enter shows · escape cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        values = [m.value for m, _ in self.options]
        options.highlighted = values.index(self.current.value) if self.current.value in values else 0

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Filter(event.option.id) if event.option.id else None)
