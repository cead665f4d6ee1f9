"""How verdicts look everywhere in the app: one symbol and one theme colour each."""

from __future__ import annotations

from textual.content import Content

from factcheck.models import Verdict

SYMBOL = {Verdict.SUPPORTED: "✓", Verdict.CONTRADICTED: "✗", Verdict.UNVERIFIABLE: "?"}
COLOUR = {
    Verdict.SUPPORTED: "$text-success",
    Verdict.CONTRADICTED: "$text-error",
    Verdict.UNVERIFIABLE: "$text-warning",
}


def badge(verdict: Verdict | None, *, words: bool = False) -> Content:
    """``✗`` (or ``✗ contradicted``) in the verdict's theme colour; blank for no verdict."""
    if verdict is None:
        return Content("  " if not words else "")
    text = f"{SYMBOL[verdict]} {verdict.value}" if words else SYMBOL[verdict]
    return Content.styled(text, f"bold {COLOUR[verdict]}")
