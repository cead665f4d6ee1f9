"""The review screen's changes to what the claims are checked against: a contact added to the record
from a claim, a publication date set by the reviewer, and the article checked again after either.

A part of ReviewScreen (review.py), which mixes it in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from textual import work

from factcheck.errors import FactcheckError
from factcheck.models import CheckResult
from factcheck.record.draft import lacks_contact
from factcheck.tui.widgets.article_view import ArticleView
from factcheck.tui.widgets.claim_detail import ClaimDetail
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.worklist import Filter, conflicts_by_claim


class RecordChanges:
    """Adding the reported contact, dating the article, and showing the verdicts checked again (mixed
    into ReviewScreen)."""

    # ---------------------------------------------------------------- adding the reported contact to the record

    def _offer_add_contact(self) -> None:
        """Say under the detail pane when ``a`` would add the current claim's contact. (Not by dimming the
        key in the footer: that redraws the footer claim by claim, ~60 ms a keypress on a long article.)"""
        can = self.current is not None and lacks_contact(self.findings[self.current])
        if can != self._can_add:
            self._can_add = can
            self.query_one(ClaimDetail).border_subtitle = "a: add this contact to the record" if can else ""

    def action_add_contact(self, any_claim: bool = False) -> None:
        """Open the form prefilled from the current claim; on save, re-check the article. The key works on
        event claims the record has no row for; the palette (``any_claim``) on every claim."""
        from factcheck.record.draft import draft_contact
        from factcheck.record import Record, default_db_path
        from factcheck.tui.screens.add_contact import AddContactScreen, ContactAdded, Places

        index = self.current
        if index is None:
            return
        finding = self.findings[index]
        if not any_claim and not lacks_contact(finding):
            self.notify(
                "The record has a row on this claim's date, or it reports no dated contact. To add one"
                " anyway: ctrl+p, “record: add contact from any claim”.",
                title="Nothing to add",
                timeout=5,
            )
            return
        places = Places(Path(self.result.record.path), default_db_path(), self.store.path.parent)
        today = self.app.today()
        try:
            with Record.open(places.opened) as record:
                draft = draft_contact(self.result, finding, record, today=today)
        except FactcheckError as exc:
            self.notify(str(exc), title="Cannot add to the record", severity="error")
            return

        def added(result: ContactAdded | None) -> None:
            if result is None:
                return
            c = result.contact
            self.app.db = str(result.path)  # from now on, articles are checked against this record
            self.notify(
                f"Added contact {c.id} ({c.date.isoformat()}, {c.kind.replace('_', ' ')}) to {result.path};"
                " checking every claim again …",
                title="Record updated",
                timeout=4,
            )
            self.recheck(str(result.path))

        self.app.push_screen(AddContactScreen(finding, draft, places, today=today), added)

    @work(thread=True, exclusive=True, group="recheck", exit_on_error=False)
    def recheck(self, db: str, published: date | None = None) -> None:
        """Check the article again against a freshly opened record (which sees any new row), with a new
        publication date when one is given."""
        from factcheck.check import check_article
        from factcheck.record import Record

        article = self.result.article if published is None else replace(self.result.article, published=published)
        with Record.open(db) as record:
            result = check_article(article, record)
        self.app.call_from_thread(self.apply_result, result)

    # ---------------------------------------------------------------- the publication date

    def action_set_date(self) -> None:
        """Give the article a publication date (remembered for it); every claim is checked again at once."""
        from factcheck.tui.screens.set_date import DateScreen

        def chosen(day: date | None) -> None:
            if day is None:
                return
            try:
                self.store.set_setting(f"published:{self.result.article.sha256}", day.isoformat())
            except FactcheckError as exc:
                self.notify(str(exc), title="Date not remembered", severity="warning")
            self.notify(f"Publication date {day.isoformat()}: checking every claim again …", timeout=3)
            self.recheck(self.result.record.path, day)

        self.app.push_screen(DateScreen(self.result.article.published, self.app.today()), chosen)

    def _remembered_date(self) -> None:
        """An article without a date that the reviewer dated before is checked again with that date."""
        if self.result.article.published is not None:
            return
        try:
            text = self.store.setting(f"published:{self.result.article.sha256}")
        except FactcheckError:
            return
        if text:
            self.notify(f"Publication date {text}, as you set it before: checking again …", timeout=3)
            self.recheck(self.result.record.path, date.fromisoformat(text))

    def apply_result(self, result: CheckResult) -> None:
        """Show new verdicts for the same claims (reviewer marks stay, keyed by claim id)."""
        old = self.findings
        if [f.claim.id for f in old] != [f.claim.id for f in result.findings]:
            self.app.show_result(result, self.review)  # the claims themselves changed: start afresh
            return
        self.result, self.findings = result, result.findings
        self._conflicts = conflicts_by_claim(result)
        self.query_one(ClaimList).conflicted = frozenset(self._conflicts)
        self._timelines.clear()
        self._contacts.clear()
        claims, view = self.query_one(ClaimList), self.query_one(ArticleView)
        changed = [i for i, (a, b) in enumerate(zip(old, result.findings, strict=True)) if a != b]
        for i in changed:
            claims.update_row(i, self.findings[i], self.marks[i])
            view.update_span(i, self._span(i))
        if self.filter_mode != Filter.ALL:
            self._show_rows()
            claims.select(self.current)
        self._show_summary()
        self._show_detail()
        self._offer_add_contact()
        self._load_timeline(self.current)
        moved = sum(1 for i in changed if old[i].verdict != result.findings[i].verdict)
        self.notify(
            f"{moved} verdict{'s' if moved != 1 else ''} changed against {result.record.path}.",
            title="Checked again",
            timeout=4,
        )
