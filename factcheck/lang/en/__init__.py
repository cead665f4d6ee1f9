"""The English pack: the words and phrase patterns the extractor reads English reporting with.

Data only. Every table and pattern has a comment saying what it recognises; patterns are composed from
named parts. Kinds follow the eval README's rules: "call" → phone or video, "meeting" → in person,
"talks"/"spoke" without a medium → any kind.
"""

from factcheck.lang.en.words import LEXICON

from factcheck.lang.base import Grammar

__all__ = ["LEXICON", "grammar"]


def grammar() -> Grammar:
    """The pack's patterns (their module loads only when a text in the language is read)."""
    from factcheck.lang.en.phrases import grammar as build

    return build()
