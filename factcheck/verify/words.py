"""The words verification's explanations print: kind names and ordinal words (from the language packs)."""

from __future__ import annotations


from factcheck.models import ANY
from factcheck.lang import lexicon

KIND_WORDS = {
    frozenset({"phone"}): "phone calls",
    frozenset({"video"}): "video calls",
    frozenset({"phone", "video"}): "calls (phone or video)",
    frozenset({"in_person"}): "in-person meetings",
    ANY: "contacts of any kind (phone, video, in person)",
}


def ordinal_word(n: int, language: str = "en") -> str:
    return lexicon(language).ordinal_word(n)
