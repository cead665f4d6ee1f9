"""Reviewer state: verdicts, notes, reviewed marks and an append-only audit log, in their own SQLite file.

Keyed by the article's content hash (``Article.sha256``), so reopening the same article restores the
review. Every change is one transaction that updates the mark and appends one audit row per changed
field; it is on disk (WAL, ``synchronous=FULL``) before the call returns, so quitting never loses it.

This is not ``claims.db``: the record is never written here. A state file that cannot be read is reported
with a one-line :class:`ReviewStateError` and left untouched — never deleted or rewritten.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from factcheck.errors import FactcheckError
from factcheck.models import AuditEntry, Review, ReviewMark, Verdict

SCHEMA_VERSION: Final = 2  # 2: positions and settings (a version-1 file gains them on opening)
APPLICATION_ID: Final = 0x46435256  # "FCRV": marks a SQLite file as a factcheck review state file

_SCHEMA = """
CREATE TABLE IF NOT EXISTS marks (
    article  TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    verdict  TEXT,
    note     TEXT NOT NULL DEFAULT '',
    reviewed INTEGER NOT NULL DEFAULT 0,
    updated  TEXT,
    PRIMARY KEY (article, claim_id)
);
CREATE TABLE IF NOT EXISTS audit (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    article  TEXT NOT NULL,
    at       TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    field    TEXT NOT NULL,
    old      TEXT NOT NULL,
    new      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_by_article ON audit (article, id);
CREATE TABLE IF NOT EXISTS positions (
    article  TEXT PRIMARY KEY,
    claim_id TEXT NOT NULL,
    at       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

Clock = Callable[[], datetime]


class ReviewStateError(FactcheckError):
    """The review state file cannot be opened, read or written."""


class _Unset:
    """Sentinel: the field is left as it is."""


UNSET: Final = _Unset()


def default_state_path() -> Path:
    """``$XDG_DATA_HOME/factcheck/review.db``, or ``~/.local/share/factcheck/review.db``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "factcheck" / "review.db"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _verdict_text(verdict: Verdict | None) -> str:
    return verdict.value if verdict is not None else ""


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


class ReviewStore:
    """The reviewer's marks for every article, in one SQLite file.

    ``load(sha)`` returns the :class:`Review` of one article; ``set_verdict``, ``set_note`` and
    ``set_reviewed`` (or ``update`` for several fields at once) change one claim's mark and return the
    new Review. Safe to call from a worker thread: calls are serialised by a lock.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, clock: Clock | None = None) -> None:
        self.path = Path(path) if path is not None else default_state_path()
        self._clock: Clock = clock or _utc_now
        self._lock = threading.Lock()
        self._cache: dict[str, Review] = {}
        self._conn = self._open()

    # ---------------------------------------------------------------- opening

    def _fail(self, what: str, exc: BaseException) -> ReviewStateError:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return ReviewStateError(f"{self.path}: {what} ({detail}); pass --state PATH to use another file")

    def _open(self) -> sqlite3.Connection:
        if self.path.is_dir():
            raise ReviewStateError(f"{self.path}: is a directory, not a review state file")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._fail("cannot create the state directory", exc) from None
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            conn = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._fail("cannot open the review state file", exc) from None
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if existed and app_id != APPLICATION_ID and (tables - {"sqlite_sequence"}):
                conn.close()
                raise ReviewStateError(
                    f"{self.path}: not a factcheck review state file; pass --state PATH to use another file"
                )
            if version > SCHEMA_VERSION:
                conn.close()
                raise ReviewStateError(
                    f"{self.path}: review state written by a newer factcheck (schema {version}); "
                    "upgrade factcheck or pass --state PATH"
                )
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            if app_id != APPLICATION_ID or version < SCHEMA_VERSION:
                conn.execute("BEGIN IMMEDIATE")
                for statement in _statements(_SCHEMA):
                    conn.execute(statement)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
        except ReviewStateError:
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise self._fail("review state file is corrupt or unreadable", exc) from None
        return conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- reading

    def load(self, sha: str) -> Review:
        """The review of the article with this content hash (empty if it was never reviewed)."""
        with self._lock:
            try:
                review = self._read(sha)
            except sqlite3.DatabaseError as exc:
                raise self._fail("review state file is corrupt or unreadable", exc) from None
            self._cache[sha] = review
            return review

    def _read(self, sha: str) -> Review:
        marks = {
            claim_id: ReviewMark(
                claim_id=claim_id,
                verdict=Verdict(verdict) if verdict else None,
                note=note,
                reviewed=bool(reviewed),
                updated=datetime.fromisoformat(updated) if updated else None,
            )
            for claim_id, verdict, note, reviewed, updated in self._conn.execute(
                "SELECT claim_id, verdict, note, reviewed, updated FROM marks WHERE article = ?", (sha,)
            )
        }
        audit = tuple(
            AuditEntry(at=datetime.fromisoformat(at), claim_id=claim_id, field=field, old=old, new=new)
            for at, claim_id, field, old, new in self._conn.execute(
                "SELECT at, claim_id, field, old, new FROM audit WHERE article = ? ORDER BY id", (sha,)
            )
        )
        return Review(article_sha256=sha, marks=marks, audit=audit)

    # ---------------------------------------------------------------- writing

    def set_verdict(self, sha: str, claim_id: str, verdict: Verdict | str | None) -> Review:
        """Record the reviewer's verdict for a claim (``None`` clears it)."""
        return self.update(sha, claim_id, verdict=verdict)

    def set_note(self, sha: str, claim_id: str, note: str) -> Review:
        return self.update(sha, claim_id, note=note)

    def set_reviewed(self, sha: str, claim_id: str, reviewed: bool) -> Review:
        return self.update(sha, claim_id, reviewed=reviewed)

    def update(
        self,
        sha: str,
        claim_id: str,
        *,
        verdict: Verdict | str | None | _Unset = UNSET,
        note: str | _Unset = UNSET,
        reviewed: bool | _Unset = UNSET,
    ) -> Review:
        """Change any of a claim's verdict, note and reviewed mark in one transaction.

        Appends one audit row per field that actually changed; a call that changes nothing writes nothing.
        """
        if isinstance(verdict, str):
            verdict = Verdict(verdict)
        with self._lock:
            try:
                return self._update(sha, claim_id, verdict, note, reviewed)
            except sqlite3.OperationalError as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise self._fail("cannot save the review", exc) from None
            except sqlite3.DatabaseError as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise self._fail("review state file is corrupt or unreadable", exc) from None

    def _update(
        self,
        sha: str,
        claim_id: str,
        verdict: Verdict | None | _Unset,
        note: str | _Unset,
        reviewed: bool | _Unset,
    ) -> Review:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute(
            "SELECT verdict, note, reviewed FROM marks WHERE article = ? AND claim_id = ?", (sha, claim_id)
        ).fetchone()
        old = ReviewMark(claim_id)
        if row is not None:
            old = ReviewMark(claim_id, Verdict(row[0]) if row[0] else None, row[1], bool(row[2]))
        now = self._clock()
        changes: list[tuple[str, str, str]] = []
        new = old
        if not isinstance(verdict, _Unset) and verdict != old.verdict:
            changes.append(("verdict", _verdict_text(old.verdict), _verdict_text(verdict)))
            new = replace(new, verdict=verdict)
        if not isinstance(note, _Unset) and note != old.note:
            changes.append(("note", old.note, note))
            new = replace(new, note=note)
        if not isinstance(reviewed, _Unset) and reviewed != old.reviewed:
            changes.append(("reviewed", _bool_text(old.reviewed), _bool_text(reviewed)))
            new = replace(new, reviewed=reviewed)
        if not changes:
            conn.execute("COMMIT")
            return self._cache.get(sha) or self._read(sha)
        new = replace(new, updated=now)
        at = now.isoformat()
        conn.execute(
            "INSERT INTO marks (article, claim_id, verdict, note, reviewed, updated) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (article, claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
            "reviewed = excluded.reviewed, updated = excluded.updated",
            (sha, claim_id, new.verdict.value if new.verdict else None, new.note, int(new.reviewed), at),
        )
        conn.executemany(
            "INSERT INTO audit (article, at, claim_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?)",
            [(sha, at, claim_id, field, before, after) for field, before, after in changes],
        )
        conn.execute("COMMIT")
        base = self._cache.get(sha)
        if base is None:
            review = self._read(sha)
        else:
            entries = tuple(AuditEntry(now, claim_id, field, before, after) for field, before, after in changes)
            review = Review(sha, {**base.marks, claim_id: new}, base.audit + entries)
        self._cache[sha] = review
        return review


    # ---------------------------------------------------------------- where the reviewer was, and settings

    def position(self, sha: str) -> str | None:
        """The claim the reviewer was last on in this article (None: never opened)."""
        row = self._query("SELECT claim_id FROM positions WHERE article = ?", (sha,))
        return row[0] if row else None

    def set_position(self, sha: str, claim_id: str) -> None:
        """Remember the claim the reviewer is on (not audited: it is where they were, not a judgement)."""
        self._write(
            "INSERT INTO positions (article, claim_id, at) VALUES (?, ?, ?) "
            "ON CONFLICT (article) DO UPDATE SET claim_id = excluded.claim_id, at = excluded.at",
            (sha, claim_id, self._clock().isoformat()),
        )

    def setting(self, key: str, default: str = "") -> str:
        """A remembered setting of the review app (the theme, the last filter …)."""
        row = self._query("SELECT value FROM settings WHERE key = ?", (key,))
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        self._write(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _query(self, sql: str, params: tuple) -> tuple | None:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchone()
            except sqlite3.DatabaseError as exc:
                raise self._fail("review state file is corrupt or unreadable", exc) from None

    def _write(self, sql: str, params: tuple) -> None:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute(sql, params)
                self._conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise self._fail("cannot save the review", exc) from None


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
