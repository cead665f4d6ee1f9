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
    clock: bool = False  # a span between two clock times ("from 3:35 to 4:25 p.m."), not a stated length


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
        plus = r"(?:\s+с\s+(?P<{0}plus>лишним|небольшим))?"  # "два с лишним часа": more than two hours
        hours = (
            rf"(?:(?P<half>полчаса|получаса)|(?P<hn>{num}){plus.format('h')}\s+час(?:а|ов)?|(?P<h1>час(?:а)?)(?!\w))"
        )
        mins = r"(?P<{0}>" + _RU_NUM + r")" + plus + r"\s+минут(?:ы|у)?"
        return re.compile(
            rf"(?<!\w)(?:(?P<q>{q})\s+)?(?:{hours}(?:\s*(?:,|и)?\s*{mins.format('mn')})?|{mins.format('mo')})(?!\w)",
            re.I,
        )
    q = alternation(QUALIFIERS_EN)
    num = rf"{_EN_NUM}{_EN_HALF}?"
    hours = (
        rf"(?:(?P<half>half[\s-]+an[\s-]+hour)|(?P<hn>{num})(?P<hplus>[\s-]*plus)?[\s-]*(?:hours?|hrs?|h\b)(?P<hh>{_EN_HALF})?"
        rf"|(?P<h1>an?[\s-]+hour)(?P<h1h>\s+and\s+a\s+half)?)"
    )
    # "two-plus hours", "90-plus minutes": more than the number
    mins = r"(?P<{0}>" + _EN_NUM + r")(?P<{0}plus>[\s-]*plus)?[\s-]+(?:minutes?|mins?)\b"
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
        return find_clock_spans(text, language, offset)
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
        qual = "more" if g.get("hplus") or g.get("mnplus") or g.get("moplus") else qualifier_of(g.get("q"), language)
        out.append(Quantity(m.start() + offset, m.end() + offset, minutes, "min", qual, m.group(0)))
    out.extend(find_clock_spans(text, language, offset))
    return sorted(out, key=lambda q: q.start)


# a clock time: "9.05am", "3:35", "16:25", "4 p.m."
_CLOCK = r"(?P<h{0}>[012]?\d)(?:[:.](?P<m{0}>[0-5]\d))?(?:\s*(?P<ap{0}>[ap])\.?\s*m\b\.?)?"
# a time zone or "local time" after a clock time: "ET", "Moscow time", "по московскому времени"
_ZONE = r"(?:\s*(?:[A-Z]{2,4}\b|(?:local|Moscow|Beijing|Washington|Eastern)\s+time|мск|по\s+\w+\s+времени))?"


@cache
def _clock_span_re(language: str) -> re.Pattern[str]:
    """ "from 9.05am EST until 11.40am EST", "с 15:35 до 16:25": the length is the difference."""
    fro, to = (r"с", r"до|по") if language == "ru" else (r"from|between", r"until|till|to|through|and")
    return re.compile(
        rf"(?<!\w)(?:{fro})\s+{_CLOCK.format(1)}{_ZONE}\s*(?:{to}|[-–])\s*{_CLOCK.format(2)}{_ZONE}", re.I
    )


def find_clock_spans(text: str, language: str = "en", offset: int = 0) -> list[Quantity]:
    """A contact's start and end on the clock, as the length between them."""
    out: list[Quantity] = []
    for m in _clock_span_re(language).finditer(text):
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
            out.append(Quantity(m.start() + offset, m.end() + offset, float(length), "min", "", m.group(0), clock=True))
    return out


def _minute_of_day(h: int, minute: int, ampm: str) -> int:
    if ampm == "p" and h < 12:
        h += 12
    elif ampm == "a" and h == 12:
        h = 0
    return h * 60 + minute


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


# the number stem of a compound period adjective: "трёхлетняя пауза", "полуторагодовой перерыв"
RU_NUMBER_STEMS = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7,
    "восьми": 8, "девяти": 9, "десяти": 10, "полутора": 1.5, "двенадцати": 12,
}  # fmt: skip
# the unit stem: "-летний" years, "-месячный" months, "-недельный" weeks, "-дневный" days
RU_UNIT_STEMS = {
    "летн": "year",
    "годов": "year",
    "годичн": "year",
    "месячн": "month",
    "недельн": "week",
    "дневн": "day",
}
_RU_PERIOD_ADJ = re.compile(
    rf"^(?P<n>{'|'.join(RU_NUMBER_STEMS)}|\d+(?:[.,]\d+)?)?\s*-?\s*(?:х\s*-?\s*)?(?P<u>{'|'.join(RU_UNIT_STEMS)})", re.I
)


def period_adjective(word: str, language: str = "ru") -> tuple[float, str] | None:
    """(value, unit) of a period adjective: "трёхлетнюю" → (3, year), "полугодовой" → (6, month),
    "three-year" → (3, year)."""
    w = word.strip().lower()
    if language != "ru":
        q = find_periods(w, language)
        return (q[0].value, q[0].unit) if q else None
    if w.startswith("полугод"):
        return 6.0, "month"
    m = _RU_PERIOD_ADJ.match(w)
    if not m or not m.group("n"):
        return None  # "летняя пауза" is a summer break, not a year's
    n = m.group("n")
    value = RU_NUMBER_STEMS.get(n) or float(n.replace(",", "."))
    return float(value), RU_UNIT_STEMS[m.group("u")]


def period_in_years(q: Quantity) -> float:
    return {"decade": 10.0, "year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25}[q.unit] * q.value
