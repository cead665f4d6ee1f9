"""Issue #14, items 11 and 12: the review state on a read-only or full disk, and a second writer.

Each test reproduced its finding before the fix: a read-only folder was reported as a "corrupt" state
file and the change was dropped; a second app's view stayed stale, and a state file replaced while the
app ran swallowed every later edit into the unlinked old file.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factcheck.models import Verdict
from factcheck.review import ReviewNotWritten, ReviewStore
from test_hostile import read_only

SHA = "a" * 64
FROZEN = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)


def fresh(path: Path, sha: str = SHA) -> dict:
    with ReviewStore(path) as other:
        return other.load(sha).marks


# ------------------------------------------------------------------ 11. read-only folder, full disk


def test_i11_a_read_only_folder_is_named_and_the_change_kept_until_it_can_be_written(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    path = folder / "review.db"
    with ReviewStore(path) as store:
        store.set_verdict(SHA, "c1", Verdict.SUPPORTED)
    with read_only(folder):
        store = ReviewStore(path)  # before the fix: "review state file is corrupt or unreadable"
        assert store.problem and "read-only" in store.problem and "corrupt" not in store.problem
        assert store.load(SHA).mark("c1").verdict is Verdict.SUPPORTED  # still read
        with pytest.raises(ReviewNotWritten) as caught:
            store.set_note(SHA, "c2", "kept in memory")
        message = str(caught.value)
        assert "read-only" in message and "corrupt" not in message and "\n" not in message
        assert caught.value.review.mark("c2").note == "kept in memory"
        assert store.load(SHA).mark("c2").note == "kept in memory"
    review = store.set_verdict(SHA, "c3", Verdict.CONTRADICTED)  # writable again: both written now
    assert review.mark("c2").note == "kept in memory"
    assert store.problem == ""
    store.close()
    marks = fresh(path)
    assert marks["c2"].note == "kept in memory" and marks["c3"].verdict is Verdict.CONTRADICTED


def test_i11_a_new_state_in_a_read_only_folder_opens_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    path = folder / "review.db"
    with read_only(folder):
        store = ReviewStore(path)  # before the fix: "cannot open the review state file"
        assert "read-only" in store.problem
        with pytest.raises(ReviewNotWritten, match="read-only"):
            store.set_verdict(SHA, "c1", Verdict.SUPPORTED)
    store.set_reviewed(SHA, "c1", True)
    store.close()
    assert fresh(path)["c1"].verdict is Verdict.SUPPORTED


def test_i11_a_full_disk_is_named_and_the_change_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's own "database or disk is full" (SQLITE_FULL), made real with max_page_count."""
    connections = _spy_connections(monkeypatch)
    path = tmp_path / "review.db"
    store = ReviewStore(path)
    store.set_note(SHA, "c1", "first")
    conn = connections[-1]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from here on
    with pytest.raises(ReviewNotWritten) as caught:
        store.set_note(SHA, "c2", "x" * 50_000)
    assert "no space" in str(caught.value) and "corrupt" not in str(caught.value)
    assert store.load(SHA).mark("c2").note == "x" * 50_000
    assert "c2" not in fresh(path)
    conn.execute("PRAGMA max_page_count = 1073741823")  # space again
    store.set_note(SHA, "c3", "after")
    store.close()
    marks = fresh(path)
    assert marks["c2"].note == "x" * 50_000 and marks["c3"].note == "after" and marks["c1"].note == "first"


def test_i11_a_corrupt_file_is_still_called_corrupt(tmp_path: Path) -> None:
    from factcheck.review import ReviewStateError

    path = tmp_path / "review.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    with pytest.raises(ReviewStateError, match="corrupt"):
        ReviewStore(path)


def _spy_connections(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    from factcheck import review as module

    connections: list[sqlite3.Connection] = []
    real = module._connect

    def spy(*args: object, **kw: object) -> sqlite3.Connection:
        conn = real(*args, **kw)
        connections.append(conn)
        return conn

    monkeypatch.setattr(module, "_connect", spy)
    return connections


@pytest.mark.asyncio
async def test_i11_the_app_keeps_an_override_it_cannot_write_and_writes_it_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.tui.app import make_app
    from factcheck.tui.screens.review import ReviewScreen
    from tui_fixtures import sample_result

    connections = _spy_connections(monkeypatch)
    path = tmp_path / "review.db"
    result = sample_result(str(tmp_path / "a.txt"))
    app = make_app(result=result, state=path, clock=lambda: FROZEN)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        conn = connections[-1]
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        await pilot.press("e", *"a long note")
        from textual.widgets import TextArea

        app.screen.query_one(TextArea).insert(" and more" * 5000)  # pasted
        await pilot.press("ctrl+s")  # the disk is full: not written …
        await pilot.pause()
        assert screen.marks[0].note.startswith("a long note")  # … but kept, and shown
        notices = [n.message for n in app._notifications]
        assert any("no space" in m and "kept" in m for m in notices), notices
        assert "c1" not in fresh(path, result.article.sha256)
        conn.execute("PRAGMA max_page_count = 1073741823")  # space again
        await pilot.press("space")  # the next save writes both
        await pilot.pause()
        marks = fresh(path, result.article.sha256)
        assert marks["c1"].note.startswith("a long note") and marks["c1"].reviewed


# ------------------------------------------------------------------ 12. a second writer, a replaced file


def test_i12_a_second_store_on_the_same_file_is_noticed_and_reloaded(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    first, second = ReviewStore(path), ReviewStore(path)
    assert second.load(SHA).marks == {}
    first.set_verdict(SHA, "c1", Verdict.CONTRADICTED)
    said = second.sync()  # before the fix: no such call, and second's review stayed stale
    assert said and "another factcheck" in said[0]
    assert second.load(SHA).mark("c1").verdict is Verdict.CONTRADICTED
    review = second.set_note(SHA, "c2", "mine")  # a write after the other's keeps both
    assert review.mark("c1").verdict is Verdict.CONTRADICTED and review.mark("c2").note == "mine"
    assert second.sync() == []
    first.close()
    second.close()


def test_i12_a_state_file_replaced_under_the_store_loses_no_edit(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    store = ReviewStore(path)
    store.set_verdict(SHA, "c1", Verdict.SUPPORTED)
    spare = tmp_path / "other.db"
    ReviewStore(spare).close()
    os.replace(spare, path)  # a backup restored, a sync tool: the open file is now unlinked
    store.set_note(SHA, "c2", "after the replacement")  # before the fix: written into the unlinked file
    assert any("replaced" in n for n in store.notices)
    store.close()
    marks = fresh(path)
    assert marks["c2"].note == "after the replacement"
    assert marks["c1"].verdict is Verdict.SUPPORTED  # this session's earlier change written again


@pytest.mark.asyncio
async def test_i12_the_app_reloads_what_another_app_wrote_before_exporting(tmp_path: Path) -> None:
    from factcheck.tui.app import make_app
    from factcheck.tui.screens.review import ReviewScreen
    from tui_fixtures import sample_result

    path = tmp_path / "review.db"
    result = sample_result(str(tmp_path / "a.txt"))
    app = make_app(result=result, state=path, clock=lambda: FROZEN)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        with ReviewStore(path) as other:  # the second app instance
            other.set_verdict(result.article.sha256, "c2", Verdict.SUPPORTED)
        app.sync_state()  # what the app's timer and every export do
        await pilot.pause()
        assert screen.marks[1].verdict is Verdict.SUPPORTED and screen.review.mark("c2").verdict is Verdict.SUPPORTED
        assert any("another factcheck" in n.message for n in app._notifications)
        await pilot.press("space")  # an edit here keeps the other's
        await pilot.pause()
    marks = fresh(path, result.article.sha256)
    assert marks["c2"].verdict is Verdict.SUPPORTED and marks["c1"].reviewed
