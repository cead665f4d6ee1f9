"""The Russian pack's words: numbers, ordinals, months, weekdays, contact words, qualifiers and the
lexicon built from them (its phrase patterns are in phrases.py)."""

from __future__ import annotations

import re

from factcheck import regex_cache
from factcheck.lang.base import Lexicon
from factcheck.models import ANY, CALL, MEET, PHONE, VIDEO

CARDINALS: dict[str, float] = {
    "один": 1,
    "одного": 1,
    "одна": 1,
    "одну": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "трёх": 3,
    "трех": 3,
    "три": 3,
    "четыре": 4,
    "четырёх": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "полтора": 1.5,
    "полторы": 1.5,
    "полутора": 1.5,
    "дважды": 2,
    "трижды": 3,
    "четырежды": 4,
    "однажды": 1,
}


def _ordinal_forms(stems: dict[str, int]) -> dict[str, int]:
    """Every case and gender of Russian ordinals: шест-ой/-ая/-ое/-ого/-ому/-ым/-ом/-ую/-ой/-ые …"""
    endings_hard = ("ой", "ый", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми")
    endings_soft = ("ий", "ья", "ье", "ьего", "ьему", "ьим", "ьем", "ью", "ьи", "ьих", "ьими", "ьей")
    out: dict[str, int] = {}
    for stem, n in stems.items():
        if stem == "трет":
            for e in endings_soft:
                out["трет" + e] = n
            continue
        for e in endings_hard:
            out[stem + e] = n
    return out


ORDINALS: dict[str, int] = _ordinal_forms(
    {
        "перв": 1,
        "втор": 2,
        "трет": 3,
        "четвёрт": 4,
        "четверт": 4,
        "пят": 5,
        "шест": 6,
        "седьм": 7,
        "восьм": 8,
        "девят": 9,
        "десят": 10,
        "одиннадцат": 11,
        "двенадцат": 12,
        "двадцат": 20,
    }
)

MONTHS: dict[str, int] = {
    "января": 1,
    "январе": 1,
    "январь": 1,
    "февраля": 2,
    "феврале": 2,
    "февраль": 2,
    "марта": 3,
    "марте": 3,
    "март": 3,
    "апреля": 4,
    "апреле": 4,
    "апрель": 4,
    "мая": 5,
    "мае": 5,
    "май": 5,
    "июня": 6,
    "июне": 6,
    "июнь": 6,
    "июля": 7,
    "июле": 7,
    "июль": 7,
    "августа": 8,
    "августе": 8,
    "август": 8,
    "сентября": 9,
    "сентябре": 9,
    "сентябрь": 9,
    "октября": 10,
    "октябре": 10,
    "октябрь": 10,
    "ноября": 11,
    "ноябре": 11,
    "ноябрь": 11,
    "декабря": 12,
    "декабре": 12,
    "декабрь": 12,
}

WEEKDAYS: dict[str, int] = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}


def _forms(forms: str, kinds: frozenset[str]) -> dict[str, frozenset[str]]:
    """One-word forms separated by spaces (multi-word phrases are listed separately)."""
    return {f: kinds for f in forms.split()}


NOUNS: dict[str, frozenset[str]] = {
    **{
        f: PHONE
        for f in (
            "телефонный разговор",
            "телефонного разговора",
            "телефонном разговоре",
            "телефонным разговором",
            "телефонные разговоры",
            "телефонных разговоров",
            "разговор по телефону",
            "разговора по телефону",
        )
    },
    **_forms("видеоконференция видеоконференции видеоконференцию видеосвязи видеозвонок", VIDEO),
    **_forms(
        "разговор разговора разговоре разговором разговору разговоры разговоров беседа беседы "
        "беседу беседой беседе бесед звонок звонка звонке звонком звонки звонков "
        "диалог диалога диалоге диалогом",  # as "dialogue": a conversation at a distance
        CALL,
    ),
    **_forms("встреча встречи встречу встречей встрече встреч саммит саммита саммите саммитом", MEET),
    **_forms("переговоры переговоров переговорах переговорам переговорами", ANY),
    **_forms("контакт контакта контакты контактов контактом контактах контакте контактам контактами", ANY),
    **_forms("общение общения общении общению общением", ANY),  # "перерыв в общении": contact of any kind
}

VERBS: dict[str, frozenset[str]] = {
    **_forms(
        "поговорили говорили разговаривали пообщались общались беседовали обсудили "
        "разговаривают общаются говорят беседуют "
        "говорил говорила разговаривал разговаривала общался общалась беседовал беседовала",  # one of them
        ANY,
    ),
    **_forms("созвонились созванивались созваниваются созвонился созвонилась", PHONE),
    # "Трамп позвонил Путину": one leader calling the other
    **_forms("позвонил позвонила позвонили звонил звонила звонили", CALL),
    **_forms("встретились встречались увиделись виделись встречаются видятся встречался встречалась виделся", MEET),
}

MEDIUM: dict[str, frozenset[str]] = {
    "по телефону": PHONE,
    "по видеосвязи": VIDEO,
    "лично": MEET,
    "очно": MEET,
}

# hedges on a quantity and what each means for the tolerance (see verify/rule.py)
QUALIFIERS: dict[str, str] = {
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

# a period's unit as written → the unit
UNITS: dict[str, str] = {
    "лет": "year",
    "года": "year",
    "год": "year",
    "месяцев": "month",
    "месяца": "month",
    "месяц": "month",
    "недель": "week",
    "недели": "week",
    "неделю": "week",
    "дней": "day",
    "дня": "day",
    "день": "day",
}

# deictic day words → what they mean from the day of writing (dates.resolve_relative)
RELATIVE_DAYS: dict[str, str] = {
    "в минувшие выходные": "last_weekend",
    "на выходных": "last_weekend",
    "вчера": "yesterday",
    "накануне": "yesterday",
    "днём ранее": "yesterday",
    "днем ранее": "yesterday",
    "позавчера": "two_days_ago",
    "сегодня": "today",
    "на прошлой неделе": "last_week",
    "в прошлом месяце": "last_month",
}

# "пятничный разговор": a weekday as an adjective's stem
WEEKDAY_ADJECTIVES: dict[str, int] = {"понедельничн": 0, "вторничн": 1, "пятничн": 4, "субботн": 5, "воскресн": 6}

# the number stem of a compound period adjective: "трёхлетняя пауза", "полуторагодовой перерыв"
NUMBER_STEMS = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7,
    "восьми": 8, "девяти": 9, "десяти": 10, "полутора": 1.5, "двенадцати": 12,
}  # fmt: skip
# the unit stem: "-летний" years, "-месячный" months, "-недельный" weeks, "-дневный" days
UNIT_STEMS = {
    "летн": "year",
    "годов": "year",
    "годичн": "year",
    "месячн": "month",
    "недельн": "week",
    "дневн": "day",
}
_PERIOD_ADJ = regex_cache.compile(
    rf"^(?P<n>{'|'.join(NUMBER_STEMS)}|\d+(?:[.,]\d+)?)?\s*-?\s*(?:х\s*-?\s*)?(?P<u>{'|'.join(UNIT_STEMS)})", re.I
)


def _period_adjective(word: str) -> tuple[float, str] | None:
    """(value, unit) of a period adjective: "трёхлетнюю" → (3, year), "полугодовой" → (6, month)."""
    w = word.strip().lower()
    if w.startswith("полугод"):
        return 6.0, "month"
    m = _PERIOD_ADJ.match(w)
    if not m or not m.group("n"):
        return None  # "летняя пауза" is a summer break, not a year's
    n = m.group("n")
    value = NUMBER_STEMS.get(n) or float(n.replace(",", "."))
    return float(value), UNIT_STEMS[m.group("u")]


# the role words the gazetteer resolves to the holder of an office on the day
_ROLE_NOUN = r"(?:президент\w*|лидер\w*|глав[аыуеой]{1,2}\s+государства|председател\w*)"
_ROLE_PLURAL = r"(?:президент(?:ы|ов|ами|ам)|лидер(?:ы|ов|ами|ам)|глав(?:ы|ами)\s+государств)"


def _role_patterns(ca: str) -> list[re.Pattern[str]]:
    """ "президенты России и США" (the plural first), "российский президент", "президент Франции"; ``ca`` is
    the alternation of country names and adjectives."""
    b, e = r"(?<!\w)", r"(?!\w)"
    return [
        regex_cache.compile(rf"{b}{_ROLE_PLURAL}\s+(?P<c>{ca})\s+и\s+(?P<c2>{ca}){e}", re.I),
        regex_cache.compile(rf"{b}(?P<c>{ca})\s+(?:и\s+(?P<c2>{ca})\s+)?{_ROLE_NOUN}{e}", re.I),
        regex_cache.compile(rf"{b}{_ROLE_NOUN}\s+(?P<c>{ca}){e}", re.I),
    ]


# verbs whose object is the listener, not a partner of a contact: "поздравил Путина", "сказал Трампу"
TOLD_VERBS = ("поздрав", "сказал", "заявил", "пригласил", "поблагодарил")


LEXICON = Lexicon(
    language="ru",
    cardinals=CARDINALS,
    ordinals=ORDINALS,
    months=MONTHS,
    weekdays=WEEKDAYS,
    contact_nouns=NOUNS,
    contact_verbs=VERBS,
    medium=MEDIUM,
    speech_clause=r"\s*(?:,\s*(?:что|будто)|:)(?!\w)",
    word_edges=(r"(?<!\w)", r"(?!\w)"),
    qualifiers=QUALIFIERS,
    half=" с половиной",
    units=UNITS,
    duration_hint=r"час|минут",
    period_hint=r"лет|год|месяц|недел|дн|день",
    relative_days=RELATIVE_DAYS,
    capitals="А-ЯЁ",
    abbreviations=r"г|т\.е|т\.д|им",
    plural_roles=r"лидер(?:ы|ов|ами)|президент(?:ы|ов|ами)|главы",
    role_hint=r"президент|лидер|глав|председател",
    role_patterns=_role_patterns,
    occasion_nouns=frozenset({"раз"}),
    after_words=frozenset({"после"}),
    gap_links=frozenset({"за"}),
    term_which={"перв": "first", "втор": "second", "предыдущ": "previous", "прошл": "previous"},
    told_verbs=TOLD_VERBS,
    noun_follows_gap=True,
    gap_date_follows=True,
    weekday_adjectives=WEEKDAY_ADJECTIVES,
    period_adjective=_period_adjective,
    ordinal_word=lambda n: f"{n}-й",
)
