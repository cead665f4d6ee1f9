"""Give the article its publication date when it has none (or correct it): every claim is checked again at once."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from factcheck.article import parse_iso_date
from factcheck.errors import InputError


def problem(text: str, today: date) -> tuple[date | None, str]:
    """The date typed, or why it will not do."""
    try:
        day = parse_iso_date(text.strip(), "the date")
    except InputError as exc:
        return None, str(exc).replace("the date", "The date", 1) + "."
    if day > today:
        return None, f"{day.isoformat()} is after today ({today.isoformat()})."
    return day, ""


class DateScreen(ModalScreen[date | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="date.cancel")]

    def __init__(self, current: date | None, today: date) -> None:
        super().__init__()
        self.current, self.today = current, today

    def compose(self) -> ComposeResult:
        with Vertical(id="date-dialog", classes="dialog"):
            yield Static("Publication date", classes="dialog-title")
            yield Label("YYYY-MM-DD — relative dates in the article (“on Thursday”, “this year”) are read from it")
            yield Input(
                self.current.isoformat() if self.current else "",
                id="date-input",
                placeholder=self.today.isoformat(),
                select_on_focus=False,
            )
            yield Static("", id="date-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Check again (enter)", variant="primary", id="date-ok")
                yield Button("Cancel (esc)", id="date-cancel")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#date-ok")
    def _submit(self) -> None:
        day, why = problem(self.query_one(Input).value, self.today)
        self.query_one("#date-problem", Static).update(why)
        if day is not None:
            self.dismiss(day)

    @on(Button.Pressed, "#date-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
