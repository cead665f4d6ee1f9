"""Checking a new contact before it enters the record: errors block it, warnings are shown.

The CLI (``factcheck db add``/``db import``) and the review app use the same call::

    new = NewContact(date(2025, 3, 18), "phone", ("Putin", "Trump"), sources=("https://…",))
    errors, warnings = validate_new_contact(record, new)      # tuples of Issue(field, message)
    if not errors:
        contact = record.add_contact(new)                     # validates again, writes, returns a Contact

People are named by id, display name or any alias (case-insensitive); an unknown name gets a
suggestion ("unknown person 'Puttin' — did you mean Vladimir Putin?").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from factcheck.models import Person
from factcheck.record.schema import CONFIDENCES, KINDS, STATUSES

MAX_ID = 2**63 - 1  # SQLite's largest integer

if TYPE_CHECKING:
    from factcheck.record.store import Record


@dataclass(frozen=True, slots=True)
class NewContact:
    """A contact to add. ``participants`` are as typed: ids, names or aliases of people in the record."""

    date: date
    kind: str
    participants: tuple[str, ...]
    roles: tuple[str, ...] = ()  # the office each held, as reported (same order; may be shorter or empty)
    status: str = "confirmed"
    part_of: int | None = None
    initiator: str = ""
    duration_min: int | None = None
    duration_text: str = ""
    location: str = ""
    topics: str = ""
    sources: tuple[str, ...] = ()
    confidence: str = "high"
    notes: str = ""
    id: int | None = None  # None: the next free id (an import keeps the ids of its file)


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with a new row: the field it concerns and a one-line message."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def _names(people: tuple[Person, ...]) -> dict[str, Person]:
    """Every way of naming a person, lower-cased: id, display name, aliases."""
    out: dict[str, Person] = {}
    for p in people:
        for name in (p.id, p.name, *p.aliases):
            out.setdefault(name.strip().lower(), p)
    return out


def resolve_person(people: tuple[Person, ...], text: str) -> Person | None:
    """The person ``text`` names exactly (id, name or alias, case-insensitive), or None."""
    return _names(people).get(text.strip().lower())


def suggest_person(people: tuple[Person, ...], text: str) -> Person | None:
    """The person ``text`` most likely misspells, if any name is close enough."""
    from rapidfuzz import fuzz, process

    names = _names(people)
    hit = process.extractOne(text.strip().lower(), list(names), scorer=fuzz.WRatio, score_cutoff=75)
    return names[hit[0]] if hit else None


def unknown_person(people: tuple[Person, ...], text: str) -> str:
    """The message for a name that resolves to no one, with a suggestion where one is close."""
    guess = suggest_person(people, text)
    hint = f" — did you mean {guess.name}?" if guess else f" (known: {', '.join(p.id for p in people)})"
    return f"unknown person {text!r}{hint}"


def resolve_participants(people: tuple[Person, ...], names: tuple[str, ...]) -> tuple[list[str], list[Issue]]:
    """Person ids for the names given, and an Issue for each name that is unknown or repeated."""
    ids: list[str] = []
    issues: list[Issue] = []
    for text in names:
        person = resolve_person(people, text)
        if person is None:
            issues.append(Issue("participants", unknown_person(people, text)))
        elif person.id in ids:
            issues.append(Issue("participants", f"{person.name} is named twice"))
        else:
            ids.append(person.id)
    if len(names) < 2:
        issues.append(Issue("participants", "a contact needs at least two people"))
    return ids, issues


def _field_errors(new: NewContact, today: date) -> list[Issue]:
    errors: list[Issue] = []
    if new.date > today:
        errors.append(Issue("date", f"{new.date.isoformat()} is in the future (today is {today.isoformat()})"))
    for field, value, allowed in (
        ("kind", new.kind, KINDS),
        ("status", new.status, STATUSES),
        ("confidence", new.confidence, CONFIDENCES),
    ):
        if value not in allowed:
            errors.append(Issue(field, f"{value!r} is not one of {', '.join(allowed)}"))
    if new.duration_min is not None and not 0 < new.duration_min <= 24 * 60:
        errors.append(Issue("duration_min", f"{new.duration_min} is not a number of minutes between 1 and 1440"))
    if len(new.roles) > len(new.participants):
        errors.append(Issue("roles", f"{len(new.roles)} roles for {len(new.participants)} participants"))
    for role in new.roles:
        if "|" in role:
            errors.append(Issue("roles", f"{role!r} contains '|', which separates roles in CSV files"))
    for url in new.sources:
        if not url.startswith(("http://", "https://")) or any(c.isspace() for c in url) or "|" in url:
            errors.append(Issue("sources", f"{url!r} is not an http(s) URL"))
    if len(set(new.sources)) < len(new.sources):
        errors.append(Issue("sources", "the same URL is given twice"))
    for field, number in (("id", new.id), ("part_of", new.part_of)):
        if number is not None and not 1 <= number <= MAX_ID:
            errors.append(Issue(field, f"{number} is not a contact id (a whole number from 1 to {MAX_ID})"))
    if new.part_of is not None and new.part_of == new.id:
        errors.append(Issue("part_of", "a contact cannot be part of itself"))
    return errors


def _part_of_errors(
    record: Record, new: NewContact, batch_ids: frozenset[int], batch_part_of: dict[int, int | None] | None
) -> list[Issue]:
    """``part_of`` names the main row of a visit: an existing contact (or one of the same import) that is
    not itself part of another, so no chain or cycle of rows can form (their days would never count)."""
    target = new.part_of
    assert target is not None
    if target in batch_ids:
        parent = (batch_part_of or {}).get(target)
    else:
        main = record.contact(target)
        if main is None:
            return [Issue("part_of", f"no contact {target} in the record")]
        parent = main.part_of
    if parent is not None:
        return [Issue("part_of", f"contact {target} is itself part of {parent}; name the main row ({parent})")]
    return []


def _office_warnings(record: Record, ids: list[str], day: date) -> list[Issue]:
    warnings = []
    for pid in ids:
        person = record.person(pid)
        offices = [o for o in record.offices() if o.person_id == pid]
        name = person.name if person else pid
        if not offices:
            warnings.append(Issue("participants", f"{name} holds no office in the record"))
        elif not any(o.holds(day) for o in offices):
            warnings.append(Issue("participants", f"{name} was not in office on {day.isoformat()}"))
    return warnings


def validate_new_contact(
    record: Record,
    new: NewContact,
    *,
    today: date | None = None,
    earlier: tuple[NewContact, ...] = (),
    batch_ids: frozenset[int] = frozenset(),
    batch_part_of: dict[int, int | None] | None = None,
) -> tuple[tuple[Issue, ...], tuple[Issue, ...]]:
    """(errors, warnings) for adding ``new`` to ``record``; errors block the row, warnings do not.

    For an import: ``earlier`` are the file's rows before this one (ids and same-day duplicates inside the
    file are checked against them) and ``batch_ids`` every id the file gives (``part_of`` may name one);
    ``batch_part_of`` maps those ids to their own ``part_of``, so a row can only join a main row.
    """
    today = today or date.today()
    errors = _field_errors(new, today)
    people = record.people()
    ids, issues = resolve_participants(people, new.participants)
    errors += issues
    if new.id is not None and (any(e.id == new.id for e in earlier) or record.contact(new.id) is not None):
        errors.append(Issue("id", f"contact {new.id} already exists"))
    if new.part_of is not None and new.part_of != new.id and not any(e.field == "part_of" for e in errors):
        errors += _part_of_errors(record, new, batch_ids, batch_part_of)
    if errors:
        return tuple(errors), ()
    warnings = _office_warnings(record, ids, new.date)
    names = {p.id: p.name for p in people}
    for other in record.contacts_between(ids, ids, new.date, new.date):
        both = [p for p in other.participants if p in ids]
        if len(both) >= 2:
            warnings.append(
                Issue(
                    "date",
                    f"the record already has contact {other.id} between"
                    f" {' and '.join(names[p] for p in both)} on {new.date.isoformat()}",
                )
            )
    for row in (e for e in earlier if e.date == new.date):
        theirs, _ = resolve_participants(people, row.participants)
        both = [p for p in ids if p in theirs]
        if len(both) >= 2:
            warnings.append(
                Issue(
                    "date",
                    f"an earlier row of this import is also between"
                    f" {' and '.join(names[p] for p in both)} on {new.date.isoformat()}",
                )
            )
    if not new.sources:
        warnings.append(Issue("sources", "no source URL (every contact in the record has at least one)"))
    return tuple(errors), tuple(warnings)
