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
from functools import cache

from factcheck.extract.lexicon import LEXICONS, alternation
from factcheck.extract.quantities import parse_number


@dataclass(frozen=True, slots=True)
class DateMention:
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


@cache
def _patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    lex = LEXICONS[language]
    mon = alternation(lex.months)
    wd = alternation(lex.weekdays)
    if language == "ru":
        return [
            (
                "dmy",
                re.compile(
                    rf"(?<!\d)(?P<d>[0-3]?\d)\s+(?P<m>{mon})(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?(?!\w)",
                    re.I,
                ),
            ),
            (
                "my",
                re.compile(
                    rf"(?<!\w)(?:в|с|до|к|начале|середине|конце)\s+(?P<m>{mon})(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?(?!\w)",
                    re.I,
                ),
            ),
            (
                "y",
                re.compile(
                    r"(?<!\w)(?:в|с|до|к|после|с\s+начала)\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|году|г\.))(?!\w)", re.I
                ),
            ),
            (
                "wd",
                re.compile(
                    rf"(?<!\w)(?:(?P<last>прошл\w+)\s+)?(?:(?P<wd>{wd})|(?P<wda>понедельничн|вторничн|пятничн|субботн|воскресн)\w*)(?!\w)",
                    re.I,
                ),
            ),
            (
                "rel",
                re.compile(
                    r"(?<!\w)(?P<rel>вчера|сегодня|позавчера|накануне|дн[её]м\s+ранее|на\s+прошлой\s+неделе|в\s+прошлом\s+месяце|в\s+минувшие\s+выходные|на\s+выходных)(?!\w)",
                    re.I,
                ),
            ),
        ]
    return [
        (
            "dmy",
            re.compile(
                rf"(?<![\w-])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{mon})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w-])",
                re.I,
            ),
        ),
        (
            "mdy",
            re.compile(
                rf"(?<![\w-])(?P<m>{mon})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w:-])",
                re.I,
            ),
        ),
        (
            "my",
            re.compile(
                rf"(?<![\w-])(?P<pre>(?:in|since|of|from|until|by|early|late|mid-?|last|this|earlier\s+this|before|after|during)\s+)?(?P<m>{mon})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?(?![\w-])",
                re.I,
            ),
        ),
        (
            "y",
            re.compile(
                r"(?<![\w$£€-])(?P<pre>(?:in|since|of|from|until|by|before|after|during)\s+)(?P<y>(?:19|20)\d\d)(?![\w%-])",
                re.I,
            ),
        ),
        ("wd", re.compile(rf"(?<![\w-])(?:(?P<last>last|this\s+past|past)\s+)?(?P<wd>{wd})(?:'s|’s)?(?![\w-])", re.I)),
        (
            "ago",
            re.compile(
                r"(?<![\w-])(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<u>days?|weeks?)\s+ago(?![\w-])",
                re.I,
            ),
        ),
        (
            "rel",
            re.compile(
                r"(?<![\w-])(?P<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+week|earlier\s+this\s+week|this\s+week|last\s+month|earlier\s+this\s+month|last\s+weekend|over\s+the\s+weekend|the\s+day\s+before|a\s+day\s+earlier)(?![\w-])",
                re.I,
            ),
        ),
    ]


_MODAL_MAY = re.compile(r"\s+(?:be|have|not|also|still|well|want|need|take|come|go|say|seek|try|soon|already)\b", re.I)


def find_dates(
    text: str, published: date | None, language: str = "en", offset: int = 0, year: int | None = None
) -> list[DateMention]:
    """Every date expression in ``text`` (a sentence), resolved against ``published``.

    ``year`` is the year the passage narrates (its temporal focus), when it is not the present: a day or
    month without a year then takes that year; weekdays and "yesterday" still point from publication.
    Without a publication date, only expressions carrying their own year are resolved.
    """
    narrated = date(year, 12, 31) if year is not None and published is not None and year != published.year else None
    lex = LEXICONS[language]
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for name, pat in _patterns(language):
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


def _resolve(name: str, m: re.Match[str], lex, published: date | None):  # noqa: ANN001
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
        d = last_on_or_before(month, day, published)
        return (d, d, "day", True) if d else None
    if name == "my":
        word = g["m"]
        month = lex.months[_key(word)]
        if lex.language == "en":
            if len(word.rstrip(".")) <= 3 and word.lower() != "may" and not g.get("y"):
                return None  # "Mar", "Jun" alone are too ambiguous
            if word.lower() == "may" and (not word[0].isupper() or (not g.get("pre") and not g.get("y"))):
                return None
            if word.lower() == "may" and _MODAL_MAY.match(m.string, m.end()):
                return None
            if not word[0].isupper():
                return None
        if year is None:
            if published is None:
                return None
            year = latest_month(month, published)
            lo, hi = month_span(year, month)
            return lo, min(hi, published), "month", True
        lo, hi = month_span(year, month)
        return lo, hi, "month", False
    if name == "y":
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
        adjectives = {"понедельничн": 0, "вторничн": 1, "пятничн": 4, "субботн": 5, "воскресн": 6}
        target = adjectives[g["wda"].lower()] if g.get("wda") else lex.weekdays[_key(g["wd"])]
        if lex.language == "en" and not (g.get("wd") or "x")[0].isupper():
            return None
        back = (published.weekday() - target) % 7
        if g.get("last") and back == 0:
            back = 7
        d = published - timedelta(days=back)
        return d, d, "day", True
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    if rel in ("last weekend", "over the weekend", "в минувшие выходные", "на выходных"):
        sunday = published - timedelta(days=(published.weekday() + 1) % 7 or 7)
        return sunday - timedelta(days=1), sunday, "week", True
    if rel in ("yesterday", "вчера", "накануне", "днём ранее", "днем ранее", "the day before", "a day earlier"):
        d = published - timedelta(days=1)
        return d, d, "day", True
    if rel == "позавчера":
        d = published - timedelta(days=2)
        return d, d, "day", True
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening", "сегодня"):
        return published, published, "day", True
    if rel in ("last week", "на прошлой неделе"):
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, published - timedelta(days=1), "week", True
    if rel in ("this week", "earlier this week"):
        return published - timedelta(days=published.weekday()), published, "week", True
    if rel in ("last month", "в прошлом месяце"):  # the previous calendar month
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last, "month", True
    if rel == "earlier this month":
        return published.replace(day=1), published, "month", True
    return None


def _key(word: str) -> str:
    return word.lower().rstrip(".")
