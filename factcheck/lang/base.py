"""What every language pack provides: its words (``Lexicon``) and its phrase patterns (``Grammar``).

A pack is one module per language (``en.py``, ``ru.py``) holding only data: word tables with a comment
per group, and patterns composed from named parts. The detectors in ``factcheck/extract`` and the
explanations in ``factcheck/verify`` ask a pack through ``factcheck.lang``; none of them holds a word of
any language. A new language is a new module filling in these two dataclasses (see CONTRIBUTING.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from factcheck import regex_cache


@dataclass(frozen=True)
class Lexicon:
    """A language's words as data: number and ordinal words, months, contact vocabulary, hedges."""

    language: str
    cardinals: dict[str, float]
    ordinals: dict[str, int]
    months: dict[str, int]
    weekdays: dict[str, int]  # Monday = 0
    contact_nouns: dict[str, frozenset[str]]  # stem/word → kinds it admits
    contact_verbs: dict[str, frozenset[str]]
    medium: dict[str, frozenset[str]]  # "by phone", "in person" … narrowing a verb
    # right after a contact verb: a clause of reported speech — "said that", "говорил, что" — so no contact
    speech_clause: str
    word_edges: tuple[str, str]  # lookbehind and lookahead that bound a word ("-" joins words in English)
    qualifiers: dict[str, str]  # "nearly" → nearly, "более" → more: how a quantity is hedged
    half: str  # "and a half", "с половиной": a number's added half, as written after it
    units: dict[str, str]  # "years" → year, "недели" → week: a period's unit as written
    duration_hint: str  # a regex every duration matches somewhere ("hour|min"): texts without it are skipped
    period_hint: str  # the same for periods ("year|month|week|day")
    # (phrase → meaning) of deictic day words: "yesterday" → yesterday; meanings in dates.RELATIVE
    relative_days: dict[str, str]
    # the script's capital letters, as inside a regex class ("A-Z"): where a sentence may start; with their
    # lower-case forms they are the script's letters, which tell the language a sentence is written in
    capitals: str
    abbreviations: str  # an alternation of abbreviations a full stop does not end a sentence after
    plural_roles: str  # "leaders", "президенты": a role in the plural, which names both offices
    role_hint: str  # a word every role phrase contains ("president", "лидер"): texts without one are skipped
    # the role phrases resolved to office holders, built around the record's alternation of country names
    role_patterns: Callable[[str], list[re.Pattern[str]]]
    occasion_nouns: frozenset[str]  # "time", "раз": an ordinal's noun that is no contact word ("the fourth time")
    after_words: frozenset[str]  # "after", "после": the link words of "the first … after X"
    gap_links: frozenset[str]  # "in", "за": the link word of "the first … in N years"
    term_which: dict[str, str]  # prefix of a term word → which term: "first" → first, "прошл" → previous
    told_verbs: tuple[str, ...]  # prefixes of verbs whose object is the listener: "told", "поздрав"
    round_nouns: frozenset[str] = frozenset()  # "round": an ordinal's noun that counts rounds of talks
    # words that may follow "first" when the contact noun stands elsewhere ("the first to be announced since");
    # None: the language puts no such limit (a Russian "первый" agrees with its noun wherever it stands)
    first_followers: frozenset[str] | None = None
    noun_follows_gap: bool = False  # "впервые за три года провели разговор": the noun may follow the period
    gap_date_follows: bool = False  # "впервые за три года встретились … 16 июня": the date after dates it
    weekday_adjectives: dict[str, int] = field(default_factory=dict)  # "пятничн(ый)" → Friday
    # whether a month or weekday word, as matched, names one (English: "may" is a verb, "Mar" alone noise)
    month_word: Callable[[str, bool, bool, str, int], bool] = lambda word, year, pre, text, end: True
    weekday_word: Callable[[str], bool] = lambda word: True
    period_adjective: Callable[[str], tuple[float, str] | None] | None = None  # "трёхлетнюю" → (3, year)
    ordinal_word: Callable[[int], str] = str  # 3 → "third", "3-й": an ordinal in an explanation

    @property
    def lowercase(self) -> str:
        """The script's lower-case letters, as inside a regex class ("a-z")."""
        return self.capitals.lower()

    @property
    def letters(self) -> str:
        """A regex class of the script's letters."""
        return f"[{self.capitals}{self.lowercase}]"


class Lazy(NamedTuple):
    """A pattern's source and flags, compiled the first time a detector asks for it."""

    pattern: str
    flags: int = 0


def lazy(pattern: str, flags: int = 0) -> Lazy:
    return Lazy(pattern, flags)


class Grammar:
    """A pack's phrase patterns, one per field below. A pack passes every field (missing or unknown names
    are refused); each pattern is compiled on first use, so a command compiles only what it reads."""

    _sources: dict[str, Any]
    language: str
    ordinal: re.Pattern[str]  # "the sixth publicly disclosed call" → ord, noun
    ordinal_bare: re.Pattern[str]  # "the call was the third this year": the noun is elided
    next_ordinal: re.Pattern[str]  # "… since June and the second since …": a coordinated claim ends the phrase
    first: re.Pattern[str]  # "first … since/after X" | "first … in N years" → the word "first"
    since_after: re.Pattern[str]  # "since" / "after" introducing X
    in_period: re.Pattern[str]  # "in (over) three years" right after a "first" phrase
    this_year: re.Pattern[str]  # "this year", "since the beginning of the year"
    last_year: re.Pattern[str]  # "last year", "в прошлом году": the previous calendar year
    this_month: re.Pattern[str]  # "this month", "в этом месяце": from the first of the month
    since_month: re.Pattern[str]  # "since January"
    past_period: re.Pattern[str]  # "in the past 10 years", "in a month and a half"
    previous: re.Pattern[str]  # "the last known call", "their previous conversation"
    last_verb: re.Pattern[str]  # "they last spoke"
    not_since: re.Pattern[str]  # "have not met in person since"
    count: re.Pattern[str]  # "have spoken six times", "met 42 times" → n
    frequency: re.Pattern[str]  # "on average four times a year" → n, unit
    including_meetings: re.Pattern[str]
    duration_trigger: re.Pattern[str]  # words before a duration: "lasted", "spoke for"
    elapsed: re.Pattern[str]  # after a duration: "… after", "ago" — time elapsed, not a length
    sequel: re.Pattern[str]  # after "for/lasted X": "before …", "until …" — what followed the contact
    ongoing: re.Pattern[str]  # "the talks were still going at 6 p.m., three hours after …": the contact goes on
    ended_after: re.Pattern[str]  # right before a duration: "concluded after", "завершились через"
    blockers: re.Pattern[str]  # between a contact word and a date: the date belongs elsewhere
    office_return: re.Pattern[str]  # "his return to the presidency", "took office"
    term: re.Pattern[str]  # "previous presidential term", "first term" → which
    took_place: re.Pattern[str]  # "took place on", "was on" after X
    ago: re.Pattern[str]  # "nearly two months ago"
    weak_verbs: re.Pattern[str]  # "congratulated", "told": contacts when two leaders are named
    present: re.Pattern[str]  # "are currently holding a telephone conversation"
    future: re.Pattern[str]  # "will speak", "plans to call": a contact yet to happen is not checked
    of_many: re.Pattern[str]  # "the 2nd of 4 calls with foreign leaders": an order among other leaders' calls
    pause: re.Pattern[str]  # "after an almost three-year pause", "a break of four months" → q, p | adj, of
    at_place: re.Pattern[str]  # "in Helsinki", "at Mar-a-Lago" → place: where a named contact was held
    until: re.Pattern[str]  # right before a date: "until", "до" — where a count stops
    plural_unit: re.Pattern[str]  # "weeks", "недели": a unit in the plural, with no number, states no length
    not_ordinal: re.Pattern[str]  # after an ordinal: "country", "term" — "a third country", "his first term"
    that_year: re.Pattern[str]  # "that year", "в том году": the year the passage narrates
    year_of_occasion: re.Pattern[str]  # "the 2018 SCO summit" → y: the year an occasion is named by
    soon_before: re.Pattern[str]  # right before "after X": "shortly", "soon", "вскоре" — within days of X
    offset_before: re.Pattern[str]  # right before "after X": "six days", "a month" → p: how long after X
    world_event: re.Pattern[str]  # after "since"/"after": "Trump's re-election", "the invasion" → ev, its kind
    vague_frequency: re.Pattern[str]  # "regular contact", "talk often", "часто созваниваются"
    pronoun: re.Pattern[str]  # "he", "она": a person named before
    they: re.Pattern[str]  # "they", "они": the pair named before
    org_summit: re.Pattern[str]  # "an EU summit", "саммит НАТО": a gathering of a bloc, not a contact of two leaders
    set_before: re.Pattern[str]  # right before a counted noun: "the", "these", "both" — a set named before
    next_clause: re.Pattern[str]  # between a contact word and a date: ", and", ", а" — the date leads the next clause
    naming: re.Pattern[str]  # after "called": "it", "one of", "the talks" — naming, not phoning
    plan_after: re.Pattern[str]  # right after a contact word: "could be held", "is expected" — not yet held
    visit_to: re.Pattern[str]  # after "visit": "to the US", "в Россию" — the country visited
    visit: re.Pattern[str]  # "visit", "trip", "визит": a journey to a country, which the record does not hold
    said: re.Pattern[str]  # right before a date: "said on", "заявил в" — the day of a statement
    top_level: re.Pattern[str]  # "high-level contacts", "на высшем уровне": the countries' leaders, whoever they were
    pause_other: re.Pattern[str]  # what a pause may be in that is not a leaders' contact: "trade talks"
    year_named: re.Pattern[str]  # "the covid year 2020", "2019 год": a year the passage turns to → y
    window_edge: re.Pattern[str]  # right before a date: "since", "until" — a window's edge, not a focus
    before_this: re.Pattern[str]  # "before that", "до этого": a count stops short of the contact just named
    once_dated: re.Pattern[str]  # between "only once" and a day: ", by phone on" → med: the one contact's date
    held_by_others: re.Pattern[str]  # "held between delegations", "на уровне министров": not the leaders' contact
    when_clause: re.Pattern[str]  # right after a year: ", when" — the clause narrates that year ("since 2019, when …")
    # quantities and dates
    duration: re.Pattern[str]  # "nearly an hour", "два часа пять минут" → q, hn/h1/half, mn/mo (+ plus, hh, h1h)
    period: re.Pattern[str]  # "three years", "полгода" → q, n, u (| u2 "a year and a half" | hy "полгода")
    clock_span: re.Pattern[str]  # "from 9.05am until 11.40am", "с 15:35 до 16:25" → h1, m1, ap1, h2, m2, ap2
    dates: tuple[tuple[str, re.Pattern[str]], ...]  # (form, pattern), tried in order: dmy, mdy, my, y, wd, ago, rel
    # the detectors' phrases
    verb_only: re.Pattern[str]  # between a date and its contact word only a verb: "on Tuesday held talks"
    date_leads: re.Pattern[str]  # before a date, what may lead its clause: "and on", "а в"
    anaphor: re.Pattern[str]  # a sentence opening that points back: "That call", "It", "Та встреча"
    distal: re.Pattern[str]  # an opening that points back to an earlier contact, not the reported one: "Then", "Тогда"
    distal_inner: re.Pattern[str]  # the same pointing back from inside a sentence: "at the time", "тогда"
    clause_sep: re.Pattern[str]  # where a clause ends: punctuation, ", when", ", которая"
    day_before: re.Pattern[str]  # a date word meaning the day before the reported contact: "the day before", "накануне"
    phone_noun: re.Pattern[str]  # a counted noun that is a phone call: "phone calls", "телефонных разговоров"
    medium_and: re.Pattern[str]  # a second medium after the first: "by phone and by video" → med
    noun_after_length: re.Pattern[str]  # a contact noun right after a length: "a 90-minute call"
    planned_length: re.Pattern[str]  # before a length, a plan rather than a fact: "initially scheduled for"
    when_after_date: re.Pattern[str]  # right after a date: ", when" — the clause narrates that day
    event_joiner: re.Pattern[str]  # between a contact and a second date of it: ", and"
    first_link: re.Pattern[str]  # the word after "first …" that links it to X or a period: "since", "after", "in", "за"
    link_qualifier: re.Pattern[str]  # a qualifier written before the period link: "почти за три года"
    # "first" as an adjective agreeing with a noun that may follow the period ("первую … встречу")
    first_adjective: re.Pattern[str]
    offset_bare: re.Pattern[str]  # a period of one unit written without a number: "a month", "месяц" → u
    # after an ordinal: an order among one leader's contacts with others: "of the day", "за день"
    among_others: re.Pattern[str]
    # after an ordinal's noun: a window word the window reader did not read ("in as many days")
    unread_window: re.Pattern[str]
    unread_mid: re.Pattern[str]  # inside an ordinal phrase: a period word ("четвёртый за последние недели разговор")
    # right after a contact noun: a capitalised place → w ("at the White House", "в Кремле")
    place_after: re.Pattern[str]
    claim_start: re.Pattern[str]  # an ordinal or "first" that begins the next claim ("… and the first since …")
    next_claim: re.Pattern[str]  # a coordinated next claim after an ordinal: "and the first", "и впервые"
    such: re.Pattern[str]  # a series the record does not mark: "such", "similar", "подобный"
    # after an ordinal's noun, who it is between ("between them"), up to the next claim
    between_parties: re.Pattern[str]
    since_then: re.Pattern[str]  # after "since": the contact the sentence before named ("since then", "с тех пор")
    latest_before: re.Pattern[str]  # right before a date: "the last", "последний" — the latest contact, not a window
    possessive_before: re.Pattern[str]  # right before a term word: "his", "её" — the man named before
    return_word: re.Pattern[str]  # a return to office: "returned", "возвращение"
    with_word: re.Pattern[str]  # "with", "с": the other side of a contact follows
    with_to: re.Pattern[str]  # right after a contact word: "with", "to", "с"
    planned_after: re.Pattern[str]  # right after a contact word: "planned", "запланированная" — not held
    actor: re.Pattern[str]  # officials who are not leaders: "ministers", "envoys", "пресс-секретарь"
    actor_between: re.Pattern[str]  # after a contact noun: "between … delegations" → the officials' talks
    they_before: re.Pattern[str]  # right before a contact verb: "they", "они" — the pair just named
    not_leaders: re.Pattern[str]  # after "with": people who are not leaders: "reporters", "журналистами"
    pair: re.Pattern[str]  # the two leaders named as a pair: "the two leaders", "оба президента"
    # before a contact word: two names joined ("Lavrov and Rubio"), officials rather than leaders
    two_names: re.Pattern[str]
    # right before a length: "with Chancellor Merkel" → n, someone the record may not hold
    stranger_before: re.Pattern[str]
    unit_alone: re.Pattern[str]  # a period named by its unit alone: "a year-long pause", "a decade" → u
    decade: re.Pattern[str]  # the word for ten years in a period ("in a decade")
    first_lead: re.Pattern[str]  # the words before "first" that belong to its phrase: "for the" (at the end)

    def __init__(self, language: str, **patterns: re.Pattern[str] | Lazy | tuple[tuple[str, re.Pattern[str]], ...]):
        names = set(self.fields())
        if patterns.keys() != names:
            missing, unknown = sorted(names - patterns.keys()), sorted(patterns.keys() - names)
            raise TypeError(f"grammar {language!r}: missing {missing}, unknown {unknown}")
        self.language = language
        self._sources = patterns

    @classmethod
    def fields(cls) -> tuple[str, ...]:
        """The names of the patterns every pack provides."""
        return tuple(n for n in cls.__annotations__ if n not in ("language", "_sources"))

    def __getattr__(self, name: str) -> Any:
        sources = self.__dict__.get("_sources")
        if sources is None or name not in sources:
            raise AttributeError(name)
        value = sources[name]
        if isinstance(value, Lazy):
            value = regex_cache.compile(value.pattern, value.flags)
        self.__dict__[name] = value  # the next read is a plain attribute
        return value


def alternation(words: Iterable[object]) -> str:
    """A regex alternation of the given words, longest first so that 'phone call' beats 'call'."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # the same pattern on every run
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


# a clock time: "9.05am", "3:35", "16:25", "4 p.m." (the same digits in every language covered)
_CLOCK = r"(?P<h{0}>[012]?\d)(?:[:.](?P<m{0}>[0-5]\d))?(?:\s*(?P<ap{0}>[ap])\.?\s*m\b\.?)?"


def clock_span(fro: str, to: str, zone: str) -> re.Pattern[str]:
    """A span between two clock times: ``fro`` and ``to`` are the words before each ("from … until"), ``zone``
    the time-zone words that may follow a time ("ET", "Moscow time")."""
    z = rf"(?:\s*(?:{zone}))?"
    return regex_cache.compile(
        rf"(?<!\w)(?:{fro})\s+{_CLOCK.format(1)}{z}\s*(?:{to}|[-–])\s*{_CLOCK.format(2)}{z}", re.I
    )
