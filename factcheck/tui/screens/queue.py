"""The queue: every article of a folder (or the files given) with its claims, flagged and reviewed counts and
whether its review is complete. Enter opens one; from an article, ``>``/``<`` go on to the next or previous
article still to review and escape comes back here. Each article opens at the claim it was left on."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events, on
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from factcheck.queue import QueueEntry
from factcheck.safe_text import one_line
from factcheck.tui.keys import QUEUE_BINDINGS

#: Column names and widths (fixed, so rows filled in as the articles are checked are never cut); the article
#: column takes what the terminal leaves (at least 16).
COLUMNS = (("Article", 56), ("Claims", 6), ("Flagged", 7), ("Reviewed", 10), ("Status", 22))


def widths(total: int) -> list[tuple[str, int]]:
    rest = sum(w for _, w in COLUMNS[1:]) + 2 * len(COLUMNS) + 1  # each cell has one column of padding a side
    return [("Article", max(16, min(80, total - rest))), *COLUMNS[1:]]


def status_cell(entry: QueueEntry) -> Content:
    if entry.error:
        return Content.styled(f"cannot open: {one_line(entry.error, 26)}", "$text-error")
    style = "bold $text-success" if entry.complete else ("$text-warning" if entry.reviewed else "dim")
    return Content.styled(entry.status, style)


def cells(entry: QueueEntry) -> tuple[str | Content, ...]:
    title = one_line(entry.title or entry.path, 60)
    if not entry.checked:
        return (title, "", "", "", status_cell(entry))
    return (title, str(entry.claims), str(entry.flagged), f"{entry.reviewed} of {entry.claims}", status_cell(entry))


def heading(entries: Sequence[QueueEntry]) -> str:
    done = sum(e.complete for e in entries)
    checked = sum(e.checked for e in entries)
    still = f" · checking {len(entries) - checked} …" if checked < len(entries) else ""
    return f"Review queue · {len(entries)} articles · {done} complete{still}"


class QueueScreen(Screen[None]):
    BINDINGS = QUEUE_BINDINGS

    def __init__(self, entries: Sequence[QueueEntry]) -> None:
        super().__init__()
        self.entries = list(entries)

    def compose(self) -> ComposeResult:
        yield Static(heading(self.entries), id="queue-heading")
        yield DataTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield Static("enter opens an article · in an article, > next, < previous, escape back here", id="queue-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        """Lay the table out for this width (a queue is short: rebuilding it costs nothing)."""
        table = self.query_one(DataTable)
        at = table.cursor_row
        table.clear(columns=True)
        for label, width in widths(event.size.width):
            table.add_column(label, width=width)
        for i, e in enumerate(self.entries):
            table.add_row(*cells(e), key=str(i))
        if self.entries:
            table.move_cursor(row=min(at, len(self.entries) - 1), animate=False)

    def set_entry(self, index: int, entry: QueueEntry) -> None:
        """A row's article has been checked, or its review moved on."""
        self.entries[index] = entry
        table = self.query_one(DataTable)
        for column, value in zip(table.columns, cells(entry), strict=True):
            table.update_cell(str(index), column, value)
        self.query_one("#queue-heading", Static).update(heading(self.entries))

    def select(self, index: int) -> None:
        self.query_one(DataTable).move_cursor(row=index, animate=False)

    @property
    def selected(self) -> int:
        return self.query_one(DataTable).cursor_row

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_in_queue(event.cursor_row)  # type: ignore[attr-defined]

    def action_cursor(self, direction: str) -> None:
        table = self.query_one(DataTable)
        (table.action_cursor_down if direction == "down" else table.action_cursor_up)()

    def action_open_next(self) -> None:
        """Open the first article (from the cursor on) whose review is not complete."""
        from factcheck.queue import next_to_review

        at = self.selected
        target = (
            at if not self.entries[at].complete and not self.entries[at].error else next_to_review(self.entries, at)
        )
        if target is None:
            self.notify("Every article of the queue is reviewed.", title="Queue complete", timeout=4)
        else:
            self.app.open_in_queue(target)  # type: ignore[attr-defined]
