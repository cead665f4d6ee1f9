"""The ground the claim detectors stand on, as the stages of extraction leave it (extract/claims.py):

- ``Frame``: what the article-level stages found before any claim is sought (its pair of leaders, the
  contact it reports). Fixed for the article.
- ``Discourse``: what the sentences before the current one established (the contacts they dated, the
  window they counted in, the leader they named). Each sentence's claims make the next ``Discourse``
  (``Discourse.after``); nothing else changes it.
- ``Found``: what the detectors run so far found in the sentence (claims, the dates they used, the
  contacts they named), frozen. The detectors run in a fixed order (extract/claims.py: an earlier one's
  claim keeps its span), and each starts from the ``Found`` of those before it.
- ``Context``: one detector's workspace in one sentence: the frame, the discourse, the sentence's grammar,
  and a copy of the ``Found`` it starts from, to which it may only add (``Context.found`` checks). A claim
  never spans sentences, so a detector sees no other sentence's work in progress.

Also the small readings of contact words the detectors share: clauses, kinds, ordinals."""

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
from factcheck.queries import Precision, PreviousQuery

NO_DATE = "publication date unknown (pass --date)"

# a contact a sentence named with a date: (day, parties, kinds)
Named = tuple[date, tuple[Party, ...], frozenset[str]]
# the same, with where in the text it was named: (start, day, parties, kinds)
NamedAt = tuple[int, date, tuple[Party, ...], frozenset[str]]


@dataclass(frozen=True, slots=True)
class Frame:
    """The article and what the stages before detection found in it."""

    article: Article
    gaz: Gazetteer
    published: date | None
    main_pair: tuple[Party, ...] = ()  # the leaders the article is about ("the two leaders" → them)
    anchor: date | None = None  # the day of the contact the article reports
    anchor_kinds: frozenset[str] = ANY
    anchor_approximate: bool = False  # no dated report found: the contact is the pair's latest by publication


@dataclass(frozen=True, slots=True)
class Discourse:
    """What the sentences before the current one established."""

    # the parties of the latest claim, in the order found, that is between two: "they" with no name
    last_pair: tuple[Party, ...] = ()
    previous_named: tuple[Named, ...] = ()  # contacts the sentence before named with a date, in text order
    previous_last: tuple[Named, ...] = ()  # the previous contacts ("last spoke on D") the sentence before dated
    previous_since: date | None = None  # the latest contact the sentence before dated: "since then" starts there
    # the window the last count or ordinal counted in, and where its sentence ended: (start, end, text, pos)
    last_window: tuple[date, date | None, str, int] | None = None
    last_subject: Party | None = None  # the first leader the sentence before named: "he" in this one
    this_subject: Party | None = None  # the first leader this sentence names, else the last one's

    def entering(self, s: Sentence) -> Discourse:
        """The discourse as sentence ``s`` begins: its subject is the first leader it names."""
        this = next((m.party for m in s.mentions if m.party.person_id), self.this_subject)
        return replace(self, last_subject=self.this_subject, this_subject=this)

    def after(self, s: Sentence, found: tuple[Claim, ...], named: list[NamedAt]) -> Discourse:
        """The discourse once sentence ``s`` has made the claims ``found`` and named the contacts ``named``
        (start, day, parties, kinds) beside them."""
        named = named + [
            (c.start, c.anchor, c.parties, c.contact_kinds)
            for c in found
            if c.kind in (ClaimKind.EVENT, ClaimKind.FIRST_AFTER) and c.anchor
        ]
        dated_previous = [c for c in found if isinstance(c.query, PreviousQuery) and c.query.precision is Precision.DAY]
        # "The leaders last spoke on December 15. On that occasion …": a distal anaphor may point at it
        previous_last = tuple((c.day, c.parties, c.contact_kinds) for c in dated_previous if c.day)
        previous_named = tuple((d, p, k) for _, d, p, k in sorted(named, key=lambda n: n[0]))
        # "It was their fifth contact this year. Twice they met in person, …": the period the passage counts in
        counted = [c for c in found if c.kind in (ClaimKind.ORDINAL, ClaimKind.COUNT) and c.window_start]
        last_window = self.last_window
        if counted:
            last = counted[-1]
            assert last.window_start is not None  # counted holds only claims with a window
            last_window = (last.window_start, last.window_end, last.window_text, s.end)
        # "…, the last known call was on 14 June. Since then …": the previous contact anchors 'since' only
        since = max([d for d, _, _ in previous_named] + [d for d, _, _ in previous_last], default=None)
        return replace(
            self,
            last_pair=next((c.parties for c in reversed(found) if len(c.parties) == 2), self.last_pair),
            previous_named=previous_named,
            previous_last=previous_last,
            previous_since=since,
            last_window=last_window,
        )


@dataclass(frozen=True, slots=True)
class Found:
    """What the detectors run so far found in a sentence, frozen: the next detector starts from it."""

    claims: tuple[Claim, ...] = ()
    used_dates: frozenset[int] = frozenset()  # starts of date mentions a claim has consumed
    named: tuple[NamedAt, ...] = ()  # contacts named with a date beside the claims: (start, day, parties, kinds)


@dataclass
class Context:
    """One detector's workspace in one sentence: it starts from what the detectors before it found (a
    frozen ``Found``), adds claims (``add``) and marks the dates it used; ``found()`` freezes the result
    for the next detector. A detector can only add: it never changes what an earlier one found."""

    frame: Frame
    discourse: Discourse
    g: Grammar
    here: list[Claim] = field(default_factory=list)  # the sentence's claims so far
    used_dates: set[int] = field(default_factory=set)  # starts of date mentions a claim has consumed
    # contacts this sentence names with a date beside its claims: (start, day, parties, kinds)
    named: list[NamedAt] = field(default_factory=list)
    earlier: Found = Found()  # what it started from

    @classmethod
    def starting(cls, frame: Frame, discourse: Discourse, g: Grammar, earlier: Found) -> Context:
        return cls(frame, discourse, g, list(earlier.claims), set(earlier.used_dates), list(earlier.named), earlier)

    def found(self) -> Found:
        """What this workspace holds, frozen; an AssertionError if an earlier detector's claim was changed."""
        kept = len(self.earlier.claims)
        assert tuple(self.here[:kept]) == self.earlier.claims, "a detector changed an earlier detector's claim"
        return Found(tuple(self.here), frozenset(self.used_dates), tuple(self.named))

    def pair_before(self, pos: int) -> tuple[Party, ...]:
        """The parties of the latest claim found before ``pos`` that is between two (this sentence's first)."""
        here = next((c.parties for c in reversed(self.here) if c.start < pos and len(c.parties) == 2), ())
        return here or self.discourse.last_pair

    @property
    def leaders(self) -> Leaders:
        """Who held which office when: the record the gazetteer was compiled from."""
        return self.frame.gaz.leaders

    @property
    def language(self) -> str:
        return self.g.language

    def _people(self, parties: tuple[Party, ...], day: date) -> frozenset[str | None]:
        return frozenset(_holder(self, p, day) for p in parties)

    def add(self, kind: ClaimKind, start: int, end: int, **kw: object) -> Claim:
        text = self.frame.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " ,;:.\n\t":
            end -= 1
        claim = Claim(id=f"{kind.value}-{start}-{end}", kind=kind, start=start, end=end, quote=text[start:end], **kw)  # type: ignore[arg-type]  # kw: Claim's other fields, of their own types
        if claim.anchor is not None and claim.anchor == self.frame.anchor and kind is not ClaimKind.EVENT:
            who = self._people(claim.parties, claim.anchor)
            if self._people(self.frame.main_pair, claim.anchor) == who:
                claim = replace(claim, reported=True)  # about the contact reported
            else:
                # another pair's claim is not about the reported contact: it is about the contact of that pair
                # the text named last ("A day earlier Trump called Putin. It was their sixth call this year")
                named = [d for d, ps, _ in self.discourse.previous_named if self._people(ps, d) == who]
                named += [d for _, d, ps, _ in self.named if self._people(ps, d) == who]
                if named:
                    claim = replace(claim, anchor=named[-1])
        if self.frame.anchor_approximate and claim.anchor is not None and claim.anchor == self.frame.anchor:
            claim = replace(claim, approximate_anchor=True)
        if self.frame.published is None and kind is not ClaimKind.DURATION:  # the first reason to give
            claim = replace(claim, problem=NO_DATE)
        self.here.append(claim)
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
