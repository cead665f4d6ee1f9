"""Keeping the record: validation messages, adding, import/export round trips, names and offices, the
db commands, and two processes writing at once. Every test writes to a copy, never to claims.db."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.errors import RecordError
from factcheck.record import NewContact, Record, build_record, validate_new_contact
from factcheck.record.exchange import ImportRejected, export_contacts, import_contacts, write_data_dir
from factcheck.record.write import add_alias, add_country_alias, add_office, add_person, init_record

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 3, 20)
URL = "https://news.example/2026/03/leaders-call"


def call(*people: str, day: date = date(2026, 3, 12), **kw: object) -> NewContact:
    kw.setdefault("sources", (URL,))
    return NewContact(day, str(kw.pop("kind", "phone")), people, **kw)  # type: ignore[arg-type]


def messages(issues: tuple) -> list[str]:
    return [str(i) for i in issues]


@pytest.fixture
def rec(db_copy: Path):
    with Record.open(db_copy, writable=True) as r:
        yield r


# ---------------------------------------------------------------- validation


def test_a_good_contact_has_no_issues(record: Record) -> None:
    assert validate_new_contact(record, call("Putin", "Trump"), today=TODAY) == ((), ())


def test_unknown_person_gets_a_suggestion(record: Record) -> None:
    errors, _ = validate_new_contact(record, call("Puttin", "Trump"), today=TODAY)
    assert messages(errors) == ["participants: unknown person 'Puttin' — did you mean Vladimir Putin?"]
    errors, _ = validate_new_contact(record, call("Путин", "Qwerty Zxcv"), today=TODAY)
    assert messages(errors)[0].startswith("participants: unknown person 'Qwerty Zxcv' (known: putin, trump")


def test_names_resolve_through_aliases_in_any_case(record: Record) -> None:
    for names in (("Путиным", "Трампом"), ("vladimir putin", "DONALD J. TRUMP"), ("putin", "trump")):
        assert validate_new_contact(record, call(*names), today=TODAY)[0] == ()


def test_future_date_is_an_error(record: Record) -> None:
    errors, _ = validate_new_contact(record, call("putin", "trump", day=date(2026, 3, 21)), today=TODAY)
    assert messages(errors) == ["date: 2026-03-21 is in the future (today is 2026-03-20)"]


def test_field_errors(record: Record) -> None:
    bad = call(
        "putin",
        "putin",
        kind="fone",
        status="rumoured",
        confidence="certain",
        duration_min=0,
        roles=("a", "b", "c"),
        sources=("ftp://x", URL, URL),
        part_of=9999,
        id=3,
    )
    errors, warnings = validate_new_contact(record, bad, today=TODAY)
    assert messages(errors) == [
        "kind: 'fone' is not one of phone, video, in_person",
        "status: 'rumoured' is not one of confirmed, disputed",
        "confidence: 'certain' is not one of high, medium, low",
        "duration_min: 0 is not a number of minutes between 1 and 1440",
        "roles: 3 roles for 2 participants",
        "sources: 'ftp://x' is not an http(s) URL",
        "sources: the same URL is given twice",
        "participants: Vladimir Putin is named twice",
        "id: contact 3 already exists",
        "part_of: no contact 9999 in the record",
    ]
    assert warnings == ()


def test_one_person_is_not_a_contact(record: Record) -> None:
    errors, _ = validate_new_contact(record, call("putin"), today=TODAY)
    assert messages(errors) == ["participants: a contact needs at least two people"]


def test_not_in_office_is_a_warning(record: Record) -> None:
    errors, warnings = validate_new_contact(record, call("putin", "trump", day=date(2023, 5, 1)), today=TODAY)
    assert errors == ()
    assert messages(warnings) == ["participants: Donald Trump was not in office on 2023-05-01"]


def test_same_day_duplicate_is_a_warning(record: Record) -> None:
    _, warnings = validate_new_contact(record, call("Trump", "Putin", day=date(2025, 3, 18)), today=TODAY)
    assert messages(warnings) == [
        "date: the record already has contact 141 between Vladimir Putin and Donald Trump on 2025-03-18"
    ]


def test_missing_source_is_a_warning(record: Record) -> None:
    _, warnings = validate_new_contact(record, call("putin", "trump", sources=()), today=TODAY)
    assert messages(warnings) == ["sources: no source URL (every contact in the record has at least one)"]


# ---------------------------------------------------------------- adding


def test_add_contact_stores_every_field(rec: Record) -> None:
    before = rec.info.sha256
    new = call(
        "Путин",
        "Trump",
        "Macron",
        kind="video",
        roles=("President of Russia", "President of the United States"),
        duration_min=45,
        duration_text="about 45 minutes",
        location="video link",
        topics="grain corridor",
        initiator="France",
        notes="own test row",
        confidence="medium",
        sources=(URL, URL + "?2"),
    )
    added = rec.add_contact(new, today=TODAY)
    assert added.id == 191
    assert added.participants == ("putin", "trump", "macron")
    assert added.roles == ("President of Russia", "President of the United States", "")
    assert (added.kind, added.duration_min, added.duration_text, added.confidence) == (
        "video",
        45,
        "about 45 minutes",
        "medium",
    )
    assert added.sources == (URL, URL + "?2")
    assert rec.contact(191) == added
    assert rec.contacts_between(["trump"], ["macron"], date(2026, 3, 12), date(2026, 3, 12)) == (added,)
    assert rec.last_contact_date(["putin"], ["trump"]) == date(2026, 3, 12)
    assert rec.info.sha256 != before and rec.info.contacts == 191
    from factcheck.record.browse import search_contacts

    assert [c.id for c in search_contacts(rec, "grain corridor").contacts] == [191]


def test_add_contact_refuses_errors_in_one_line(rec: Record) -> None:
    with pytest.raises(RecordError) as info:
        rec.add_contact(call("Puttin", "Trump", day=date(2030, 1, 1)), today=TODAY)
    assert str(info.value) == "cannot add contact: date: 2030-01-01 is in the future (today is 2026-03-20) (and 1 more)"
    assert rec.info.contacts == 190


def test_a_read_only_record_refuses_writes(session_db: Path) -> None:
    with Record.open(session_db) as r, pytest.raises(RecordError, match="opened read-only"):
        r.add_contact(call("putin", "trump"), today=TODAY)


def test_writable_open_says_why_it_cannot_write(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.record.store as store

    monkeypatch.setattr(store.os, "access", lambda path, mode: False)
    with pytest.raises(RecordError, match=r"claims database is read-only: .*copy it and pass --db"):
        Record.open(db_copy, writable=True)


def test_writable_record_uses_wal(rec: Record) -> None:
    with rec._sql() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


# ---------------------------------------------------------------- people, names, offices


def test_new_leader_with_names_office_and_a_contact(rec: Record) -> None:
    with pytest.raises(RecordError, match=r"unknown country 'Russa' — did you mean Russia\?"):
        add_person(rec, "merz", "Friedrich Merz", "Russa")
    with pytest.raises(RecordError, match=r"unknown country 'Germany' \(known: Russia, United States, China"):
        add_person(rec, "merz", "Friedrich Merz", "Germany")
    person = add_person(rec, "merz", "Friedrich Merz", "Germany", new_country=True)
    assert person.country == "Germany"
    add_alias(rec, "merz", "Мерц")
    country, aliases = add_country_alias(rec, "Germany", "German")
    assert (country, aliases) == ("Germany", ("German",))
    office, warnings = add_office(rec, "Мерц", "german", "Chancellor of Germany", date(2025, 5, 6))
    assert office.country == "Germany" and warnings == ()
    assert rec.person("merz").aliases == ("Мерц",)  # type: ignore[union-attr]
    added = rec.add_contact(call("Мерц", "Trump", day=date(2025, 6, 5)), today=TODAY)
    assert added.participants == ("merz", "trump")
    from factcheck.check import gazetteer_for

    gaz = gazetteer_for(rec)
    assert [m.party.person_id for m in gaz.find("Мерц позвонил")] == ["merz"]
    assert gaz.leaders.holders("Germany", date(2025, 7, 1)) == ("merz",)


def test_name_conflicts_are_refused(rec: Record) -> None:
    with pytest.raises(RecordError, match="'Путин' already names Vladimir Putin"):
        add_alias(rec, "trump", "Путин")
    with pytest.raises(RecordError, match="'Путина' is already a name of Vladimir Putin"):
        add_alias(rec, "putin", "Путина")
    with pytest.raises(RecordError, match="unknown person 'Trumpp' — did you mean Donald Trump"):
        add_alias(rec, "Trumpp", "The Donald")
    with pytest.raises(RecordError, match="'США' already names United States"):
        add_country_alias(rec, "Russia", "США")
    with pytest.raises(RecordError, match="person 'putin' already exists"):
        add_person(rec, "putin", "Another Putin", "Russia")
    with pytest.raises(RecordError, match="lower-case slug"):
        add_person(rec, "Olaf Scholz", "Olaf Scholz", "Germany", new_country=True)


def test_office_checks(rec: Record) -> None:
    with pytest.raises(RecordError, match="ends .* before it starts"):
        add_office(rec, "biden", "United States", "President", date(2021, 1, 20), date(2020, 1, 1))
    _, warnings = add_office(rec, "medvedev", "Russia", "President of Russia", date(2012, 1, 1), date(2012, 6, 1))
    assert [str(w) for w in warnings] == [
        "start: overlaps the term of putin (President of the Russian Federation (3rd term; inaugurated 2012-05-07),"
        " 2012-05-07 – 2018-05-07)"
    ]


# ---------------------------------------------------------------- import and export


def test_round_trip_through_an_empty_record(tmp_path: Path, session_db: Path) -> None:
    for fmt in ("csv", "json"):
        with Record.open(session_db) as src:
            first = export_contacts(src, fmt)
        (tmp_path / f"all.{fmt}").write_text(first, encoding="utf-8")
        empty = init_record(tmp_path / f"empty-{fmt}.db", source=session_db)
        with Record.open(empty, writable=True) as dst:
            assert dst.info.contacts == 0 and len(dst.people()) == 7
            result = import_contacts(dst, tmp_path / f"all.{fmt}", today=TODAY)
            assert result.added == tuple(range(1, 191))
            assert export_contacts(dst, fmt) == first
            assert dst.all_contacts() == Record.open(session_db).all_contacts()


def test_json_export_is_one_object_per_line(session_db: Path) -> None:
    with Record.open(session_db) as rec:
        lines = export_contacts(rec, "json").splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 192
    assert json.loads(lines[3].rstrip(","))["duration_min"] == 60


def test_data_files_round_trip(tmp_path: Path, session_db: Path) -> None:
    with Record.open(session_db) as rec:
        write_data_dir(rec, tmp_path / "data")
    for f in (ROOT / "data").glob("*.csv"):
        assert (tmp_path / "data" / f.name).read_text(encoding="utf-8") == f.read_text(encoding="utf-8"), f.name
    rebuilt = build_record(tmp_path / "data", tmp_path / "again.db")
    assert rebuilt.read_bytes() == session_db.read_bytes()


CSV_HEADER = "id,date,kind,participants,roles,status,part_of,initiator,duration_min,duration_text,location,topics,sources,confidence,notes\n"


def test_import_is_all_or_nothing_and_names_each_bad_row(rec: Record, tmp_path: Path) -> None:
    path = tmp_path / "new.csv"
    path.write_text(
        CSV_HEADER
        + f",2026-03-10,phone,Putin | Trump,,,,,30,,,ceasefire,{URL},high,\n"
        + f",2026-03-11,fone,Putin | Trump,,,,,,,,,{URL},high,\n"
        + f",2026-13-01,phone,Puttin | Trump,,,,,,,,,{URL},high,\n"
        + ',2026-03-12,phone,Xi | Trump,,,,,"an hour",,,,,high,\n'
        + f"5,2026-03-13,phone,Xi | Putin,,,,,,,,,{URL},high,\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as info:
        import_contacts(rec, path, today=TODAY)
    assert info.value.problems == [
        "line 3: kind: 'fone' is not one of phone, video, in_person",
        "line 4: date: '2026-13-01' is not a date (YYYY-MM-DD)",
        "line 5: duration_min: 'an hour' is not a whole number",
        "line 6: id: contact 5 already exists",
    ]
    assert "\n" not in str(info.value) and "nothing imported" in str(info.value)
    assert rec.info.contacts == 190


def test_import_json_reports_lines_and_fields(rec: Record, tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    path.write_text(
        "[\n"
        + json.dumps({"date": "2026-03-10", "kind": "phone", "participants": ["putin", "trump"], "sources": [URL]})
        + ",\n"
        + json.dumps({"date": "2026-03-11", "kind": "phone", "participants": ["putin", "trump"], "colour": "red"})
        + ",\n"
        + "  "
        + json.dumps({"date": "2026-03-12", "kind": "video", "participants": "Putin | Си"})
        + ",\n"
        + json.dumps({"date": "2026-03-12", "kind": "video", "participants": ["Puttin", "Xi"], "part_of": "x"})
        + "\n]\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as info:
        import_contacts(rec, path, today=TODAY)
    assert info.value.problems == [
        "line 3: colour: unknown field",
        "line 5: part_of: 'x' is not a whole number",
    ]
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:2] + [lines[3].rstrip(",")] + ["]"]), encoding="utf-8")
    result = import_contacts(rec, path, today=TODAY)
    assert result.added == (191, 192)
    assert rec.contact(192).participants == ("putin", "xi")  # type: ignore[union-attr]
    assert result.warnings == ("line 3: sources: no source URL (every contact in the record has at least one)",)


def test_import_warns_about_duplicates_inside_the_file(rec: Record, tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    row = f",2026-03-10,phone,Putin | Trump,,,,,,,,,{URL},high,\n"
    path.write_text(CSV_HEADER + row + row, encoding="utf-8")
    result = import_contacts(rec, path, today=TODAY)
    assert result.warnings == (
        "line 3: date: an earlier row of this import is also between Vladimir Putin and Donald Trump on 2026-03-10",
    )


def test_import_refuses_unreadable_files(rec: Record, tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="import file not found"):
        import_contacts(rec, tmp_path / "nope.csv")
    (tmp_path / "x.txt").write_text("hello")
    with pytest.raises(RecordError, match="reads .csv or .json"):
        import_contacts(rec, tmp_path / "x.txt")
    (tmp_path / "x.json").write_text('{"date": "2020-01-01"}')
    with pytest.raises(RecordError, match="an array of contact objects"):
        import_contacts(rec, tmp_path / "x.json")
    (tmp_path / "y.json").write_text('[{"date": ')
    with pytest.raises(RecordError, match="not valid JSON"):
        import_contacts(rec, tmp_path / "y.json")


def test_init_refuses_to_overwrite_and_bare_is_empty(tmp_path: Path, session_db: Path) -> None:
    path = init_record(tmp_path / "bare.db", bare=True)
    with Record.open(path) as rec:
        assert rec.people() == () and rec.all_contacts() == ()
    with pytest.raises(RecordError, match="already exists"):
        init_record(path)


# ---------------------------------------------------------------- the db commands


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_add_and_show(capsys: pytest.CaptureFixture[str], db_copy: Path) -> None:
    code, out, err = run(
        capsys,
        "db",
        "add",
        "--date",
        "2025-03-18",
        "--kind",
        "phone",
        "--between",
        "Путин",
        "Trump",
        "--duration",
        "60",
        "--source",
        URL,
        "--topics",
        "energy infrastructure",
        "--db",
        str(db_copy),
    )
    assert code == 0
    assert out == "added contact 191: 2025-03-18 phone, Vladimir Putin – Donald Trump\n"
    assert err == (
        "factcheck: warning: date: the record already has contact 141 between Vladimir Putin and"
        " Donald Trump on 2025-03-18\n"
    )
    code, out, _ = run(capsys, "db", "show", "191", "--db", str(db_copy))
    assert code == 0 and "topics\tenergy infrastructure\n" in out and f"source 1\t{URL}\n" in out


def test_cli_add_errors(capsys: pytest.CaptureFixture[str], db_copy: Path) -> None:
    code, out, err = run(
        capsys,
        "db",
        "add",
        "--date",
        "2099-01-01",
        "--kind",
        "phone",
        "--between",
        "Puttin",
        "Trump",
        "--db",
        str(db_copy),
    )
    assert code == 2 and out == ""
    assert err.startswith("factcheck: error: cannot add contact: date: 2099-01-01 is in the future")
    assert "participants: unknown person 'Puttin' — did you mean Vladimir Putin?" in err and err.count("\n") == 1
    code, _, err = run(
        capsys,
        "db",
        "add",
        "--date",
        "18 March",
        "--kind",
        "phone",
        "--between",
        "Putin",
        "Trump",
        "--db",
        str(db_copy),
    )
    assert code == 2 and err == "factcheck: error: --date: '18 March' is not a date (YYYY-MM-DD)\n"


def test_cli_add_warns_when_out_of_office(capsys: pytest.CaptureFixture[str], db_copy: Path) -> None:
    code, _, err = run(
        capsys,
        "db",
        "add",
        "--date",
        "2023-01-05",
        "--kind",
        "phone",
        "--between",
        "Putin",
        "Trump",
        "--source",
        URL,
        "--db",
        str(db_copy),
    )
    assert code == 0 and err == "factcheck: warning: participants: Donald Trump was not in office on 2023-01-05\n"


def test_cli_list_search_stats_people(capsys: pytest.CaptureFixture[str], session_db: Path) -> None:
    db = ("--db", str(session_db))
    code, out, _ = run(capsys, "db", "list", "--between", "Байден", "Putin", "--year", "2021", *db)
    rows = out.splitlines()
    assert code == 0 and rows[0].startswith("id\tdate\tkind\tparticipants") and len(rows) == 7
    code, out, _ = run(capsys, "db", "list", "--kind", "video", "--year", "2021", *db)
    assert {line.split("\t")[2] for line in out.splitlines()[1:]} == {"video"} and len(out.splitlines()) == 6
    code, out, _ = run(capsys, "db", "search", "King", "Salman", *db)
    assert code == 0 and [line.split("\t")[0] for line in out.splitlines()[1:]] == ["71", "73"]
    code, out, _ = run(capsys, "db", "search", "zzzzunheardof", *db)
    assert code == 1 and out.splitlines() == ["id\tdate\tkind\tparticipants\tstatus\tminutes\tconfidence\tsources"]
    code, out, _ = run(capsys, "db", "stats", *db)
    assert "putin–trump\t2025\t11\t10\t1\t0" in out
    assert "putin–trump\t2017\t8\t6\t2\t1" in out  # Hamburg's dinner row is the same visit
    assert "putin–trump\t2026-03-09\t" in out and "biden–putin\t2022-02-12\t" in out
    import hashlib

    assert hashlib.sha256(session_db.read_bytes()).hexdigest() in out
    code, out, _ = run(capsys, "db", "people", *db)
    assert "zelensky\tVolodymyr Zelensky\tUkraine\t2019-05-20 – in office\t" in out


def test_cli_show_unknown_and_list_unknown_person(capsys: pytest.CaptureFixture[str], session_db: Path) -> None:
    code, _, err = run(capsys, "db", "show", "999", "--db", str(session_db))
    assert code == 2 and err.startswith("factcheck: error: no contact 999 in ")
    code, _, err = run(capsys, "db", "list", "--between", "Makron", "Putin", "--db", str(session_db))
    assert code == 2 and err == "factcheck: error: unknown person 'Makron' — did you mean Emmanuel Macron?\n"


def test_cli_import_export_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path, session_db: Path) -> None:
    out_csv = tmp_path / "all.csv"
    assert run(capsys, "db", "export", "--format", "csv", "-o", str(out_csv), "--db", str(session_db))[0] == 0
    assert run(capsys, "db", "init", str(tmp_path / "new.db"), "--from", str(session_db))[0] == 0
    code, out, _ = run(capsys, "db", "import", str(out_csv), "--db", str(tmp_path / "new.db"))
    assert code == 0 and out == "imported 190 contacts (ids 1–190)\n"
    code, out, _ = run(capsys, "db", "export", "--format", "csv", "--db", str(tmp_path / "new.db"))
    assert out == out_csv.read_text(encoding="utf-8")
    code, _, err = run(capsys, "db", "export", "--format", "csv", "-o", str(out_csv), "--db", str(session_db))
    assert code != 0 and "already exists" in err


def test_cli_import_lists_bad_rows(capsys: pytest.CaptureFixture[str], tmp_path: Path, db_copy: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV_HEADER + ",2026-03-10,phone,Putin | Nobody,,,,,,,,,,high,\n", encoding="utf-8")
    code, out, err = run(capsys, "db", "import", str(bad), "--db", str(db_copy))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"{bad}: line 2: participants: unknown person 'Nobody' (known: putin, trump, biden, xi, zelensky, macron, medvedev)",
        f"factcheck: error: {bad}: 1 problem(s) in the file, nothing imported",
    ]


def test_cli_names_and_offices(capsys: pytest.CaptureFixture[str], db_copy: Path) -> None:
    db = ("--db", str(db_copy))
    assert run(capsys, "db", "person", "add", "starmer", "Keir Starmer", "United Kingdom", "--new-country", *db)[1] == (
        "added person starmer: Keir Starmer (United Kingdom)\n"
    )
    assert (
        run(capsys, "db", "alias", "add", "starmer", "Стармер", *db)[1]
        == "added alias 'Стармер' for Keir Starmer (1 names)\n"
    )
    assert run(capsys, "db", "country-alias", "add", "United Kingdom", "British", *db)[1] == (
        "added alias 'British' for United Kingdom (1 names)\n"
    )
    code, out, _ = run(
        capsys,
        "db",
        "office",
        "add",
        "Стармер",
        "British",
        "Prime Minister of the United Kingdom",
        "2024-07-05",
        "--source",
        URL,
        *db,
    )
    assert (
        code == 0
        and out
        == "added office: starmer, Prime Minister of the United Kingdom (United Kingdom), 2024-07-05 – in office\n"
    )
    code, _, err = run(capsys, "db", "office", "add", "starmer", "UK", "PM", "5 July 2024", *db)
    assert code == 2 and err == "factcheck: error: START: '5 July 2024' is not a date (YYYY-MM-DD)\n"
    with sqlite3.connect(db_copy) as conn:
        assert conn.execute("SELECT source_urls FROM offices WHERE person_id = 'starmer'").fetchone() == (URL,)


def test_cli_build(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "db", "build", "--data", str(ROOT / "data"), "-o", str(tmp_path / "c.db"))
    assert code == 0 and err == f"factcheck: built {tmp_path / 'c.db'}\n"
    assert (tmp_path / "c.db").read_bytes() == (ROOT / "claims.db").read_bytes()
    code, _, err = run(capsys, "db", "build", "--data", str(tmp_path / "nodata"), "-o", str(tmp_path / "d.db"))
    assert code == 2 and err == f"factcheck: error: data directory not found: {tmp_path / 'nodata'}\n"


def test_rich_table_on_a_terminal(session_db: Path) -> None:
    import io

    from factcheck.record.console import print_table

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Tty()
    print_table("contacts", ("id", "date"), [(3, "2017-01-28")], out)
    text = out.getvalue()
    assert "contacts" in text and "2017-01-28" in text and "\t" not in text and ("│" in text or "┃" in text)


# ---------------------------------------------------------------- two writers at once

WRITER = """
import sys
from datetime import date
from factcheck.record import NewContact, Record
db, who, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(n):
    with Record.open(db, writable=True) as rec:
        rec.add_contact(NewContact(date(2026, 1, 1 + i), "phone", ("putin", who),
                                   sources=(f"https://news.example/{who}/{i}",)))
"""


def test_two_processes_adding_at_once_both_succeed(db_copy: Path) -> None:
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_copy), who, "15"], stderr=subprocess.PIPE, text=True)
        for who in ("trump", "xi")
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with Record.open(db_copy) as rec:
        assert rec.info.contacts == 220
        assert len(rec.contacts_between(["putin"], ["trump"], date(2026, 1, 1), date(2026, 1, 15))) == 15
        assert len(rec.contacts_between(["putin"], ["xi"], date(2026, 1, 1), date(2026, 1, 15))) == 15
        assert sorted(c.id for c in rec.all_contacts()) == list(range(1, 221))


def test_two_cli_adds_at_once(db_copy: Path) -> None:
    cmd = [sys.executable, "-m", "factcheck", "db", "add", "--kind", "phone", "--source", URL, "--db", str(db_copy)]
    procs = [
        subprocess.Popen(
            [*cmd, "--date", day, "--between", "Putin", "Xi"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for day in ("2026-01-02", "2026-01-03")
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert sorted(o[0].split(":")[0] for o in outs) == ["added contact 191", "added contact 192"]
