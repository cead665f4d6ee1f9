"""The Russian pack: the words and phrase patterns the extractor reads Russian reporting with.

Data only. Russian forms are listed in every case and gender the press uses; every table and pattern has
a comment saying what it recognises.
"""

from factcheck.lang.ru.words import LEXICON

from factcheck.lang.base import Grammar

__all__ = ["LEXICON", "grammar"]


def grammar() -> Grammar:
    """The pack's patterns (their module loads only when a text in the language is read)."""
    from factcheck.lang.ru.phrases import grammar as build

    return build()
