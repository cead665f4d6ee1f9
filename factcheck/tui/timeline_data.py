"""What the claim timeline shows: the pair's contacts around the counted window (no Textual here).

The pair and the span come from the finding; the contacts come from the record (``contacts_between``)
so the picture also shows the contacts the claim's reading did *not* count — in-person meetings when
only calls were counted, contacts just outside the window — which is often where a reviewer disagrees.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.models import Contact, Finding


@dataclass(frozen=True, slots=True)
class Point:
    day: date
    counted: bool
    anchor: bool = False


@dataclass(frozen=True, slots=True)
class TimelineData:
    points: tuple[Point, ...]
    window: tuple[date, date] | None = None
    pair: str = ""  # "Vladimir Putin – Donald Trump"
    span: tuple[date, date] | None = None  # the stretch of time asked of the record
    note: str = ""  # why there is nothing to draw, when there is nothing
    contacts: tuple[Contact, ...] = ()  # the record rows drawn, by date (for the record-row viewer)


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    """The record query behind a finding's timeline."""

    a: tuple[str, ...]
    b: tuple[str, ...]
    start: date
    end: date


def pair_of(finding: Finding) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The two people of the claim: named parties, else the two most frequent in the evidence."""
    named = [p.person_id for p in finding.claim.parties if p.person_id]
    if len(named) >= 2 and named[0] != named[1]:
        return (named[0],), (named[1],)
    counts = Counter(pid for e in finding.evidence for pid in e.contact.participants)
    top = [pid for pid, _ in counts.most_common(2)]
    return ((top[0],), (top[1],)) if len(top) == 2 else None


def query_for(finding: Finding, published: date | None = None) -> TimelineQuery | None:
    """The pair and a span around the window and evidence (never past the article's date)."""
    pair = pair_of(finding)
    if pair is None:
        return None
    days = [e.contact.date for e in finding.evidence] + list(finding.window or ())
    if finding.claim.anchor:
        days.append(finding.claim.anchor)
    if not days:
        return None
    lo, hi = min(days), max(days)
    pad = max(timedelta(days=30), (hi - lo) * 0.15)
    end = hi + pad
    if published is not None:
        end = max(hi, min(end, published))
    return TimelineQuery(pair[0], pair[1], lo - pad, end)


def from_contacts(finding: Finding, contacts: Iterable[Contact], span: tuple[date, date] | None = None) -> TimelineData:
    """Points for ``contacts`` (from the record), counted ones as the finding counted them."""
    counted = {e.contact.id for e in finding.evidence if e.counted}
    anchor = finding.claim.anchor
    seen: set[int] = set()
    points: list[Point] = []
    rows: list[Contact] = []
    for c in [*contacts, *(e.contact for e in finding.evidence)]:
        if c.id not in seen:
            seen.add(c.id)
            rows.append(c)
            points.append(Point(c.date, c.id in counted, anchor == c.date and c.counted))
    points.sort(key=lambda p: p.day)
    rows.sort(key=lambda c: (c.date, c.id))
    pair = " – ".join(finding.participants)
    note = ""
    if not points:
        who = " and ".join(finding.participants) or "these leaders"
        note = (
            f"The record has no contact between {who} from {span[0].isoformat()} to {span[1].isoformat()}"
            " (the stretch around this claim); earlier or later ones are not drawn."
            if span
            else "Looking up the record …"
        )
    return TimelineData(tuple(points), finding.window, pair, span, note, tuple(rows))


NO_PAIR = TimelineData((), note="No timeline: this claim does not name two people the record knows.")


def from_evidence(finding: Finding) -> TimelineData:
    """The timeline before (or without) the record query: the finding's own evidence."""
    return from_contacts(finding, ())
