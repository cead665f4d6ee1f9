"""Domain objects shared by every layer: frozen dataclasses, no behaviour beyond small derived properties.

Data flows one way: Article → Claim → Finding (claim + verdict) → review → report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


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


class Precision(StrEnum):
    """How exactly a claimed date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Unit(StrEnum):
    """The unit a period or frequency is written in."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"


class Qualifier(StrEnum):
    """How a claimed number is hedged, which sets the band of values it admits (verify.measure)."""

    BARE = ""  # "50 minutes", "the fifth"
    ABOUT = "about"  # "about", "around", "some"
    NEARLY = "nearly"  # "nearly", "almost", "just under"
    MORE = "more"  # "more than", "over", "just over"
    LESS = "less"  # "less than", "under"
    AT_LEAST = "atleast"  # "at least"


class Mode(StrEnum):
    """How a claim about an earlier contact names it."""

    DATED = "dated"  # "the first since X was on D": the contact is dated
    NONE_BETWEEN = "none_between"  # "the first since X": no contact between X and this one
    AGO = "ago"  # "they last spoke two months ago"


_DETAIL_ENUMS = (("precision", Precision), ("unit", Unit), ("mode", Mode))
_DETAIL_DAYS = ("hi", "date_hi", "edge", "anchor_hi", "before")


@dataclass(frozen=True, slots=True)
class Details:
    """What a claim's query carries beyond its kind, value and window: typed, checked when made (a word
    becomes its enum, or the claim is refused), and never parsed again."""

    precision: Precision | None = None  # how exactly the claimed date is known
    unit: Unit | None = None  # a period's or frequency's unit
    mode: Mode | None = None
    hi: date | None = None  # the latest day a claimed date may be ("in June" → June 30)
    date_hi: date | None = None  # the same for the date of the contact a length is claimed for
    edge: date | None = None  # the other reading of a window's first day ("since 24 February": the 24th too)
    anchor_hi: date | None = None  # the latest day of the anchoring range ("earlier this month")
    before: date | None = None  # the last contact within a window that ends before this day
    place: str = ""  # where the contact a length is claimed for was held
    reported: bool = False  # about the contact the article reports
    approximate_anchor: bool = False  # no dated report: the contact is the pair's latest by publication
    including_meetings: bool = False  # a frequency that counts meetings too
    elapsed: bool = False  # time elapsed at a moment while the contact went on: a lower bound on its length

    def __post_init__(self) -> None:
        for name, enum in _DETAIL_ENUMS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, enum):
                object.__setattr__(self, name, enum(value))  # ValueError for a word that is none of them
        for name in _DETAIL_DAYS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, date):
                raise TypeError(f"Details.{name} must be a date, not {type(value).__name__}")

    def set_fields(self) -> frozenset[str]:
        """The names of the details this query sets (those not at their default)."""
        return frozenset(name for name, default in _DETAIL_DEFAULTS if getattr(self, name) != default)


_DETAIL_DEFAULTS: tuple[tuple[str, object], ...] = tuple((name, getattr(Details(), name)) for name in Details.__slots__)

# Each kind's query: what its value may be, when the words give one, and which details it may carry. A
# claim is checked against its kind's when it is made, so a detector cannot hand the verifier a value of
# the wrong type or a detail its kind never reads.
_NUMBER = (int, float)
QUERY_VALUES: dict[ClaimKind, tuple[type, ...]] = {
    ClaimKind.EVENT: (str,),  # the day, ISO
    ClaimKind.ORDINAL: (int,),  # the position
    ClaimKind.COUNT: (int,),  # how many
    ClaimKind.PREVIOUS: (str, *_NUMBER),  # the day, ISO; or how long ago, in ``unit``s
    ClaimKind.FIRST_AFTER: (str,),  # the day of the first contact (none: nothing in between)
    ClaimKind.GAP: _NUMBER,  # the period, in ``unit``s
    ClaimKind.DURATION: _NUMBER,  # minutes
    ClaimKind.FREQUENCY: _NUMBER,  # contacts per ``unit``
}
_DAY_KINDS = frozenset(k for k, types in QUERY_VALUES.items() if str in types)  # the kinds whose value is a day
_ABOUT_THE_CONTACT = frozenset({"reported", "approximate_anchor"})  # any claim anchored on the reported contact
QUERY_DETAILS: dict[ClaimKind, frozenset[str]] = {
    ClaimKind.EVENT: frozenset({"precision", "hi"}),
    ClaimKind.ORDINAL: frozenset({"edge", "before"}),
    ClaimKind.COUNT: frozenset({"edge", "before"}),
    ClaimKind.PREVIOUS: frozenset({"precision", "hi", "before", "mode", "unit"}),
    ClaimKind.FIRST_AFTER: frozenset({"mode", "hi", "anchor_hi"}),
    ClaimKind.GAP: frozenset({"unit", "anchor_hi"}),
    ClaimKind.DURATION: frozenset({"date_hi", "place", "elapsed"}),
    ClaimKind.FREQUENCY: frozenset({"unit", "including_meetings"}),
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
    value: int | float | str | None = None  # claimed number, ISO date, minutes …
    value_text: str = ""  # the claimed value as written
    qualifier: Qualifier = Qualifier.BARE  # how the value is hedged ("about", "nearly", "more than" …)
    window_text: str = ""  # "this year", "since January" …
    problem: str = ""  # why it cannot be checked (e.g. "publication date unknown (pass --date)")
    details: Details = Details()  # what the query carries beyond kind, value and window
    # Other reasonable readings of the same words (the date in the year the passage narrates, the contact
    # the clause itself names, …), each a whole query of its own; ``reading`` names what makes it one.
    # The claim is contradicted only when this query and every alternative fail (verify.verify).
    alternatives: tuple[Claim, ...] = ()
    reading: str = ""
    # the claimed day of an event, a previous contact or a dated first, read from ``value`` once, when the
    # claim is made (a value that is no day is refused then); None for the other kinds
    day: date | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.qualifier, Qualifier):  # a pack's word for it: its enum, or a ValueError
            object.__setattr__(self, "qualifier", Qualifier(self.qualifier))
        if self.value is not None and (
            isinstance(self.value, bool) or not isinstance(self.value, QUERY_VALUES[self.kind])
        ):
            raise TypeError(f"a {self.kind} claim's value cannot be {type(self.value).__name__}")
        stray = self.details.set_fields() - QUERY_DETAILS[self.kind] - _ABOUT_THE_CONTACT
        if stray:
            raise TypeError(f"a {self.kind} claim carries no {', '.join(sorted(stray))}")
        if self.kind in _DAY_KINDS and isinstance(self.value, str):
            object.__setattr__(self, "day", date.fromisoformat(self.value))

    @property
    def amount(self) -> float | None:
        """The claimed number (a count, a position, minutes, a period's length, a rate), if one is claimed."""
        return None if self.value is None or isinstance(self.value, str) else self.value


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
