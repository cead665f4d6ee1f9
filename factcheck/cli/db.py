"""``factcheck db``: build, inspect and keep the record of contacts (claims.db).

Each verb is a thin shell over ``factcheck.record``; the record's modules are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.cli.options import add_max_size
from factcheck.errors import InputError

if TYPE_CHECKING:
    from datetime import date


# ---------------------------------------------------------------- db (the record)


def _db_date(text: str, option: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


def _db_warn(lines: Sequence[object]) -> None:
    from factcheck.safe_text import display_text

    for line in lines:
        print(f"factcheck: warning: {display_text(str(line))}", file=sys.stderr)


def cmd_db_build(args: argparse.Namespace) -> int:
    from factcheck.record import build_record

    path = build_record(args.data, args.output, force=args.force)
    print(f"factcheck: built {path}", file=sys.stderr)
    return 0


def cmd_db_stats(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.browse import last_contacts, pair_years
    from factcheck.record.console import print_table

    with Record.open(args.db) as rec:
        rows = [(f"{y.pair[0]}–{y.pair[1]}", y.year, y.counted, y.calls, y.meetings, y.other) for y in pair_years(rec)]
        print_table(
            "contacts per pair per year (other: disputed or same visit, not counted)",
            ("pair", "year", "contacts", "calls", "meetings", "other"),
            rows,
        )
        print()
        last = [(f"{x.pair[0]}–{x.pair[1]}", x.date.isoformat(), x.contact_id) for x in last_contacts(rec)]
        print_table("last contact per pair", ("pair", "date", "id"), last)
        print()
        info = rec.info
        print_table("record", ("path", "contacts", "sha256"), [(info.path, info.contacts, info.sha256)])
    return 0


def cmd_db_list(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.browse import list_contacts
    from factcheck.record.console import print_contacts

    with Record.open(args.db) as rec:
        found = list_contacts(rec, between=args.between, year=args.year, kind=args.kind)
        print_contacts(f"{len(found)} contacts", found, rec.people())
    return 0


def cmd_db_search(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.browse import search_contacts
    from factcheck.record.console import print_contacts

    text = " ".join(args.text)
    if args.limit < 0:
        raise InputError(f"--limit {args.limit}: give a number of contacts (0: all)")
    with Record.open(args.db) as rec:
        found = search_contacts(rec, text, limit=args.limit or None)
        shown = len(found.contacts)
        title = f"{shown} of {found.total}" if found.truncated else f"{shown}"
        print_contacts(f"{title} contacts mention {text!r}", found.contacts, rec.people())
    if found.truncated:
        print(
            f"factcheck: showing the first {shown} of {found.total} matches (pass --limit 0 for all)", file=sys.stderr
        )
    return 0 if found.contacts else 1


def cmd_db_show(args: argparse.Namespace) -> int:
    from factcheck.errors import RecordError
    from factcheck.record import Record
    from factcheck.record.console import print_contact

    with Record.open(args.db) as rec:
        contact = rec.contact(args.id)
        if contact is None:
            raise RecordError(f"no contact {args.id} in {rec.path}")
        print_contact(contact, rec.people())
    return 0


def cmd_db_add(args: argparse.Namespace) -> int:
    from factcheck.errors import RecordError
    from factcheck.record import NewContact, Record

    new = NewContact(
        date=_db_date(args.date, "--date"),
        kind=args.kind,
        participants=tuple(args.between),
        roles=tuple(args.role),
        status=args.status,
        part_of=args.part_of,
        initiator=args.initiator,
        duration_min=args.duration,
        duration_text=args.duration_text,
        location=args.location,
        topics=args.topics,
        sources=tuple(args.source),
        confidence=args.confidence,
        notes=args.notes,
    )
    with Record.open(args.db, writable=True) as rec:
        errors, warnings = rec.validate_new_contact(new)
        if errors:
            raise RecordError("cannot add contact: " + "; ".join(str(e) for e in errors))
        _db_warn(warnings)
        contact = rec.add_contact(new)
        names = {p.id: p.name for p in rec.people()}
    from factcheck.safe_text import display_text

    print(
        display_text(
            f"added contact {contact.id}: {contact.date.isoformat()} {contact.kind},"
            f" {' – '.join(names[p] for p in contact.participants)}"
        )
    )
    return 0


def cmd_db_import(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.exchange import ImportRejected, import_contacts

    with Record.open(args.db, writable=True) as rec:
        try:
            result = import_contacts(rec, args.file, max_bytes=args.max_size)
        except ImportRejected as exc:
            from factcheck.safe_text import display_text

            for line in exc.problems:
                print(display_text(f"{args.file}: {line}"), file=sys.stderr)
            raise
    _db_warn([f"{args.file}: {w}" for w in result.warnings])
    ids = result.added
    print(f"imported {len(ids)} contacts" + (f" (ids {ids[0]}–{ids[-1]})" if ids else ""))
    return 0


def cmd_db_export(args: argparse.Namespace) -> int:
    from factcheck.errors import InputError
    from factcheck.record import Record
    from factcheck.record.exchange import export_contacts, write_data_dir

    with Record.open(args.db) as rec:
        if args.format == "data":
            if not args.output:
                raise InputError("--format data needs -o DIR (e.g. -o data)")
            files = write_data_dir(rec, args.output)
            print(f"factcheck: wrote {len(files)} files to {args.output}", file=sys.stderr)
            return 0
        text = export_contacts(rec, args.format)
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return 0
    from factcheck.report.output import write_report

    written = write_report(args.output, text, args.force, inputs=(("the claims database", rec.path),))
    print(f"factcheck: wrote {written}", file=sys.stderr)
    return 0


def cmd_db_init(args: argparse.Namespace) -> int:
    from factcheck.record.write import init_record

    path = init_record(args.path, source=args.source, bare=args.bare, force=args.force)
    print(
        f"factcheck: created {path}" + (" (no people)" if args.bare else " (people, offices and names; no contacts)"),
        file=sys.stderr,
    )
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from factcheck.record.schema import SCHEMA_VERSION
    from factcheck.record.write import upgrade_record

    was = upgrade_record(args.path)
    done = "already at" if was == SCHEMA_VERSION else f"upgraded from schema {was} to"
    print(f"factcheck: {args.path}: {done} schema {SCHEMA_VERSION}", file=sys.stderr)
    return 0


def cmd_db_people(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.console import print_people

    with Record.open(args.db) as rec:
        print_people(rec.people(), rec.offices())
    return 0


def cmd_db_person_add(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.write import add_person

    with Record.open(args.db, writable=True) as rec:
        person = add_person(rec, args.id, args.name, args.country, new_country=args.new_country)
    print(f"added person {person.id}: {person.name} ({person.country})")
    return 0


def cmd_db_alias_add(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.write import add_alias

    with Record.open(args.db, writable=True) as rec:
        person = add_alias(rec, args.person, args.alias)
    print(f"added alias {args.alias.strip()!r} for {person.name} ({len(person.aliases)} names)")
    return 0


def cmd_db_office_add(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.write import add_office

    start = _db_date(args.start, "START")
    end = _db_date(args.end, "END") if args.end else None
    with Record.open(args.db, writable=True) as rec:
        office, warnings = add_office(rec, args.person, args.country, args.title, start, end, " | ".join(args.source))
    _db_warn(warnings)
    print(
        f"added office: {office.person_id}, {office.title} ({office.country}),"
        f" {office.start.isoformat()} – {office.end.isoformat() if office.end else 'in office'}"
    )
    return 0


def cmd_db_coverage_add(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.write import add_coverage

    start, end = _db_date(args.start, "START"), _db_date(args.end, "END")
    with Record.open(args.db, writable=True) as rec:
        cov = add_coverage(rec, args.a, args.b, start, end, complete=not args.incomplete, note=args.note)
    print(
        f"added coverage {cov.pair[0]}–{cov.pair[1]} {cov.start.isoformat()} … {cov.end.isoformat()}"
        f" ({'complete' if cov.complete else 'incomplete'})"
    )
    return 0


def cmd_db_country_alias_add(args: argparse.Namespace) -> int:
    from factcheck.record import Record
    from factcheck.record.write import add_country_alias

    with Record.open(args.db, writable=True) as rec:
        country, aliases = add_country_alias(rec, args.country, args.alias)
    print(f"added alias {args.alias.strip()!r} for {country} ({len(aliases)} names)")
    return 0


def add_db(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from factcheck.record.schema import CONFIDENCES, KINDS, STATUSES

    p = sub.add_parser("db", help="build, inspect and keep the record of contacts (claims.db)")
    verbs = p.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    read_db = "claims database (default: the bundled claims.db)"
    write_db = "claims database to change; it must be writable (default: the bundled claims.db)"

    b = verbs.add_parser("build", help="build claims.db from the CSV files in data/ (deterministic, atomic)")
    b.add_argument("--data", metavar="DIR", default="data", help="directory of CSV files (default: data)")
    b.add_argument("-o", "--output", metavar="PATH", default="claims.db", help="database to write (default: claims.db)")
    b.add_argument("--force", action="store_true", help="replace an existing database file")
    b.set_defaults(handler=cmd_db_build)

    s = verbs.add_parser("stats", help="contacts per pair per year, last contact per pair, the record's sha256")
    s.add_argument("--db", metavar="PATH", help=read_db)
    s.set_defaults(handler=cmd_db_stats)

    ls = verbs.add_parser("list", help="list contacts, optionally of one pair, year or kind")
    ls.add_argument("--between", nargs=2, metavar=("A", "B"), help="two people (ids, names or aliases)")
    ls.add_argument("--year", type=int, metavar="YYYY")
    ls.add_argument("--kind", choices=KINDS)
    ls.add_argument("--db", metavar="PATH", help=read_db)
    ls.set_defaults(handler=cmd_db_list)

    se = verbs.add_parser("search", help="full-text search of topics, locations and notes (exit 1: nothing found)")
    se.add_argument("text", nargs="+", metavar="WORD")
    se.add_argument("--limit", type=int, default=200, metavar="N", help="show at most N contacts (default 200; 0: all)")
    se.add_argument("--db", metavar="PATH", help=read_db)
    se.set_defaults(handler=cmd_db_search)

    sh = verbs.add_parser("show", help="every field of one contact, with its sources")
    sh.add_argument("id", type=int, metavar="ID")
    sh.add_argument("--db", metavar="PATH", help=read_db)
    sh.set_defaults(handler=cmd_db_show)

    a = verbs.add_parser("add", help="add a contact, checked first (unknown names, future dates, office, duplicates)")
    a.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="local date of the contact")
    a.add_argument("--kind", required=True, choices=KINDS)
    a.add_argument(
        "--between", required=True, nargs="+", metavar="PERSON", help="two (or more) people: ids, names or aliases"
    )
    a.add_argument(
        "--role", action="append", default=[], metavar="TEXT", help="office each held, as reported (repeat, in order)"
    )
    a.add_argument("--duration", type=int, metavar="MINUTES", help="nominal length from the most official source")
    a.add_argument("--duration-text", default="", metavar="TEXT", help="the wording(s) of the duration as reported")
    a.add_argument("--source", action="append", default=[], metavar="URL", help="page reporting it (repeat)")
    a.add_argument("--location", default="", metavar="TEXT")
    a.add_argument("--topics", default="", metavar="TEXT")
    a.add_argument("--initiator", default="", metavar="TEXT")
    a.add_argument("--notes", default="", metavar="TEXT")
    a.add_argument("--status", choices=STATUSES, default="confirmed")
    a.add_argument("--confidence", choices=CONFIDENCES, default="high")
    a.add_argument("--part-of", type=int, metavar="ID", help="main row of the same visit")
    a.add_argument("--db", metavar="PATH", help=write_db)
    a.set_defaults(handler=cmd_db_add)

    i = verbs.add_parser("import", help="add every contact of a CSV or JSON file (as written by db export), or none")
    i.add_argument("file", metavar="FILE.csv|FILE.json")
    i.add_argument("--db", metavar="PATH", help=write_db)
    add_max_size(i, 64, "an import file")
    i.set_defaults(handler=cmd_db_import)

    e = verbs.add_parser(
        "export", help="write every contact as CSV or JSON (re-importable), or the record as data/ files"
    )
    e.add_argument("--format", choices=("csv", "json", "data"), default="csv")
    e.add_argument(
        "-o", "--output", metavar="PATH", help="file (default: standard output), or directory for --format data"
    )
    e.add_argument("--force", action="store_true", help="overwrite an existing output file")
    e.add_argument("--db", metavar="PATH", help=read_db)
    e.set_defaults(handler=cmd_db_export)

    u = verbs.add_parser("upgrade", help="bring a record written by an older factcheck to this schema, in place")
    u.add_argument("path", metavar="PATH")
    u.set_defaults(handler=cmd_db_upgrade)

    n = verbs.add_parser(
        "init", help="create a record with no contacts (people, offices and names copied unless --bare)"
    )
    n.add_argument("path", metavar="PATH")
    n.add_argument(
        "--from",
        dest="source",
        metavar="DB",
        help="copy people, names and offices from DB (default: the bundled record)",
    )
    n.add_argument("--bare", action="store_true", help="copy nothing: tables only")
    n.add_argument("--force", action="store_true", help="replace an existing file")
    n.set_defaults(handler=cmd_db_init)

    pe = verbs.add_parser("people", help="people in the record, their terms of office and number of names")
    pe.add_argument("--db", metavar="PATH", help=read_db)
    pe.set_defaults(handler=cmd_db_people)

    for noun, help_text, args, handler in (
        ("person", "add a person", (("id", "ID"), ("name", "NAME"), ("country", "COUNTRY")), cmd_db_person_add),
        (
            "alias",
            "add a name by which articles call a person",
            (("person", "PERSON"), ("alias", "ALIAS")),
            cmd_db_alias_add,
        ),
        (
            "office",
            "add a term of office",
            (("person", "PERSON"), ("country", "COUNTRY"), ("title", "TITLE"), ("start", "START")),
            cmd_db_office_add,
        ),
        (
            "country-alias",
            "add a word naming a country or its leader's role (name or adjective)",
            (("country", "COUNTRY"), ("alias", "ALIAS")),
            cmd_db_country_alias_add,
        ),
        (
            "coverage",
            "declare a period over which the record holds every contact of a pair",
            (("a", "A"), ("b", "B"), ("start", "START"), ("end", "END")),
            cmd_db_coverage_add,
        ),
    ):
        group = verbs.add_parser(noun, help=help_text).add_subparsers(dest="db_verb", metavar="add", required=True)
        q = group.add_parser("add", help=help_text)
        for dest, metavar in args:
            q.add_argument(dest, metavar=metavar)
        if noun == "office":
            q.add_argument(
                "end", nargs="?", metavar="END", help="last day + 1 (the successor's inauguration); omit if in office"
            )
            q.add_argument("--source", action="append", default=[], metavar="URL", help="page reporting it (repeat)")
        if noun == "person":
            q.add_argument(
                "--new-country", action="store_true", help="add COUNTRY to the record if it is not there yet"
            )
        if noun == "coverage":
            q.add_argument(
                "--incomplete", action="store_true", help="the record holds only some contacts of that period"
            )
            q.add_argument("--note", default="", metavar="TEXT", help="why the period is (in)complete, with sources")
        q.add_argument("--db", metavar="PATH", help=write_db)
        q.set_defaults(handler=handler)
