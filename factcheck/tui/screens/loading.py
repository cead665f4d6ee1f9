"""Shown while an article is being checked (in a worker)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, LoadingIndicator, Static

from factcheck.safe_text import one_line


class LoadingScreen(Screen[None]):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Static(f"Checking {one_line(self.path, 100)} …", id="loading-text", markup=False)
            yield LoadingIndicator()
        yield Footer()
