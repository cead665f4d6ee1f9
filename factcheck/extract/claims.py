"""Claim detection: tagged sentences → Claims, each carrying the explicit query it makes of the record.

One detector module per claim kind (extract/kinds/); they share the article's context: its publication
date, the contact it reports (the anchor) and its main pair of leaders ("the two leaders" → them)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from collections.abc import Callable
from datetime import date, timedelta

from factcheck.extract.anchoring import find_anchor
from factcheck.extract.context import Context, Discourse, Found, Frame
from factcheck.extract.focus import focus_of
from factcheck.lang import LANGUAGES, Grammar, grammar, sentence_language
from factcheck.extract.kinds.count import detect_count
from factcheck.extract.kinds.duration import detect_duration
from factcheck.extract.kinds.event import detect_event
from factcheck.extract.kinds.first import detect_first
from factcheck.extract.kinds.frequency import detect_frequency, detect_vague_frequency
from factcheck.extract.kinds.ordinal import detect_ordinal
from factcheck.extract.kinds.pause import detect_pause
from factcheck.extract.kinds.previous import detect_previous
from factcheck.models import ANY
from factcheck.queries import EventQuery, Precision
from factcheck.extract.participants import main_pair
from factcheck.extract.people import Gazetteer
from factcheck.extract.text import Sentence, split_sentences, tag_sentence
from factcheck.errors import OFF_CALENDAR, off_calendar
from factcheck.models import Article, Claim, ClaimKind
from factcheck.spans import SpanIndex


def extract_claims(article: Article, gaz: Gazetteer) -> tuple[Claim, ...]:
    """Every checkable claim about leader contacts in the article, in text order, each with the other
    readings its words allow (Claim.alternatives):
    - dates without a year take the sentence's own year when it names one; where an earlier sentence set
      the year the passage narrates, that year is a second reading (extract/focus.py);
    - where a weekday names the day after publication, the dateline may be a day behind the event (a US
      date for a meeting in Asia): the article read from the next day is a second reading."""
    lang = article.language if article.language in LANGUAGES else LANGUAGES[0]
    pieces = [(s, t, sentence_language(t, lang)) for s, t in split_sentences(article.text, article.body_start)]
    plain = [tag_sentence(s, t, article.published, sl, gaz) for s, t, sl in pieces]
    focus = focus_of(plain, article.text, article.published)

    def tagged(years: list[int | None], published: date | None = article.published) -> list[Sentence]:
        return [
            tag_sentence(s, t, published, sl, gaz, y)
            if (y is not None and _has_yearless(p)) or published != article.published
            else replace(p, year=y)
            for (s, t, sl), p, y in zip(pieces, plain, years, strict=True)
        ]

    first = _detect(article, gaz, lang, tagged([f.own for f in focus]))
    claims = first.claims
    carried = [f.carried if f.carried != f.own else None for f in focus]
    if any(y is not None for y in carried):  # a passage narrates an earlier year: its dates and periods
        narrated = _detect(article, gaz, lang, tagged([f.carried for f in focus]), resume=first).claims
        starts = [p.start for p in plain]

        def narrated_label(c: Claim) -> str:
            year = focus[bisect_right(starts, c.start) - 1].carried
            return f"in {year}, the year the passage narrates"

        claims = _with_readings(claims, narrated, narrated_label, standalone=True)
    pub = article.published
    if pub is not None and any(d.deictic and d.day == pub - timedelta(days=6) for p in plain for d in p.dates):
        later = pub + timedelta(days=1)
        lagged = _detect(replace(article, published=later), gaz, lang, tagged([f.own for f in focus], later)).claims
        claims = _with_readings(
            claims, lagged, lambda c: f"with the dateline a day behind the event ({later:%A} {later:%-d %B})"
        )
    return claims


def _has_yearless(s: Sentence) -> bool:
    return any(d.relative and not d.deictic for d in s.dates)


def _with_readings(
    claims: tuple[Claim, ...], other: tuple[Claim, ...], label: Callable[[Claim], str], standalone: bool = False
) -> tuple[Claim, ...]:
    """The claims, each carrying the other reading of the same words where it differs; with ``standalone``,
    a claim only the other reading finds ("six times that year") stands on its own."""
    out = list(claims)
    # by kind, where in ``out`` each claim is: the claims' own (in text order), then those appended
    own: dict[ClaimKind, SpanIndex[int]] = {}
    added: dict[ClaimKind, SpanIndex[int]] = {}
    for k, c in enumerate(out):
        own.setdefault(c.kind, SpanIndex()).add(c.start, c.end, k)
    for n in other:
        found = (k for index in (own, added) if n.kind in index for k in index[n.kind].overlapping(n.start, n.end))
        at = next(found, None)
        if at is None:
            if standalone:
                added.setdefault(n.kind, SpanIndex()).add(n.start, n.end, len(out))
                out.append(replace(n, reading=label(n)))
            continue
        w = out[at]
        if replace(n, id=w.id, start=w.start, end=w.end, quote=w.quote, alternatives=()) == replace(w, alternatives=()):
            continue
        alt = replace(n, reading=label(n), alternatives=())
        out[at] = replace(w, alternatives=w.alternatives + (alt,) + n.alternatives)
    return tuple(sorted(out, key=lambda c: (c.start, c.end, c.kind.value)))


# the detectors, in the order they look at a sentence: each skips words an earlier one has claimed
DETECTORS = (
    detect_first,
    detect_pause,
    detect_ordinal,
    detect_previous,
    detect_count,
    detect_frequency,
    detect_vague_frequency,
    detect_duration,
    detect_event,
)


@dataclass(frozen=True, slots=True)
class Pass:
    """One reading of the article's sentences: its frame, the sentences detected, the discourse as each
    began and the claims each made. A later pass whose frame and first sentences are the same starts where
    they first differ (``_detect``'s ``resume``): what came before is, by the stages' design, the same."""

    frame: Frame
    sentences: tuple[Sentence, ...]
    openings: tuple[Discourse, ...]
    found: tuple[tuple[Claim, ...], ...]  # each sentence's claims

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim, in text order, once each, with the readings that need the whole article."""
        seen: set[tuple[str, int, int]] = set()
        out = []
        for c in sorted((c for f in self.found for c in f), key=lambda c: (c.start, c.end, c.kind.value)):
            key = (c.kind.value, c.start, c.end)
            if key not in seen:
                seen.add(key)
                out.append(_coreferent(self.frame, c))
        return tuple(out)


def _detect(article: Article, gaz: Gazetteer, lang: str, sentences: list[Sentence], resume: Pass | None = None) -> Pass:
    """The claims of tagged sentences, in stages: the article's pair and the contact it reports (the
    frame), then each sentence in turn, its detectors seeing the frame and what the sentences before it
    established (the discourse), and adding only to the sentence's own workspace."""
    kept = tuple(s for s in sentences if s.terms or s.durations or s.mentions)
    frame = frame_of(article, gaz, lang, list(kept))
    start, discourse, openings, found = 0, Discourse(), [], []
    if resume is not None and resume.frame == frame and len(kept) == len(resume.sentences):
        while start < len(kept) and kept[start] == resume.sentences[start]:
            start += 1
        if start == len(kept):  # the same frame and sentences: the same pass
            return resume
        discourse, openings, found = resume.openings[start], list(resume.openings[:start]), list(resume.found[:start])
    for s in kept[start:]:
        openings.append(discourse)
        discourse = discourse.entering(s)
        g = grammar(s.language)
        if not (s.terms or s.durations or (len(s.mentions) >= 2 and g.weak_verbs.search(s.text))):
            found.append(())
            continue
        done = _detect_sentence(frame, discourse, g, s)
        found.append(done.claims)
        discourse = discourse.after(s, done.claims, list(done.named))
    return Pass(frame, kept, tuple(openings), tuple(found))


def frame_of(article: Article, gaz: Gazetteer, lang: str, sentences: list[Sentence]) -> Frame:
    """The stages before detection: the pair of leaders the article is about, then the contact it reports."""
    frame = Frame(article, gaz, article.published)
    frame = replace(frame, main_pair=main_pair(Context(frame, Discourse(), grammar(lang)), sentences))
    anchor, kinds, approximate = find_anchor(Context(frame, Discourse(), grammar(lang)), sentences)
    return replace(frame, anchor=anchor, anchor_kinds=kinds, anchor_approximate=approximate)


def _detect_sentence(frame: Frame, discourse: Discourse, g: Grammar, s: Sentence) -> Found:
    """The detectors in turn (DETECTORS: the earlier one's claim keeps a span), each starting from what
    those before it found, frozen, and adding to it."""
    found = Found()
    ctx = Context.starting(frame, discourse, g, found)
    try:
        for detect in DETECTORS:
            ctx = Context.starting(frame, discourse, g, found)
            detect(ctx, s)
            found = ctx.found()
    except (OverflowError, ValueError) as exc:
        if not off_calendar(exc):
            raise
        # the sentence's words put a date off the calendar: one claim for it, unverifiable, saying why (the
        # contacts named before the failing step still reach the next sentence)
        return Found((_off_calendar_claim(ctx, s),), named=tuple(ctx.named))
    return found


def _off_calendar_claim(ctx: Context, s: Sentence) -> Claim:  # noqa: ARG001
    """The sentence as one claim that cannot be checked, because a date it needs is off the calendar."""
    quote = s.text.strip()
    start = s.start + (len(s.text) - len(s.text.lstrip()))
    return Claim(
        id=f"count-{start}-{start + len(quote)}",
        kind=ClaimKind.COUNT,
        start=start,
        end=start + len(quote),
        quote=quote,
        problem=OFF_CALENDAR,
    )


def _coreferent(frame: Frame, c: Claim) -> Claim:
    """ "The leaders' Tuesday meeting" after a video call was reported: a noun naming the reported contact
    refers back to it, so its medium is a reading, not a requirement."""
    if not isinstance(c.query, EventQuery) or c.anchor is None or c.anchor != frame.anchor or c.contact_kinds == ANY:
        return c
    if (c.query.precision or Precision.DAY) is not Precision.DAY:
        return c
    return replace(
        c,
        alternatives=c.alternatives
        + (replace(c, contact_kinds=ANY, reading=f"'{c.kind_word}' naming the contact the article reports"),),
    )
