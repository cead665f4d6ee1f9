"""Numbers in words and digits, durations ("nearly an hour", "2 hours 5 minutes") and periods ("three years").

A quantity carries its qualifier — "about", "nearly", "more than", "less than" or bare — because the
tolerance a claim gets depends on it (see verify.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck import regex_cache
from factcheck.lang import LANGUAGES, either, grammar, lexicon
from factcheck.models import Qualifier


@dataclass(frozen=True, slots=True)
class Quantity:
    """A length of time or a period found in the text, with its unit and hedge."""

    start: int
    end: int
    value: float  # minutes for durations; the unit's count for periods
    unit: str  # "min" | "year" | "month" | "week" | "day"
    qualifier: Qualifier
    text: str
    clock: bool = False  # a span between two clock times ("from 3:35 to 4:25 p.m."), not a stated length


def qualifier_of(words: str | None, language: str = "en", default: Qualifier = Qualifier.BARE) -> Qualifier:
    """The qualifier a pack's hedge word names ("just over" → MORE, "almost" → NEARLY)."""
    if not words:
        return default
    found = lexicon(language).qualifiers.get(re.sub(r"\s+", " ", words.lower()))
    return default if found is None else Qualifier(found)


def parse_number(text: str) -> float | None:
    t = re.sub(r"[\s-]+", " ", text.strip().lower())
    half = 0.0
    for suffix in (lexicon(lang).half for lang in LANGUAGES):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)].strip(), 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", ".")) + half
    tables = [lexicon(lang).cardinals for lang in LANGUAGES]
    for table in tables:
        if t in table:
            return float(table[t]) + half
    # compound words: "twenty five"
    parts = t.split(" ")
    if len(parts) == 2:
        a, b = (next((table[p] for table in tables if p in table), None) for p in parts)
        if a and b and a >= 20 and b < 10:
            return float(a + b) + half
    return None


# every duration names hours or minutes and every period a unit: a text without them is skipped (speed)
@cache
def _hint(table: str) -> re.Pattern[str]:
    return regex_cache.compile(either(table), re.I)


def find_durations(text: str, language: str = "en", offset: int = 0) -> list[Quantity]:
    out: list[Quantity] = []
    if not _hint("duration_hint").search(text):
        return find_clock_spans(text, language, offset)
    for m in grammar(language).duration.finditer(text):
        g = m.groupdict()
        minutes = 0.0
        if g.get("half"):
            minutes = 30
        elif g.get("hn"):
            n = parse_number(g["hn"])
            if n is None:
                continue
            minutes = n * 60 + (30 if g.get("hh") else 0)
        elif g.get("h1"):
            minutes = 60 + (30 if g.get("h1h") else 0)
        if g.get("mn") or g.get("mo"):
            n = parse_number(g.get("mn") or g["mo"])
            if n is None:
                continue
            minutes += n
        if minutes <= 0 or minutes > 24 * 60:
            continue
        qual = (
            Qualifier.MORE
            if g.get("hplus") or g.get("mnplus") or g.get("moplus")
            else qualifier_of(g.get("q"), language)
        )
        out.append(Quantity(m.start() + offset, m.end() + offset, minutes, "min", qual, m.group(0)))
    out.extend(find_clock_spans(text, language, offset))
    return sorted(out, key=lambda q: q.start)


def find_clock_spans(text: str, language: str = "en", offset: int = 0) -> list[Quantity]:
    """A contact's start and end on the clock, as the length between them."""
    out: list[Quantity] = []
    for m in grammar(language).clock_span.finditer(text):
        g = m.groupdict()
        if not (g["m1"] or g["ap1"]) or not (g["m2"] or g["ap2"]):
            continue  # "from 2 to 3" is not a time of day
        h1, h2 = int(g["h1"]), int(g["h2"])
        if h1 > 23 or h2 > 23:
            continue
        ap1, ap2 = (g["ap1"] or "").lower(), (g["ap2"] or "").lower()
        if ap2 and not ap1:  # "from 3:35 to 4:25 p.m.": the first time shares the second's half of the day
            ap1 = ap2 if h1 <= h2 or h1 == 12 else ("a" if ap2 == "p" else "p")
        start = _minute_of_day(h1, int(g["m1"] or 0), ap1)
        end = _minute_of_day(h2, int(g["m2"] or 0), ap2)
        length = end - start if end > start else end + 24 * 60 - start
        if 0 < length <= 12 * 60:
            out.append(
                Quantity(
                    m.start() + offset, m.end() + offset, float(length), "min", Qualifier.BARE, m.group(0), clock=True
                )
            )
    return out


def _minute_of_day(h: int, minute: int, ampm: str) -> int:
    if ampm == "p" and h < 12:
        h += 12
    elif ampm == "a" and h == 12:
        h = 0
    return h * 60 + minute


def find_periods(text: str, language: str = "en", offset: int = 0) -> list[Quantity]:
    out: list[Quantity] = []
    if not _hint("period_hint").search(text):
        return out
    for m in grammar(language).period.finditer(text):
        g = m.groupdict()
        value: float | None
        if g.get("hy"):  # the Russian word for half a year
            value, unit = 6.0, "month"
        elif g.get("u2"):
            value, unit = 1.5, lexicon(language).units[g["u2"].lower()]
        else:
            unit = lexicon(language).units[g["u"].lower()]
            value = parse_number(g["n"]) if g.get("n") else 1.0
            if value is None:
                continue
        qual = qualifier_of(g.get("q"), language)
        out.append(Quantity(m.start() + offset, m.end() + offset, float(value), unit, qual, m.group(0)))
    return out


def period_adjective(word: str, language: str) -> tuple[float, str] | None:
    """(value, unit) of a period adjective: "three-year" → (3, year), or in a pack that builds them from
    stems, its own reading (the Russian "three-year" adjective → (3, year))."""
    own = lexicon(language).period_adjective
    if own is not None:
        return own(word)
    q = find_periods(word.strip().lower(), language)
    return (q[0].value, q[0].unit) if q else None


def period_in_years(q: Quantity) -> float:
    return {"decade": 10.0, "year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}[q.unit] * q.value
