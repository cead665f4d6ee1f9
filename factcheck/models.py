"""Domain objects shared by every layer: frozen dataclasses, no behaviour beyond small derived properties.

Data flows one way: Article → Claim → Finding (claim + verdict) → review → report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from factcheck.queries import (
    CountQuery,
    DatedQuery,
    DurationQuery,
    EventQuery,
    FirstAfterQuery,
    FrequencyQuery,
    GapQuery,
    OrdinalQuery,
    PreviousQuery,
    Query,
)

Q = TypeVar("Q")  # a query type (Claim.query_as)


class Verdict(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"


class ClaimKind(StrEnum):
    EVENT = "event"  # a dated contact: the one being reported, or an earlier one
    ORDINAL = "ordinal"  # "the sixth call this year"
    COUNT = "count"  # "have spoken six times this year"
    PREVIOUS = "previous"  # "the last known call was on 14 June"
    FIRST_AFTER = "first_after"  # "the first conversation after X took place on D" / "first since X"
    GAP = "gap"  # "the first contact in three years"
    DURATION = "duration"  # "spoke for nearly an hour"
    FREQUENCY = "frequency"  # "on average four times a year"


class ContactKind(StrEnum):
    PHONE = "phone"
    VIDEO = "video"
    IN_PERSON = "in_person"


ALL_KINDS: frozenset[str] = frozenset(k.value for k in ContactKind)

# the sets of kinds a word admits: "call" → phone or video, "meeting" → in person, "talks" → any
PHONE: frozenset[str] = frozenset({"phone"})
CALL: frozenset[str] = frozenset({"phone", "video"})
VIDEO: frozenset[str] = frozenset({"video"})
MEET: frozenset[str] = frozenset({"in_person"})
ANY: frozenset[str] = frozenset({"phone", "video", "in_person"})


# ---------------------------------------------------------------- the record


@dataclass(frozen=True, slots=True)
class Person:
    """A leader the record knows, with the names an article may use."""

    id: str  # stable slug, e.g. "putin"
    name: str  # display name, e.g. "Vladimir Putin"
    country: str  # e.g. "Russia"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WorldEvent:
    """A dated event reporting measures contacts from ("since his re-election", "since the invasion")."""

    date: date
    kind: str  # "election" | "reelection" | "invasion"
    country: str
    person_id: str | None  # who it made (or re-made) a leader; None for an event of a country
    name: str


@dataclass(frozen=True, slots=True)
class Office:
    """One term in an office: who held it, where, and from when to when."""

    person_id: str
    country: str
    title: str
    start: date
    end: date | None  # None: still in office

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Figure:
    """One official figure for a contact's length, and who gave it."""

    minutes: float
    source: str  # "duration_min" (the row's own figure) or the duration-text segment it was read from
    media: bool  # a news outlet's figure: it may confirm a length, never refute one


@dataclass(frozen=True, slots=True)
class Contact:
    """One recorded contact between leaders, with its sources and what the record knows of it."""

    id: int
    date: date
    kind: str  # a ContactKind value
    participants: tuple[str, ...]  # person ids
    status: str = "confirmed"  # "confirmed" | "disputed"
    part_of: int | None = None  # main row of the same visit
    initiator: str = ""
    duration_min: int | None = None
    duration_text: str = ""
    location: str = ""
    topics: str = ""
    sources: tuple[str, ...] = ()
    confidence: str = "high"
    notes: str = ""
    roles: tuple[str, ...] = ()  # the office each participant held, as reported (same order)
    # what the row's free text says, read when it was written (record/facts.py)
    context_only: bool = False  # kept for context, never counted ("CONTEXT ONLY", a president-elect's call)
    group_format: bool = False  # three or more leaders ("TRILATERAL"), not a contact of two
    ceremony: bool = False  # a joint ceremony: speeches, no talks
    zone_dated: bool = False  # the sides date it a day apart (time zones)
    figures: tuple[Figure, ...] = ()  # every official figure for its length, duration_min first

    @property
    def disputed(self) -> bool:
        return self.status == "disputed"

    @property
    def counted(self) -> bool:
        """Disputed rows never count; extra days of one visit count once (with their main row)."""
        return not self.disputed and self.part_of is None


@dataclass(frozen=True, slots=True)
class Coverage:
    """A stretch of time over which the record believes it holds every contact of a pair."""

    pair: tuple[str, str]  # person ids, sorted
    start: date
    end: date
    complete: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class RecordInfo:
    """Which record a check used: its file, the SHA-256 of its snapshot, its number of contacts."""

    path: str
    sha256: str
    contacts: int


# ---------------------------------------------------------------- articles and claims


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read: its text (every offset points into it), date, title and source."""

    path: str  # as given ("-" for stdin)
    text: str  # the decoded text; every offset is into this string
    published: date | None
    sha256: str  # of the raw bytes
    title: str = ""
    url: str = ""
    source: str = ""
    language: str = "en"
    body_start: int = 0  # offset where the body begins (after the dateline)


@dataclass(frozen=True, slots=True)
class Party:
    """One side of a contact: a named person, or whoever held a country's top office at the time."""

    person_id: str | None = None
    country: str | None = None
    label: str = ""  # how the article named it


class Qualifier(StrEnum):
    """How a claimed number is hedged, which sets the band of values it admits (verify.measure)."""

    BARE = ""  # "50 minutes", "the fifth"
    ABOUT = "about"  # "about", "around", "some"
    NEARLY = "nearly"  # "nearly", "almost", "just under"
    MORE = "more"  # "more than", "over", "just over"
    LESS = "less"  # "less than", "under"
    AT_LEAST = "atleast"  # "at least"


# Each kind's query type (factcheck/queries.py): the value its kind claims and the details its check reads.
QUERY_TYPES: dict[ClaimKind, type[Query]] = {
    ClaimKind.EVENT: EventQuery,
    ClaimKind.ORDINAL: OrdinalQuery,
    ClaimKind.COUNT: CountQuery,
    ClaimKind.PREVIOUS: PreviousQuery,
    ClaimKind.FIRST_AFTER: FirstAfterQuery,
    ClaimKind.GAP: GapQuery,
    ClaimKind.DURATION: DurationQuery,
    ClaimKind.FREQUENCY: FrequencyQuery,
}


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement with its span and the explicit query it makes of the record."""

    id: str
    kind: ClaimKind
    start: int
    end: int
    quote: str
    parties: tuple[Party, ...] = ()
    contact_kinds: frozenset[str] = ALL_KINDS  # kinds the wording admits
    kind_word: str = ""  # "call", "meeting", "contact" …
    anchor: date | None = None  # date of the contact the claim is about (the reported one)
    window_start: date | None = None  # inclusive
    window_end: date | None = None  # inclusive
    value_text: str = ""  # the claimed value as written
    qualifier: Qualifier = Qualifier.BARE  # how the value is hedged ("about", "nearly", "more than" …)
    window_text: str = ""  # "this year", "since January" …
    problem: str = ""  # why it cannot be checked (e.g. "publication date unknown (pass --date)")
    # what the claim asks of the record beyond its parties, kinds, anchor and window: its kind's query
    # (factcheck/queries.py), with the claimed value in its own type; None: its kind's query, empty
    query: Query = None  # type: ignore[assignment]  # made its kind's empty query when None
    reported: bool = False  # about the contact the article reports
    approximate_anchor: bool = False  # no dated report: the contact is the pair's latest by publication
    # Other reasonable readings of the same words (the date in the year the passage narrates, the contact
    # the clause itself names, …), each a whole query of its own; ``reading`` names what makes it one.
    # The claim is contradicted only when this query and every alternative fail (verify.verify).
    alternatives: tuple[Claim, ...] = ()
    reading: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.qualifier, Qualifier):  # a pack's word for it: its enum, or a ValueError
            object.__setattr__(self, "qualifier", Qualifier(self.qualifier))
        expected = QUERY_TYPES[self.kind]
        if self.query is None:
            object.__setattr__(self, "query", expected())
        elif type(self.query) is not expected:
            raise TypeError(f"a {self.kind} claim asks a {expected.__name__}, not a {type(self.query).__name__}")

    def query_as(self, kind: type[Q]) -> Q:
        """The claim's query as the type its kind's check reads: a TypeError if it is another's."""
        if not isinstance(self.query, kind):
            raise TypeError(f"a {self.kind} claim asks a {type(self.query).__name__}, not a {kind.__name__}")
        return self.query

    @property
    def value(self) -> date | int | float | None:
        """The claimed value: a day, a position, a count, minutes, a period or a rate (None: not given)."""
        return self.query.value

    @property
    def amount(self) -> float | None:
        """The claimed number (a count, a position, minutes, a period's length, a rate), if one is claimed."""
        value = self.query.value
        return None if value is None or isinstance(value, date) else value

    @property
    def day(self) -> date | None:
        """The claimed day of an event, a previous contact or a dated first; None for the other kinds."""
        q = self.query
        return q.day if isinstance(q, DatedQuery) else None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A recorded contact shown for a finding, and whether the reading used counted it."""

    contact: Contact
    participants: tuple[str, ...]  # display names
    counted: bool = True  # False: shown as context (disputed, same visit, outside the reading)


@dataclass(frozen=True, slots=True)
class Finding:
    """A claim with the machine's verdict and everything a reviewer needs to judge it."""

    claim: Claim
    verdict: Verdict
    participants: tuple[str, ...]  # display names
    interpretation: str
    claimed: str
    recorded: str
    explanation: str
    evidence: tuple[Evidence, ...] = ()
    suggestion: str = ""
    window: tuple[date, date] | None = None  # the counted window, for the timeline


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two statements of the same article that cannot both be true, whatever the record says."""

    claim_ids: tuple[str, ...]  # the claims involved, in text order
    explanation: str


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One article checked: its findings, in text order, and its contradictions of itself."""

    article: Article
    record: RecordInfo
    findings: tuple[Finding, ...]
    conflicts: tuple[Conflict, ...] = ()

    def counts(self) -> dict[str, int]:
        out = {v.value: 0 for v in Verdict}
        for f in self.findings:
            out[f.verdict.value] += 1
        return out


# ---------------------------------------------------------------- review


@dataclass(frozen=True, slots=True)
class ReviewMark:
    """A reviewer's judgement of one claim; shown beside the machine verdict, never in its place."""

    claim_id: str
    verdict: Verdict | None = None
    note: str = ""
    reviewed: bool = False
    updated: datetime | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change a reviewer made: when, to which claim, which field, from what to what."""

    at: datetime
    claim_id: str
    field: str  # "verdict" | "note" | "reviewed"
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Review:
    """A reviewer's work on one article: a mark per claim and the audit log of changes."""

    article_sha256: str
    marks: dict[str, ReviewMark] = field(default_factory=dict)
    audit: tuple[AuditEntry, ...] = ()

    def mark(self, claim_id: str) -> ReviewMark:
        return self.marks.get(claim_id) or ReviewMark(claim_id)
