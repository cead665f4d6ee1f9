"""Undo and redo of the reviewer's changes (no Textual here).

A :class:`Change` is one claim's mark before and after one action (a verdict, a note, a reviewed mark, or
several at once). Undoing writes the *before* mark back through the review store, and redoing writes the
*after* mark, so both are ordinary changes: each lands in the append-only audit log like any other, and
nothing is ever deleted from it. The stacks themselves live as long as the review screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.models import ReviewMark


@dataclass(frozen=True, slots=True)
class Change:
    index: int  # the finding's index on the screen
    before: ReviewMark
    after: ReviewMark

    def describe(self, undo: bool) -> str:
        """What undoing (or redoing) this change does, in words: "verdict contradicted → none"."""
        a, b = (self.after, self.before) if undo else (self.before, self.after)
        parts = []
        if a.verdict != b.verdict:
            parts.append(
                f"verdict {a.verdict.value if a.verdict else 'none'} → {b.verdict.value if b.verdict else 'none'}"
            )
        if a.reviewed != b.reviewed:
            parts.append("marked reviewed" if b.reviewed else "reviewed mark removed")
        if a.note != b.note:
            parts.append("note restored" if undo else "note changed again")
        return ", ".join(parts) or "no change"


def same(a: ReviewMark, b: ReviewMark) -> bool:
    """The same judgement (the time of the change aside)."""
    return (a.verdict, a.note, a.reviewed) == (b.verdict, b.note, b.reviewed)


@dataclass(slots=True)
class History:
    """Two stacks: a new change clears the redo stack, as in every editor."""

    done: list[Change] = field(default_factory=list)
    undone: list[Change] = field(default_factory=list)
    limit: int = 500

    def record(self, change: Change) -> None:
        if same(change.before, change.after):
            return
        self.done.append(change)
        del self.done[: -self.limit]
        self.undone.clear()

    def undo(self) -> Change | None:
        """The change to revert (moved to the redo stack), or None."""
        if not self.done:
            return None
        change = self.done.pop()
        self.undone.append(change)
        return change

    def redo(self) -> Change | None:
        if not self.undone:
            return None
        change = self.undone.pop()
        self.done.append(change)
        return change
