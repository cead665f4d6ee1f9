"""Detects an average rate over a stated period ("about four times a year since 2019, counting the summits")."""

from __future__ import annotations

from factcheck.extract.context import Context, claim_start, clause_bounds, kinds_in
from factcheck.models import ANY
from factcheck.extract.participants import claim_parties, hypothetical
from factcheck.extract.quantities import parse_number
from factcheck.extract.text import Sentence
from factcheck.extract.windows import window
from factcheck.lang import lexicon
from factcheck.models import ClaimKind
from factcheck.queries import FrequencyQuery, Unit


def detect_frequency(ctx: Context, s: Sentence) -> None:
    for m in ctx.g.frequency.finditer(s.text):
        n = parse_number(m.group("n"))
        if n is None:
            continue
        lo, hi = s.start + m.start(), s.start + m.end()
        inc = ctx.g.including_meetings.search(s.text)
        kinds, word = kinds_in(ctx, s, s.start, hi)
        if inc:
            kinds, word = ANY, word or "contact"
            hi = max(hi, s.start + inc.end())
        elif not word:
            kinds, word = ANY, "contact"
        win = window(ctx, s, s.start, ctx.frame.published)
        unit = m.group("u").lower()
        ctx.add(
            ClaimKind.FREQUENCY,
            claim_start(ctx, s, lo, lo),
            hi,
            parties=claim_parties(ctx, s, lo, hi),
            contact_kinds=kinds,
            kind_word=word,
            window_start=win.start if win else None,
            window_end=win.end if win else None,
            value_text=m.group("n"),
            window_text=win.text if win else "",
            query=FrequencyQuery(
                rate=n,
                unit=Unit.YEAR if lexicon(ctx.language).units.get(unit) == "year" else Unit.MONTH,
                including_meetings=bool(inc),
            ),
        )


VAGUE = "a vague frequency ('{}'): the record counts contacts, it cannot say what is regular or often"


def detect_vague_frequency(ctx: Context, s: Sentence) -> None:
    """ "have maintained regular contact", "they often call each other": a frequency without a number — reported,
    and unverifiable whatever the record shows (contradicted only by no contact at all, which a record
    that holds any never shows)."""
    if any(c.kind is ClaimKind.FREQUENCY for c in ctx.here):
        return
    for m in ctx.g.vague_frequency.finditer(s.text):
        lo, hi = s.start + m.start(), s.start + m.end()
        a, b = clause_bounds(s, lo, hi)
        near = [t for t in s.terms if max(a, lo - 40) <= t.start < min(b, hi + 40) and not hypothetical(ctx, s, t)]
        if not near:
            continue  # "the envoys meet regularly": no leaders' contact
        kinds, word = min(near, key=lambda t: len(t.kinds)).kinds, near[0].word
        ctx.add(
            ClaimKind.FREQUENCY,
            claim_start(ctx, s, lo, lo),
            hi,
            parties=claim_parties(ctx, s, lo, hi),
            contact_kinds=kinds,
            kind_word=word,
            value_text=m.group(0),
            problem=VAGUE.format(m.group(0)),
        )
