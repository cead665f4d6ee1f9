"""Export dialog: choose a format and a path, then the screen writes the report.

The path defaults to the reports folder beside the review state (``$XDG_DATA_HOME/factcheck/reports/``), never
beside the article, so reviewing never litters the reader's own folders. The path field is not preselected
(typing edits it instead of replacing it), enter moves on rather than exporting at once, and an existing file
is replaced only after a yes to the question — as ``factcheck export`` replaces one only with ``--force``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

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


def shown(path: Path) -> str:
    """A path as the reader types it: ``~`` for the home folder."""
    home = str(Path.home())
    text = str(path)
    return (
        "~" + text[len(home) :] if home not in ("", "/") and (text == home or text.startswith(home + os.sep)) else text
    )


def default_path(article_path: str, fmt: str, folder: str | Path | None = None) -> str:
    """In ``folder`` (the reports folder) when given, else beside the article, as ``factcheck export`` would."""
    return shown(default_report_path(article_path, fmt, folder))


def problem(request: ExportRequest) -> str:
    """Why the request cannot be written as it stands ("" if it can; an existing file is asked about)."""
    if not request.path.strip():
        return "Give a path."
    from factcheck.safe_text import display_text

    if display_text(request.path) != request.path:  # ESC, BEL, C1, bidi overrides: never a file name
        return f"The path holds control characters ({display_text(request.path)}): type it without them."
    p = Path(request.path).expanduser()
    if p.is_dir():
        return f"{p} is a directory."
    if not p.parent.is_dir() and not _creatable(p.parent):
        return f"No such directory: {p.parent}"
    return ""


def _creatable(folder: Path) -> bool:
    """The default reports folder may not exist yet: it is made when its nearest existing parent is writable."""
    for parent in [folder, *folder.parents]:
        if parent.exists():
            return parent.is_dir() and os.access(parent, os.W_OK)
    return False


class ExportScreen(ModalScreen[ExportRequest | None]):
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="export.cancel"),
        Binding("ctrl+s", "export", "Export", id="export.export"),
    ]

    def __init__(self, article_path: str, fmt: str = "", folder: str | Path | None = None) -> None:
        super().__init__()
        self.article_path = article_path
        self.folder = folder
        self.fmt = fmt if fmt in FORMATS else next(iter(FORMATS))

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog"):
            yield Static("Export report", classes="dialog-title")
            yield Label("Format")
            yield Select(
                [(LABELS.get(f, f), f) for f in FORMATS], value=self.fmt, allow_blank=False, id="export-format"
            )
            yield Label("Path")
            yield Input(default_path(self.article_path, self.fmt, self.folder), id="export-path", select_on_focus=False)
            yield Static("", id="export-problem", markup=False)
            yield Static(
                "enter: next field · ctrl+s or the button: export · an existing file is asked about",
                classes="dialog-hint",
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export (ctrl+s)", variant="primary", id="export-ok")
                yield Button("Cancel (esc)", id="export-cancel")

    def on_mount(self) -> None:
        path = self.query_one("#export-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    @on(Select.Changed, "#export-format")
    def _format_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#export-path", Input)
        old = default_path(self.article_path, self.fmt, self.folder)
        self.fmt = str(event.value)
        if path.value in (old, ""):  # the reader has not typed a path of their own
            path.value = default_path(self.article_path, self.fmt, self.folder)

    def request(self, force: bool = False) -> ExportRequest:
        return ExportRequest(
            self.fmt, str(Path(self.query_one("#export-path", Input).value.strip()).expanduser()), force
        )

    @on(Input.Submitted)
    def _next_field(self) -> None:
        """Enter in the path moves to the Export button (which enter then presses), never exports at once."""
        self.query_one("#export-ok", Button).focus()

    @on(Button.Pressed, "#export-ok")
    def action_export(self) -> None:
        request = self.request()
        why = problem(request)
        self.query_one("#export-problem", Static).update(Content(why))
        if why:
            return
        target = Path(request.path)
        if not target.exists():
            self.dismiss(request)
            return
        from factcheck.tui.screens.confirm import ConfirmScreen

        def answered(replace: bool | None) -> None:
            if replace:
                self.dismiss(self.request(force=True))
            else:
                self.query_one("#export-problem", Static).update(f"{target.name} exists: kept. Give another path.")
                self.query_one("#export-path", Input).focus()

        self.app.push_screen(ConfirmScreen(f"{shown(target)} exists. Replace it?", "Replace", "Keep it"), answered)

    @on(Button.Pressed, "#export-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
