"""Claim detection: tagged sentences → Claims, each carrying the explicit query it makes of the record.

One detector module per claim kind (extract/kinds/); they share the article's context: its publication
date, the contact it reports (the anchor) and its main pair of leaders ("the two leaders" → them)."""

from __future__ import annotations

from datetime import date

from factcheck.extract.anchoring import find_anchor
from factcheck.extract.context import Context
from factcheck.extract.grammar import grammar
from factcheck.extract.kinds.count import detect_count
from factcheck.extract.kinds.duration import detect_duration
from factcheck.extract.kinds.event import detect_event
from factcheck.extract.kinds.first import detect_first
from factcheck.extract.kinds.frequency import detect_frequency
from factcheck.extract.kinds.ordinal import detect_ordinal
from factcheck.extract.kinds.previous import detect_previous
from factcheck.extract.lexicon import LEXICONS
from factcheck.extract.participants import main_pair
from factcheck.extract.people import Gazetteer
from factcheck.extract.text import sentence_language, split_sentences, tag_sentence
from factcheck.models import Article, Claim, ClaimKind


def extract_claims(article: Article, gaz: Gazetteer) -> tuple[Claim, ...]:
    """Every checkable claim about leader contacts in the article, in text order."""
    lang = article.language if article.language in LEXICONS else "en"
    ctx = Context(article, gaz, grammar(lang), article.published)
    sentences = [
        tag_sentence(s, t, article.published, sentence_language(t, lang), gaz)
        for s, t in split_sentences(article.text, article.body_start)
    ]
    sentences = [s for s in sentences if s.terms or s.durations or s.mentions]
    ctx.main_pair = main_pair(ctx, sentences)
    ctx.anchor, ctx.anchor_kinds = find_anchor(ctx, sentences)
    for s in sentences:
        ctx.g = grammar(s.language)
        if not (s.terms or s.durations or (len(s.mentions) >= 2 and ctx.g.weak_verbs.search(s.text))):
            continue
        before = ctx.sentence_from = len(ctx.claims)
        detect_first(ctx, s)
        detect_ordinal(ctx, s)
        detect_previous(ctx, s)
        detect_count(ctx, s)
        detect_frequency(ctx, s)
        detect_duration(ctx, s)
        detect_event(ctx, s)
        ctx.named += [
            (c.start, c.anchor, c.parties, c.contact_kinds)
            for c in ctx.claims[before:]
            if c.kind in (ClaimKind.EVENT, ClaimKind.FIRST_AFTER) and c.anchor
        ]
        ctx.previous_named = [(d, p, k) for _, d, p, k in sorted(ctx.named, key=lambda n: n[0])]
        # "…, the last known call was on 14 June. Since then …": the previous contact anchors 'since' only
        last = [
            date.fromisoformat(str(c.value))
            for c in ctx.claims[before:]
            if c.kind is ClaimKind.PREVIOUS and c.detail("precision") == "day"
        ]
        ctx.previous_since = max([d for d, _, _ in ctx.previous_named] + last, default=None)
        ctx.named = []
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in sorted(ctx.claims, key=lambda c: (c.start, c.end, c.kind.value)):
        key = (c.kind.value, c.start, c.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return tuple(out)
