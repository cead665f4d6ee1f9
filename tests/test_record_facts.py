"""Record facts as columns (#13): what a row's notes, topics and duration text encode is read once, when the
row is written, into typed columns and the durations table; verification never reads the free text."""

from __future__ import annotations

import ast
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from factcheck.errors import RecordError
from factcheck.models import Figure
from factcheck.record import NewContact, Record
from factcheck.record.facts import read_facts
from factcheck.record.schema import SCHEMA_VERSION
from factcheck.record.write import upgrade_record

VERIFY = Path(__file__).resolve().parent.parent / "factcheck" / "verify"
URL = "https://example.org/readout"


def test_the_conventions_of_the_notes_become_facts() -> None:
    facts = read_facts(None, "", "CONTEXT ONLY: a call as president-elect", "")
    assert facts.context_only and not facts.group_format and not facts.ceremony and not facts.zone_dated
    assert read_facts(None, "", "", "TRILATERAL summit on trade").group_format
    assert read_facts(None, "speeches at a joint ceremony", "", "").ceremony
    assert read_facts(None, "", "the other side dates it 15 June (time zone)", "").zone_dated
    plain = read_facts(None, "", "a routine call about trade", "energy")
    assert not (plain.context_only or plain.group_format or plain.ceremony or plain.zone_dated)


def test_every_official_figure_is_read_once_and_a_news_outlets_is_marked() -> None:
    facts = read_facts(
        90, "Kremlin: about 1 hour 30 minutes; White House: 2 hours; Reuters: 100 minutes; planned 45 minutes", "", ""
    )
    assert facts.figures[0] == Figure(90.0, "duration_min", False)
    assert [f.minutes for f in facts.figures] == [90.0, 120.0, 100.0]  # the repeat and the plan left out
    assert [f.media for f in facts.figures] == [False, False, True]
    assert read_facts(None, "some outlets said three hours", "", "").figures == ()


def test_a_contact_added_carries_its_facts(db_copy: Path) -> None:
    new = NewContact(
        date(2025, 3, 18),
        "phone",
        ("putin", "trump"),
        duration_text="White House: about 2 hours",
        notes="CONTEXT ONLY: test row",
        sources=(URL,),
    )
    with Record.open(db_copy, writable=True) as rec:
        added = rec.add_contact(new, today=date(2025, 3, 20))
    with Record.open(db_copy) as rec:
        row = rec.contact(added.id)
    assert row is not None and row.context_only and not row.ceremony
    assert [(f.minutes, f.media) for f in row.figures] == [(120.0, False)]


def _as_schema_1(path: Path) -> None:
    """What an older factcheck wrote: no fact columns, no durations table, schema version 1."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP TABLE durations")
        for column in ("context_only", "group_format", "ceremony", "zone_dated"):
            conn.execute(f"ALTER TABLE contacts DROP COLUMN {column}")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_a_record_of_schema_1_is_refused_with_the_command_that_upgrades_it(db_copy: Path) -> None:
    _as_schema_1(db_copy)
    with pytest.raises(RecordError, match=r"schema version 1 is older .* `factcheck db upgrade "):
        Record.open(db_copy)


def test_the_upgrade_reads_every_row_as_a_fresh_build_does(db_copy: Path, session_db: Path) -> None:
    _as_schema_1(db_copy)
    assert upgrade_record(db_copy) == 1
    assert upgrade_record(db_copy) == SCHEMA_VERSION  # a second run leaves it alone
    with Record.open(db_copy) as upgraded, Record.open(session_db) as built:
        assert upgraded.all_contacts() == built.all_contacts()
        assert sum(c.context_only for c in built.all_contacts()) > 0
        assert sum(len(c.figures) for c in built.all_contacts()) > 0


def test_verification_never_reads_a_rows_free_text() -> None:
    """The notes, topics and duration text are for people; the check reads the columns made from them."""
    found = []
    for path in sorted(VERIFY.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("notes", "topics", "duration_text"):
                found.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert not found, found
