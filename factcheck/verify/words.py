"""The words and note patterns verification uses: the kind names its explanations print, ordinal
words, and the patterns read in a record row's notes and duration text. Kept in one place for the
language packs."""

from __future__ import annotations

import re

from factcheck.models import ANY
from factcheck.lang import lexicon

KIND_WORDS = {
    frozenset({"phone"}): "phone calls",
    frozenset({"video"}): "video calls",
    frozenset({"phone", "video"}): "calls (phone or video)",
    frozenset({"in_person"}): "in-person meetings",
    ANY: "contacts of any kind (phone, video, in person)",
}
_UNOFFICIAL = re.compile(
    r"^\s*(?:some|other|early|one|media|several|a\s+few|unofficial|reports?|outlets?|\w+\s+outlets?|one\s+later)\b",
    re.I,
)
# a figure a news outlet or commentator gives, not an official side: it may confirm a length, never refute one
_AGENCIES = r"UPI|AP|AFP|Reuters|Bloomberg|NBC|CBS|ABC|CNN|Fox|Axios|Politico|BFMTV|Le\s+Monde|Vedomosti|Kommersant"
_OTHER_MEDIA = r"RBC|Ura\.news|EIR|European\s+Pravda|Kyiv\s+Independent|BuzzFeed|Ian\s+Bremmer|Russian\s+state\s+media"
_MEDIA = re.compile(rf"^\s*(?:{_AGENCIES}|{_OTHER_MEDIA})\b")
_CONTEXT = re.compile(r"^\s*(?:CONTEXT ONLY|PRESIDENT-ELECT)", re.I)
_TZ = re.compile(
    r"TIME ZONE|time[- ]zone|crossed midnight|Eastern date|other side's date|dates? it|call(?:s|ed)? it", re.I
)
_GROUP = re.compile(r"^\s*(?:TRILATERAL|MULTILATERAL)", re.I)
_CEREMONY = re.compile(r"\bceremon(?:y|ies|ial)\b", re.I)  # a joint ceremony by video link: speeches, no talks


def ordinal_word(n: int, language: str = "en") -> str:
    return lexicon(language).ordinal_word(n)
