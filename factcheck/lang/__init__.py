"""Language packs: everything the checker knows about English and Russian, as data.

``lexicon(language)`` gives a pack's words, ``grammar(language)`` its phrase patterns (compiled once, on
first use). The detectors ask these and never name a language themselves; ``either(field)`` joins one
phrase fragment of every pack, for the few places that read a sentence in any language.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from types import ModuleType

from factcheck import regex_cache
from factcheck.lang.base import Grammar, Lexicon, alternation

LANGUAGES = ("en", "ru")  # the packs, the first the default for a text in no known script

__all__ = [
    "LANGUAGES",
    "Grammar",
    "Lexicon",
    "alternation",
    "detect",
    "each",
    "either",
    "grammar",
    "letters",
    "lexicon",
    "script_language",
    "sentence_language",
]


@cache
def _pack(language: str) -> ModuleType:
    return importlib.import_module(f"factcheck.lang.{language if language in LANGUAGES else LANGUAGES[0]}")


def lexicon(language: str) -> Lexicon:
    lex: Lexicon = _pack(language).LEXICON
    return lex


@cache
def grammar(language: str) -> Grammar:
    g: Grammar = _pack(language).grammar()
    return g


@cache
def letters(language: str) -> re.Pattern[str]:
    """A letter of the language's script."""
    return regex_cache.compile(lexicon(language).letters)


def detect(sample: str) -> str:
    """The language whose script has the most letters in ``sample`` (ties: the first pack)."""
    counts = [(len(letters(lang).findall(sample)), -i, lang) for i, lang in enumerate(LANGUAGES)]
    return max(counts)[2]


def sentence_language(text: str, article_language: str) -> str:
    """A sentence quoted in another script is read in that script's language: a Latin-script sentence in a
    Russian article as English, and the reverse — when its letters outnumber the article's by three to one."""
    own = len(letters(article_language).findall(text))
    for lang in LANGUAGES:
        if lang != article_language and len(letters(lang).findall(text)) > 3 * own:
            return lang
    return article_language


@cache
def either(table: str) -> str:
    """One regex fragment of every pack's lexicon, as an alternation: for the few readings made before a
    sentence's language is known (where a sentence ends, a role word in a label)."""
    return "|".join(each(table))


def script_language(text: str) -> str:
    """The first pack after the default whose letters appear in ``text``; else the default."""
    return next((lang for lang in LANGUAGES[1:] if letters(lang).search(text)), LANGUAGES[0])


def each(table: str) -> tuple[str, ...]:
    """One string of every pack's lexicon, in pack order (letters of every script for a regex class)."""
    return tuple(getattr(lexicon(lang), table) for lang in LANGUAGES)
