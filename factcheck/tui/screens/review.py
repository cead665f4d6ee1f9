"""The main screen: the article on the left, the claims list and the selected claim's detail on the right.

View state lives in two reactives — ``current`` (a finding index) and ``filter_mode`` — whose watchers push
attributes down to the widgets. Every change to the review goes through ``_save``: one call to the store
(on disk before it returns), then only the widgets showing that claim are updated.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from textual import on, work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer

from factcheck.record.draft import lacks_contact
from factcheck.errors import FactcheckError
from factcheck.history import Change, History, same
from factcheck.models import CheckResult, Finding, Review, ReviewMark, Verdict
from factcheck.safe_text import display_text
from factcheck.review import UNSET, ReviewNotWritten, ReviewStore
from factcheck.tui.commands import ReviewCommands
from factcheck.tui.keys import QUEUE_ARTICLE_BINDINGS, REVIEW_BINDINGS
from factcheck.tui.timeline_data import NO_PAIR, TimelineData, TimelineQuery, from_contacts, from_evidence, query_for
from factcheck.tui.widgets.article_view import ArticleView, ClaimSpan
from factcheck.tui.widgets.claim_detail import ClaimDetail
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.evidence_table import EvidenceTable
from factcheck.tui.widgets.summary_bar import SummaryBar
from factcheck.tui.worklist import (
    Filter,
    after_verdict,
    conflicts_by_claim,
    jump,
    overridden,
    progress,
    reviewed_count,
    visible,
)


class ReviewScreen(Screen[None]):
    BINDINGS = [*REVIEW_BINDINGS, *QUEUE_ARTICLE_BINDINGS]
    # below 100 columns the article, the claims and the detail are stacked (app.tcss: .-narrow)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]  # under 18 rows: no pane borders
    COMMANDS = {ReviewCommands}

    current: var[int | None] = var(None, init=False)
    filter_mode: var[Filter] = var(Filter.ALL, init=False)

    def __init__(self, result: CheckResult, review: Review, store: ReviewStore) -> None:
        super().__init__()
        self.result = result
        self.findings: tuple[Finding, ...] = result.findings
        self.review = review
        self.store = store
        self.marks: list[ReviewMark] = [review.mark(f.claim.id) for f in self.findings]
        self._timelines: dict[int, TimelineData] = {}
        self._contacts: dict[object, tuple] = {}  # TimelineQuery → the record's contacts (claims share windows)
        self._can_add: bool | None = None  # whether the detail pane offers "a" on the current claim
        self.history = History()  # this session's changes, for u (undo) and U (redo)
        self._conflicts = conflicts_by_claim(result)

    # ---------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        article = self.result.article
        yield SummaryBar(id="summary")
        with Horizontal(id="panes"):
            yield ArticleView(
                article.text,
                [self._span(i) for i in range(len(self.findings))],
                body_start=article.body_start,
                id="article",
            )
            with Vertical(id="side"):
                yield ClaimList(id="claims")
                yield ClaimDetail(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.set_reactive(ReviewScreen.filter_mode, self._remembered_filter())
        self.query_one(ArticleView).border_title = "Article"
        self.query_one(ClaimDetail).border_title = "Why this verdict"
        self._show_rows()
        self._show_summary()
        claims = self.query_one(ClaimList)
        claims.focus()
        self.current = self._resume_at(claims.rows)
        if self.current is None:
            self.query_one(ClaimDetail).show(None, None, empty=self._empty_text())
        self._remembered_date()

    def _resume_at(self, rows: list[int]) -> int | None:
        """The claim this article was left on, if it is shown; else the first shown."""
        try:
            left_on = self.store.position(self.result.article.sha256)
        except FactcheckError:
            left_on = None
        index = next((i for i, f in enumerate(self.findings) if f.claim.id == left_on), None)
        if index is not None and index in rows:
            if index != rows[0]:
                self.notify(f"Resumed at claim {index + 1} of {len(self.findings)}, where you left off.", timeout=3)
            return index
        return rows[0] if rows else None

    def remember(self) -> None:
        """Keep the current claim, so the article reopens there (called when leaving it)."""
        if self.current is None:
            return
        try:
            self.store.set_position(self.result.article.sha256, self.findings[self.current].claim.id)
        except FactcheckError as exc:
            self.notify(str(exc), title="Position not saved", severity="warning")

    @property
    def in_queue(self) -> bool:
        return getattr(self.app, "queue", None) is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("queue_step", "queue_back"):
            return self.in_queue
        return True

    def action_queue_step(self, step: int) -> None:
        """Go on to the next (or previous) article of the queue whose review is not complete."""
        from factcheck.queue import next_to_review

        self.app.refresh_queue_entry()
        entries = self.app.queue_entries()
        target = next_to_review(entries, self.app.queue_index or 0, step)
        if target is None:
            self.notify("Every other article of the queue is reviewed (escape: the queue).", title="Queue", timeout=4)
            return
        self.app.open_in_queue(target)

    def action_queue_back(self) -> None:
        self.remember()
        self.app.refresh_queue_entry()
        index = self.app.queue_index
        self.app.pop_screen()
        from factcheck.tui.screens.queue import QueueScreen

        if isinstance(self.app.screen, QueueScreen) and index is not None:
            self.app.screen.select(index)

    def _empty_text(self) -> str:
        """Why the detail pane has no claim to show, and what to do about it."""
        if not self.findings:
            return (
                "The engine found no checkable claim about contacts between leaders in this article (o opens another)."
            )
        return (
            f"No claim is {self.filter_mode.label} here ({len(self.findings)} claims in all). "
            "f: next filter, F: choose one, ctrl+p “filter: show all claims”."
        )

    def _span(self, index: int) -> ClaimSpan:
        f = self.findings[index]
        return ClaimSpan(f.claim.start, f.claim.end, f.verdict.value, overridden(f, self.marks[index]))

    def _show_rows(self) -> None:
        rows = visible(self.findings, self.review, self.filter_mode)
        claims = self.query_one(ClaimList)
        claims.conflicted = frozenset(self._conflicts)
        claims.show(self.findings, self.marks, rows)
        claims.border_title = f"Claims · {len(rows)} of {len(self.findings)} · {self.filter_mode.label}"

    def _show_summary(self) -> None:
        self.query_one(SummaryBar).show(
            self.result.article,
            self.result.record,
            progress(self.findings, self.review),
            self.filter_mode.label,
            len(self.result.conflicts),
        )

    def _show_detail(self) -> None:
        i = self.current
        detail = self.query_one(ClaimDetail)
        if i is None:
            detail.show(None, None, empty=self._empty_text())
        else:
            detail.show(
                self.findings[i], self.marks[i], i + 1, len(self.findings), conflicts=self._conflicts.get(i, ())
            )
            if i in self._timelines:
                detail.show_timeline(self._timelines[i])

    # ---------------------------------------------------------------- view state

    def watch_current(self, index: int | None) -> None:
        self.query_one(ArticleView).select(index)
        self.query_one(ClaimList).select(index)
        self._show_detail()
        self._offer_add_contact()
        # the record query (a thread) starts once this move is on screen, so it never competes with
        # the repaint for the interpreter; a claim passed over while a key is held is never asked for
        self.call_after_refresh(self._load_timeline, index)

    def _load_timeline(self, index: int | None) -> None:
        if index is None or index != self.current or index in self._timelines:
            return
        finding = self.findings[index]
        query = query_for(finding, self.result.article.published)
        if query is None:
            self._timeline_loaded(index, NO_PAIR)
            return
        if query in self._contacts:  # asked before for another claim: no thread, no second repaint
            self._timeline_loaded(index, from_contacts(finding, self._contacts[query], (query.start, query.end)))
        else:
            self.load_timeline(index, query)

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load_timeline(self, index: int, query: TimelineQuery) -> None:
        """Ask the record for the pair's contacts around the claim's window (off the UI thread)."""
        from factcheck.record import Record

        path = Path(self.result.record.path)
        if not path.is_file():
            # draw the claim's own evidence; say why there is no more, should there be nothing to draw
            gone = replace(from_evidence(self.findings[index]), note=f"No timeline: cannot open the record {path}.")
            self.app.call_from_thread(self._timeline_loaded, index, gone)
            return
        with Record.open(path) as record:
            contacts = record.contacts_between(query.a, query.b, query.start, query.end)
        if not get_current_worker().is_cancelled:
            data = from_contacts(self.findings[index], contacts, (query.start, query.end))
            self.app.call_from_thread(self._timeline_loaded, index, data, query, contacts)

    def _timeline_loaded(
        self, index: int, data: TimelineData, query: TimelineQuery | None = None, contacts: tuple = ()
    ) -> None:
        if query is not None:
            self._contacts[query] = contacts
        self._timelines[index] = data
        if index == self.current:
            self.query_one(ClaimDetail).show_timeline(data)

    def _remembered_filter(self) -> Filter:
        try:
            return Filter(self.store.setting("filter", Filter.ALL.value))
        except (FactcheckError, ValueError):
            return Filter.ALL

    def watch_filter_mode(self, mode: Filter) -> None:
        try:
            self.store.set_setting("filter", mode.value)  # the next article (and session) opens with it
        except FactcheckError as exc:
            self.notify(str(exc), title="Filter not remembered", severity="warning")
        self._show_rows()
        self._show_summary()
        rows = self.query_one(ClaimList).rows
        if self.current not in rows:
            target = jump(self.findings, self.review, rows, self.current, "next")
            if target is None and self.current is None:
                self._show_detail()  # no claim before, none now: the empty state names the new filter
            self.current = target
        else:
            self.query_one(ClaimList).select(self.current)

    @on(ClaimList.ClaimHighlighted)
    def _claim_highlighted(self, message: ClaimList.ClaimHighlighted) -> None:
        self.current = message.index

    @on(ArticleView.ClaimClicked)
    def _claim_clicked(self, message: ArticleView.ClaimClicked) -> None:
        if message.index not in self.query_one(ClaimList).rows:
            self.filter_mode = Filter.ALL
        self.current = message.index

    # ---------------------------------------------------------------- navigation

    def action_jump(self, where: str) -> None:
        """Move to the next/previous/first/last claim, or the next/previous flagged one, in the list."""
        target = jump(self.findings, self.review, self.query_one(ClaimList).rows, self.current, where)
        if target is None:
            if where.endswith("flagged"):
                self.notify("No flagged claims here.", timeout=2)
            elif where.endswith("unreviewed"):
                self._say_complete()
            return
        self.current = target

    def action_focus_pane(self, step: int) -> None:
        """Cycle the focus between the claims list, the article, the detail pane and the evidence table."""
        panes = [
            self.query_one(ClaimList),
            self.query_one(ArticleView),
            self.query_one(ClaimDetail),
            self.query_one(EvidenceTable),
        ]
        focused = self.focused
        at = panes.index(focused) if focused in panes else -1
        panes[(at + step) % len(panes)].focus()

    def action_set_filter(self, mode: str) -> None:
        self.filter_mode = Filter(mode)

    def action_choose_filter(self) -> None:
        from factcheck.tui.screens.filter_menu import FilterScreen

        def chosen(mode: Filter | None) -> None:
            if mode is not None:
                self.filter_mode = mode

        self.app.push_screen(FilterScreen(self.findings, self.review, self.filter_mode), chosen)

    def action_cycle_filter(self) -> None:
        self.filter_mode = self.filter_mode.next()
        self.notify(f"Showing {self.filter_mode.label}.", timeout=2)

    def action_search(self) -> None:
        from factcheck.tui.screens.search import SearchScreen

        def found(index: int | None) -> None:
            if index is None:
                return
            if index not in self.query_one(ClaimList).rows:
                self.filter_mode = Filter.ALL
            self.current = index

        self.app.push_screen(SearchScreen(self.findings, self.marks), found)

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

    # ---------------------------------------------------------------- evidence at hand

    def _row_contact(self) -> int | None:
        """The contact id of the evidence row under the cursor, when the evidence table has the focus."""
        table = self.query_one(EvidenceTable)
        if self.focused is not table or not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return int(key) if key is not None else None

    def action_open_source(self) -> None:
        """o: the focused evidence row's first source, else the article's own address."""
        contact_id = self._row_contact()
        if contact_id is not None and self.current is not None:
            contact = next(e.contact for e in self.findings[self.current].evidence if e.contact.id == contact_id)
            self.app.open_address(contact.sources[0] if contact.sources else "", f"contact #{contact_id}")
        else:
            self.app.open_address(self.result.article.url, "this article")

    @on(EvidenceTable.RowSelected)
    def _evidence_row_selected(self, event: EvidenceTable.RowSelected) -> None:
        self.action_view_contacts(int(event.row_key.value) if event.row_key.value is not None else None)

    def action_view_contacts(self, start: int | None = None) -> None:
        """Every record row the current claim's timeline and evidence draw, with all its fields."""
        from factcheck.tui.screens.contact import ContactScreen

        if self.current is None:
            return
        finding = self.findings[self.current]
        data = self._timelines.get(self.current) or from_evidence(finding)
        contacts = data.contacts or tuple(e.contact for e in finding.evidence)
        counted = frozenset(e.contact.id for e in finding.evidence if e.counted)
        anchor = next((c.id for c in contacts if c.date == finding.claim.anchor and c.counted), None)
        self.app.push_screen(
            ContactScreen(contacts, self._names(contacts), counted=counted, anchor=anchor, start=start)
        )

    def _names(self, contacts) -> dict[str, str]:  # noqa: ANN001
        """Person id → name: from the evidence, then from the record for the rest (ids if it cannot be read)."""
        names: dict[str, str] = {}
        for f in self.findings:
            for e in f.evidence:
                names.update(zip(e.contact.participants, e.participants, strict=False))
        missing = {p for c in contacts for p in (*c.participants, c.initiator) if p and p not in names}
        if missing:
            from factcheck.record import Record

            try:
                with Record.open(self.result.record.path) as record:
                    for pid in missing:
                        person = record.person(pid)
                        if person is not None:
                            names[pid] = person.name
            except (FactcheckError, OSError):
                pass  # the ids stand in for the names
        return names

    # ---------------------------------------------------------------- export

    def action_export(self, fmt: str = "") -> None:
        from factcheck.tui.screens.export import ExportRequest, ExportScreen

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self.app.sync_state()  # what another factcheck wrote is in the report too
                self.export(request)

        folder = self.store.path.parent / "reports"  # beside the review state: $XDG_DATA_HOME/factcheck/reports
        self.app.push_screen(ExportScreen(self.result.article.path, fmt, folder), chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def export(self, request) -> None:  # noqa: ANN001 (ExportRequest)
        from factcheck.report import export_report, run_inputs

        try:
            Path(request.path).parent.mkdir(parents=True, exist_ok=True)  # the reports folder, on first use
        except OSError as exc:
            raise FactcheckError(f"cannot create {Path(request.path).parent}: {exc.strerror or exc}") from None
        written = export_report(
            self.result,
            self.review,
            request.fmt,
            request.path,
            request.force,
            inputs=run_inputs(self.result, self.store.path),
        )
        self.app.call_from_thread(self.notify, f"Wrote {display_text(str(written))}", title="Exported", markup=False)

    # ---------------------------------------------------------------- for the app, tests and the bench

    @property
    def article_path(self) -> Path:
        return Path(self.result.article.path)
