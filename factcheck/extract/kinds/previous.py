"""Detects "The last known call was on 14 June", "they last met in Osaka in June 2019", "nearly two months ago"."""

from __future__ import annotations

from datetime import date, timedelta

from factcheck.extract.context import Context, claim_start, kinds_in, medium_kinds, term_kinds
from factcheck.models import ANY
from factcheck.extract.participants import claim_parties
from factcheck.extract.dates import DateMention
from factcheck.extract.text import Sentence
from factcheck.extract.windows import window
from factcheck.lang import lexicon
from factcheck.models import ClaimKind
from factcheck.queries import Mode, Precision, PreviousQuery, Unit


def detect_previous(ctx: Context, s: Sentence) -> None:
    text = ctx.frame.article.text
    hits: list[tuple[int, int, frozenset[str], str]] = []
    for m in ctx.g.previous.finditer(s.text):
        noun = m.group("noun")
        if noun.lower() in lexicon(ctx.language).occasion_nouns:
            kinds, word = kinds_in(ctx, s, s.start + m.end(), s.end)
            kinds, word = (kinds, word) if word else (ANY, "contact")
        else:
            kinds, word = term_kinds(ctx, noun), noun
        hits.append((s.start + m.start(), s.start + m.end(), kinds, word))
    for m in ctx.g.last_verb.finditer(s.text):
        verb = m.group("verb")
        if verb is None:  # "…, most recently on May 2": the clause's contact word
            kinds, verb = kinds_in(ctx, s, s.start, s.start + m.start())
            if not verb:
                continue
            hits.append((s.start + m.start(), s.start + m.end(), kinds, "most recently"))
            continue
        kinds = term_kinds(ctx, verb.split()[-1])
        if m.group("med"):
            kinds = medium_kinds(ctx, m.group("med"))
        hits.append((s.start + m.start(), s.start + m.end(), kinds, verb))
    for m in ctx.g.not_since.finditer(s.text):
        kinds = term_kinds(ctx, m.group("verb"))
        if m.group("med"):
            kinds = medium_kinds(ctx, m.group("med"))
        hits.append((s.start + m.start(), s.start + m.end(), kinds, m.group("verb")))
    for lo, hi, kinds, word in hits:
        if any(c.start <= lo < c.end for c in ctx.here):
            continue
        start = lo if word == "most recently" else claim_start(ctx, s, lo, lo)  # "…, most recently on May 2"
        # the date: first date after the phrase in the sentence, or "N months ago"
        target = next(
            (
                d
                for d in s.dates
                if d.start >= hi and d.precision != "week" or (d.start >= hi and d.precision == "week")
            ),
            None,
        )
        ago, ago_len = None, 0
        for q in s.periods:
            if q.start >= hi and (ago_word := ctx.g.ago.match(text[q.end : s.end])):
                ago, ago_len = q, len(ago_word.group(0))
                break
        if ago and (target is None or ago.start < target.start):
            ctx.add(
                ClaimKind.PREVIOUS,
                start,
                ago.end + ago_len,
                parties=claim_parties(ctx, s, lo, ago.end),
                contact_kinds=kinds,
                kind_word=word,
                anchor=ctx.frame.anchor,
                value_text=ago.text,
                qualifier=ago.qualifier,
                query=PreviousQuery(ago=ago.value, mode=Mode.AGO, unit=Unit(ago.unit)),
            )
            continue
        if target is None or target.start - hi > 120:
            target = _year_named(ctx, s, hi)  # "They last met at the 2018 SCO summit in Qingdao"
        if target is None:
            continue
        ctx.used_dates.add(target.start)
        # "Last year they met seven times, the last time on 28 December": the last within that window
        win = (
            window(ctx, s, s.start, ctx.frame.anchor or ctx.frame.published, before=lo)
            if ctx.frame.anchor or ctx.frame.published
            else None
        )
        before = win.end + timedelta(days=1) if win and win.end and win.hi <= lo else None
        ctx.add(
            ClaimKind.PREVIOUS,
            start,
            target.end,
            parties=claim_parties(ctx, s, lo, target.end),
            contact_kinds=kinds,
            kind_word=word,
            anchor=ctx.frame.anchor,
            value_text=target.text,
            query=PreviousQuery(day=target.lo, hi=target.hi, precision=Precision(target.precision), before=before),
        )


def _year_named(ctx: Context, s: Sentence, hi: int) -> DateMention | None:
    """A year before an occasion's name after the phrase ("at the 2018 SCO summit"): a date of year precision."""
    m = ctx.g.year_of_occasion.search(ctx.frame.article.text, hi, min(s.end, hi + 80))
    if m is None:
        return None
    y = int(m.group("y"))
    return DateMention(m.start("y"), m.end("y"), date(y, 1, 1), date(y, 12, 31), "year", m.group("y"))
