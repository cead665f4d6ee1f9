"""Who held which office when: the record's people, their terms of office and its dated world events.

Extraction resolves a role ("the Russian leader") to the person who held the office on the article's
day; verification names people and finds the terms a claim's window may start at. Both ask this.
"""

from __future__ import annotations

from datetime import date

from factcheck.models import Office, Party, Person, WorldEvent


class Leaders:
    """The record's people by id, its offices and its world events ("since his re-election")."""

    def __init__(self, people: tuple[Person, ...], offices: tuple[Office, ...], events: tuple[WorldEvent, ...] = ()):
        self.people = {p.id: p for p in people}
        self.offices = offices
        self.events = events

    def holders(self, country: str, day: date) -> tuple[str, ...]:
        return tuple(o.person_id for o in self.offices if o.country == country and o.holds(day))

    def ever_held(self, country: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(o.person_id for o in self.offices if o.country == country))

    def country_of(self, person_id: str) -> str:
        p = self.people.get(person_id)
        return p.country if p else ""

    def name(self, party: Party, day: date | None = None) -> str:
        if party.person_id:
            p = self.people.get(party.person_id)
            return p.name if p else party.person_id
        if party.country:
            if day is not None:
                ids = self.holders(party.country, day)
                if ids:
                    return f"{self.people[ids[0]].name} (leader of {party.country})"
            return f"the leader of {party.country}"
        return party.label

    def terms(self, person_id: str) -> list[Office]:
        """A person's terms, merging consecutive ones (re-inaugurations do not break a presidency)."""
        spans: list[Office] = []
        for o in sorted((o for o in self.offices if o.person_id == person_id), key=lambda o: o.start):
            if spans and spans[-1].end == o.start:
                last = spans[-1]
                spans[-1] = Office(last.person_id, last.country, last.title, last.start, o.end)
            else:
                spans.append(o)
        return spans
