"""What a contact row's free text says, read once when the row is written (build, add, import, upgrade).

The record's editors write conventions into a row's notes, topics and duration text: "CONTEXT ONLY: …",
"TRILATERAL …", "a joint ceremony", "the Kremlin dates it 15 June (time zone)", and each side's figure for
the length ("Kremlin: 2 h 5 min; White House: about two hours"). These are parsed here into typed columns
of ``contacts`` and rows of ``durations`` (see schema.py); verification reads only those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.models import Figure

# notes opening with these: a row kept for context (a president-elect's call, a contact outside the
# leaders' terms), never counted
_CONTEXT = re.compile(r"^\s*(?:CONTEXT ONLY|PRESIDENT-ELECT)", re.I)
# topics opening with these: a group format (three or more leaders), not a contact of two
_GROUP = re.compile(r"^\s*(?:TRILATERAL|MULTILATERAL)", re.I)
# a joint ceremony by video link: speeches, no talks
_CEREMONY = re.compile(r"\bceremon(?:y|ies|ial)\b", re.I)
# the notes say the sides date the contact a day apart
_ZONE = re.compile(
    r"TIME ZONE|time[- ]zone|crossed midnight|Eastern date|other side's date|dates? it|call(?:s|ed)? it", re.I
)
# a duration-text segment attributed to unofficial reports: left out of the official figures
_UNOFFICIAL = re.compile(
    r"^\s*(?:some|other|early|one|media|several|a\s+few|unofficial|reports?|outlets?|\w+\s+outlets?|one\s+later)\b",
    re.I,
)
_PLANNED = re.compile(r"\b(?:planned|scheduled|instead of|instead)\b", re.I)  # a plan, unless "lasted …:"
_HELD = re.compile(r"lasted|:")
_PLAN_BEFORE = re.compile(r"(?:planned|instead\s+of|against\s+a|scheduled)\s*$", re.I)
_SEGMENTS = re.compile(r";|\s/\s|\bvs\.?\b")
# a figure a news outlet or commentator gives, not an official side: it may confirm a length, never refute one
_AGENCIES = r"UPI|AP|AFP|Reuters|Bloomberg|NBC|CBS|ABC|CNN|Fox|Axios|Politico|BFMTV|Le\s+Monde|Vedomosti|Kommersant"
_OTHER_MEDIA = r"RBC|Ura\.news|EIR|European\s+Pravda|Kyiv\s+Independent|BuzzFeed|Ian\s+Bremmer|Russian\s+state\s+media"
_MEDIA = re.compile(rf"^\s*(?:{_AGENCIES}|{_OTHER_MEDIA})\b")


@dataclass(frozen=True, slots=True)
class ContactFacts:
    context_only: bool
    group_format: bool
    ceremony: bool
    zone_dated: bool
    figures: tuple[Figure, ...]


def read_facts(duration_min: int | None, duration_text: str, notes: str, topics: str) -> ContactFacts:
    return ContactFacts(
        context_only=bool(_CONTEXT.match(notes or "")),
        group_format=bool(_GROUP.match(topics or "")),
        ceremony=bool(_CEREMONY.search(f"{duration_text or ''} {notes or ''}")),
        zone_dated=bool(_ZONE.search(notes or "")),
        figures=official_figures(duration_min, duration_text),
    )


def official_figures(duration_min: int | None, duration_text: str) -> tuple[Figure, ...]:
    """Every official figure for a contact's length: ``duration_min``, then the figures quoted in the
    duration text, each once (segments attributed to unofficial reports and planned lengths left out)."""
    from factcheck.extract.quantities import find_durations  # the record's text is English

    out: list[tuple[float, str]] = []
    if duration_min:
        out.append((float(duration_min), "duration_min"))
    for seg in _SEGMENTS.split(duration_text or ""):
        if not seg.strip() or _UNOFFICIAL.match(seg) or (_PLANNED.search(seg) and not _HELD.search(seg)):
            continue
        for q in find_durations(seg, "en"):
            if _PLAN_BEFORE.search(seg[: seg.find(q.text)]):
                continue
            if all(abs(q.value - m) > 0.5 for m, _ in out):
                out.append((q.value, seg.strip()[:80]))
    return tuple(Figure(m, src, bool(_MEDIA.match(src))) for m, src in out)
