"""Export dialog: choose a format and a path (default: beside the article), then the screen writes it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from factcheck.report import FORMATS, default_report_path

#: How the formats are named in the dialog (a format missing here is shown by its code).
LABELS: dict[str, str] = {
    "md": "Markdown",
    "html": "HTML (self-contained page)",
    "json": "JSON",
    "csv": "CSV (one row per claim)",
    "claimreview": "ClaimReview JSON-LD",
}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    fmt: str
    path: str
    force: bool


def default_path(article_path: str, fmt: str) -> str:
    """Beside the article, as ``factcheck export`` would write it."""
    return str(default_report_path(article_path, fmt))


def problem(request: ExportRequest) -> str:
    """Why the request cannot be written as it stands ("" if it can)."""
    if not request.path.strip():
        return "Give a path."
    p = Path(request.path).expanduser()
    if p.is_dir():
        return f"{p} is a directory."
    if not p.parent.is_dir():
        return f"No such directory: {p.parent}"
    if p.exists() and not request.force:
        return f"{p.name} exists: tick “Overwrite” to replace it."
    return ""


class ExportScreen(ModalScreen[ExportRequest | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="export.cancel")]

    def __init__(self, article_path: str, fmt: str = "") -> None:
        super().__init__()
        self.article_path = article_path
        self.fmt = fmt if fmt in FORMATS else next(iter(FORMATS))

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static("Export report", classes="dialog-title")
            yield Label("Format")
            yield Select([(LABELS.get(f, f), f) for f in FORMATS], value=self.fmt, allow_blank=False, id="export-format")
            yield Label("Path")
            yield Input(default_path(self.article_path, self.fmt), id="export-path")
            yield Checkbox("Overwrite if it exists", id="export-force")
            yield Static("", id="export-problem")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        old = default_path(self.article_path, self.fmt)
        self.fmt = str(event.value)
        if path.value in (old, ""):  # the reader has not typed a path of their own
            path.value = default_path(self.article_path, self.fmt)

    def request(self) -> ExportRequest:
        return ExportRequest(
            self.fmt,
            str(Path(self.query_one("#export-path", Input).value.strip()).expanduser()),
            self.query_one("#export-force", Checkbox).value,
        )

    @on(Input.Submitted)
    @on(Button.Pressed, "#export-ok")
    def _submit(self) -> None:
        request = self.request()
        why = problem(request)
        self.query_one("#export-problem", Static).update(why)
        if not why:
            self.dismiss(request)

    @on(Button.Pressed, "#export-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
