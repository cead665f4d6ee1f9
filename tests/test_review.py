"""The review state store: marks, audit log, persistence, and refusing files it cannot use."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factcheck.errors import FactcheckError
from factcheck.models import AuditEntry, ReviewMark, Verdict
from factcheck.review import ReviewStateError, ReviewStore, default_state_path

SHA = "a" * 64
OTHER = "b" * 64


class Clock:
    """A clock that advances one minute per reading."""

    def __init__(self) -> None:
        self.now = datetime(2025, 6, 15, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> ReviewStore:
    return ReviewStore(tmp_path / "review.db", clock=Clock())


def test_empty_review_for_unknown_article(store: ReviewStore) -> None:
    review = store.load(SHA)
    assert review.article_sha256 == SHA
    assert review.marks == {}
    assert review.audit == ()
    assert review.mark("c1") == ReviewMark("c1")


def test_set_verdict_returns_new_review_and_audits(store: ReviewStore) -> None:
    review = store.set_verdict(SHA, "c1", Verdict.CONTRADICTED)
    assert review.mark("c1").verdict is Verdict.CONTRADICTED
    assert review.mark("c1").updated == datetime(2025, 6, 15, 9, 1, tzinfo=UTC)
    assert review.audit == (AuditEntry(datetime(2025, 6, 15, 9, 1, tzinfo=UTC), "c1", "verdict", "", "contradicted"),)
    review = store.set_verdict(SHA, "c1", None)
    assert review.mark("c1").verdict is None
    assert [(a.field, a.old, a.new) for a in review.audit] == [
        ("verdict", "", "contradicted"),
        ("verdict", "contradicted", ""),
    ]


def test_verdict_accepts_plain_string(store: ReviewStore) -> None:
    assert store.set_verdict(SHA, "c1", "supported").mark("c1").verdict is Verdict.SUPPORTED


def test_note_and_reviewed(store: ReviewStore) -> None:
    store.set_note(SHA, "c2", "Ushakov gave 50 min;\nthe Kremlin site says 45.")
    review = store.set_reviewed(SHA, "c2", True)
    mark = review.mark("c2")
    assert mark.note == "Ushakov gave 50 min;\nthe Kremlin site says 45."
    assert mark.reviewed is True
    assert [(a.field, a.old, a.new) for a in review.audit] == [
        ("note", "", "Ushakov gave 50 min;\nthe Kremlin site says 45."),
        ("reviewed", "false", "true"),
    ]


def test_unchanged_value_writes_no_audit_row(store: ReviewStore) -> None:
    store.set_reviewed(SHA, "c1", True)
    review = store.set_reviewed(SHA, "c1", True)
    assert len(review.audit) == 1
    assert store.set_note(SHA, "c9", "").audit == review.audit


def test_update_several_fields_in_one_transaction(store: ReviewStore) -> None:
    review = store.update(SHA, "c3", verdict=Verdict.UNVERIFIABLE, reviewed=True, note="source unclear")
    assert {a.field for a in review.audit} == {"verdict", "note", "reviewed"}
    assert len({a.at for a in review.audit}) == 1  # one change, one timestamp


def test_persists_across_stores_and_is_keyed_by_article(tmp_path: Path) -> None:
    path = tmp_path / "state" / "review.db"
    with ReviewStore(path, clock=Clock()) as first:
        first.set_verdict(SHA, "c1", Verdict.SUPPORTED)
        first.set_note(SHA, "c1", "checked by phone")
        first.set_reviewed(OTHER, "c1", True)
    with ReviewStore(path) as second:
        review = second.load(SHA)
        assert review.mark("c1").verdict is Verdict.SUPPORTED
        assert review.mark("c1").note == "checked by phone"
        assert review.mark("c1").reviewed is False
        assert len(review.audit) == 2
        assert second.load(OTHER).mark("c1").reviewed is True


def test_returned_review_matches_a_fresh_load(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    store = ReviewStore(path, clock=Clock())
    store.load(SHA)
    store.set_verdict(SHA, "c1", Verdict.CONTRADICTED)
    returned = store.set_note(SHA, "c2", "x")
    assert ReviewStore(path).load(SHA) == returned


def test_audit_is_append_only_history(store: ReviewStore) -> None:
    for verdict in (Verdict.SUPPORTED, Verdict.CONTRADICTED, None, Verdict.UNVERIFIABLE):
        review = store.set_verdict(SHA, "c1", verdict)
    assert [(a.old, a.new) for a in review.audit] == [
        ("", "supported"),
        ("supported", "contradicted"),
        ("contradicted", ""),
        ("", "unverifiable"),
    ]
    times = [a.at for a in review.audit]
    assert times == sorted(times)


def test_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    ReviewStore(path).set_reviewed(SHA, "c1", True)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_corrupt_file_is_a_one_line_error_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    garbage = b"this is not a database, it is a shopping list\n" * 100
    path.write_bytes(garbage)
    with pytest.raises(ReviewStateError) as info:
        ReviewStore(path)
    assert isinstance(info.value, FactcheckError)
    message = str(info.value)
    assert "\n" not in message and "corrupt" in message and str(path) in message
    assert path.read_bytes() == garbage  # never deleted or rewritten


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(ReviewStateError, match="not a factcheck review state file"):
        ReviewStore(path)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("recipes",)]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    ReviewStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(ReviewStateError, match="newer factcheck"):
        ReviewStore(path)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReviewStateError, match="is a directory"):
        ReviewStore(tmp_path)


def test_default_path_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_state_path() == tmp_path / "xdg" / "factcheck" / "review.db"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_state_path() == tmp_path / "home" / ".local" / "share" / "factcheck" / "review.db"


def test_change_is_on_disk_before_the_call_returns(tmp_path: Path) -> None:
    """A second process sees the change at once: nothing waits for close() or a quit."""
    path = tmp_path / "review.db"
    store = ReviewStore(path)
    store.set_verdict(SHA, "c7", Verdict.CONTRADICTED)
    code = (
        "import sys; from factcheck.review import ReviewStore; "
        f"print(ReviewStore(sys.argv[1]).load({SHA!r}).mark('c7').verdict)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "contradicted"


def test_positions_and_settings_persist(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    with ReviewStore(path) as store:
        assert store.position("a" * 64) is None and store.setting("theme", "x") == "x"
        store.set_position("a" * 64, "c3")
        store.set_position("a" * 64, "c4")
        store.set_setting("theme", "gruvbox")
    with ReviewStore(path) as store:
        assert store.position("a" * 64) == "c4" and store.setting("theme") == "gruvbox"
        assert store.load("a" * 64).audit == ()  # where the reviewer was is not a judgement


def test_a_version_1_file_gains_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "review.db"
    ReviewStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE positions")
    conn.execute("DROP TABLE settings")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with ReviewStore(path) as store:
        store.set_position("b" * 64, "c1")
        assert store.position("b" * 64) == "c1"
