"""The record: claims.db built from data/ keeps every fact of the reference, and Record reads it safely."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from factcheck.errors import RecordError
from factcheck.models import Contact, Coverage, Office, Person
from factcheck.record import SCHEMA_VERSION, Record, build_record, default_db_path
from factcheck.record.schema import TABLES
from factcheck.record.store import CONTACT_COLUMNS, _pair_query, _pairs

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
REFERENCE = Path("/work/shared/reference/contacts.csv")
NAME_TO_ID = {
    "Vladimir Putin": "putin",
    "Donald Trump": "trump",
    "Joe Biden": "biden",
    "Xi Jinping": "xi",
    "Volodymyr Zelensky": "zelensky",
    "Emmanuel Macron": "macron",
    "Dmitry Medvedev": "medvedev",
}


def data_contacts() -> list[dict[str, str]]:
    with (DATA / "contacts.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_record(DATA, tmp_path_factory.mktemp("fresh") / "claims.db")


# ---------------------------------------------------------------- build


def test_committed_record_is_a_fresh_build(fresh: Path) -> None:
    assert (ROOT / "claims.db").read_bytes() == fresh.read_bytes(), (
        "claims.db is stale: run `factcheck db build --force`"
    )


def test_build_is_deterministic(tmp_path: Path, fresh: Path) -> None:
    again = build_record(DATA, tmp_path / "again.db")
    assert again.read_bytes() == fresh.read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_build_never_writes_through_a_symlink(tmp_path: Path, fresh: Path) -> None:
    """Issue #14 item 8: a link (the package's factcheck/claims.db is one) is refused, naming its target;
    the real file is built by its own name."""
    (tmp_path / "real.db").write_bytes(b"old")
    (tmp_path / "link.db").symlink_to("real.db")
    with pytest.raises(RecordError, match=r"symbolic link \(to real.db\)"):
        build_record(DATA, tmp_path / "link.db", force=True)
    assert (tmp_path / "link.db").is_symlink() and (tmp_path / "real.db").read_bytes() == b"old"
    build_record(DATA, tmp_path / "real.db", force=True)
    assert (tmp_path / "real.db").read_bytes() == fresh.read_bytes()


def test_build_reports_bad_data_with_file_and_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    text = (data / "contacts.csv").read_text(encoding="utf-8").replace("2017-01-28,phone", "2017-01-28,fone", 1)
    (data / "contacts.csv").write_text(text, encoding="utf-8")
    with pytest.raises(RecordError, match=r"data/contacts.csv line 4: kind: 'fone' is not one of"):
        build_record(data, tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()


def test_build_refuses_a_participant_who_is_not_a_person(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    with (data / "participants.csv").open("a", encoding="utf-8") as f:
        f.write("3,3,merkel,Chancellor of Germany\n")
    with pytest.raises(RecordError, match="unknown person 'merkel'"):
        build_record(data, tmp_path / "x.db")


def test_build_refuses_a_missing_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "coverage.csv").unlink()
    with pytest.raises(RecordError, match="data file missing"):
        build_record(data, tmp_path / "x.db")


# ---------------------------------------------------------------- the reference, kept whole


def test_every_reference_row_is_kept(record: Record) -> None:
    with REFERENCE.open(encoding="utf-8") as f:
        reference = list(csv.DictReader(f))
    assert len(reference) == 190
    contacts = {c.id: c for c in record.all_contacts()}
    assert len(contacts) == 190
    for row in reference:
        c = contacts[int(row["id"])]
        assert c.date == date.fromisoformat(row["date"])
        assert c.kind == row["kind"]
        assert c.participants[:2] == (NAME_TO_ID[row["person_a"]], NAME_TO_ID[row["person_b"]])
        assert c.roles[:2] == (row["role_a"], row["role_b"])
        assert c.status == row["status"]
        assert c.part_of == (int(row["part_of"]) if row["part_of"] else None)
        assert c.initiator == row["initiator"]
        assert c.duration_min == (int(row["duration_min"]) if row["duration_min"] else None)
        assert c.duration_text == row["duration_text"]
        assert c.location == row["location"]
        assert c.topics == row["topics"]
        assert c.sources == tuple(u.strip() for u in row["source_urls"].split(" | "))
        assert c.confidence == row["confidence"]
        assert c.notes == row["notes"]


def test_offices_are_kept_with_their_sources(record: Record, session_db: Path) -> None:
    with (REFERENCE.parent / "offices.csv").open(encoding="utf-8") as f:
        reference = list(csv.DictReader(f))
    offices = record.offices()
    assert len(offices) == len(reference) == 13
    for row, office in zip(reference, offices):
        assert office == Office(
            NAME_TO_ID[row["person"]],
            row["country"],
            row["office"],
            date.fromisoformat(row["start"]),
            date.fromisoformat(row["end"]) if row["end"] else None,
        )
    with sqlite3.connect(session_db) as conn:
        urls = [r[0] for r in conn.execute("SELECT source_urls FROM offices ORDER BY id")]
    assert urls == [r["source_urls"] for r in reference]


def test_group_calls_name_the_leaders_of_the_record_who_took_part(record: Record) -> None:
    (call,) = record.contacts_between(["trump"], ["macron"], date(2024, 12, 7), date(2024, 12, 7))
    assert call.participants == ("zelensky", "trump", "macron")
    assert call.roles[2] == ""  # the reference gives no role for a leader named only in the topics
    assert "TRILATERAL with Macron" in call.topics
    assert record.contacts_between(["trump"], ["zelensky"], date(2024, 12, 7), date(2024, 12, 7)) == (call,)


@pytest.mark.parametrize(
    ("a", "b", "count"),
    [
        ("putin", "trump", 40),
        ("putin", "biden", 7),
        ("trump", "xi", 33),
        ("trump", "zelensky", 28),
        ("putin", "macron", 54),
        ("putin", "xi", 28),
    ],
)
def test_the_six_pairs(record: Record, a: str, b: str, count: int) -> None:
    contacts = record.contacts_between([a], [b])
    assert len(contacts) == count
    assert record.contacts_between([b], [a]) == contacts
    assert [(c.date, c.id) for c in contacts] == sorted((c.date, c.id) for c in contacts)
    assert record.coverage(a, b) == record.coverage(b, a) != ()


def test_contacts_between_is_inclusive_and_keeps_disputed_and_same_visit_rows(record: Record) -> None:
    day = date(2025, 8, 15)
    (alaska,) = record.contacts_between(["putin"], ["trump"], day, day)
    assert alaska.kind == "in_person"
    window = record.contacts_between(["putin"], ["trump"], date(2024, 1, 1), date(2024, 12, 31))
    assert [c.status for c in window] == ["disputed"]
    assert not window[0].counted
    mar_a_lago = record.contacts_between(["xi"], ["trump"], date(2017, 4, 6), date(2017, 4, 7))
    assert [c.part_of for c in mar_a_lago] == [None, mar_a_lago[0].id]


def test_contacts_between_takes_sets_and_needs_two_different_people(record: Record) -> None:
    us = record.contacts_between(["putin"], ["trump", "biden"])
    assert len(us) == 47
    assert record.contacts_between(["putin"], ["putin"]) == ()
    assert record.contacts_between([], ["putin"]) == ()
    assert record.contacts_between(["putin", "macron"], ["macron", "putin"]) == record.contacts_between(
        ["putin"], ["macron"]
    )


def test_last_contact_date_leaves_out_disputed_rows(record: Record) -> None:
    assert record.last_contact_date(["putin"], ["trump"]) == date(2026, 3, 9)
    assert record.last_contact_date(["putin"], ["biden"]) == date(2022, 2, 12)
    assert record.last_contact_date(["medvedev"], ["trump"]) is None


def test_contact_by_id(record: Record) -> None:
    c = record.contact(3)
    assert isinstance(c, Contact) and c.date == date(2017, 1, 28) and c.duration_min == 60
    assert record.contact(100_000) is None


def test_coverage_periods(record: Record) -> None:
    macron = record.coverage("macron", "putin")
    assert [(c.start, c.end, c.complete) for c in macron] == [
        (date(2017, 5, 14), date(2021, 12, 31), False),
        (date(2022, 1, 1), date(2026, 3, 9), True),
    ]
    assert all(isinstance(c, Coverage) and c.pair == ("macron", "putin") and "NOTES" in c.note for c in macron)
    assert [c.start.year for c in record.coverage("xi", "trump")] == [2017, 2021, 2025]  # 2021-24: none (row 135)
    assert record.coverage("biden", "xi") == ()


def test_people_and_aliases(record: Record) -> None:
    people = {p.id: p for p in record.people()}
    assert set(people) == {"putin", "trump", "biden", "xi", "zelensky", "macron", "medvedev"}
    assert all(isinstance(p, Person) for p in people.values())
    for pid, aliases in {
        "putin": (
            "Putin",
            "Vladimir Putin",
            "Vladimir Vladimirovich Putin",
            "Путин",
            "Путина",
            "Путину",
            "Путиным",
            "Путине",
            "Владимир Путин",
            "Владимира Путина",
        ),
        "trump": (
            "Trump",
            "Donald Trump",
            "Donald J. Trump",
            "Трамп",
            "Трампа",
            "Трампу",
            "Трампом",
            "Трампе",
            "Дональд Трамп",
            "Дональда Трампа",
        ),
        "biden": ("Biden", "Байден", "Байдена", "Байдену", "Байденом", "Байдене"),
        "xi": ("Xi", "Xi Jinping", "Си Цзиньпин", "Председатель Си"),
        "zelensky": (
            "Zelensky",
            "Zelenskyy",
            "Zelenskiy",
            "Зеленский",
            "Зеленского",
            "Зеленскому",
            "Зеленским",
            "Зеленском",
            "Володимир Зеленський",
        ),
        "macron": ("Macron", "Emmanuel Macron", "Макрон", "Макрона", "Макрону", "Макроном", "Макроне"),
        "medvedev": ("Medvedev", "Медведев"),
    }.items():
        assert set(aliases) <= set(people[pid].aliases), pid
    owners: dict[str, str] = {}
    for p in people.values():
        for alias in p.aliases:
            assert owners.setdefault(alias, p.id) == p.id, f"{alias!r} names two people"


def test_country_aliases(record: Record) -> None:
    countries = record.country_aliases()
    assert set(countries) == {"Russia", "United States", "China", "Ukraine", "France"}
    assert {"Russia", "Russian", "Россия", "России", "российский", "российского", "РФ"} <= set(countries["Russia"])
    assert {"US", "U.S.", "USA", "American", "США", "американского"} <= set(countries["United States"])
    assert {"Chinese", "PRC", "Китай", "КНР"} <= set(countries["China"])
    assert "Kremlin" not in countries["Russia"]
    assert {p.country for p in record.people()} <= set(countries)


def test_info(record: Record, session_db: Path) -> None:
    import hashlib

    info = record.info
    assert info.contacts == 190
    assert info.sha256 == hashlib.sha256(session_db.read_bytes()).hexdigest()


def test_gazetteer_tables_are_read_once(record: Record) -> None:
    assert record.people() is record.people()
    assert record.offices() is record.offices()


# ---------------------------------------------------------------- schema


def test_schema_declares_foreign_keys_indexes_and_version(session_db: Path) -> None:
    conn = sqlite3.connect(session_db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(TABLES) <= tables and "contacts_fts" in tables
    fks = {(t, r[3], r[2], r[4]) for t in TABLES for r in conn.execute(f"PRAGMA foreign_key_list({t})")}
    assert {
        ("participants", "contact_id", "contacts", "id"),
        ("participants", "person_id", "people", "id"),
        ("sources", "contact_id", "contacts", "id"),
        ("contacts", "part_of", "contacts", "id"),
        ("aliases", "person_id", "people", "id"),
        ("offices", "person_id", "people", "id"),
        ("people", "country", "countries", "name"),
        ("country_aliases", "country", "countries", "name"),
        ("coverage", "person_a", "people", "id"),
        ("coverage", "person_b", "people", "id"),
    } <= fks
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    assert conn.execute("SELECT value FROM meta WHERE key = 'built_from'").fetchone()[0].startswith("data sha256:")
    # label columns Datasette shows for foreign keys (it picks a column named name or title)
    for table in ("people", "countries"):
        assert "name" in [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    assert conn.execute("SELECT title FROM contacts WHERE id = 3").fetchone() == (
        "2017-01-28 phone: Vladimir Putin – Donald Trump",
    )


def test_contacts_between_uses_indexes_only(session_db: Path) -> None:
    conn = sqlite3.connect(session_db)
    for a, b in ((["putin"], ["trump"]), (["putin", "medvedev"], ["trump", "biden"])):
        ids, params = _pair_query(_pairs(a, b), "2017-01-01", "2026-12-31")
        sql = f"SELECT {CONTACT_COLUMNS} FROM contacts WHERE id IN ({ids}) ORDER BY date, id"
        plan = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        assert plan and not [p for p in plan if p.startswith("SCAN")], plan
        assert any("contact_pairs USING PRIMARY KEY" in p for p in plan)
        hydrate = "SELECT contact_id, person_id, role FROM participants WHERE contact_id IN (?, ?) ORDER BY contact_id, position"
        assert not [r for r in conn.execute(f"EXPLAIN QUERY PLAN {hydrate}", (1, 2)) if r[3].startswith("SCAN")]


def test_pair_index_follows_participant_changes(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("INSERT INTO participants (contact_id, position, person_id, role) VALUES (3, 3, 'medvedev', '')")
    conn.execute("UPDATE contacts SET date = '2017-01-29' WHERE id = 3")
    conn.commit()
    with Record.open(db_copy) as rec:
        (c,) = rec.contacts_between(["medvedev"], ["trump"])
        assert c.id == 3 and c.date == date(2017, 1, 29)
    conn.execute("DELETE FROM participants WHERE contact_id = 3 AND person_id = 'medvedev'")
    conn.commit()
    with Record.open(db_copy) as rec:
        assert rec.contacts_between(["medvedev"], ["putin"]) == ()


def test_full_text_index(session_db: Path) -> None:
    conn = sqlite3.connect(session_db)
    hits = {r[0] for r in conn.execute("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH 'Salman'")}
    assert hits == {71, 73}


# ---------------------------------------------------------------- opening what is not a record


def one_line_error(path: Path | str | None) -> str:
    with pytest.raises(RecordError) as info:
        Record.open(path)
    message = str(info.value)
    assert "\n" not in message and message
    return message


def test_open_missing(tmp_path: Path) -> None:
    assert "not found" in one_line_error(tmp_path / "nope.db")


def test_open_directory(tmp_path: Path) -> None:
    assert "not a file" in one_line_error(tmp_path)


def test_open_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("date,kind\n2020-01-01,phone\n" * 20)
    assert "not a SQLite database" in one_line_error(path)


def test_open_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    assert "empty file" in one_line_error(path)


def test_open_truncated(tmp_path: Path, session_db: Path) -> None:
    path = tmp_path / "cut.db"
    path.write_bytes(session_db.read_bytes()[:20_000])
    assert "truncated" in one_line_error(path)


def test_open_corrupt_pages(tmp_path: Path, session_db: Path) -> None:
    raw = bytearray(session_db.read_bytes())
    raw[4096 : len(raw)] = b"\xff" * (len(raw) - 4096)  # header intact, every page after the first garbage
    path = tmp_path / "corrupt.db"
    path.write_bytes(bytes(raw))
    with pytest.raises(RecordError) as info:
        with Record.open(path) as rec:
            rec.all_contacts()
    message = str(info.value)
    assert "\n" not in message and ("corrupt" in message or "cannot be read" in message)


def test_open_foreign_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    assert "not a factcheck claims database (no meta table)" in one_line_error(path)


def test_open_newer_schema(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    message = one_line_error(db_copy)
    assert f"schema version {SCHEMA_VERSION + 1} is newer" in message and "upgrade factcheck" in message


def test_open_unknown_schema(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as conn:
        conn.execute("UPDATE meta SET value = 'banana' WHERE key = 'schema_version'")
    assert "unknown schema version 'banana'" in one_line_error(db_copy)


def test_open_locked(db_copy: Path) -> None:
    holder = sqlite3.connect(db_copy, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(RecordError, match="locked by another process"):
            Record.open(db_copy, timeout=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_open_writable_refuses_a_read_only_file(db_copy: Path) -> None:
    db_copy.chmod(0o444)
    try:
        if os.access(db_copy, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with pytest.raises(RecordError, match="read-only"):
            Record.open(db_copy, writable=True)
    finally:
        db_copy.chmod(0o644)


def test_default_path_is_the_bundled_record() -> None:
    path = default_db_path()
    assert path.name == "claims.db" and path.resolve() == (ROOT / "claims.db").resolve()
    with Record.open() as rec:
        assert rec.info.contacts == 190
