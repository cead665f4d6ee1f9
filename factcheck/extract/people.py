"""Names and roles in a text → parties.

The gazetteer is built from the record (people, aliases, country aliases), so a leader, a spelling or a
role added to the record works without code changes. Names match through aliases, then
through rapidfuzz for variants ("Zelenskiy", "Putine"); roles ("the Russian leader", "the leaders of
Russia and the United States", "the US president") become a country's party, which ``Leaders`` resolves
to whoever held the office on the day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck import regex_cache
from factcheck.lang import LANGUAGES, alternation, each, either, grammar, letters, lexicon, script_language
from factcheck.leaders import Leaders
from factcheck.models import Party

PAIR = Party(label="the two leaders")  # "the two leaders", "the presidents": the article's main pair

# offices named by an acronym, as in officials' posts ("@POTUS is now onto his third call")
OFFICE_ACRONYMS = {"POTUS": "United States"}
_OFFICE_ACRONYM = regex_cache.compile(rf"(?<![\w@])@?(?P<a>{'|'.join(OFFICE_ACRONYMS)})(?!\w)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A leader, office or country named in the text, and where."""

    start: int
    end: int
    party: Party


class Gazetteer:
    """Finds the people, roles and pair expressions a text names. Who holds a role on a day is the
    ``Leaders``' job (``self.leaders``, the record the names were compiled from)."""

    def __init__(self, leaders: Leaders, countries: dict[str, tuple[str, ...]]):
        self.leaders = leaders
        self.countries = countries
        alias_to_id: dict[str, str] = {}
        for p in leaders.people.values():
            # "Modi" names Narendra Modi; a person with a one-word alias already ("Xi") keeps to it
            has_short = any(" " not in a and re.fullmatch(r"[A-Za-z.-]+", a) for a in p.aliases)
            surname = p.name.split()[-1] if " " in p.name.strip() and not has_short else ""
            for a in (p.name, *p.aliases, *([surname] if len(surname) >= 3 else [])):
                if a.strip():
                    alias_to_id.setdefault(a.strip(), p.id)
        self._alias_to_id = alias_to_id
        self._alias_lower = {a.lower(): i for a, i in alias_to_id.items()}
        self._name_re = (
            regex_cache.compile(rf"(?<![\w-])(?:{alternation(alias_to_id)})(?![\w-])") if alias_to_id else None
        )
        # single capitalised words that may be a misspelt surname
        self._surnames = sorted({a for a in alias_to_id if " " not in a and len(a) >= 4})
        self._surname_starts = {(a[:2].lower(), len(a)) for a in self._surnames}
        country_alias: dict[str, str] = {}
        for c, aliases in countries.items():
            for a in (c, *aliases):
                country_alias.setdefault(a.lower(), c)
        self._country_alias = country_alias
        ca = alternation(a for c, al in countries.items() for a in (c, *al)) or r"(?!x)x"
        self._countries_re = ca  # each pack's role phrases are built around it when a text of its script comes
        self._role_res: dict[str, list[re.Pattern[str]]] = {}
        self._fuzzy_cache: dict[str, str | None] = {}

    # ------------------------------------------------------------ finding

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        """People, roles and pair expressions in ``text``, in order, without overlaps."""
        out: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def add(s: int, e: int, party: Party) -> None:
            if all(e <= a or s >= b for a, b in taken):
                taken.append((s, e))
                out.append(Mention(s + offset, e + offset, party))

        # every role pattern names a role noun: skip them all in a text without one (speed)
        for pat in self._roles(text) if _role_hint().search(text) else ():
            for m in pat.finditer(text):
                groups = m.groupdict()
                countries = [self._country_alias.get(groups[k].lower()) for k in ("c", "c2") if groups.get(k)]
                countries = [c for c in countries if c]
                if countries and all(m.end() <= a or m.start() >= b for a, b in taken):
                    taken.append(m.span())
                    for c in dict.fromkeys(countries):
                        out.append(Mention(m.start() + offset, m.end() + offset, Party(country=c, label=m.group(0))))
        for m in _OFFICE_ACRONYM.finditer(text):  # "@POTUS": whoever held the office that day
            country = OFFICE_ACRONYMS[m.group("a").upper()]
            if country in self.countries:
                add(m.start(), m.end(), Party(country=country, label=m.group(0)))
        if self._name_re is not None:
            for m in self._name_re.finditer(text):
                pid = self._alias_to_id.get(m.group(0)) or self._alias_lower.get(m.group(0).lower())
                if pid:
                    add(m.start(), m.end(), Party(person_id=pid, label=m.group(0)))
        for m in _capitalised().finditer(text):
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                pid = self._fuzzy(m.group(0))
                if pid:
                    add(m.start(), m.end(), Party(person_id=pid, label=m.group(0)))
        for m in grammar(script_language(text)).pair.finditer(text):
            add(m.start(), m.end(), Party(label=m.group(0)))
        out.sort(key=lambda x: x.start)
        return out

    def _roles(self, text: str) -> list[re.Pattern[str]]:
        """The role phrases of every pack whose letters ``text`` holds (a pack's role words are written in
        its script), each pack's plural forms first ("the leaders of Russia and the United States")."""
        out = []
        for lang in LANGUAGES:
            if letters(lang).search(text):
                if lang not in self._role_res:
                    self._role_res[lang] = lexicon(lang).role_patterns(self._countries_re)
                out += self._role_res[lang]
        return out

    def _fuzzy(self, word: str) -> str | None:
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        pid = None
        # a variant keeps a surname's first two letters and its length within two: where no surname does,
        # no match can pass, and rapidfuzz is not even imported (most capitalised words of an article)
        start = word[:2].lower()
        near = any((start, len(word) + d) in self._surname_starts for d in range(-2, 3))
        if near and word not in _COMMON_CAPITALISED:
            from rapidfuzz import fuzz, process

            hit = process.extractOne(word, self._surnames, scorer=fuzz.ratio, score_cutoff=86)
            if hit is not None and abs(len(hit[0]) - len(word)) <= 2 and hit[0][:2].lower() == start:
                pid = self._alias_to_id[hit[0]]
        self._fuzzy_cache[word] = pid
        return pid


_COMMON_CAPITALISED = frozenset(
    "This That These Those There Then They Their When While After Before Since During Earlier Later "
    "President Minister Kremlin Moscow Washington Beijing Paris Kyiv Kiev Russia Russian Ukraine Ukrainian "
    "China Chinese France French United States American Europe European Monday Tuesday Wednesday Thursday "
    "Friday Saturday Sunday January February March April June July August September October November "
    "December According Putting Trumpet Macro Biding Putney".split()
)


@cache
def _role_hint() -> re.Pattern[str]:
    """Every role phrase names a role noun: a text without one is skipped (speed)."""
    return regex_cache.compile(either("role_hint"), re.I)


@cache
def _capitalised() -> re.Pattern[str]:
    """A capitalised word of four letters or more, in any pack's script: a name the fuzzy match may know."""
    caps, lower = "".join(each("capitals")), "".join(each("lowercase"))
    return regex_cache.compile(rf"(?<![\w-])[{caps}][{lower}]{{3,}}(?![\w-])")
