"""The review app: opens an article's check result on the review screen.

``make_app`` is the one factory the CLI, the tests, the screenshot script and the benchmark all use.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from textual import work
from textual.app import App
from textual.notifications import SeverityLevel
from textual.worker import Worker, WorkerState

from factcheck.errors import FactcheckError
from factcheck.models import CheckResult, Review
from factcheck.queue import QueueEntry, entry_for
from factcheck.review import ReviewStore
from factcheck.tui.keys import APP_BINDINGS
from factcheck.tui.screens.loading import LoadingScreen
from factcheck.tui.screens.review import ReviewScreen


class FactcheckApp(App[None]):
    """Work through an article's claims, record a judgement on each, leave with a report."""

    CSS_PATH = "app.tcss"
    TITLE = "factcheck review"
    BINDINGS = APP_BINDINGS
    # freeze the heap once an article is on screen (see _freeze); the test suite turns it off, as a test
    # process's heap is the whole suite's and each full collection of it costs ~100 ms
    FREEZE_HEAP = True

    def __init__(
        self,
        article: str | None,
        store: ReviewStore,
        *,
        db: str | None = None,
        published: str | None = None,
        result: CheckResult | None = None,
        clock: Callable[[], datetime] | None = None,
        max_bytes: int | None = None,
        queue: Sequence[str] | None = None,
    ) -> None:
        super().__init__()
        self.max_bytes = max_bytes  # None: the default limit on an article's size
        self.article = article
        self.store = store
        self.db = db  # None: the bundled record; a working copy once a contact has been added to one
        self.published = published
        self._initial = result
        self.clock = clock or (lambda: datetime.now(UTC))
        self.error: FactcheckError | None = None  # why the first article could not be opened
        self.queue: list[str] | None = list(queue) if queue else None  # the articles of `review DIR`
        self.queue_results: dict[int, CheckResult] = {}
        self.queue_index: int | None = None  # the queue's article on screen

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification is plain text, whatever a caller asks: messages carry paths, article and
        record text, and a bracket in them must show as typed, never style the toast or fail to parse."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def today(self) -> date:
        """The reviewer's local date (from the app's clock, which tests freeze): no contact may be later."""
        return self.clock().astimezone().date()

    def on_mount(self) -> None:
        self._restore_theme()
        if self.store.problem:
            self.notify(
                f"{self.store.problem}; changes are kept in memory until they can be written.",
                title="Review state",
                severity="warning",
                timeout=10,
                markup=False,
            )
        self.set_interval(2.0, self.sync_state)
        if self.queue is not None:
            from factcheck.tui.screens.queue import QueueScreen

            self.push_screen(QueueScreen([QueueEntry(p, Path(p).name) for p in self.queue]))
            self.check_queue()
        elif self._initial is not None:
            self.show_result(self._initial, self.store.load(self._initial.article.sha256))
        elif self.article is not None:
            self.push_screen(LoadingScreen(self.article))
            self.check_article(self.article, self.published)

    # ---------------------------------------------------------------- loading

    @work(thread=True, exclusive=True, group="check", exit_on_error=False)
    def check_article(self, path: str, published: str | None) -> None:
        """Check the article against the record and load its review (both can take a while)."""
        from factcheck.article import MAX_BYTES
        from factcheck.check import load_and_check

        result = load_and_check(path, self.db, published, self.max_bytes or MAX_BYTES)
        review = self.store.load(result.article.sha256)
        self.call_from_thread(self.show_result, result, review)

    # ---------------------------------------------------------------- settings that stay

    def _restore_theme(self) -> None:
        try:
            name = self.store.setting("theme")
        except FactcheckError:
            return
        if name and name in self.available_themes:
            self.theme = name
        self._theme_restored = True

    def watch_theme(self, name: str) -> None:
        """Remember the theme (chosen from the palette's "Change theme") for the next session."""
        if not getattr(self, "_theme_restored", False):
            return
        try:
            self.store.set_setting("theme", name)
        except FactcheckError as exc:
            self.notify(str(exc), title="Theme not remembered", severity="warning")

    # ---------------------------------------------------------------- the queue

    @work(thread=True, exclusive=True, group="queue", exit_on_error=False)
    def check_queue(self) -> None:
        """Check every article of the queue, in order, filling its row as each one is done."""
        from factcheck.article import MAX_BYTES
        from factcheck.check import load_and_check

        assert self.queue is not None
        for i, path in enumerate(self.queue):
            try:
                result = load_and_check(path, self.db, None, self.max_bytes or MAX_BYTES)
                review = self.store.load(result.article.sha256)
            except FactcheckError as exc:
                self.call_from_thread(
                    self._queue_entry, i, QueueEntry(path, Path(path).name, error=str(exc), checked=True)
                )
                continue
            self.call_from_thread(self._queued, i, result, review)

    def _queued(self, index: int, result: CheckResult, review: Review) -> None:
        self.queue_results[index] = result
        self._queue_entry(index, entry_for(result, review))

    def _queue_entry(self, index: int, entry: QueueEntry) -> None:
        from factcheck.tui.screens.queue import QueueScreen

        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen):
                screen.set_entry(index, entry)

    def queue_entries(self) -> list[QueueEntry]:
        from factcheck.tui.screens.queue import QueueScreen

        return next((list(s.entries) for s in self.screen_stack if isinstance(s, QueueScreen)), [])

    def open_in_queue(self, index: int) -> None:
        """Show the queue's article ``index`` (at the claim it was left on)."""
        result = self.queue_results.get(index)
        if result is None:
            entries = self.queue_entries()
            why = entries[index].error if index < len(entries) and entries[index].error else "still being checked"
            self.notify(f"{self.queue[index] if self.queue else ''}: {why}", title="Cannot open yet", timeout=4)
            return
        self.queue_index = index
        self.show_result(result, self.store.load(result.article.sha256))

    def refresh_queue_entry(self) -> None:
        """The article on screen has a new review (or new verdicts): its queue row follows."""
        if self.queue is None or self.queue_index is None or not isinstance(self.screen, ReviewScreen):
            return
        result = self.screen.result
        self.queue_results[self.queue_index] = result
        self._queue_entry(self.queue_index, entry_for(result, self.screen.review))

    def show_result(self, result: CheckResult, review: Review) -> None:
        if self.FREEZE_HEAP:
            gc.unfreeze()  # the screen this one replaces must be collectable again (see _freeze)
        screen = ReviewScreen(result, review, self.store)
        if isinstance(self.screen, ReviewScreen):
            self.screen.remember()
        if isinstance(self.screen, ReviewScreen | LoadingScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        self.sub_title = result.article.path
        if self.FREEZE_HEAP:
            self.call_after_refresh(self._freeze)

    def _freeze(self) -> None:
        """The findings, contacts and rendered paragraphs live as long as the screen: move them out of the
        cyclic GC's reach, so its full collections (100+ ms on a 2,000-claim article) never land in the
        middle of a keypress. The replaced screen's widget tree is cyclic garbage by now: collect it first,
        or freezing would keep it for good (a leak of a few MB an article, found by the app fuzzer)."""
        gc.collect()
        gc.freeze()

    def sync_state(self) -> None:
        """Another factcheck wrote the state file, or it was replaced: reload the review on screen and say so."""
        try:
            said = self.store.sync()
        except FactcheckError as exc:
            self.notify(str(exc), title="Review state", severity="warning", markup=False)
            return
        if not said:
            return
        if isinstance(self.screen, ReviewScreen):
            self.screen.show_review(self.store.load(self.screen.result.article.sha256))
        for message in said:
            self.notify(message, title="Review state", timeout=6, markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Errors from every worker (checking, exporting, record queries) end up here, as a notification."""
        if event.state is not WorkerState.ERROR:
            return
        error = event.worker.error
        message = str(error) if isinstance(error, FactcheckError) else f"{type(error).__name__}: {error}"
        if event.worker.group == "check" and not isinstance(self.screen, ReviewScreen):
            # the first article could not be opened: leave, and let the CLI print the one-line error
            self.error = error if isinstance(error, FactcheckError) else FactcheckError(message)
            self.exit(return_code=self.error.exit_code)
            return
        self.notify(message, title="Error", severity="error", timeout=8)

    # ---------------------------------------------------------------- actions

    async def action_quit(self) -> None:
        if isinstance(self.screen, ReviewScreen):
            self.screen.remember()
        self.exit()

    def open_address(self, url: str, what: str) -> None:
        """Open a web address through the system opener; say it (and copy it) when there is none."""
        from factcheck.opener import open_url, web_address

        address = web_address(url)
        if address is None:
            why = f"{what} has no web address" + (f" (“{url[:80]}” is not http or https)" if url.strip() else "")
            self.notify(why + ".", title="Nothing to open", timeout=4, markup=False)
        elif open_url(address):
            self.notify(f"Opened {address}", title="Browser", timeout=3, markup=False)
        else:
            self.copy_to_clipboard(address)
            self.notify(
                f"No browser opener here (set FACTCHECK_OPENER). The address, copied: {address}",
                title="Open it yourself",
                timeout=10,
                markup=False,
            )
        self.log(f"open {what}: {address}")

    def action_help(self) -> None:
        from factcheck.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_open_article(self) -> None:
        from factcheck.tui.screens.open_article import OpenRequest, OpenScreen

        def chosen(request: OpenRequest | None) -> None:
            if request is not None:
                self.notify(f"Checking {request.path} …", timeout=2)
                self.check_article(request.path, request.published)

        start = str(Path(self.article).parent) if self.article and self.article != "-" else os.getcwd()
        self.push_screen(OpenScreen(os.path.relpath(start) if start else ""), chosen)


def make_app(
    article: str | None = None,
    *,
    db: str | None = None,
    published: str | None = None,
    state: str | os.PathLike[str] | None = None,
    result: CheckResult | None = None,
    clock: Callable[[], datetime] | None = None,
    max_bytes: int | None = None,
    queue: Sequence[str] | None = None,
) -> FactcheckApp:
    """The review app for ``article`` (checked in a worker) or for an already computed ``result``.

    ``state`` is the review state file (default: under the user's data directory); ``clock`` stamps the
    audit log and is "today" for contacts added to the record (tests freeze it). ``queue`` (articles, as
    ``factcheck.queue.articles_in`` lists them) opens the queue screen instead of one article. Raises
    ReviewStateError at once if the state file cannot be used.
    """
    store = ReviewStore(state, clock=clock)
    path = article if result is None else result.article.path
    return FactcheckApp(
        path, store, db=db, published=published, result=result, clock=clock, queue=queue, max_bytes=max_bytes
    )
