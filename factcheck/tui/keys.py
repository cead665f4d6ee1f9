"""Every key of the review app, defined once.

Each binding carries a short footer label (``description``), a stable ``id`` and, in ``tooltip``, its
command-palette name in "category: verb" form. The footer, the help screen, the command palette and the
README key table are all generated from these lists, so none of them can drift from the bindings.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding


def key(
    keys: str, action: str, label: str, command: str, *, show: bool = True, key_display: str | None = None
) -> Binding:
    """A binding whose palette name is ``command`` ("category: verb") and whose id is derived from it."""
    category, _, verb = command.partition(": ")
    return Binding(
        keys,
        action,
        label,
        show=show,
        key_display=key_display,
        tooltip=command,
        id=f"{category}.{verb.replace(' ', '-')}",
    )


#: Keys of the review screen (the article, the claims list and the evidence).
REVIEW_BINDINGS: list[Binding] = [
    key("j,down", "jump('next')", "Next", "claim: next", show=False, key_display="j ↓"),
    key("k,up", "jump('previous')", "Previous", "claim: previous", show=False, key_display="k ↑"),
    key("g,home", "jump('first')", "First", "claim: first", show=False, key_display="g"),
    key("G,end", "jump('last')", "Last", "claim: last", show=False, key_display="G"),
    key("n", "jump('next_unreviewed')", "Unreviewed", "claim: next unreviewed", key_display="n"),
    key("N", "jump('previous_unreviewed')", "Prev unreviewed", "claim: previous unreviewed", show=False),
    key("right_square_bracket", "jump('next_flagged')", "Flagged", "claim: next flagged", show=False, key_display="]"),
    key(
        "left_square_bracket",
        "jump('previous_flagged')",
        "Prev flagged",
        "claim: previous flagged",
        show=False,
        key_display="[",
    ),
    # The verdict loop: one key gives your verdict, marks the claim reviewed and moves on to the next flagged
    # claim not yet reviewed (then to any not yet reviewed). The footer shows the three as one entry.
    key("1", "set_verdict('supported')", "Verdict", "verdict: mark supported and go on", key_display="1/2/3"),
    key("2", "set_verdict('contradicted')", "Contradicted", "verdict: mark contradicted and go on", show=False),
    key("3", "set_verdict('unverifiable')", "Unverifiable", "verdict: mark unverifiable and go on", show=False),
    key("0", "set_verdict(None)", "Clear", "verdict: clear my verdict", show=False),
    key("u", "undo", "Undo", "review: undo"),
    key("U,ctrl+r", "redo", "Redo", "review: redo", show=False, key_display="U"),
    key("space", "toggle_reviewed", "Reviewed", "review: toggle reviewed", key_display="space"),
    key("e", "edit_note", "Note", "review: edit note"),
    key("f", "cycle_filter", "Filter", "filter: next filter"),
    key("F", "choose_filter", "Filters", "filter: choose (kind, verdict …)", show=False),
    key("slash", "search", "Search", "claim: search", key_display="/"),
    key("x", "export", "Export", "export: report", key_display="x"),
    key("tab", "focus_pane(1)", "Next pane", "view: next pane", show=False),
    key("shift+tab", "focus_pane(-1)", "Previous pane", "view: previous pane", show=False),
    # Offered on an event claim the record has no row for; the palette's "record: add contact from any
    # claim" opens the same form on any claim.
    key("a", "add_contact", "Add", "record: add contact from claim"),
    key("d", "set_date", "Date", "article: set publication date", show=False),
    key("v", "view_contacts", "Record rows", "evidence: view the record rows", show=False),
    key("o", "open_source", "Open URL", "evidence: open the article's or the row's web address", show=False),
]

#: Keys of an article opened from the queue (shown only there).
QUEUE_ARTICLE_BINDINGS: list[Binding] = [
    key("greater_than_sign", "queue_step(1)", "Next article", "queue: next article to review", key_display=">"),
    key(
        "less_than_sign",
        "queue_step(-1)",
        "Prev article",
        "queue: previous article to review",
        show=False,
        key_display="<",
    ),
    key("escape", "queue_back", "Queue", "queue: back to the list", key_display="esc"),
]

#: Keys of the queue screen (the table has its own ↑↓, enter).
QUEUE_BINDINGS: list[Binding] = [
    key("j", "cursor('down')", "Down", "queue: next row", show=False),
    key("k", "cursor('up')", "Up", "queue: previous row", show=False),
    key("n", "open_next", "Next to review", "queue: open the next article to review", key_display="n"),
]

#: Keys that work on every screen of the app.
APP_BINDINGS: list[Binding] = [
    key("ctrl+o", "open_article", "Open", "file: open article", show=False),
    key("question_mark,f1", "help", "Help", "app: help", key_display="?"),
    key("q", "quit", "Quit", "app: quit"),
]


@dataclass(frozen=True, slots=True)
class KeyRow:
    keys: str  # as a reviewer types them, e.g. "j ↓"
    label: str  # the footer's short label
    command: str  # the palette name, "category: verb"


def _shown_keys(binding: Binding) -> str:
    names = {
        "question_mark": "?",
        "slash": "/",
        "shift+tab": "shift+tab",
        "down": "↓",
        "up": "↑",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "greater_than_sign": ">",
        "less_than_sign": "<",
    }
    parts = [names.get(k.strip(), k.strip()) for k in binding.key.split(",")]
    return " ".join(parts)


def key_rows(bindings: Iterable[Binding]) -> list[KeyRow]:
    """One row per binding, with every key that triggers it."""
    return [KeyRow(_shown_keys(b), b.description, b.tooltip) for b in bindings]


def all_key_rows() -> list[KeyRow]:
    return key_rows([*REVIEW_BINDINGS, *QUEUE_ARTICLE_BINDINGS, *APP_BINDINGS]) + [
        KeyRow("ctrl+p", "Commands", "app: command palette")
    ]


def markdown_key_table() -> str:
    """The README key table."""
    lines = ["| Keys | Action (as named in the command palette) |", "| --- | --- |"]
    for row in all_key_rows():
        keys = " ".join(f"`{k}`" for k in row.keys.split(" "))
        lines.append(f"| {keys} | {row.command} |")
    return "\n".join(lines)
