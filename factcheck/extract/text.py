"""Sentences and the tagged pieces inside them: dates, durations, periods, people, contact words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from factcheck import regex_cache
from factcheck.extract.dates import DateMention, find_dates
from factcheck.lang import alternation, each, either, lexicon
from factcheck.extract.people import Gazetteer, Mention
from factcheck.extract.quantities import Quantity, find_durations, find_periods

_CLOCK_ZONE = regex_cache.compile(
    r"\b[ap]\.m\.\s+(?:[A-Z]{2,4}\b|(?:[A-Z]\w+\s+)?time\b|(?:Eastern|Pacific|Central|Mountain|Moscow|local|Beijing)\b)"
)
MAX_SENTENCE = 2000  # longer runs without a full stop are cut: keeps every pattern linear


@dataclass(frozen=True, slots=True)
class Term:
    """A contact word: a noun ("call", "meeting") or verb ("spoke", "met"), with the kinds it admits."""

    start: int
    end: int
    kinds: frozenset[str]
    word: str
    verb: bool


@dataclass(slots=True)
class Sentence:
    """A sentence of the article with the pieces tagged in it (dates, lengths, contact words, names)."""

    start: int
    text: str
    language: str = "en"
    dates: list[DateMention] = field(default_factory=list)
    durations: list[Quantity] = field(default_factory=list)
    periods: list[Quantity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    year: int | None = None  # the year the sentence narrates (its own, or the passage's), if not the present

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def local(self, pos: int) -> int:
        return pos - self.start


@cache
def _sentence_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a sentence ends — a full stop and a capital of any pack's script — and the abbreviations a
    full stop does not end one after ("Mr.", "U.S.", the Russian "i.e.")."""
    caps = "".join(each("capitals"))
    end = regex_cache.compile(rf"(?<=[.!?…])[\"”»’']?\s+(?=[\"“«‘(]?[{caps}0-9@])|\n\s*")
    abbreviation = regex_cache.compile(rf"(?:\b(?:{either('abbreviations')})\.|\b[A-Z]\.)$")
    return end, abbreviation


def split_sentences(text: str, start: int = 0) -> list[tuple[int, str]]:
    """(offset, sentence) pairs covering the text from ``start``; offsets index the original text."""
    out: list[tuple[int, str]] = []
    pos = start
    sentence_end, abbreviation = _sentence_res()
    for m in sentence_end.finditer(text, start):
        if _CLOCK_ZONE.search(text, max(pos, m.start() - 4), m.end() + 20):
            continue  # "at 6 p.m. Moscow time": the clock's "p.m." ends no sentence before its time zone
        if m.start() > pos and not abbreviation.search(text[max(pos, m.start() - 6) : m.start()]):
            _emit(out, text, pos, m.start())
            pos = m.end()
        elif m.start() <= pos:
            pos = m.end()
    _emit(out, text, pos, len(text))
    return out


def _emit(out: list[tuple[int, str]], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        out.append((s, text[s:cut]))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        out.append((s, text[s:e]))


@cache
def _term_res(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lex = lexicon(language)
    b, e = lex.word_edges
    nouns = regex_cache.compile(rf"{b}(?:{alternation(lex.contact_nouns)})(?:s)?{e}", re.I)
    verbs = regex_cache.compile(rf"{b}(?:{alternation(lex.contact_verbs)}){e}", re.I)
    medium = regex_cache.compile(rf"{b}(?:{alternation(lex.medium)}){e}", re.I)
    return nouns, verbs, medium, regex_cache.compile(lex.speech_clause, re.I)


def _lookup(table: dict[str, frozenset[str]], word: str) -> frozenset[str] | None:
    key = re.sub(r"\s+", " ", word.lower())
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] in table:
        return table[key[:-1]]
    return None


def find_terms(text: str, language: str, offset: int = 0) -> list[Term]:
    lex = lexicon(language)
    nouns, verbs, medium, speech = _term_res(language)
    out: list[Term] = []
    for m in nouns.finditer(text):
        kinds = _lookup(lex.contact_nouns, m.group(0))
        if kinds is not None:
            out.append(Term(m.start() + offset, m.end() + offset, kinds, m.group(0), False))
    taken = [(t.start - offset, t.end - offset) for t in out]
    for m in verbs.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        kinds = _lookup(lex.contact_verbs, m.group(0))
        if kinds is None or speech.match(text, m.end(), m.end() + 12):
            continue  # not a contact word, or reported speech: "he said in August that …", "talked, saying that …"
        # a medium within the next few words narrows the verb: "talked Friday by phone"
        md = medium.search(text, m.end(), min(len(text), m.end() + 40))
        if md:
            narrowed = _lookup(lex.medium, md.group(0))
            if narrowed:
                kinds = narrowed
        out.append(Term(m.start() + offset, m.end() + offset, kinds, m.group(0), True))
    out.sort(key=lambda t: t.start)
    return out


def tag_sentence(
    start: int, text: str, published: date | None, language: str, gaz: Gazetteer, year: int | None = None
) -> Sentence:
    """The sentence's tagged pieces; ``year`` is the year it narrates, if not the present (dates.find_dates)."""
    return Sentence(
        start=start,
        text=text,
        language=language,
        dates=find_dates(text, published, language, start, year),
        durations=find_durations(text, language, start),
        periods=find_periods(text, language, start),
        mentions=gaz.find(text, start),
        terms=find_terms(text, language, start),
        year=year,
    )
