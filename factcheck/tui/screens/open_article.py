"""Open another article: a path (and optionally its publication date)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, Static


class PathSuggester(Suggester):
    """Completes the path being typed from the file system (→ accepts the suggestion)."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        folder, prefix = os.path.split(value)
        try:
            names = sorted(os.listdir(os.path.expanduser(folder) or "."))
        except OSError:
            return None
        for name in names:
            if name.startswith(prefix) and not name.startswith(".") and name != prefix:
                full = os.path.join(folder, name)
                return full + "/" if os.path.isdir(os.path.expanduser(full)) else full
        return None


@dataclass(frozen=True, slots=True)
class OpenRequest:
    path: str
    published: str | None


def problem(request: OpenRequest) -> str:
    p = Path(request.path).expanduser()
    if not request.path.strip():
        return "Give the path of an article."
    if not p.exists():
        return f"No such file: {request.path}"
    if p.is_dir():
        return f"{request.path} is a directory."
    from factcheck.files import is_regular_or_absent

    regular, what = is_regular_or_absent(p)
    if not regular:  # a FIFO would block the reader, a device never ends
        return f"{request.path} is {what}, not an article file."
    return ""


class OpenScreen(ModalScreen[OpenRequest | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="open.cancel")]

    def __init__(self, start_dir: str = "") -> None:
        super().__init__()
        self.start_dir = start_dir

    def compose(self) -> ComposeResult:
        with Vertical(id="open-dialog", classes="dialog"):
            yield Static("Open article", classes="dialog-title")
            yield Label("Path (text, Markdown or HTML)")
            start = f"{self.start_dir.rstrip('/')}/" if self.start_dir else ""
            yield Input(start, id="open-path", suggester=PathSuggester())
            yield Label("Publication date (YYYY-MM-DD; empty: read the dateline)")
            yield Input("", id="open-date", placeholder="from the article")
            yield Static("", id="open-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Open", variant="primary", id="open-ok")
                yield Button("Cancel", id="open-cancel")

    def on_mount(self) -> None:
        self.query_one("#open-path", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#open-ok")
    def _submit(self) -> None:
        path = self.query_one("#open-path", Input).value.strip()
        date = self.query_one("#open-date", Input).value.strip() or None
        request = OpenRequest(str(Path(path).expanduser()) if path else "", date)
        why = problem(request)
        self.query_one("#open-problem", Static).update(why)
        if not why:
            self.dismiss(request)

    @on(Button.Pressed, "#open-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
