"""The schema of claims.db: tables, indexes, full-text search and the version that identifies it.

Every table declares its foreign keys. Datasette labels a foreign key with the target's ``name`` or
``title`` column: people.name, countries.name, and ``contacts.title``, a one-line label
("2017-01-28 phone: Vladimir Putin – Donald Trump") written with the row by this package.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.record.facts import ContactFacts

SCHEMA_VERSION = 2  # 2: what the notes encode as columns (context_only … zone_dated) and durations
APPLICATION_ID = 0x46434442  # "FCDB": a claims.db written by factcheck

KINDS = ("phone", "video", "in_person")
EVENT_KINDS = ("election", "reelection", "invasion")  # world events that reporting dates contacts by
STATUSES = ("confirmed", "disputed")
CONFIDENCES = ("high", "medium", "low")
URL_SEP = " | "  # how data/*.csv and the CSV export join several source URLs in one cell

TABLES = (
    "meta",
    "countries",
    "country_aliases",
    "people",
    "aliases",
    "offices",
    "contacts",
    "participants",
    "sources",
    "coverage",
    "contact_pairs",
    "durations",
    "events",
)

DURATIONS_DDL = """
-- each official figure for a contact's length: the row's duration_min first, then every figure its
-- duration_text quotes (media: a news outlet's figure, which may confirm a length but never refute one)
CREATE TABLE durations (
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    position INTEGER NOT NULL,
    minutes REAL NOT NULL,
    source TEXT NOT NULL,
    media INTEGER NOT NULL CHECK (media IN (0, 1)),
    PRIMARY KEY (contact_id, position)
);
"""
# the contacts columns schema 2 added (an upgrade adds them to a version-1 record)
FACT_COLUMNS = (
    "context_only INTEGER NOT NULL DEFAULT 0 CHECK (context_only IN (0, 1))",  # notes "CONTEXT ONLY": never counted
    "group_format INTEGER NOT NULL DEFAULT 0 CHECK (group_format IN (0, 1))",  # topics "TRILATERAL …"
    "ceremony INTEGER NOT NULL DEFAULT 0 CHECK (ceremony IN (0, 1))",  # a joint ceremony: speeches, no talks
    "zone_dated INTEGER NOT NULL DEFAULT 0 CHECK (zone_dated IN (0, 1))",  # the sides date it a day apart
)
_FACTS_SQL = ",\n    ".join(FACT_COLUMNS)

DDL = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE countries (
    name TEXT PRIMARY KEY,
    iso2 TEXT NOT NULL DEFAULT ''
);
CREATE TABLE country_aliases (
    id INTEGER PRIMARY KEY,
    country TEXT NOT NULL REFERENCES countries(name),
    alias TEXT NOT NULL,
    UNIQUE (country, alias)
);
CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL REFERENCES countries(name)
);
CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    alias TEXT NOT NULL,
    UNIQUE (person_id, alias)
);
CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id),
    country TEXT NOT NULL REFERENCES countries(name),
    title TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT,
    source_urls TEXT NOT NULL DEFAULT ''
);
-- world events that reporting dates contacts by ("the first since his re-election", "since the
-- invasion"): the day, what happened, the country and the person it made or re-made a leader
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {EVENT_KINDS!r}),
    country TEXT NOT NULL REFERENCES countries(name),
    person_id TEXT REFERENCES people(id),
    name TEXT NOT NULL,
    source_urls TEXT NOT NULL DEFAULT ''
);
-- contacts: the last four columns are what the row's free text says, read when it is written
-- (factcheck/record/facts.py); no comment inside the table, so that SQLite can alter it
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN {KINDS!r}),
    status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN {STATUSES!r}),
    part_of INTEGER REFERENCES contacts(id),
    initiator TEXT NOT NULL DEFAULT '',
    duration_min INTEGER,
    duration_text TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    confidence TEXT NOT NULL DEFAULT 'high' CHECK (confidence IN {CONFIDENCES!r}),
    notes TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    {_FACTS_SQL}
);
{DURATIONS_DDL}CREATE TABLE participants (
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    position INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_id, position),
    UNIQUE (contact_id, person_id)
);
CREATE TABLE sources (
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (contact_id, position)
);
CREATE TABLE coverage (
    id INTEGER PRIMARY KEY,
    person_a TEXT NOT NULL REFERENCES people(id),
    person_b TEXT NOT NULL REFERENCES people(id),
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    CHECK (person_a < person_b)
);
-- contact_pairs: one row per pair of people on a contact (a group call of three gives three rows),
-- derived from participants by the triggers below, so a pair's contacts in a date range are one
-- index range however many contacts either person has with others.
CREATE TABLE contact_pairs (
    person_a TEXT NOT NULL REFERENCES people(id),
    person_b TEXT NOT NULL REFERENCES people(id),
    date TEXT NOT NULL,
    contact_id INTEGER NOT NULL REFERENCES contacts(id),
    PRIMARY KEY (person_a, person_b, date, contact_id),
    CHECK (person_a < person_b)
) WITHOUT ROWID;
CREATE INDEX contact_pairs_contact ON contact_pairs(contact_id);
CREATE TRIGGER participants_pairs_insert AFTER INSERT ON participants BEGIN
    INSERT OR IGNORE INTO contact_pairs (person_a, person_b, date, contact_id)
    SELECT min(p.person_id, NEW.person_id), max(p.person_id, NEW.person_id), c.date, NEW.contact_id
    FROM participants AS p JOIN contacts AS c ON c.id = NEW.contact_id
    WHERE p.contact_id = NEW.contact_id AND p.person_id <> NEW.person_id;
END;
CREATE TRIGGER participants_pairs_delete AFTER DELETE ON participants BEGIN
    DELETE FROM contact_pairs
    WHERE contact_id = OLD.contact_id AND (person_a = OLD.person_id OR person_b = OLD.person_id);
END;
CREATE TRIGGER participants_pairs_update AFTER UPDATE OF contact_id, person_id ON participants BEGIN
    DELETE FROM contact_pairs
    WHERE contact_id = OLD.contact_id AND (person_a = OLD.person_id OR person_b = OLD.person_id);
    INSERT OR IGNORE INTO contact_pairs (person_a, person_b, date, contact_id)
    SELECT min(p.person_id, NEW.person_id), max(p.person_id, NEW.person_id), c.date, NEW.contact_id
    FROM participants AS p JOIN contacts AS c ON c.id = NEW.contact_id
    WHERE p.contact_id = NEW.contact_id AND p.person_id <> NEW.person_id;
END;
CREATE TRIGGER contacts_pairs_date AFTER UPDATE OF date ON contacts BEGIN
    UPDATE contact_pairs SET date = NEW.date WHERE contact_id = NEW.id;
END;
CREATE INDEX participants_person ON participants(person_id, contact_id);
CREATE INDEX contacts_date ON contacts(date, id);
CREATE INDEX contacts_part_of ON contacts(part_of);
CREATE INDEX sources_url ON sources(url);
CREATE INDEX aliases_alias ON aliases(alias);
CREATE INDEX aliases_person ON aliases(person_id);
CREATE INDEX country_aliases_alias ON country_aliases(alias);
CREATE INDEX offices_person ON offices(person_id, start);
CREATE INDEX events_kind ON events(kind, date);
CREATE INDEX offices_country ON offices(country, start);
CREATE INDEX people_country ON people(country);
CREATE INDEX coverage_pair ON coverage(person_a, person_b, start);
"""

CONTACT_INSERT = (
    "INSERT INTO contacts (id, date, kind, status, part_of, initiator, duration_min, duration_text, location,"
    " topics, confidence, notes, title, context_only, group_format, ceremony, zone_dated)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
DURATION_INSERT = "INSERT INTO durations (contact_id, position, minutes, source, media) VALUES (?, ?, ?, ?, ?)"


def facts_columns(facts: ContactFacts) -> tuple[int, int, int, int]:
    """The contacts columns of a row's facts, in CONTACT_INSERT's order."""
    return int(facts.context_only), int(facts.group_format), int(facts.ceremony), int(facts.zone_dated)


def duration_rows(cid: int, facts: ContactFacts) -> list[tuple[int, int, float, str, int]]:
    return [(cid, i, f.minutes, f.source, int(f.media)) for i, f in enumerate(facts.figures, start=1)]


FTS_TABLE = "contacts_fts"
FTS_COLUMNS = ("topics", "location", "notes")
