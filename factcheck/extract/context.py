"""The shared ground of the claim detectors: the per-article Context, clauses, contact words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from factcheck.lang import Grammar, grammar
from factcheck.models import ANY
from factcheck.lang import lexicon
from factcheck.extract.people import Gazetteer
from factcheck.leaders import Leaders
from factcheck.extract.text import Sentence
from factcheck.models import Article, Claim, ClaimKind, Party

NO_DATE = "publication date unknown (pass --date)"


@dataclass
class Context:
    article: Article
    gaz: Gazetteer
    g: Grammar
    published: date | None
    main_pair: tuple[Party, ...] = ()
    anchor: date | None = None
    anchor_kinds: frozenset[str] = ANY
    claims: list[Claim] = field(default_factory=list)
    sentence_from: int = 0  # index in ``claims`` of the current sentence's first claim
    used_dates: set[int] = field(default_factory=set)  # starts of date mentions a claim has consumed
    # contacts the sentence before named with a date, in text order: (day, parties, kinds)
    previous_named: list[tuple[date, tuple[Party, ...], frozenset[str]]] = field(default_factory=list)
    named: list[tuple[int, date, tuple[Party, ...], frozenset[str]]] = field(default_factory=list)  # this sentence's
    # the window the last count or ordinal counted in, and where its sentence ended: (start, end, text, pos)
    last_window: tuple[date, date | None, str, int] | None = None
    last_subject: Party | None = None  # the first leader the sentence before named: "he" in this one
    this_subject: Party | None = None
    # the previous contacts ("last spoke on D") the sentence before dated: (day, parties, kinds)
    previous_last: list[tuple[date, tuple[Party, ...], frozenset[str]]] = field(default_factory=list)
    previous_since: date | None = None  # the latest contact the sentence before dated: "since then" starts there
    anchor_approximate: bool = False  # no dated report found: the contact is the pair's latest by publication

    @property
    def here(self) -> list[Claim]:
        """The current sentence's claims: a claim never spans sentences, so overlap checks look only here
        (keeps extraction linear in the article's length)."""
        return self.claims[self.sentence_from :]

    @property
    def leaders(self) -> Leaders:
        """Who held which office when: the record the gazetteer was compiled from."""
        return self.gaz.leaders

    @property
    def language(self) -> str:
        return self.g.language

    def _people(self, parties: tuple[Party, ...], day: date) -> frozenset[str | None]:
        return frozenset(_holder(self, p, day) for p in parties)

    def add(self, kind: ClaimKind, start: int, end: int, **kw: object) -> Claim:
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " ,;:.\n\t":
            end -= 1
        claim = Claim(id=f"{kind.value}-{start}-{end}", kind=kind, start=start, end=end, quote=text[start:end], **kw)  # type: ignore[arg-type]  # kw: Claim's other fields, of their own types
        if claim.anchor is not None and claim.anchor == self.anchor and kind is not ClaimKind.EVENT:
            who = self._people(claim.parties, claim.anchor)
            if self._people(self.main_pair, claim.anchor) == who:
                claim = replace(claim, details=replace(claim.details, reported=True))  # about the contact reported
            else:
                # another pair's claim is not about the reported contact: it is about the contact of that pair
                # the text named last ("A day earlier Trump called Putin. It was their sixth call this year")
                named = [d for d, ps, _ in self.previous_named if self._people(ps, d) == who]
                named += [d for _, d, ps, _ in self.named if self._people(ps, d) == who]
                if named:
                    claim = replace(claim, anchor=named[-1])
        if self.anchor_approximate and claim.anchor is not None and claim.anchor == self.anchor:
            claim = replace(claim, details=replace(claim.details, approximate_anchor=True))
        if self.published is None and kind is not ClaimKind.DURATION:  # the first reason to give
            claim = replace(claim, problem=NO_DATE)
        self.claims.append(claim)
        return claim


def _holder(ctx: Context, p: Party, day: date) -> str | None:
    """The person a party names on a day: the named one, or who held the country's office."""
    if p.person_id or not p.country:
        return p.person_id
    ids = ctx.leaders.holders(p.country, day)
    return ids[0] if ids else None


def clause_bounds(s: Sentence, lo: int, hi: int) -> tuple[int, int]:
    """Absolute bounds of the clause holding [lo, hi)."""
    a, b = s.start, s.end
    for m in grammar(s.language).clause_sep.finditer(s.text):
        pos = s.start + m.start()
        if pos < lo:
            a = s.start + m.end()
        elif pos >= hi:
            b = pos
            break
    return a, b


def term_kinds(ctx: Context, word: str) -> frozenset[str]:
    lex = lexicon(ctx.language)
    key = re.sub(r"\s+", " ", word.lower())
    return lex.contact_nouns.get(key) or lex.contact_nouns.get(key.rstrip("s")) or lex.contact_verbs.get(key) or ANY


def kinds_in(ctx: Context, s: Sentence, lo: int, hi: int) -> tuple[frozenset[str], str]:
    """Kinds admitted by the contact words of a stretch of text (the narrowest wins)."""
    terms = [t for t in s.terms if lo <= t.start < hi]
    if not terms:
        return ANY, ""
    best = min(terms, key=lambda t: len(t.kinds))
    return best.kinds, best.word


def medium_kinds(ctx: Context, words: str) -> frozenset[str]:
    lex = lexicon(ctx.language)
    return lex.medium.get(re.sub(r"\s+", " ", words.strip().lower()).replace("face to face", "face to face"), ANY)


def claim_start(ctx: Context, s: Sentence, lo: int, keyword: int) -> int:
    """Start a claim at its sentence's subject when the keyword is close to the sentence start."""
    a, _ = clause_bounds(s, keyword, keyword + 1)
    return min(lo, a) if keyword - a <= 40 else lo


def ordinal_value(ctx: Context, word: str) -> int | None:
    w = word.lower()
    lex = lexicon(ctx.language)
    if w in lex.ordinals:
        return lex.ordinals[w]
    m = re.fullmatch(r"(?P<n>\d{1,2})(?:st|nd|rd|th)", w)
    return int(m.group("n")) if m else None
