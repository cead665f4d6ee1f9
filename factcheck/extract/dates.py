"""Date expressions located in text and resolved against the publication date.

Our own patterns do the locating (fast and predictable); a date without a year is the latest such date
on or before publication; a weekday is the latest such weekday on or before it. dateparser is kept out of
the hot path: it is slow on strings it cannot parse and we never need it for these forms.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.extract.quantities import parse_number
from factcheck.lang import Lexicon, grammar, lexicon


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text and the days it can mean."""

    start: int
    end: int
    lo: date  # earliest day the expression can mean
    hi: date  # latest day (== lo for a precise day)
    precision: str  # "day" | "week" | "month" | "year"
    text: str
    relative: bool = False  # resolved against the publication date ("on Thursday", "yesterday")
    deictic: bool = False  # points from the moment of writing ("on Thursday", "yesterday", "two days ago")

    @property
    def day(self) -> date | None:
        return self.lo if self.lo == self.hi else None


def last_on_or_before(month: int, day: int, ref: date) -> date | None:
    for year in (ref.year, ref.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= ref:
            return d
    return None


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def latest_month(month: int, ref: date) -> int:
    """The year of the latest given month on or before ref."""
    return ref.year if month <= ref.month else ref.year - 1


def find_dates(
    text: str, published: date | None, language: str = "en", offset: int = 0, year: int | None = None
) -> list[DateMention]:
    """Every date expression in ``text`` (a sentence), resolved against ``published``.

    ``year`` is the year the passage narrates (its temporal focus), when it is not the present: a day or
    month without a year then takes that year; weekdays and "yesterday" still point from publication.
    Without a publication date, only expressions carrying their own year are resolved.
    """
    narrated = date(year, 12, 31) if year is not None and published is not None and year != published.year else None
    lex = lexicon(language)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for name, pat in grammar(language).dates:
        for m in pat.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            ref = narrated if narrated is not None and name in ("dmy", "mdy", "my") else published
            mention = _resolve(name, m, lex, ref)
            if mention is None:
                continue
            lo, hi, precision, relative = mention
            taken.append((s, e))
            deictic = name in ("wd", "ago", "rel")
            found.append(DateMention(s + offset, e + offset, lo, hi, precision, m.group(0), relative, deictic))
    found.sort(key=lambda d: d.start)
    return found


def _resolve(  # noqa: C901 (one branch per form, each short)
    name: str, m: re.Match[str], lex: Lexicon, published: date | None
) -> tuple[date, date, str, bool] | None:
    g = m.groupdict()
    year = int(g["y"]) if g.get("y") else None
    if name in ("dmy", "mdy"):
        month = lex.months[_key(g["m"])]
        day = int(g["d"])
        if not 1 <= day <= 31:
            return None
        if name == "mdy" and g["m"].lower() == "may" and not g["m"][0].isupper():
            return None
        if year is not None:
            try:
                d = date(year, month, day)
            except ValueError:
                return None
            return d, d, "day", False
        if published is None:
            return None
        last = last_on_or_before(month, day, published)
        return (last, last, "day", True) if last else None
    if name == "my":
        word = g["m"]
        month = lex.months[_key(word)]
        if not lex.month_word(word, bool(g.get("y")), bool(g.get("pre")), m.string, m.end()):
            return None  # "Mar" alone, "may" the verb
        if year is None:
            if published is None:
                return None
            year = latest_month(month, published)
            lo, hi = month_span(year, month)
            return lo, min(hi, published), "month", True
        lo, hi = month_span(year, month)
        return lo, hi, "month", False
    if name == "y":
        assert year is not None  # the year form always has its year
        return date(year, 1, 1), date(year, 12, 31), "year", False
    if published is None:
        return None
    if name == "ago":
        n = int(parse_number(g["n"]) or 1)
        if g["u"].lower().startswith("day"):
            d = published - timedelta(days=n)
            return d, d, "day", True
        mid = published - timedelta(days=7 * n)
        return mid - timedelta(days=3), mid + timedelta(days=3), "week", True
    if name == "wd":
        target = lex.weekday_adjectives[g["wda"].lower()] if g.get("wda") else lex.weekdays[_key(g["wd"])]
        if g.get("wd") and not lex.weekday_word(g["wd"]):
            return None
        back = (published.weekday() - target) % 7
        if g.get("last") and back == 0:
            back = 7
        d = published - timedelta(days=back)
        return d, d, "day", True
    return resolve_relative(lex.relative_days.get(re.sub(r"\s+", " ", g["rel"].lower()), ""), published)


def resolve_relative(meaning: str, published: date) -> tuple[date, date, str, bool] | None:
    """The days a deictic word means (a pack's ``relative_days`` maps its words to these meanings)."""
    if meaning == "last_weekend":
        sunday = published - timedelta(days=(published.weekday() + 1) % 7 or 7)
        return sunday - timedelta(days=1), sunday, "week", True
    if meaning in ("yesterday", "two_days_ago"):
        d = published - timedelta(days=1 if meaning == "yesterday" else 2)
        return d, d, "day", True
    if meaning == "today":
        return published, published, "day", True
    if meaning == "last_week":
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, published - timedelta(days=1), "week", True
    if meaning == "this_week":
        return published - timedelta(days=published.weekday()), published, "week", True
    if meaning == "last_month":  # the previous calendar month
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last, "month", True
    if meaning == "this_month":
        return published.replace(day=1), published, "month", True
    return None


def _key(word: str) -> str:
    return word.lower().rstrip(".")
