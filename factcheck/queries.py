"""What each kind of claim asks of the record: one frozen query type per kind.

A claim (``models.Claim``) carries its kind's query. Each query holds the claimed value in its own type
(a day, a position, a count, minutes, a period, a rate) and only the details its kind's check reads,
all typed: days are ``date``, units, precisions and modes are enums. A query is checked when it is made:
a value or detail of the wrong type is a TypeError, a word that names no unit or mode a ValueError. So a
detector cannot hand the verifier a query its kind cannot answer, and nothing is parsed again later.

``value`` on every query is the claimed value, whatever its kind calls it (None: the words gave none).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import ClassVar


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


class Mode(StrEnum):
    """How a claim about an earlier contact names it."""

    DATED = "dated"  # "the first since X was on D": the contact is dated
    NONE_BETWEEN = "none_between"  # "the first since X": no contact between X and this one
    AGO = "ago"  # "they last spoke two months ago"


_ENUMS: dict[str, type[StrEnum]] = {"precision": Precision, "unit": Unit, "mode": Mode}
_DAY: tuple[type, ...] = (date,)
_NUMBER: tuple[type, ...] = (int, float)


class _Checked:
    """Each query type's check, run when one is made: ``TYPES`` gives the types each field may hold
    besides None (an enum field also takes its enum's word, made its member)."""

    __slots__ = ()
    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {}

    def __post_init__(self) -> None:
        for f in fields(self):  # type: ignore[arg-type]  # every subclass is a dataclass
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name in _ENUMS:
                if not isinstance(value, _ENUMS[f.name]):
                    object.__setattr__(self, f.name, _ENUMS[f.name](value))  # ValueError for no such word
                continue
            accepted = self.TYPES[f.name]
            wrong = isinstance(value, bool) and bool not in accepted
            if wrong or not isinstance(value, accepted) or (accepted is _DAY and isinstance(value, datetime)):
                raise TypeError(f"{type(self).__name__}.{f.name} cannot be {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class EventQuery(_Checked):
    """A dated contact: "they spoke on Tuesday", "met in June"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {"day": _DAY, "hi": _DAY}
    day: date | None = None  # the first day the date may be
    hi: date | None = None  # the last ("in June" → June 30)
    precision: Precision | None = None

    @property
    def value(self) -> date | None:
        return self.day


@dataclass(frozen=True, slots=True)
class OrdinalQuery(_Checked):
    """A position among the pair's contacts in a window: "the sixth call this year"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {"position": (int,), "edge": _DAY, "before": _DAY}
    position: int | None = None
    edge: date | None = None  # the other reading of the window's first day ("since 24 February": the 24th too)
    before: date | None = None  # counted among the contacts before this day

    @property
    def value(self) -> int | None:
        return self.position


@dataclass(frozen=True, slots=True)
class CountQuery(_Checked):
    """How many contacts in a window: "have spoken six times this year"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {"count": (int,), "edge": _DAY, "before": _DAY}
    count: int | None = None
    edge: date | None = None
    before: date | None = None

    @property
    def value(self) -> int | None:
        return self.count


@dataclass(frozen=True, slots=True)
class PreviousQuery(_Checked):
    """The contact before the one reported: "last spoke on 14 June", "two months ago"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {"day": _DAY, "ago": _NUMBER, "hi": _DAY, "before": _DAY}
    day: date | None = None  # its claimed day (dated), or
    ago: int | float | None = None  # how long before the reported one, in ``unit``s (``mode`` AGO)
    unit: Unit | None = None
    mode: Mode | None = None
    precision: Precision | None = None
    hi: date | None = None
    before: date | None = None  # the last within a window that ends before this day

    def __post_init__(self) -> None:
        _Checked.__post_init__(self)
        if self.day is not None and self.ago is not None:
            raise TypeError("PreviousQuery is dated or ago, not both")

    @property
    def value(self) -> date | int | float | None:
        return self.day if self.day is not None else self.ago


@dataclass(frozen=True, slots=True)
class FirstAfterQuery(_Checked):
    """The first contact since a moment: "the first since the summit", "… took place on D"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {"day": _DAY, "hi": _DAY, "anchor_hi": _DAY}
    day: date | None = None  # the day of that first contact (none: nothing in between)
    mode: Mode | None = None
    hi: date | None = None
    anchor_hi: date | None = None  # the latest day of the anchoring range ("earlier this month")

    @property
    def value(self) -> date | None:
        return self.day


@dataclass(frozen=True, slots=True)
class GapQuery(_Checked):
    """A pause: "the first contact in three years"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {"period": _NUMBER, "anchor_hi": _DAY}
    period: int | float | None = None  # in ``unit``s
    unit: Unit | None = None
    anchor_hi: date | None = None

    @property
    def value(self) -> int | float | None:
        return self.period


@dataclass(frozen=True, slots=True)
class DurationQuery(_Checked):
    """How long a contact lasted: "spoke for nearly an hour"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {
        "minutes": _NUMBER,
        "date_hi": _DAY,
        "place": (str,),
        "elapsed": (bool,),
    }
    minutes: int | float | None = None
    date_hi: date | None = None  # the last day the contact may be on, when its date is a range
    place: str = ""  # where the contact was held
    elapsed: bool = False  # time elapsed at a moment while it went on: a lower bound on its length

    @property
    def value(self) -> int | float | None:
        return self.minutes


@dataclass(frozen=True, slots=True)
class FrequencyQuery(_Checked):
    """A rate: "on average four times a year"."""

    TYPES: ClassVar[dict[str, tuple[type, ...]]] = {"rate": _NUMBER, "including_meetings": (bool,)}
    rate: int | float | None = None  # contacts per ``unit``
    unit: Unit | None = None
    including_meetings: bool = False  # a rate that counts meetings too

    @property
    def value(self) -> int | float | None:
        return self.rate


Query = (
    EventQuery | OrdinalQuery | CountQuery | PreviousQuery | FirstAfterQuery | GapQuery | DurationQuery | FrequencyQuery
)
DatedQuery = EventQuery | PreviousQuery | FirstAfterQuery  # the queries that may claim a day
