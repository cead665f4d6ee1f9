"""A contact an article reports and the record lacks, drafted as a row for the record (no Textual here).

The review app's "record: add contact from claim" starts from ``draft_contact``: the claim's date, the
kind its wording names, its two people (a role such as "the Russian president" resolved to whoever held
the office that day), the length from a duration claim about the same contact in the same article, and
the article as the source. ``lacks_contact`` says when that is offered on a key: an event claim the
record has no row for on its date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING

from factcheck.safe_text import clean_stored
from factcheck.models import (
    ALL_KINDS,
    CheckResult,
    Claim,
    ClaimKind,
    ContactKind,
    Finding,
    Office,
    Party,
    Person,
    Verdict,
)
from factcheck.queries import EventQuery
from factcheck.record.validate import Issue, NewContact, resolve_person, validate_new_contact

if TYPE_CHECKING:
    from factcheck.record import Record

#: The order kinds are offered in; the first the claim's wording admits is the one prefilled
#: ("call" admits phone or video, "spoke"/"conversation" any kind: phone first, as most such contacts are).
KIND_ORDER: tuple[str, ...] = tuple(k.value for k in ContactKind)

_TERM_NOTE = re.compile(r"\s*\(.*\)\s*$")  # "President of Russia (5th term; …)" → "President of Russia"


def kind_choices(claim: Claim) -> tuple[str, ...]:
    """Every kind, those the claim's wording admits first (in KIND_ORDER), so the first is the default."""
    admitted = claim.contact_kinds or ALL_KINDS
    return tuple(k for k in KIND_ORDER if k in admitted) + tuple(k for k in KIND_ORDER if k not in admitted)


def lacks_contact(finding: Finding) -> bool:
    """An event claim whose contact the record has no row for on the claimed date (of any kind).

    True for "not in the record yet", "the record is incomplete …" without a row that day, and
    "… has no call on that date"; False when a row that day was found (supported, another kind, disputed).
    """
    claim = finding.claim
    q = claim.query
    if not isinstance(q, EventQuery) or finding.verdict is Verdict.SUPPORTED or claim.anchor is None:
        return False
    hi = q.hi or claim.anchor
    return not any(claim.anchor <= e.contact.date <= hi for e in finding.evidence)


def office_on(offices: Sequence[Office], person_id: str, day: date) -> Office | None:
    return next((o for o in offices if o.person_id == person_id and o.holds(day)), None)


def role_title(office: Office | None) -> str:
    """The office as a role ("President of the Russian Federation"), without the record's term notes."""
    return _TERM_NOTE.sub("", office.title) if office else ""


def party_person(party: Party, people: dict[str, Person], offices: Sequence[Office], day: date | None) -> Person | None:
    """The person a party names: by id, or (for a role such as "the French president") the holder that day."""
    if party.person_id:
        return people.get(party.person_id)
    if party.country and day is not None:
        holder = next((o.person_id for o in offices if o.country == party.country and o.holds(day)), None)
        return people.get(holder) if holder else None
    return None


def roles_for(record: Record, names: Sequence[str], day: date) -> tuple[str, ...]:
    """The office each named person held on ``day`` ("" for none or an unknown name), trailing blanks cut."""
    people, offices = record.people(), record.offices()
    roles = []
    for name in names:
        person = resolve_person(people, name)
        roles.append(role_title(office_on(offices, person.id, day)) if person else "")
    while roles and not roles[-1]:
        roles.pop()
    return tuple(roles)


def _same_contact(
    claim: Claim, other: Claim, ids: set[str], people: dict[str, Person], offices: Sequence[Office]
) -> bool:
    if other.kind is not ClaimKind.DURATION or other.anchor != claim.anchor or not isinstance(other.value, int | float):
        return False
    theirs = {p.id for party in other.parties if (p := party_person(party, people, offices, other.anchor))}
    return not theirs or theirs == ids


def duration_of(result: CheckResult, finding: Finding, record: Record) -> tuple[int | None, str]:
    """(minutes, wording) from the article's duration claim about the same contact, if it makes one."""
    claim = finding.claim
    if claim.anchor is None:
        return None, ""
    people = {p.id: p for p in record.people()}
    offices = record.offices()
    ids = {p.id for party in claim.parties if (p := party_person(party, people, offices, claim.anchor))}
    for other in (f.claim for f in result.findings):
        if _same_contact(claim, other, ids, people, offices):
            return max(1, round(float(other.value))), " ".join(other.quote.split())  # type: ignore[arg-type]  # _same_contact: a number
    return None, ""


def draft_contact(result: CheckResult, finding: Finding, record: Record, *, today: date) -> NewContact:
    """The row the article reports for ``finding``'s contact, ready to be checked and edited.

    People are given by display name (the form shows them; the record resolves names and aliases);
    the date falls back to the article's publication date, then ``today``, for a claim without one.
    """
    claim = finding.claim
    article = result.article
    day = claim.anchor or article.published or today
    people = {p.id: p for p in record.people()}
    offices = record.offices()
    names: list[str] = []
    for party in claim.parties:
        person = party_person(party, people, offices, day)
        name = person.name if person else party.label
        if name and name not in names:
            names.append(name)
    minutes, wording = duration_of(result, finding, record)
    return NewContact(
        date=day,
        kind=kind_choices(claim)[0],
        participants=tuple(names),
        roles=roles_for(record, names, day),
        duration_min=minutes,
        duration_text=wording,
        sources=(article.url or article.path,),
        notes=f"added from {' '.join((article.title or article.path).split())} by reviewer",
    )


# ---------------------------------------------------------------- the form's fields, as typed


@dataclass(frozen=True, slots=True)
class ContactForm:
    """The add-contact form's fields as text, as the reviewer sees and edits them."""

    date: str
    kind: str
    participants: tuple[str, ...]
    duration_min: str = ""
    duration_text: str = ""
    source: str = ""
    location: str = ""
    topics: str = ""
    notes: str = ""

    @classmethod
    def of(cls, new: NewContact) -> ContactForm:
        return cls(
            date=new.date.isoformat(),
            kind=new.kind,
            participants=new.participants,
            duration_min="" if new.duration_min is None else str(new.duration_min),
            duration_text=new.duration_text,
            source=" ".join(new.sources),
            location=new.location,
            topics=new.topics,
            notes=new.notes,
        )


def parse_form(form: ContactForm) -> tuple[NewContact | None, tuple[Issue, ...]]:
    """The row the form describes (roles not yet filled in), or the fields that cannot be read. Typed or
    pasted text is stored clean (``clean_stored``: no control character reaches the record)."""
    texts = {f.name: clean_stored(getattr(form, f.name)) for f in fields(form) if f.name != "participants"}
    form = replace(form, participants=tuple(clean_stored(p) for p in form.participants), **texts)
    issues: list[Issue] = []
    try:
        day = date.fromisoformat(form.date.strip())
    except ValueError:
        issues.append(Issue("date", f"{form.date.strip()!r} is not a date (YYYY-MM-DD)"))
    minutes: int | None = None
    if form.duration_min.strip():
        try:
            minutes = int(form.duration_min.strip())
        except ValueError:
            issues.append(Issue("duration_min", f"{form.duration_min.strip()!r} is not a whole number of minutes"))
    if issues:
        return None, tuple(issues)
    return NewContact(
        date=day,
        kind=form.kind,
        participants=tuple(p.strip() for p in form.participants if p.strip()),
        duration_min=minutes,
        duration_text=form.duration_text.strip(),
        sources=tuple(form.source.split()),
        location=form.location.strip(),
        topics=form.topics.strip(),
        notes=form.notes.strip(),
    ), ()


def check_form(
    record: Record, form: ContactForm, *, today: date
) -> tuple[NewContact | None, tuple[Issue, ...], tuple[Issue, ...]]:
    """(row with roles from the record's offices, errors, warnings): what a save would write, and why not."""
    new, issues = parse_form(form)
    if new is None:
        return None, issues, ()
    new = replace(new, roles=roles_for(record, new.participants, new.date))
    errors, warnings = validate_new_contact(record, new, today=today)
    return new, errors, warnings
