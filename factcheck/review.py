"""Reviewer state: verdicts, notes, reviewed marks and an append-only audit log, in their own SQLite file.

Keyed by the article's content hash (``Article.sha256``), so reopening the same article restores the
review. Every change is one transaction that updates the mark and appends one audit row per changed
field; it is on disk (WAL, ``synchronous=FULL``) before the call returns, so quitting never loses it.

This is not ``claims.db``: the record is never written here. A state file that cannot be read is reported
with a one-line :class:`ReviewStateError` and left untouched — never deleted or rewritten.

A change that cannot be written *now* — a read-only file or folder, a full disk, a lock held too long — is
kept in memory (:class:`ReviewNotWritten` carries the review with it, and says why in words) and written,
with its own time, by the next write that can be; a state that cannot be opened for writing is read
read-only (or held in memory when it does not exist yet) and ``problem`` says why. Another writer is
noticed (``sync``): a commit by another connection (``PRAGMA data_version``) reloads the review, and a
file replaced or removed under the open store (its device and inode) is reopened and this session's
changes are written into it again — no edit is ever dropped silently.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

from factcheck.errors import FactcheckError
from factcheck.models import AuditEntry, Review, ReviewMark, Verdict
from factcheck.review_io import Unset, applied, cause, changed

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


class ReviewNotWritten(ReviewStateError):
    """The change is kept in memory (``review`` holds it) but could not be written yet."""

    def __init__(self, message: str, review: Review) -> None:
        super().__init__(message)
        self.review = review


UNSET: Final = Unset()


def default_state_path() -> Path:
    """``$XDG_DATA_HOME/factcheck/review.db``, or ``~/.local/share/factcheck/review.db``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "factcheck" / "review.db"


def _connect(target: str | Path, *, uri: bool = False) -> sqlite3.Connection:
    """The one place a state connection is made (tests wrap it to fill the disk)."""
    return sqlite3.connect(target, timeout=5.0, check_same_thread=False, isolation_level=None, uri=uri)


def _utc_now() -> datetime:
    return datetime.now(UTC)


# one change to write: ("mark", sha, claim_id, verdict, note, reviewed, at) or ("sql", sql, params)
MarkOp = tuple[Literal["mark"], str, str, Verdict | None | Unset, str | Unset, bool | Unset, datetime]
SqlOp = tuple[Literal["sql"], str, tuple[object, ...]]
Op = MarkOp | SqlOp


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
        self._pending: list[Op] = []  # changes not written yet, in order
        self._written: list[Op] = []  # this session's written changes (written again into a replaced file)
        self.problem = ""  # why changes cannot be written now ("" when they can)
        self._readonly = False  # the connection is read-only (or in memory) until a write can reopen it
        self.notices: list[str] = []  # what sync found (another writer, a replaced file), for the app to say
        self._conn = self._open()

    # ---------------------------------------------------------------- opening

    def _fail(self, what: str, exc: BaseException) -> ReviewStateError:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return ReviewStateError(f"{self.path}: {what} ({detail}); pass --state PATH to use another file")

    def _open(self) -> sqlite3.Connection:
        """Open for writing; when that cannot be done now, read-only (or in memory) with ``problem`` set."""
        if self.path.is_dir():
            raise ReviewStateError(f"{self.path}: is a directory, not a review state file")
        self._readonly = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise self._fail("cannot create the state directory", exc) from None
        try:
            conn = self._open_writable()
        except (sqlite3.OperationalError, OSError) as exc:
            why, passing = cause(exc, self.path)
            if not passing:
                raise self._fail("review state file is corrupt or unreadable", exc) from None
            conn = self._open_readable()
            self._readonly = True
            self.problem = f"{self.path}: cannot write the review state: {why}"
        self._seen = self._identity(), conn.execute("PRAGMA data_version").fetchone()[0]
        return conn

    def _open_writable(self) -> sqlite3.Connection:
        existed = self.path.exists() and self.path.stat().st_size > 0
        conn = _connect(self.path)
        try:
            self._prepare(conn, existed)
        except BaseException:
            conn.close()
            raise
        return conn

    def _open_readable(self) -> sqlite3.Connection:
        """The file read-only (immutable when not even its -shm file can be made); in memory when absent."""
        from urllib.parse import quote

        if not self.path.exists():
            conn = _connect(":memory:")
            self._prepare(conn, False)
            return conn
        last: BaseException | None = None
        for flags in ("mode=ro", "mode=ro&immutable=1"):
            try:
                conn = _connect(f"file:{quote(str(self.path.resolve()))}?{flags}", uri=True)
                self._check(conn, True)
                conn.execute("SELECT count(*) FROM marks").fetchone()
                return conn
            except ReviewStateError:
                raise
            except sqlite3.DatabaseError as exc:
                last = exc
        raise self._fail("review state file is corrupt or unreadable", last or OSError()) from None

    def _check(self, conn: sqlite3.Connection, existed: bool) -> tuple[int, int]:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:
            raise self._fail("review state file is corrupt or unreadable", exc) from None
        if existed and app_id != APPLICATION_ID and (tables - {"sqlite_sequence"}):
            raise ReviewStateError(
                f"{self.path}: not a factcheck review state file; pass --state PATH to use another file"
            )
        if version > SCHEMA_VERSION:
            raise ReviewStateError(
                f"{self.path}: review state written by a newer factcheck (schema {version}); "
                "upgrade factcheck or pass --state PATH"
            )
        return app_id, version

    def _prepare(self, conn: sqlite3.Connection, existed: bool) -> None:
        app_id, version = self._check(conn, existed)
        try:
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
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError as exc:
            raise self._fail("review state file is corrupt or unreadable", exc) from None

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- another writer

    def sync(self) -> list[str]:
        """Notice another writer: reload what it changed, reopen a replaced file. Returns (and clears) what
        was noticed, in words, for the app to say."""
        with self._lock:
            self._sync()
            if self._pending and not self.problem:
                try:
                    self._flush()
                except (sqlite3.Error, OSError) as exc:
                    self._kept(exc)
            said, self.notices = self.notices, []
            return said

    def _sync(self) -> None:
        identity, version = self._seen
        now = self._identity()
        if now != identity and (identity is not None or now is not None):
            self._conn.close()
            self.problem = ""
            self._conn = self._open()  # a file that is no review state is refused here, changes kept
            replay = [op for op in self._written if op[0] == "mark"]
            self._pending[:0] = replay
            self._written = []
            gone = "removed" if now is None else "replaced"
            self.notices.append(
                f"{self.path} was {gone} while the review was open: reopened it"
                + (f"; this session's {len(replay)} change(s) are written into it again" if replay else "")
            )
            self._reload()
            return
        try:
            current = self._conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.DatabaseError:
            return
        if current != version:
            self._seen = identity, current
            self._reload()
            self.notices.append(f"{self.path} was changed by another factcheck: its review is reloaded")

    def _reload(self) -> None:
        for sha in list(self._cache):
            review = self._read(sha)
            for op in self._pending:
                if op[0] == "mark" and op[1] == sha:
                    review = applied(review, *op[2:])[0]
            self._cache[sha] = review

    # ---------------------------------------------------------------- reading

    def load(self, sha: str) -> Review:
        """The review of the article with this content hash (empty if it was never reviewed)."""
        with self._lock:
            try:
                review = self._read(sha)
            except sqlite3.DatabaseError as exc:
                raise self._fail("review state file is corrupt or unreadable", exc) from None
            for op in self._pending:  # what could not be written yet is part of the review
                if op[0] == "mark" and op[1] == sha:
                    review = applied(review, *op[2:])[0]
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
        verdict: Verdict | str | None | Unset = UNSET,
        note: str | Unset = UNSET,
        reviewed: bool | Unset = UNSET,
    ) -> Review:
        """Change any of a claim's verdict, note and reviewed mark in one transaction.

        Appends one audit row per field that actually changed; a call that changes nothing writes nothing.
        Raises :class:`ReviewNotWritten` (with the new review) when the change is kept in memory only.
        """
        if isinstance(verdict, str):
            verdict = Verdict(verdict)
        if isinstance(note, str):
            from factcheck.safe_text import clean_stored

            note = clean_stored(note)
        with self._lock:
            try:
                self._sync()
                base = self._cache.get(sha) or self._read(sha)
            except sqlite3.DatabaseError as exc:
                raise self._fail("review state file is corrupt or unreadable", exc) from None
            at = self._clock()  # the mark's new ``updated``
            review, changed = applied(base, claim_id, verdict, note, reviewed, at)
            if not changed:
                return base
            self._pending.append(("mark", sha, claim_id, verdict, note, reviewed, at))
            self._cache[sha] = review
            self._write_pending(review)
            return review

    def _write_pending(self, review: Review | None) -> None:
        try:
            self._flush()
        except (sqlite3.Error, OSError) as exc:
            message = self._kept(exc)
            if review is not None:
                raise ReviewNotWritten(message, review) from None
            raise ReviewNotWritten(message, Review("")) from None

    def _kept(self, exc: BaseException) -> str:
        """A write failed: keep the pending changes if it can pass, else drop the last and say corrupt."""
        why, passing = cause(exc, self.path)
        if not passing:
            self._pending.pop()
            self._cache.clear()
            raise self._fail("review state file is corrupt or unreadable", exc) from None
        self.problem = f"{self.path}: cannot write the review state: {why}"
        n = len(self._pending)
        return f"{self.problem}; {n} change{'s' if n != 1 else ''} kept in memory, written at the next save that can be"

    def _flush(self) -> None:
        """Write every pending change in one transaction (reopening a read-only connection first)."""
        if self._readonly:
            fresh = self._open_writable()
            self._conn.close()
            self._conn, self._readonly = fresh, False
            self._seen = self._identity(), fresh.execute("PRAGMA data_version").fetchone()[0]
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            for op in self._pending:
                if op[0] == "mark":
                    self._write_mark(*op[1:])
                else:
                    conn.execute(op[1], op[2])
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self._written += self._pending
        self._pending = []
        self.problem = ""

    def _write_mark(
        self,
        sha: str,
        claim_id: str,
        verdict: Verdict | None | Unset,
        note: str | Unset,
        reviewed: bool | Unset,
        at: datetime,
    ) -> None:
        row = self._conn.execute(
            "SELECT verdict, note, reviewed FROM marks WHERE article = ? AND claim_id = ?", (sha, claim_id)
        ).fetchone()
        old = ReviewMark(claim_id)
        if row is not None:
            old = ReviewMark(claim_id, Verdict(row[0]) if row[0] else None, row[1], bool(row[2]))
        new, changes = changed(old, verdict, note, reviewed)
        if not changes:
            return
        stamp = at.isoformat()
        self._conn.execute(
            "INSERT INTO marks (article, claim_id, verdict, note, reviewed, updated) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (article, claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note, "
            "reviewed = excluded.reviewed, updated = excluded.updated",
            (sha, claim_id, new.verdict.value if new.verdict else None, new.note, int(new.reviewed), stamp),
        )
        self._conn.executemany(
            "INSERT INTO audit (article, at, claim_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?)",
            [(sha, stamp, claim_id, field, before, after) for field, before, after in changes],
        )

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

    def _query(self, sql: str, params: tuple[object, ...]) -> tuple[Any, ...] | None:
        with self._lock:
            try:
                row: tuple[Any, ...] | None = self._conn.execute(sql, params).fetchone()
                return row
            except sqlite3.DatabaseError as exc:
                raise self._fail("review state file is corrupt or unreadable", exc) from None

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        with self._lock:
            self._pending.append(("sql", sql, params))
            self._write_pending(None)


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
