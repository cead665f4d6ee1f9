"""Numbers in words and digits, durations ("nearly an hour", "2 часа 5 минут") and periods ("three years").

A quantity carries its qualifier — "about", "nearly", "more than", "less than" or bare — because the
tolerance a claim gets depends on it (see verify.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.extract.lexicon import EN_CARDINALS, RU_CARDINALS, alternation

QUALIFIERS_EN = {
    "about": "about",
    "approximately": "about",
    "approx.": "about",
    "around": "about",
    "roughly": "about",
    "some": "about",
    "close to": "about",
    "an estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "a little under": "nearly",
    "little under": "nearly",
    "not quite": "nearly",
    "more than": "more",
    "over": "more",
    "just over": "more",
    "a little over": "more",
    "upwards of": "more",
    "a little more than": "more",
    "well over": "more",
    "longer than": "more",
    "less than": "less",
    "under": "less",
    "fewer than": "less",
    "up to": "less",
    "at least": "atleast",
}
QUALIFIERS_RU = {
    "около": "about",
    "примерно": "about",
    "приблизительно": "about",
    "порядка": "about",
    "почти": "nearly",
    "без малого": "nearly",
    "чуть меньше": "nearly",
    "немногим менее": "nearly",
    "более": "more",
    "больше": "more",
    "свыше": "more",
    "чуть больше": "more",
    "чуть более": "more",
    "немногим более": "more",
    "больше чем": "more",
    "менее": "less",
    "меньше": "less",
    "не более": "less",
    "не менее": "atleast",
    "как минимум": "atleast",
}


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float  # minutes for durations; the unit's count for periods
    unit: str  # "min" | "year" | "month" | "week" | "day"
    qualifier: str  # "" (bare) | "about" | "nearly" | "more" | "less" | "atleast"
    text: str


_EN_NUM = rf"(?:\d+(?:[.,]\d+)?|{alternation(k for k in EN_CARDINALS if ' ' not in k)})"
_EN_HALF = r"(?:[\s-]+and[\s-]+a[\s-]+half)"
_RU_NUM = rf"(?:\d+(?:[.,]\d+)?|{alternation(RU_CARDINALS)})"


def qualifier_of(words: str | None, language: str = "en", default: str = "") -> str:
    """'about', 'nearly', 'more', 'less', 'atleast' for a qualifier as written ("just over", "почти")."""
    if not words:
        return default
    table = QUALIFIERS_RU if language == "ru" else QUALIFIERS_EN
    return table.get(re.sub(r"\s+", " ", words.lower()), default)


def parse_number(text: str) -> float | None:
    t = re.sub(r"[\s-]+", " ", text.strip().lower())
    half = 0.0
    for suffix in (" and a half", " с половиной"):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)].strip(), 0.5
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", ".")) + half
    for table in (EN_CARDINALS, RU_CARDINALS):
        if t in table:
            return float(table[t]) + half
    # compound words: "twenty five", "двадцать пять"
    parts = t.split(" ")
    if len(parts) == 2:
        a, b = (EN_CARDINALS.get(p, RU_CARDINALS.get(p)) for p in parts)
        if a and b and a >= 20 and b < 10:
            return float(a + b) + half
    return None


@cache
def _duration_re(language: str) -> re.Pattern[str]:
    if language == "ru":
        q = alternation(QUALIFIERS_RU)
        num = rf"{_RU_NUM}(?:\s+с\s+половиной)?"
        hours = rf"(?:(?P<half>полчаса|получаса)|(?P<hn>{num})\s+час(?:а|ов)?|(?P<h1>час(?:а)?)(?!\w))"
        mins = r"(?P<{}>" + _RU_NUM + r")\s+минут(?:ы|у)?"
        return re.compile(
            rf"(?<!\w)(?:(?P<q>{q})\s+)?(?:{hours}(?:\s*(?:,|и)?\s*{mins.format('mn')})?|{mins.format('mo')})(?!\w)",
            re.I,
        )
    q = alternation(QUALIFIERS_EN)
    num = rf"{_EN_NUM}{_EN_HALF}?"
    hours = (
        rf"(?:(?P<half>half[\s-]+an[\s-]+hour)|(?P<hn>{num})[\s-]*(?:hours?|hrs?|h\b)(?P<hh>{_EN_HALF})?"
        rf"|(?P<h1>an?[\s-]+hour)(?P<h1h>\s+and\s+a\s+half)?)"
    )
    mins = r"(?P<{}>" + _EN_NUM + r")[\s-]+(?:minutes?|mins?)\b"
    return re.compile(
        rf"(?<![\w-])(?:(?P<q>{q})\s+)?(?:{hours}(?:\s*(?:,|and)?\s*{mins.format('mn')})?|{mins.format('mo')})(?![\w-])",
        re.I,
    )


# every duration names hours or minutes and every period a unit: a text without them is skipped (speed)
_DURATION_HINT = re.compile(r"hour|hr|min|час|минут", re.I)
_PERIOD_HINT = re.compile(r"year|month|week|day|лет|год|месяц|недел|дн|день", re.I)


def find_durations(text: str, language: str = "en", offset: int = 0) -> list[Quantity]:
    out: list[Quantity] = []
    if not _DURATION_HINT.search(text):
        return out
    for m in _duration_re(language).finditer(text):
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
        qual = qualifier_of(g.get("q"), language)
        out.append(Quantity(m.start() + offset, m.end() + offset, minutes, "min", qual, m.group(0)))
    return out


@cache
def _period_re(language: str) -> re.Pattern[str]:
    if language == "ru":
        q = alternation(QUALIFIERS_RU)
        num = rf"{_RU_NUM}(?:\s+с\s+половиной)?"
        unit = r"(?P<u>лет|года|год|месяцев|месяца|месяц|недель|недели|неделю|дней|дня|день)"
        return re.compile(
            rf"(?<!\w)(?:(?P<q>{q})\s+)?(?:(?P<hy>полгода|полугода)|(?:(?P<n>{num})\s+)?{unit})(?!\w)", re.I
        )
    q = alternation(QUALIFIERS_EN)
    num = rf"{_EN_NUM}{_EN_HALF}?"
    unit = r"(?P<u>years?|months?|weeks?|days?|decades?)"
    return re.compile(
        rf"(?<![\w-])(?:(?P<q>{q})\s+)?(?:(?P<ya>an?\s+)?(?P<u2>year|month)\s+and\s+a\s+half|(?P<n>{num})[\s-]+{unit})(?![\w-])",
        re.I,
    )


_UNIT = {
    "year": "year",
    "years": "year",
    "лет": "year",
    "года": "year",
    "год": "year",
    "month": "month",
    "months": "month",
    "месяцев": "month",
    "месяца": "month",
    "месяц": "month",
    "week": "week",
    "weeks": "week",
    "недель": "week",
    "недели": "week",
    "неделю": "week",
    "day": "day",
    "days": "day",
    "дней": "day",
    "дня": "day",
    "день": "day",
    "decade": "decade",
    "decades": "decade",
}


def find_periods(text: str, language: str = "en", offset: int = 0) -> list[Quantity]:
    out: list[Quantity] = []
    if not _PERIOD_HINT.search(text):
        return out
    for m in _period_re(language).finditer(text):
        g = m.groupdict()
        if g.get("hy"):  # "полгода": half a year
            value, unit = 6.0, "month"
        elif g.get("u2"):
            value, unit = 1.5, _UNIT[g["u2"].lower()]
        else:
            unit = _UNIT[g["u"].lower()]
            value = parse_number(g["n"]) if g.get("n") else 1.0
            if value is None:
                continue
        qual = qualifier_of(g.get("q"), language)
        out.append(Quantity(m.start() + offset, m.end() + offset, float(value), unit, qual, m.group(0)))
    return out


def period_in_years(q: Quantity) -> float:
    return {"decade": 10.0, "year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}[q.unit] * q.value
