"""Looking through the record: per-pair statistics, filtered lists, full-text search, whole-table dumps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from factcheck.errors import RecordError
from factcheck.models import Contact
from factcheck.record.datafiles import join_urls
from factcheck.record.schema import FTS_TABLE, KINDS
from factcheck.record.store import CONTACT_COLUMNS, WRITTEN_COLUMNS
from factcheck.record.validate import resolve_person, unknown_person

if TYPE_CHECKING:
    from factcheck.record.store import Record


@dataclass(frozen=True, slots=True)
class PairYear:
    """One pair's contacts in one year. ``counted`` leaves out disputed and same-visit rows, which are ``other``."""

    pair: tuple[str, str]
    year: int
    counted: int
    calls: int  # counted phone and video contacts
    meetings: int  # counted in-person contacts
    other: int


@dataclass(frozen=True, slots=True)
class PairLast:
    pair: tuple[str, str]
    date: date
    contact_id: int


STATS_SQL = """
SELECT cp.person_a, cp.person_b, CAST(substr(c.date, 1, 4) AS INTEGER),
       sum(c.status <> 'disputed' AND c.part_of IS NULL),
       sum(c.status <> 'disputed' AND c.part_of IS NULL AND c.kind IN ('phone', 'video')),
       sum(c.status <> 'disputed' AND c.part_of IS NULL AND c.kind = 'in_person'),
       sum(c.status = 'disputed' OR c.part_of IS NOT NULL)
FROM contact_pairs AS cp JOIN contacts AS c ON c.id = cp.contact_id
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""

LAST_SQL = """
SELECT cp.person_a, cp.person_b, max(c.date), c.id
FROM contact_pairs AS cp JOIN contacts AS c ON c.id = cp.contact_id
WHERE c.status <> 'disputed'
GROUP BY 1, 2 ORDER BY 1, 2
"""


def pair_years(record: Record) -> tuple[PairYear, ...]:
    with record._sql() as conn:
        return tuple(
            PairYear((a, b), y, n, calls, meets, other) for a, b, y, n, calls, meets, other in conn.execute(STATS_SQL)
        )


def last_contacts(record: Record) -> tuple[PairLast, ...]:
    """The latest (non-disputed) contact of every pair in the record."""
    with record._sql() as conn:
        return tuple(PairLast((a, b), date.fromisoformat(d), cid) for a, b, d, cid in conn.execute(LAST_SQL))


def person_id(record: Record, text: str) -> str:
    person = resolve_person(record.people(), text)
    if person is None:
        raise RecordError(unknown_person(record.people(), text))
    return person.id


def list_contacts(
    record: Record, *, between: tuple[str, str] | None = None, year: int | None = None, kind: str | None = None
) -> tuple[Contact, ...]:
    """Contacts sorted by (date, id), narrowed to a pair (names or aliases), a year and a kind."""
    if kind is not None and kind not in KINDS:
        raise RecordError(f"unknown kind {kind!r} (choose from {', '.join(KINDS)})")
    if year is not None and not 1 <= year <= 9999:
        raise RecordError(f"--year {year} is not a year (1–9999)")
    lo = date(year, 1, 1) if year is not None else None
    hi = date(year, 12, 31) if year is not None else None
    if between:
        a, b = (person_id(record, t) for t in between)
        found = record.contacts_between([a], [b], lo, hi)
    else:
        found = tuple(c for c in record.all_contacts() if (lo is None or hi is None or lo <= c.date <= hi))
    return tuple(c for c in found if kind is None or c.kind == kind)


def fts_query(text: str) -> str:
    """Words of ``text`` as an FTS5 query matching all of them (each quoted, so no operator syntax)."""
    words = [w.replace('"', '""') for w in text.split()]
    if not words:
        raise RecordError("search for at least one word")
    return " ".join(f'"{w}"' for w in words)


@dataclass(frozen=True, slots=True)
class SearchResult:
    contacts: tuple[Contact, ...]  # best match first, at most the limit asked for
    total: int  # every match; more than len(contacts) when the limit cut the list

    @property
    def truncated(self) -> bool:
        return self.total > len(self.contacts)


def search_contacts(record: Record, text: str, limit: int | None = 200) -> SearchResult:
    """Contacts whose topics, location or notes hold every word of ``text``, best match first, at most
    ``limit`` of them (None: all), with the number of all matches."""
    query = fts_query(text)
    sql = (
        f"SELECT {', '.join('c.' + col.strip() for col in CONTACT_COLUMNS.split(','))} FROM {FTS_TABLE} AS f"
        f" JOIN contacts AS c ON c.id = f.rowid WHERE {FTS_TABLE} MATCH ? ORDER BY f.rank, c.date, c.id LIMIT ?"
    )
    with record._sql() as conn:
        rows = conn.execute(sql, (query, -1 if limit is None else limit)).fetchall()
        total = len(rows)
        if limit is not None and total >= limit:
            (total,) = conn.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (query,)).fetchone()
        return SearchResult(record._hydrate(conn, rows), total)


def dump_tables(record: Record) -> dict[str, list[tuple[object, ...]]]:
    """Every table as the rows of its data/ file (see datafiles.COLUMNS), in the order the files keep."""
    with record._sql() as conn:
        sources: dict[int, list[str]] = {}
        for cid, url in conn.execute("SELECT contact_id, url FROM sources ORDER BY contact_id, position"):
            sources.setdefault(cid, []).append(url)
        contacts = [
            (
                cid,
                day,
                kind,
                status,
                "" if part_of is None else part_of,
                initiator,
                "" if minutes is None else minutes,
                text,
                location,
                topics,
                join_urls(sources.get(cid, [])),
                confidence,
                notes,
            )
            for cid, day, kind, status, part_of, initiator, minutes, text, location, topics, confidence, notes in conn.execute(
                f"SELECT {WRITTEN_COLUMNS} FROM contacts ORDER BY id"
            )
        ]
        query = {
            "countries.csv": "SELECT name, iso2 FROM countries ORDER BY rowid",
            "country_aliases.csv": "SELECT country, alias FROM country_aliases ORDER BY id",
            "people.csv": "SELECT id, name, country FROM people ORDER BY rowid",
            "aliases.csv": "SELECT person_id, alias FROM aliases ORDER BY id",
            "offices.csv": "SELECT person_id, country, title, start, coalesce(\"end\", ''), source_urls FROM offices ORDER BY id",
            "participants.csv": "SELECT contact_id, position, person_id, role FROM participants ORDER BY contact_id, position",
            "coverage.csv": 'SELECT person_a, person_b, start, "end", complete, note FROM coverage ORDER BY id',
        }
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone():
            query["events.csv"] = (
                "SELECT id, date, kind, country, coalesce(person_id, ''), name, source_urls FROM events ORDER BY id"
            )
        out = {name: conn.execute(sql).fetchall() for name, sql in query.items()}
        out.setdefault("events.csv", [])  # a record made before the events table
    out["contacts.csv"] = contacts
    return out
