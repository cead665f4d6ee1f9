"""The main screen: the article on the left, the claims list and the selected claim's detail on the right.

View state lives in two reactives — ``current`` (a finding index) and ``filter_mode`` — whose watchers push
attributes down to the widgets. Every change to the review goes through ``_save``: one call to the store
(on disk before it returns), then only the widgets showing that claim are updated.

This module holds the layout, the view state and navigation; the screen's other concerns are mixed in
from beside it: review_marks.py (verdicts, notes, undo), review_record.py (a contact added to the
record, the publication date, checking again) and review_evidence.py (timeline, evidence, sources).
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer

from factcheck.errors import FactcheckError
from factcheck.history import History
from factcheck.models import CheckResult, Finding, Review, ReviewMark
from factcheck.safe_text import display_text
from factcheck.review import ReviewStore
from factcheck.tui.commands import ReviewCommands
from factcheck.tui.keys import QUEUE_ARTICLE_BINDINGS, REVIEW_BINDINGS
from factcheck.tui.screens.review_evidence import EvidenceAtHand
from factcheck.tui.screens.review_marks import ReviewerMarks
from factcheck.tui.screens.review_record import RecordChanges
from factcheck.tui.timeline_data import TimelineData
from factcheck.tui.widgets.article_view import ArticleView, ClaimSpan
from factcheck.tui.widgets.claim_detail import ClaimDetail
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.evidence_table import EvidenceTable
from factcheck.tui.widgets.summary_bar import SummaryBar
from factcheck.tui.worklist import Filter, conflicts_by_claim, jump, overridden, progress, visible


class ReviewScreen(ReviewerMarks, RecordChanges, EvidenceAtHand, Screen[None]):
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

    @on(EvidenceTable.RowSelected)  # handlers stay here: Textual collects @on only from Screen classes
    def _evidence_row_selected(self, event: EvidenceTable.RowSelected) -> None:
        self.action_view_contacts(int(event.row_key.value) if event.row_key.value is not None else None)

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
