"""The reviewer's judgement on the review screen: verdicts, "reviewed", notes, undo and redo.

A part of ReviewScreen (review.py), which mixes it in: it uses the screen's findings, marks, review,
store, history and current claim. Every change goes through ``_save``: one call to the store (on disk
before it returns), then only the widgets showing that claim are updated.
"""

from __future__ import annotations

from factcheck.errors import FactcheckError
from factcheck.history import Change, same
from factcheck.models import Review, Verdict
from factcheck.review import UNSET, ReviewNotWritten
from factcheck.tui.widgets.article_view import ArticleView
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.worklist import Filter, after_verdict, reviewed_count


class ReviewerMarks:
    """The review screen's actions that change a claim's mark (mixed into ReviewScreen)."""

    # ---------------------------------------------------------------- the reviewer's judgement

    def action_set_verdict(self, verdict: str | None, advance: bool = True) -> None:
        """Record the reviewer's verdict for the current claim and, with it, that the claim is reviewed;
        then move on to the next flagged claim not yet reviewed (``advance``). None clears the verdict and
        stays."""
        index = self.current
        if index is None:
            return
        if verdict is None:
            self._change(index, verdict=None)
            return
        # Move first, then save the claim left behind: the detail pane is drawn once (for the next claim),
        # not once for the saved claim and again for the next. A save that fails comes back to the claim.
        target = after_verdict(self.findings, self.review, self.query_one(ClaimList).rows, index) if advance else None
        if target is not None:
            self.current = target
        if not self._change(index, verdict=Verdict(verdict), reviewed=True):
            self.current = index
            return
        if advance and target is None:
            self._say_complete()

    def _say_complete(self) -> None:
        if reviewed_count(self.findings, self.review) == len(self.findings):
            more = " > opens the next article to review, escape the queue." if self.in_queue else ""
            self.notify(f"Review complete: all {len(self.findings)} claims reviewed.{more}", title="Done", timeout=4)
            self.app.refresh_queue_entry()
        else:
            self.notify(f"Every claim shown ({self.filter_mode.label}) is reviewed.", timeout=3)

    def action_toggle_reviewed(self) -> None:
        if self.current is not None:
            self._change(self.current, reviewed=not self.marks[self.current].reviewed)

    def _change(self, index: int, **fields) -> bool:  # noqa: ANN003
        """Save a change to one claim's mark and remember it for undo. False when it could not be saved."""
        before = self.marks[index]
        self._save(index=index, **fields)
        after = self.marks[index]
        wanted = {"verdict": before.verdict, "note": before.note, "reviewed": before.reviewed, **fields}
        if (after.verdict, after.note, after.reviewed) != (wanted["verdict"], wanted["note"], wanted["reviewed"]):
            return False  # _save said why
        self.history.record(Change(index, before, after))
        return True

    def action_undo(self) -> None:
        """Put back the claim's mark as it was before the last change (written to the audit log like any change)."""
        self._step(undo=True)

    def action_redo(self) -> None:
        self._step(undo=False)

    def _step(self, *, undo: bool) -> None:
        change = self.history.undo() if undo else self.history.redo()
        if change is None:
            self.notify("Nothing to undo." if undo else "Nothing to redo.", timeout=2)
            return
        mark = change.before if undo else change.after
        self._save(index=change.index, verdict=mark.verdict, note=mark.note, reviewed=mark.reviewed)
        if not same(self.marks[change.index], mark):  # not saved: keep the stacks as they were
            _ = self.history.redo() if undo else self.history.undo()
            return
        if change.index not in self.query_one(ClaimList).rows:
            self.filter_mode = Filter.ALL
        self.current = change.index
        what = "Undone" if undo else "Redone"
        self.notify(f"{what}: {change.describe(undo)} (claim {change.index + 1}).", timeout=2)

    def action_edit_note(self) -> None:
        from factcheck.tui.screens.note import NoteScreen

        index = self.current
        if index is None:
            return

        def done(note: str | None) -> None:
            if note is not None:
                self._change(index, note=note)

        self.app.push_screen(NoteScreen(self.findings[index].claim.quote, self.marks[index].note), done)

    def show_review(self, review: Review) -> None:
        """A review reloaded from the state file (another writer): every row, span and pane follows it."""
        self.review = review
        claims, view = self.query_one(ClaimList), self.query_one(ArticleView)
        for i, f in enumerate(self.findings):
            mark = review.mark(f.claim.id)
            if mark != self.marks[i]:
                self.marks[i] = mark
                claims.update_row(i, f, mark)
                view.update_span(i, self._span(i))
        self._show_summary()
        self._show_detail()

    def _save(self, *, index: int | None = None, verdict=UNSET, note=UNSET, reviewed=UNSET) -> None:  # noqa: ANN001
        index = self.current if index is None else index
        if index is None:
            return
        finding = self.findings[index]
        try:
            self.review = self.store.update(
                self.result.article.sha256, finding.claim.id, verdict=verdict, note=note, reviewed=reviewed
            )
        except ReviewNotWritten as exc:  # kept in memory, written by a later save: shown as made
            self.review = exc.review
            self.notify(str(exc), title="Not written yet", severity="warning", timeout=8, markup=False)
        except FactcheckError as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False)
            return
        self.marks[index] = self.review.mark(finding.claim.id)
        self.query_one(ClaimList).update_row(index, finding, self.marks[index])
        self.query_one(ArticleView).update_span(index, self._span(index))
        self._show_summary()
        if index == self.current:
            self._show_detail()
