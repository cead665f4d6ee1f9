"""Opening claims.db and reading it: every query returns domain objects from factcheck.models.

A ``Record`` checks what it opens (a SQLite file, not truncated, with factcheck's tables and a schema
version it knows) and turns every SQLite failure into a one-line ``RecordError``. People, offices and
aliases are read once per instance; contacts are read on demand through indexes.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from factcheck.errors import RecordError
from factcheck.models import Contact, Coverage, Figure, Office, Person, RecordInfo, WorldEvent
from factcheck.record.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from factcheck.record.validate import Issue, NewContact

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_MIN_DAY, _MAX_DAY = "0000-01-01", "9999-12-31"

# the columns a contact is written with (and exported by), then what its text says (record/facts.py)
WRITTEN_COLUMNS = (
    "id, date, kind, status, part_of, initiator, duration_min, duration_text, location, topics, confidence, notes"
)
CONTACT_COLUMNS = WRITTEN_COLUMNS + ", context_only, group_format, ceremony, zone_dated"

# The contacts of one pair of people in a date range: one range of the contact_pairs primary key.
PAIR_SQL = "SELECT contact_id FROM contact_pairs WHERE person_a = ? AND person_b = ? AND date >= ? AND date <= ?"


def _pairs(a: Iterable[str], b: Iterable[str]) -> list[tuple[str, str]]:
    """The distinct unordered pairs (x, y), x in a, y in b, x != y, each as (smaller, larger)."""
    return list(dict.fromkeys(_ordered(x, y) for x in dict.fromkeys(a) for y in dict.fromkeys(b) if x != y))


def _ordered(x: str, y: str) -> tuple[str, str]:
    """(x, y) as (smaller, larger), as tuple(sorted((x, y))) gives it."""
    return (x, y) if x <= y else (y, x)


def _pair_query(pairs: list[tuple[str, str]], lo: str, hi: str) -> tuple[str, list[str]]:
    sql = " UNION ".join([PAIR_SQL] * len(pairs))
    params = [v for x, y in pairs for v in (x, y, lo, hi)]
    return sql, params


def default_db_path() -> Path:
    """The claims.db bundled with the package (a real file in an installed wheel, a symlink in a checkout).
    Found beside the package's modules rather than through importlib.resources, whose import costs more
    than the rest of opening the record; the package is never run from a zip."""
    return Path(__file__).resolve().parent.parent / "claims.db"


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def check_file(path: Path) -> None:
    """Refuse, with one line, a path that is not a complete SQLite database file."""
    if not path.exists():
        raise RecordError(f"claims database not found: {path}")
    if not path.is_file():
        raise RecordError(f"claims database is not a file: {path}")
    try:
        with path.open("rb") as f:
            header = f.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise RecordError(f"cannot read claims database {path}: {exc.strerror}") from None
    if not header:
        raise RecordError(f"claims database is an empty file: {path}")
    if not header.startswith(SQLITE_MAGIC):
        raise RecordError(f"not a SQLite database: {path}")
    if len(header) < 100:
        raise RecordError(f"claims database is truncated: {path}")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    if header_size_valid and pages and size < pages * page_size and not wal.exists():
        raise RecordError(f"claims database is truncated ({size} of {pages * page_size} bytes): {path}")


class Record:
    """An open claims database. Use ``Record.open(path)``; close it, or use it as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path, writable: bool):
        self._conn = conn
        self.path = path
        self.writable = writable
        self._lock = threading.RLock()  # one connection shared by the UI and its worker threads
        self._info: RecordInfo | None = None
        self._people: tuple[Person, ...] | None = None
        self._offices: tuple[Office, ...] | None = None
        self._events: tuple[WorldEvent, ...] | None = None
        self._country_aliases: dict[str, tuple[str, ...]] | None = None

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, writable: bool = False, timeout: float = BUSY_TIMEOUT_MS / 1000
    ) -> Record:
        """Open a claims database (``None``: the bundled one); raise RecordError if it cannot be used."""
        p = Path(path) if path is not None else default_db_path()
        check_file(p)
        if writable and not os.access(p, os.W_OK):
            raise RecordError(f"claims database is read-only: {p} (copy it and pass --db COPY)")
        if writable and not os.access(p.resolve().parent, os.W_OK):
            raise RecordError(f"cannot write beside the claims database (directory is read-only): {p}")
        uri = f"file:{quote(str(p.resolve()))}?mode={'rw' if writable else 'ro'}"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=timeout)
        except sqlite3.Error as exc:
            raise RecordError(f"cannot open claims database {p}: {exc}") from None
        rec = cls(conn, p, writable)
        try:
            with rec._sql():
                conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
                conn.execute("PRAGMA foreign_keys = ON")
                rec._check_schema()
                if writable:
                    rec._use_wal(timeout)
        except BaseException:
            conn.close()
            raise
        return rec

    def _use_wal(self, timeout: float) -> None:
        """Switch to write-ahead logging. Two processes switching at once is a deadlock SQLite refuses
        at once (no busy handler), so retry until ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL").fetchall()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _check_schema(self) -> None:
        tables = {r[0] for r in self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [t for t in ("meta", "contacts", "participants", "people") if t not in tables]
        if missing:
            raise RecordError(f"not a factcheck claims database (no {missing[0]} table): {self.path}")
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            raise RecordError(f"not a factcheck claims database (no schema version): {self.path}")
        try:
            version = int(row[0])
        except ValueError:
            raise RecordError(f"claims database has an unknown schema version {row[0]!r}: {self.path}") from None
        if version > SCHEMA_VERSION:
            raise RecordError(
                f"claims database schema version {version} is newer than this factcheck supports"
                f" ({SCHEMA_VERSION}); upgrade factcheck: {self.path}"
            )
        if 1 <= version < SCHEMA_VERSION:
            raise RecordError(
                f"claims database schema version {version} is older than this factcheck's ({SCHEMA_VERSION});"
                f" upgrade it with `factcheck db upgrade {self.path}`"
            )
        if version != SCHEMA_VERSION:
            raise RecordError(f"claims database has an unknown schema version {version}: {self.path}")

    @contextmanager
    def _sql(self) -> Iterator[sqlite3.Connection]:
        """Run statements under the lock, turning SQLite failures into one-line RecordErrors."""
        with self._lock:
            try:
                yield self._conn
            except sqlite3.OperationalError as exc:
                msg = str(exc)
                if "locked" in msg or "busy" in msg:
                    raise RecordError(f"claims database is locked by another process: {self.path}") from None
                if "readonly" in msg or "read-only" in msg:
                    raise RecordError(f"claims database is read-only: {self.path}") from None
                raise RecordError(f"claims database cannot be read ({msg}): {self.path}") from None
            except sqlite3.IntegrityError as exc:
                raise RecordError(f"claims database refused the change ({exc}): {self.path}") from None
            except sqlite3.DatabaseError as exc:
                raise RecordError(f"claims database is corrupt ({exc}): {self.path}") from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on any error); caches are reset."""
        if not self.writable:
            raise RecordError(f"claims database was opened read-only: {self.path}")
        with self._sql() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            # fold the change into the main file so its sha256 (the record's version) moves with it
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self._changed()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Record:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _changed(self) -> None:
        """Forget what was cached after this instance wrote to the database."""
        self._info = self._people = self._offices = self._country_aliases = self._events = None

    # ------------------------------------------------------------------ the gazetteer tables (cached)

    @property
    def info(self) -> RecordInfo:
        if self._info is None:
            sha = hashlib.sha256()
            wal = Path(f"{self.path}-wal")
            # the main file, plus any write-ahead log not yet folded into it (another process's write)
            for part in (self.path, wal) if wal.exists() and wal.stat().st_size else (self.path,):
                with part.open("rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        sha.update(block)
            with self._sql() as conn:
                (n,) = conn.execute("SELECT count(*) FROM contacts").fetchone()
            self._info = RecordInfo(path=str(self.path), sha256=sha.hexdigest(), contacts=n)
        return self._info

    def people(self) -> tuple[Person, ...]:
        if self._people is None:
            with self._sql() as conn:
                aliases: dict[str, list[str]] = {}
                for pid, alias in conn.execute("SELECT person_id, alias FROM aliases ORDER BY id"):
                    aliases.setdefault(pid, []).append(alias)
                rows = conn.execute("SELECT id, name, country FROM people ORDER BY rowid").fetchall()
            self._people = tuple(Person(i, n, c, tuple(aliases.get(i, ()))) for i, n, c in rows)
        return self._people

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people() if p.id == person_id), None)

    def offices(self) -> tuple[Office, ...]:
        if self._offices is None:
            with self._sql() as conn:
                rows = conn.execute(
                    'SELECT person_id, country, title, start, "end" FROM offices ORDER BY id'
                ).fetchall()
            self._offices = tuple(Office(p, c, t, date.fromisoformat(s), _day(e)) for p, c, t, s, e in rows)
        return self._offices

    def events(self) -> tuple[WorldEvent, ...]:
        """The dated world events of the record, by date (none in a record made before the table)."""
        if self._events is None:
            with self._sql() as conn:
                has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone()
                rows = (
                    conn.execute("SELECT date, kind, country, person_id, name FROM events ORDER BY date, id").fetchall()
                    if has
                    else []
                )
            self._events = tuple(WorldEvent(date.fromisoformat(d), k, c, p, n) for d, k, c, p, n in rows)
        return self._events

    def country_aliases(self) -> dict[str, tuple[str, ...]]:
        if self._country_aliases is None:
            with self._sql() as conn:
                out: dict[str, list[str]] = {
                    c: [] for (c,) in conn.execute("SELECT name FROM countries ORDER BY rowid")
                }
                for country, alias in conn.execute("SELECT country, alias FROM country_aliases ORDER BY id"):
                    out.setdefault(country, []).append(alias)
            self._country_aliases = {c: tuple(a) for c, a in out.items()}
        return dict(self._country_aliases)

    # ------------------------------------------------------------------ contacts

    def _hydrate(
        self, conn: sqlite3.Connection, rows: list[tuple[Any, ...]], *, whole: bool = False
    ) -> tuple[Contact, ...]:
        """Contacts from their rows, with participants, roles, sources and length figures in position order.

        ``whole``: the rows are the entire table, so read participants, sources and durations in one pass.
        """
        if not rows:
            return ()
        people: dict[int, list[tuple[str, str]]] = {}
        urls: dict[int, list[str]] = {}
        ids = [r[0] for r in rows]

        def child_rows(table: str, columns: str) -> list[tuple[Any, ...]]:
            """A child table's rows for these contacts, in contact and position order."""
            select, order = f"SELECT contact_id, {columns} FROM {table}", " ORDER BY contact_id, position"
            if whole:
                return conn.execute(select + order).fetchall()
            out: list[tuple[Any, ...]] = []
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                out += conn.execute(f"{select} WHERE contact_id IN ({_marks(len(chunk))}){order}", chunk).fetchall()
            return out

        part_rows = child_rows("participants", "person_id, role")
        src_rows = child_rows("sources", "url")
        dur_rows = child_rows("durations", "minutes, source, media")
        for cid, pid, role in part_rows:
            people.setdefault(cid, []).append((pid, role))
        for cid, url in src_rows:
            urls.setdefault(cid, []).append(url)
        figures: dict[int, list[Figure]] = {}
        for cid, minutes, source, media in dur_rows:
            figures.setdefault(cid, []).append(Figure(minutes, source, bool(media)))
        out = []
        for row in rows:
            cid, day, kind, status, part_of, initiator, minutes, text, location, topics, confidence, notes = row[:12]
            context_only, group_format, ceremony, zone_dated = (bool(v) for v in row[12:])
            ps = people.get(cid, [])
            out.append(
                Contact(
                    id=cid,
                    date=date.fromisoformat(day),
                    kind=kind,
                    participants=tuple(p for p, _ in ps),
                    status=status,
                    part_of=part_of,
                    initiator=initiator,
                    duration_min=minutes,
                    duration_text=text,
                    location=location,
                    topics=topics,
                    sources=tuple(urls.get(cid, ())),
                    confidence=confidence,
                    notes=notes,
                    roles=tuple(r for _, r in ps),
                    context_only=context_only,
                    group_format=group_format,
                    ceremony=ceremony,
                    zone_dated=zone_dated,
                    figures=tuple(figures.get(cid, ())),
                )
            )
        return tuple(out)

    def contacts_between(
        self, a: Iterable[str], b: Iterable[str], start: date | None = None, end: date | None = None
    ) -> tuple[Contact, ...]:
        """Every contact (disputed and same-visit rows included) with a participant in ``a`` and a
        different one in ``b``, with start <= date <= end (None: open), sorted by (date, id)."""
        pairs = _pairs(a, b)
        if not pairs:
            return ()
        ids, params = _pair_query(pairs, start.isoformat() if start else _MIN_DAY, end.isoformat() if end else _MAX_DAY)
        sql = f"SELECT {CONTACT_COLUMNS} FROM contacts WHERE id IN ({ids}) ORDER BY date, id"
        with self._sql() as conn:
            return self._hydrate(conn, conn.execute(sql, params).fetchall())

    def last_contact_date(self, a: Iterable[str], b: Iterable[str]) -> date | None:
        """The date of the latest contact (disputed rows left out) between someone in ``a`` and someone else in ``b``."""
        pairs = _pairs(a, b)
        if not pairs:
            return None
        ids, params = _pair_query(pairs, _MIN_DAY, _MAX_DAY)
        with self._sql() as conn:
            (day,) = conn.execute(
                f"SELECT max(date) FROM contacts WHERE status <> 'disputed' AND id IN ({ids})", params
            ).fetchone()
        return _day(day)

    def contact(self, contact_id: int) -> Contact | None:
        if not 1 <= contact_id <= 2**63 - 1:  # no such row (and SQLite could not even take the number)
            return None
        with self._sql() as conn:
            rows = conn.execute(f"SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,)).fetchall()
            found = self._hydrate(conn, rows)
        return found[0] if found else None

    def all_contacts(self) -> tuple[Contact, ...]:
        """Every contact, sorted by (date, id)."""
        with self._sql() as conn:
            rows = conn.execute(f"SELECT {CONTACT_COLUMNS} FROM contacts ORDER BY date, id").fetchall()
            return self._hydrate(conn, rows, whole=True)

    def coverage(self, a: str, b: str) -> tuple[Coverage, ...]:
        """The coverage periods recorded for a pair of people (in either order), sorted by start."""
        pair = _ordered(a, b)
        with self._sql() as conn:
            rows = conn.execute(
                'SELECT start, "end", complete, note FROM coverage WHERE person_a = ? AND person_b = ? ORDER BY start, id',
                pair,
            ).fetchall()
        return tuple(
            Coverage(pair=pair, start=date.fromisoformat(s), end=date.fromisoformat(e), complete=bool(c), note=n)
            for s, e, c, n in rows
        )

    def all_coverage(self) -> tuple[Coverage, ...]:
        with self._sql() as conn:
            rows = conn.execute(
                'SELECT person_a, person_b, start, "end", complete, note FROM coverage ORDER BY person_a, person_b, start, id'
            ).fetchall()
        return tuple(
            Coverage(pair=(x, y), start=date.fromisoformat(s), end=date.fromisoformat(e), complete=bool(c), note=n)
            for x, y, s, e, c, n in rows
        )

    def meta(self) -> dict[str, str]:
        with self._sql() as conn:
            return dict(conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall())

    # ------------------------------------------------------------------ keeping the record (validate.py, write.py)

    def validate_new_contact(
        self, new: NewContact, *, today: date | None = None
    ) -> tuple[tuple[Issue, ...], tuple[Issue, ...]]:
        """(errors, warnings) for adding ``new``: see factcheck.record.validate."""
        from factcheck.record.validate import validate_new_contact

        return validate_new_contact(self, new, today=today)

    def add_contact(self, new: NewContact, *, today: date | None = None) -> Contact:
        """Check and add a contact in one transaction (needs ``writable=True``); return it as stored."""
        from factcheck.record.write import add_contact

        return add_contact(self, new, today=today)
