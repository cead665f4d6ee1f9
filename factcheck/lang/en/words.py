"""The English pack's words: numbers, ordinals, months, weekdays, contact words, qualifiers and the
lexicon built from them (its phrase patterns are in phrases.py)."""

from __future__ import annotations

import re

from factcheck import regex_cache
from factcheck.lang.base import Lexicon
from factcheck.models import ANY, CALL, MEET, PHONE, VIDEO

CARDINALS: dict[str, float] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a dozen": 12,
    "two dozen": 24,
    "a couple of": 2,
    "a couple": 2,
}

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

# Kinds from wording (the eval README's rules): "call" → phone or video; "conversation" → phone or
# video; "meeting"/"summit" → in person; "contact"/"talks"/"spoke" without a medium → any kind.
NOUNS: dict[str, frozenset[str]] = {
    "phone call": PHONE,
    "telephone call": PHONE,
    "phone conversation": PHONE,
    "telephone conversation": PHONE,
    "phone talk": PHONE,
    "telephone talk": PHONE,
    "phonecall": PHONE,
    "video call": VIDEO,
    "video conference": VIDEO,
    "videoconference": VIDEO,
    "video link": VIDEO,
    "virtual meeting": VIDEO,
    "virtual summit": VIDEO,
    "video summit": VIDEO,
    "video-link summit": VIDEO,
    "video conversation": VIDEO,
    "call": CALL,
    "conversation": CALL,
    "dialogue": CALL,
    "chat": CALL,
    "meeting": MEET,
    "summit": MEET,
    "face-to-face meeting": MEET,
    "in-person meeting": MEET,
    "face-to-face": MEET,
    "encounter": MEET,
    "talks": ANY,
    "talk": ANY,
    "negotiations": ANY,
    "contact": ANY,
    "interaction": ANY,
    "exchange": ANY,
}

VERBS: dict[str, frozenset[str]] = {
    "spoke": ANY,
    "spoken": ANY,
    "speak": ANY,
    "speaks": ANY,
    "speaking": ANY,
    "talked": ANY,
    "talk": ANY,
    "talks": ANY,
    "talking": ANY,
    "met": MEET,
    "meet": MEET,
    "meets": MEET,
    "meeting": MEET,
    "called": CALL,
    "phoned": PHONE,
    "rang": PHONE,
}

MEDIUM: dict[str, frozenset[str]] = {
    "by phone": PHONE,
    "by telephone": PHONE,
    "over the phone": PHONE,
    "on the phone": PHONE,
    "on the telephone": PHONE,
    "over the telephone": PHONE,
    "by video": VIDEO,
    "via video": VIDEO,
    "by video link": VIDEO,
    "via video link": VIDEO,
    "in person": MEET,
    "face to face": MEET,
    "face-to-face": MEET,
}

# hedges on a quantity and what each means for the tolerance (see verify/rule.py)
QUALIFIERS: dict[str, str] = {
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

# a period's unit as written → the unit
UNITS: dict[str, str] = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "decade": "decade",
    "decades": "decade",
}

# deictic day words → what they mean from the day of writing (dates.resolve_relative)
RELATIVE_DAYS: dict[str, str] = {
    "last weekend": "last_weekend",
    "over the weekend": "last_weekend",
    "yesterday": "yesterday",
    "the day before": "yesterday",
    "a day earlier": "yesterday",
    "today": "today",
    "tonight": "today",
    "this morning": "today",
    "this afternoon": "today",
    "this evening": "today",
    "last week": "last_week",
    "this week": "this_week",
    "earlier this week": "this_week",
    "last month": "last_month",
    "earlier this month": "this_month",
}

# "may" as a verb: "may be", "may not" … is no month
_MODAL_MAY = regex_cache.compile(
    r"\s+(?:be|have|not|also|still|well|want|need|take|come|go|say|seek|try|soon|already)\b", re.I
)


def _month_word(word: str, year: bool, pre: bool, text: str, end: int) -> bool:
    """A month named alone: "Mar", "Jun" are too ambiguous without a year; "may" must be the month."""
    if len(word.rstrip(".")) <= 3 and word.lower() != "may" and not year:
        return False
    if word.lower() == "may" and (not word[0].isupper() or (not pre and not year)):
        return False
    if word.lower() == "may" and _MODAL_MAY.match(text, end):
        return False
    return word[0].isupper()


_ORDINAL_WORDS = {v: k for k, v in ORDINALS.items()}


def _ordinal_word(n: int) -> str:
    return _ORDINAL_WORDS.get(n, f"{n}th")


# the role words the gazetteer resolves to the holder of an office on the day
_ROLE_NOUN = r"(?:[Pp]resident|[Ll]eader|[Hh]ead\s+of\s+[Ss]tate|[Cc]ounterpart|[Cc]hairman|[Pp]remier)"
_ROLE_PLURAL = r"(?:presidents|leaders|heads\s+of\s+state)"


def _role_patterns(ca: str) -> list[re.Pattern[str]]:
    """ "the leaders of Russia and the United States" (the plural first), "the Russian and US presidents",
    "the president of France"; ``ca`` is the alternation of country names and adjectives."""
    b, e = r"(?<![\w-])", r"(?![\w-])"
    country, also = rf"(?:the\s+)?(?P<c>{ca})", rf"(?:the\s+)?(?P<c2>{ca})"
    return [
        regex_cache.compile(rf"{b}(?:the\s+)?{_ROLE_PLURAL}\s+of\s+{country}\s+and\s+{also}{e}", re.I),
        regex_cache.compile(rf"{b}{country}\s+(?:and\s+{also}\s+)?{_ROLE_NOUN}s?{e}", re.I),
        regex_cache.compile(rf"{b}(?:the\s+)?{_ROLE_NOUN}\s+of\s+{country}{e}", re.I),
    ]


# words that may follow "first" when the contact noun stands elsewhere ("the call – the first to be
# announced since …", "spoke for the first time in …")
FIRST_FOLLOWERS = frozenset(
    "time to since after following in known publicly public official officially direct such ever reported "
    "announced confirmed one of between such-like bilateral full-fledged".split()
)

# verbs whose object is the listener, not a partner of a contact: "told Putin", "congratulated Trump"
TOLD_VERBS = (
    "told",
    "congratul",
    "urged",
    "assured",
    "informed",
    "thanked",
    "warned",
    "invited",
    "greeted",
    "hosted",
    "received",
    "welcomed",
)


LEXICON = Lexicon(
    language="en",
    cardinals=CARDINALS,
    ordinals=ORDINALS,
    months=MONTHS,
    weekdays=WEEKDAYS,
    contact_nouns=NOUNS,
    contact_verbs=VERBS,
    medium=MEDIUM,
    speech_clause=r"\s*(?:,\s*)?that\b|\s*:",
    word_edges=(r"(?<![\w-])", r"(?![\w-])"),
    qualifiers=QUALIFIERS,
    half=" and a half",
    units=UNITS,
    duration_hint=r"hour|hr|min",
    period_hint=r"year|month|week|day",
    relative_days=RELATIVE_DAYS,
    capitals="A-Z",
    abbreviations=r"Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|U\.S|U\.N|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|vs",
    plural_roles=r"\b(?:leaders|presidents|heads)\b",
    role_hint=r"president|leader|head|counterpart|chairman|premier",
    role_patterns=_role_patterns,
    occasion_nouns=frozenset({"time"}),
    round_nouns=frozenset({"round"}),
    after_words=frozenset({"after", "following"}),
    gap_links=frozenset({"in"}),
    term_which={"first": "first", "second": "second", "previous": "previous", "last": "previous", "former": "previous"},
    told_verbs=TOLD_VERBS,
    first_followers=FIRST_FOLLOWERS,
    month_word=_month_word,
    weekday_word=lambda word: word[0].isupper(),
    ordinal_word=_ordinal_word,
)
