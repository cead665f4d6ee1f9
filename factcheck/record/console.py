"""Output of the ``factcheck db`` commands: Rich tables on a terminal, tab-separated lines otherwise.

Tab-separated output (one header line, then one line per row) is what scripts and tests read.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TextIO

from factcheck.models import Contact, Office, Person
from factcheck.safe_text import display_text

Row = Sequence[object]


def _cell(value: object) -> str:
    """A cell as text a terminal shows but never obeys: control characters (ESC, BEL, C1, bidi overrides)
    become visible stand-ins (safe_text.display_text); Rich markup is never parsed (cells are Text)."""
    return display_text("" if value is None else str(value))


def print_table(title: str, columns: Sequence[str], rows: Sequence[Row], stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    if out.isatty():
        from rich.console import Console
        from rich.table import Table

        from rich.text import Text

        table = Table(title=Text(display_text(title)), title_justify="left", show_lines=False)
        for col in columns:
            table.add_column(
                col,
                overflow="fold",
                justify="right"
                if col in ("id", "year", "contacts", "calls", "meetings", "other", "minutes", "sources")
                else "left",
            )
        for row in rows:
            table.add_row(*(Text(_cell(v)) for v in row), end_section=False)
        Console(file=out, highlight=False).print(table)
        return
    out.write("\t".join(columns) + "\n")
    for row in rows:
        out.write("\t".join(_cell(v).replace("\t", " ").replace("\n", " ") for v in row) + "\n")


def names_of(people: Sequence[Person]) -> dict[str, str]:
    return {p.id: p.name for p in people}


def contact_rows(contacts: Sequence[Contact], names: dict[str, str]) -> list[Row]:
    return [
        (
            c.id,
            c.date.isoformat(),
            c.kind,
            " – ".join(names.get(p, p) for p in c.participants),
            c.status + (f", part of {c.part_of}" if c.part_of else ""),
            c.duration_min,
            c.confidence,
            len(c.sources),
        )
        for c in contacts
    ]


CONTACT_COLUMNS = ("id", "date", "kind", "participants", "status", "minutes", "confidence", "sources")


def print_contacts(
    title: str, contacts: Sequence[Contact], people: Sequence[Person], stream: TextIO | None = None
) -> None:
    print_table(title, CONTACT_COLUMNS, contact_rows(contacts, names_of(people)), stream)


def print_contact(c: Contact, people: Sequence[Person], stream: TextIO | None = None) -> None:
    names = names_of(people)
    rows: list[Row] = [
        ("id", c.id),
        ("date", c.date.isoformat()),
        ("kind", c.kind),
        *(
            (f"participant {i}", f"{names.get(p, p)} ({p})" + (f" — {r}" if r else ""))
            for i, (p, r) in enumerate(zip(c.participants, c.roles or ("",) * len(c.participants)), start=1)
        ),
        ("status", c.status),
        ("part of", c.part_of),
        ("initiator", c.initiator),
        ("duration (min)", c.duration_min),
        ("duration as reported", c.duration_text),
        ("location", c.location),
        ("topics", c.topics),
        ("confidence", c.confidence),
        ("notes", c.notes),
        *((f"source {i}", url) for i, url in enumerate(c.sources, start=1)),
    ]
    print_table(f"contact {c.id}", ("field", "value"), rows, stream)


def print_people(people: Sequence[Person], offices: Sequence[Office], stream: TextIO | None = None) -> None:
    rows = []
    for p in people:
        terms = [o for o in offices if o.person_id == p.id]
        span = "; ".join(f"{o.start.isoformat()} – {o.end.isoformat() if o.end else 'in office'}" for o in terms)
        rows.append((p.id, p.name, p.country, span, len(p.aliases)))
    print_table("people", ("id", "name", "country", "in office", "aliases"), rows, stream)
