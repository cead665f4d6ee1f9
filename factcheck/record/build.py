"""Build claims.db from the CSV files in data/: deterministic (same files → same bytes) and atomic.

The database is filled in memory in the files' row order, then written with ``VACUUM INTO`` to a
temporary file beside the target and moved over it, so a reader never sees a half-built record.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Literal, overload

from factcheck.errors import RecordError
from factcheck.record.datafiles import DataFiles, read_data, split_urls
from factcheck.record.schema import (
    APPLICATION_ID,
    CONTACT_INSERT,
    DURATION_INSERT,
    CONFIDENCES,
    DDL,
    EVENT_KINDS,
    FTS_COLUMNS,
    KINDS,
    SCHEMA_VERSION,
    STATUSES,
    duration_rows,
    facts_columns,
)
from factcheck.record.facts import read_facts


def create_schema(conn: sqlite3.Connection, built_from: str) -> None:
    """Create every table, index and the full-text index in an empty database."""
    import sqlite_utils

    conn.executescript(DDL)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("built_from", built_from)],
    )
    sqlite_utils.Database(conn).table("contacts").enable_fts(FTS_COLUMNS, fts_version="FTS5", create_triggers=True)


def contact_title(day: str, kind: str, names: list[str]) -> str:
    """The one-line title of a contact, Datasette's label for it: '2017-01-28 phone: A – B'."""
    return f"{day} {kind}: {' – '.join(names)}"


class _Rows:
    """Turns the text cells of one data file into typed values, naming the file and line on error."""

    def __init__(self, data: DataFiles, name: str):
        self.name = name
        self.rows = data.rows(name)
        self.line = 1

    def __iter__(self) -> Iterator[dict[str, str]]:
        for self.line, row in enumerate(self.rows, start=2):
            yield row

    def fail(self, field: str, reason: str) -> RecordError:
        return RecordError(f"data/{self.name} line {self.line}: {field}: {reason}")

    @overload
    def day(self, row: dict[str, str], field: str, *, optional: Literal[False] = False) -> str: ...
    @overload
    def day(self, row: dict[str, str], field: str, *, optional: bool) -> str | None: ...
    def day(self, row: dict[str, str], field: str, *, optional: bool = False) -> str | None:
        value = row[field]
        if not value and optional:
            return None
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            raise self.fail(field, f"{value!r} is not a date (YYYY-MM-DD)") from None

    @overload
    def integer(self, row: dict[str, str], field: str, *, optional: Literal[False] = False) -> int: ...
    @overload
    def integer(self, row: dict[str, str], field: str, *, optional: bool) -> int | None: ...
    def integer(self, row: dict[str, str], field: str, *, optional: bool = False) -> int | None:
        value = row[field]
        if not value and optional:
            return None
        try:
            return int(value)
        except ValueError:
            raise self.fail(field, f"{value!r} is not a whole number") from None

    def choice(self, row: dict[str, str], field: str, allowed: tuple[str, ...]) -> str:
        if row[field] not in allowed:
            raise self.fail(field, f"{row[field]!r} is not one of {', '.join(allowed)}")
        return row[field]


def fill(conn: sqlite3.Connection, data: DataFiles) -> None:
    """Insert the rows of the data files, in file order."""
    rows = _Rows(data, "countries.csv")
    conn.executemany("INSERT INTO countries (name, iso2) VALUES (?, ?)", [(r["country"], r["iso2"]) for r in rows])
    rows = _Rows(data, "country_aliases.csv")
    conn.executemany(
        "INSERT INTO country_aliases (country, alias) VALUES (?, ?)", [(r["country"], r["alias"]) for r in rows]
    )
    rows = _Rows(data, "people.csv")
    conn.executemany(
        "INSERT INTO people (id, name, country) VALUES (?, ?, ?)", [(r["id"], r["name"], r["country"]) for r in rows]
    )
    names = {r["id"]: r["name"] for r in data.rows("people.csv")}
    rows = _Rows(data, "aliases.csv")
    conn.executemany(
        "INSERT INTO aliases (person_id, alias) VALUES (?, ?)", [(r["person_id"], r["alias"]) for r in rows]
    )
    rows = _Rows(data, "offices.csv")
    conn.executemany(
        'INSERT INTO offices (person_id, country, title, start, "end", source_urls) VALUES (?, ?, ?, ?, ?, ?)',
        [
            (
                r["person_id"],
                r["country"],
                r["title"],
                rows.day(r, "start"),
                rows.day(r, "end", optional=True),
                r["source_urls"],
            )
            for r in rows
        ],
    )
    participants: dict[int, list[tuple[int, str, str]]] = {}
    rows = _Rows(data, "participants.csv")
    for r in rows:
        cid = rows.integer(r, "contact_id")
        if r["person_id"] not in names:
            raise rows.fail("person_id", f"unknown person {r['person_id']!r}")
        participants.setdefault(cid, []).append((rows.integer(r, "position"), r["person_id"], r["role"]))
    rows = _Rows(data, "contacts.csv")
    contacts = []
    sources = []
    durations: list[tuple[int, int, float, str, int]] = []
    for r in rows:
        cid = rows.integer(r, "id")
        day = rows.day(r, "date")
        kind = rows.choice(r, "kind", KINDS)
        people = sorted(participants.get(cid, ()))
        if len(people) < 2:
            raise rows.fail("id", f"contact {cid} has fewer than two participants in participants.csv")
        minutes = rows.integer(r, "duration_min", optional=True)
        facts = read_facts(minutes, r["duration_text"], r["notes"], r["topics"])
        contacts.append(
            (
                cid,
                day,
                kind,
                rows.choice(r, "status", STATUSES),
                rows.integer(r, "part_of", optional=True),
                r["initiator"],
                minutes,
                r["duration_text"],
                r["location"],
                r["topics"],
                rows.choice(r, "confidence", CONFIDENCES),
                r["notes"],
                contact_title(day, kind, [names[p] for _, p, _ in people]),
                *facts_columns(facts),
            )
        )
        durations += duration_rows(cid, facts)
        sources += [(cid, i, url) for i, url in enumerate(split_urls(r["source_urls"]), start=1)]
    part_of = {c[0]: c[4] for c in contacts}
    for line, (cid, main) in enumerate(part_of.items(), start=2):
        if main is None:
            continue
        if main == cid:
            raise RecordError(f"data/contacts.csv line {line}: part_of: contact {cid} is part of itself")
        if part_of.get(main) is not None:
            raise RecordError(
                f"data/contacts.csv line {line}: part_of: contact {main} is not a main row"
                f" (it is part of {part_of[main]}); name the main row of the visit"
            )
    conn.executemany(CONTACT_INSERT, contacts)
    known = {c[0] for c in contacts}
    for cid in participants:
        if cid not in known:
            raise RecordError(f"data/participants.csv: contact {cid} is not in contacts.csv")
    conn.executemany(
        "INSERT INTO participants (contact_id, position, person_id, role) VALUES (?, ?, ?, ?)",
        [(cid, pos, pid, role) for cid in sorted(participants) for pos, pid, role in sorted(participants[cid])],
    )
    conn.executemany("INSERT INTO sources (contact_id, position, url) VALUES (?, ?, ?)", sources)
    conn.executemany(DURATION_INSERT, durations)
    rows = _Rows(data, "events.csv")
    conn.executemany(
        "INSERT INTO events (id, date, kind, country, person_id, name, source_urls) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                rows.integer(r, "id"),
                rows.day(r, "date"),
                rows.choice(r, "kind", EVENT_KINDS),
                r["country"],
                r["person_id"] or None,
                r["name"],
                r["source_urls"],
            )
            for r in rows
        ],
    )
    rows = _Rows(data, "coverage.csv")
    conn.executemany(
        'INSERT INTO coverage (person_a, person_b, start, "end", complete, note) VALUES (?, ?, ?, ?, ?, ?)',
        [
            (
                *sorted((r["person_a"], r["person_b"])),
                rows.day(r, "start"),
                rows.day(r, "end"),
                rows.choice(r, "complete", ("0", "1")) == "1",
                r["note"],
            )
            for r in rows
        ],
    )


def write_atomically(conn: sqlite3.Connection, out: Path) -> None:
    """Compact ``conn`` into a temporary file beside ``out`` and move it over ``out`` (``os.replace``
    replaces a symbolic link itself, never what it points to; callers refuse links first)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        conn.execute("VACUUM INTO ?", (tmp,))
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build_record(data_dir: str | Path = "data", out: str | Path = "claims.db", *, force: bool = False) -> Path:
    """Build a claims database from ``data_dir`` at ``out`` (atomically) and return the path written.

    An existing ``out`` is replaced only with ``force``, and only if it is a regular file (never through a
    symbolic link: the bundled ``factcheck/claims.db`` of a checkout is one; name ``claims.db`` itself)."""
    from factcheck.files import check_target

    check_target(out, force, error=RecordError)
    data = read_data(data_dir)
    target = Path(out).absolute()
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create_schema(conn, f"data sha256:{data.digest}")
        conn.execute("BEGIN")  # foreign keys are checked once, after every row is in (part_of may point ahead)
        try:
            fill(conn, data)
        except sqlite3.IntegrityError as exc:
            raise RecordError(f"{Path(data_dir)}: inconsistent data ({exc})") from None
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, _ = problems[0]
            raise RecordError(f"{Path(data_dir)}: {table} row {rowid} refers to a missing {parent} row")
        conn.execute("COMMIT")
        try:
            write_atomically(conn, target)
        except (OSError, sqlite3.Error) as exc:
            raise RecordError(f"cannot write {target}: {exc}") from None
    finally:
        conn.close()
    return target
