"""Changing the record: contacts, people, aliases, offices, country aliases, and new empty records.

Each change is one transaction on a Record opened with ``writable=True`` (WAL, busy timeout), so two
processes adding at the same time both succeed. Checks come first and fail with one-line RecordErrors.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from factcheck.errors import RecordError
from factcheck.models import Coverage, Contact, Office, Person
from factcheck.record.facts import read_facts
from factcheck.record.schema import CONTACT_INSERT, DURATION_INSERT, duration_rows, facts_columns
from factcheck.record.validate import (
    Issue,
    NewContact,
    resolve_participants,
    resolve_person,
    unknown_person,
    validate_new_contact,
)

if TYPE_CHECKING:
    from factcheck.record.store import Record

GAZETTEER_TABLES = ("countries", "country_aliases", "people", "aliases", "offices")
PERSON_ID = re.compile(r"[a-z][a-z0-9_-]*")


def refuse(what: str, errors: tuple[Issue, ...] | list[Issue]) -> RecordError:
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return RecordError(f"{what}: {errors[0]}{more}")


# ---------------------------------------------------------------- contacts


def insert_contacts(conn: sqlite3.Connection, record: Record, rows: list[NewContact]) -> list[int]:
    """Insert checked rows inside an open transaction; return their ids (new ones numbered after the largest)."""
    from factcheck.record.build import contact_title

    people = record.people()
    names = {p.id: p.name for p in people}
    (top,) = conn.execute("SELECT coalesce(max(id), 0) FROM contacts").fetchone()
    top = max([top, *(r.id for r in rows if r.id is not None)])
    conn.execute("PRAGMA defer_foreign_keys = ON")  # part_of may name a row later in the same import
    out = []
    for new in rows:
        ids, issues = resolve_participants(people, new.participants)
        if issues:
            raise refuse("cannot add contact", issues)
        if new.id is None:
            top += 1
        cid = new.id if new.id is not None else top
        facts = read_facts(new.duration_min, new.duration_text, new.notes, new.topics)
        conn.execute(
            CONTACT_INSERT,
            (
                cid,
                new.date.isoformat(),
                new.kind,
                new.status,
                new.part_of,
                new.initiator,
                new.duration_min,
                new.duration_text,
                new.location,
                new.topics,
                new.confidence,
                new.notes,
                contact_title(new.date.isoformat(), new.kind, [names[i] for i in ids]),
                *facts_columns(facts),
            ),
        )
        conn.executemany(DURATION_INSERT, duration_rows(cid, facts))
        roles = list(new.roles) + [""] * (len(ids) - len(new.roles))
        conn.executemany(
            "INSERT INTO participants (contact_id, position, person_id, role) VALUES (?, ?, ?, ?)",
            [(cid, pos, pid, role) for pos, (pid, role) in enumerate(zip(ids, roles), start=1)],
        )
        conn.executemany(
            "INSERT INTO sources (contact_id, position, url) VALUES (?, ?, ?)",
            [(cid, pos, url) for pos, url in enumerate(new.sources, start=1)],
        )
        out.append(cid)
    return out


def add_contact(record: Record, new: NewContact, *, today: date | None = None) -> Contact:
    """Check ``new`` (warnings do not stop it) and add it in one transaction; return the stored Contact."""
    errors, _ = validate_new_contact(record, new, today=today)
    if errors:
        raise refuse("cannot add contact", errors)
    with record.transaction() as conn:
        (cid,) = insert_contacts(conn, record, [new])
    contact = record.contact(cid)
    assert contact is not None
    return contact


# ---------------------------------------------------------------- people, names, offices


def _person(record: Record, text: str) -> Person:
    person = resolve_person(record.people(), text)
    if person is None:
        raise RecordError(unknown_person(record.people(), text))
    return person


def find_country(record: Record, text: str) -> str:
    """The country named by ``text`` (its name or an alias, case-insensitive), with a suggestion if unknown."""
    from rapidfuzz import process

    names = {c.lower(): c for c in record.country_aliases()}
    names.update({a.lower(): c for c, aliases in record.country_aliases().items() for a in aliases})
    found = names.get(text.strip().lower())
    if found:
        return found
    hit = process.extractOne(text.strip().lower(), list(names), score_cutoff=75)
    hint = f" — did you mean {names[hit[0]]}?" if hit else f" (known: {', '.join(record.country_aliases())})"
    raise RecordError(f"unknown country {text!r}{hint}")


def add_person(record: Record, person_id: str, name: str, country: str, *, new_country: bool = False) -> Person:
    """Add a person (``new_country``: also add the country if the record does not know it yet)."""
    if not PERSON_ID.fullmatch(person_id):
        raise RecordError(f"person id {person_id!r} must be a lower-case slug (letters, digits, - or _), e.g. 'scholz'")
    if not name.strip():
        raise RecordError("a person needs a name")
    if any(p.id == person_id for p in record.people()):
        raise RecordError(f"person {person_id!r} already exists")
    taken = resolve_person(record.people(), name)
    if taken is not None:
        raise RecordError(f"{name!r} already names {taken.name} ({taken.id})")
    try:
        country = find_country(record, country)
        fresh = False
    except RecordError:
        if not new_country:
            raise
        fresh = True
    with record.transaction() as conn:
        if fresh:
            conn.execute("INSERT INTO countries (name, iso2) VALUES (?, '')", (country.strip(),))
        conn.execute(
            "INSERT INTO people (id, name, country) VALUES (?, ?, ?)", (person_id, name.strip(), country.strip())
        )
    added = record.person(person_id)
    assert added is not None
    return added


def add_alias(record: Record, person: str, alias: str) -> Person:
    """Add another name for a person; refuse one that already names someone."""
    target = _person(record, person)
    alias = alias.strip()
    if not alias:
        raise RecordError("an alias cannot be empty")
    taken = resolve_person(record.people(), alias)
    if taken is not None:
        raise RecordError(
            f"{alias!r} already names {taken.name}"
            if taken.id != target.id
            else f"{alias!r} is already a name of {taken.name}"
        )
    with record.transaction() as conn:
        conn.execute("INSERT INTO aliases (person_id, alias) VALUES (?, ?)", (target.id, alias))
    added = record.person(target.id)
    assert added is not None
    return added


def add_country_alias(record: Record, country: str, alias: str) -> tuple[str, tuple[str, ...]]:
    """Add a word by which articles name a country (or its leader's role); return the country's aliases."""
    name = find_country(record, country)
    alias = alias.strip()
    if not alias:
        raise RecordError("an alias cannot be empty")
    for other, aliases in record.country_aliases().items():
        if alias.lower() in {a.lower() for a in (other, *aliases)}:
            raise RecordError(f"{alias!r} already names {other}")
    with record.transaction() as conn:
        conn.execute("INSERT INTO country_aliases (country, alias) VALUES (?, ?)", (name, alias))
    return name, record.country_aliases()[name]


def add_office(
    record: Record, person: str, country: str, title: str, start: date, end: date | None = None, source_urls: str = ""
) -> tuple[Office, tuple[Issue, ...]]:
    """Add a term of office; warn when it overlaps another holder's term of the same country's office."""
    target = _person(record, person)
    name = find_country(record, country)
    if not title.strip():
        raise RecordError("an office needs a title, e.g. 'President of Germany'")
    if end is not None and end <= start:
        raise RecordError(f"the office ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    office = Office(target.id, name, title.strip(), start, end)
    warnings = tuple(
        Issue(
            "start",
            f"overlaps the term of {o.person_id} ({o.title}, {o.start.isoformat()} – "
            f"{o.end.isoformat() if o.end else 'in office'})",
        )
        for o in record.offices()
        if o.country == name
        and o.person_id != target.id
        and o.start < (end or date.max)
        and start < (o.end or date.max)
    )
    with record.transaction() as conn:
        conn.execute(
            'INSERT INTO offices (person_id, country, title, start, "end", source_urls) VALUES (?, ?, ?, ?, ?, ?)',
            (
                office.person_id,
                office.country,
                office.title,
                start.isoformat(),
                end.isoformat() if end else None,
                source_urls,
            ),
        )
    return office, warnings


def add_coverage(
    record: Record, person_a: str, person_b: str, start: date, end: date, *, complete: bool = True, note: str = ""
) -> Coverage:
    """Declare the stretch over which the record holds every contact of a pair (or, with
    ``complete=False``, only some): only a complete stretch lets a claim be contradicted."""
    a, b = sorted((_person(record, person_a).id, _person(record, person_b).id))
    if a == b:
        raise RecordError("coverage is of two different people")
    if end < start:
        raise RecordError(f"the period ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    with record.transaction() as conn:
        conn.execute(
            'INSERT INTO coverage (person_a, person_b, start, "end", complete, note) VALUES (?, ?, ?, ?, ?, ?)',
            (a, b, start.isoformat(), end.isoformat(), int(complete), note),
        )
    return Coverage((a, b), start, end, complete, note)


# ---------------------------------------------------------------- a new record


def init_record(path: str | Path, *, source: str | Path | None = None, bare: bool = False, force: bool = False) -> Path:
    """Create a record with the schema and no contacts, atomically.

    It copies people, aliases, countries and offices from ``source`` (default: the bundled record)
    unless ``bare``, so contacts can be imported into it at once.
    """
    from factcheck.record.build import create_schema, write_atomically
    from factcheck.record.store import Record

    from factcheck.files import check_target

    target = check_target(path, force, error=RecordError)
    conn = sqlite3.connect(":memory:", isolation_level=None, uri=True)
    try:
        create_schema(conn, "factcheck db init" + (" (bare)" if bare else ""))
        if not bare:
            with Record.open(source) as src:
                origin = src.path.resolve()
            conn.execute("ATTACH DATABASE ? AS src", (f"file:{quote(str(origin))}?mode=ro",))
            conn.execute("BEGIN")
            for table in GAZETTEER_TABLES:
                conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table} ORDER BY rowid")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE src")
        try:
            write_atomically(conn, target.absolute())
        except (OSError, sqlite3.Error) as exc:
            raise RecordError(f"cannot write {target}: {exc}") from None
    finally:
        conn.close()
    return target


def upgrade_record(path: str | Path) -> int:
    """Bring a record written by an older factcheck to this schema in place, in one transaction: schema 1
    gains the columns and table of what its notes encode (record/facts.py), read from every row. Returns
    the version it had; a record already current is left alone."""
    from factcheck.record.facts import read_facts
    from factcheck.record.schema import DURATIONS_DDL, FACT_COLUMNS, SCHEMA_VERSION

    target = Path(path)
    if not target.is_file():
        raise RecordError(f"no such record: {target}")
    try:
        conn = sqlite3.connect(f"file:{quote(str(target.absolute()))}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise RecordError(f"cannot open {target}: {exc}") from None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdigit() else None
        if version is None or version > SCHEMA_VERSION:
            raise RecordError(f"cannot upgrade {target}: schema version {row[0] if row else 'missing'}")
        if version == SCHEMA_VERSION:
            return version
        conn.execute("BEGIN IMMEDIATE")
        for column in FACT_COLUMNS:
            conn.execute(f"ALTER TABLE contacts ADD COLUMN {column}")
        conn.execute(DURATIONS_DDL)
        rows = conn.execute("SELECT id, duration_min, duration_text, notes, topics FROM contacts").fetchall()
        for cid, minutes, text, notes, topics in rows:
            facts = read_facts(minutes, text, notes, topics)
            conn.execute(
                "UPDATE contacts SET context_only = ?, group_format = ?, ceremony = ?, zone_dated = ? WHERE id = ?",
                (*facts_columns(facts), cid),
            )
            conn.executemany(DURATION_INSERT, duration_rows(cid, facts))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
        return version
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise RecordError(f"cannot upgrade {target}: {exc}") from None
    finally:
        conn.close()
