"""Detects "Have spoken four times this year", "ten phone conversations"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.extract.context import Context, claim_start, medium_kinds, term_kinds
from factcheck.models import PHONE
from factcheck.extract.participants import claim_parties
from factcheck.extract.quantities import parse_number, qualifier_of
from factcheck.extract.text import Sentence
from factcheck.extract.windows import Window, edge_of, window
from factcheck.models import ClaimKind, Party
from factcheck.queries import CountQuery, Precision, PreviousQuery


def detect_count(ctx: Context, s: Sentence) -> None:
    for m in ctx.g.count.finditer(s.text):
        g = m.groupdict()
        raw = g.get("n") or g.get("n2") or g.get("n3") or g.get("tw")
        n = (
            {"twice": 2.0, "once": 1.0}.get(raw.lower())
            if raw and raw.lower() in ("twice", "once")
            else (parse_number(raw) if raw else None)
        )
        qual_word = (g.get("q") or g.get("q2") or g.get("q3") or "").lower()
        qual = qualifier_of(qual_word, ctx.language)
        if n is None or n != int(n) or (g.get("n3") and raw and not raw.isdigit() and n < 2):
            continue
        lo, hi = s.start + m.start(), s.start + m.end()
        if any(c.start <= lo < c.end for c in ctx.here):
            continue
        if g.get("noun") and ctx.g.set_before.search(s.text, 0, m.start()):
            continue  # "The two calls were the second and third …": a set named before, not a count
        if g.get("noun"):
            kinds = term_kinds(ctx, re.sub(r"s$", "", g["noun"].split()[-1]))
            if ctx.g.phone_noun.match(g["noun"]):
                kinds = PHONE
            word = g["noun"]
            if not s.mentions and not ctx.g.they.search(s.text):
                continue  # "about 20 bilateral meetings over three days": nobody's pair
        else:
            verb = g.get("verb") or g.get("verb2") or ""
            kinds = term_kinds(ctx, verb.split()[-1])
            med = g.get("med") or g.get("med2")
            if med:
                kinds = medium_kinds(ctx, med)
                # "by phone and by video": every medium named counts
                for extra_med in ctx.g.medium_and.finditer(s.text[m.end() : m.end() + 40]):
                    kinds = kinds | medium_kinds(ctx, extra_med.group("med"))
            word = verb
        end_ref = ctx.frame.anchor or ctx.frame.published
        win = window(ctx, s, hi, end_ref)
        if win is None:
            # the period the count's own clause names before it ("…: in 2017 alone they called nine
            # times"), else the one the sentence opens with ("Since January they have spoken …")
            win = window(ctx, s, hi, end_ref, before=lo) or window(ctx, s, s.start, end_ref)
        if (
            win is None
            and ctx.discourse.last_window
            and "\n" not in ctx.frame.article.text[ctx.discourse.last_window[3] : s.start]
        ):
            w_lo, w_hi, w_text, _ = ctx.discourse.last_window  # the period the paragraph's last count or ordinal named
            win = Window(w_lo, w_hi, w_text)
        if (win is None or ctx.g.that_year.search(s.text)) and s.year is not None and end_ref is not None:
            # "In total they called six times that year", or no period at all in a paragraph about 2020:
            # the year the passage narrates
            y = s.year
            that = ctx.g.that_year.search(s.text)
            win = Window(
                date(y, 1, 1),
                min(date(y, 12, 31), end_ref),
                that.group(0) if that else str(y),
                s.start + that.start() if that else -1,
                s.start + that.end() if that else -1,
            )
        until = next(
            (d for d in s.dates if d.start < lo and d.day and ctx.g.until.search(s.text, 0, d.start - s.start)), None
        )
        stop = until.lo if until is not None else None
        if stop is None and end_ref is not None and ctx.g.before_this.search(s.text, 0, m.start()):
            stop = end_ref  # "Before that they had spoken once this year": not counting the contact just named
        if win is not None and stop is not None and win.end and stop <= win.end:
            # "Until Thursday they had spoken only once since …": the count stops the day before
            win = Window(win.start, stop - timedelta(days=1), win.text, win.lo, win.hi, win.edge)
        end_abs = max(hi, win.hi) if win and win.hi > 0 else hi
        parties = claim_parties(ctx, s, lo, hi)
        ctx.add(
            ClaimKind.COUNT,
            claim_start(ctx, s, lo, lo),
            end_abs,
            parties=parties,
            contact_kinds=kinds,
            kind_word=word,
            anchor=end_ref,
            window_start=win.start if win else None,
            window_end=win.end if win else end_ref,
            value_text=f"{qual_word} {raw}".strip(),
            qualifier=qual,
            window_text=win.text if win else "",
            query=CountQuery(count=int(n), edge=edge_of(win)),
        )
        if n == 1:
            _the_one_dated(ctx, s, end_abs, parties, kinds, word, end_ref)


def _the_one_dated(
    ctx: Context,
    s: Sentence,
    after: int,
    parties: tuple[Party, ...],
    kinds: frozenset[str],
    word: str,
    end_ref: date | None,
) -> None:
    """ "They had spoken only once since X, by phone on February 10": the one contact is dated, so it is
    also the previous contact before the one the count stops at."""
    text = ctx.frame.article.text
    day = next((d for d in s.dates if d.start >= after and d.precision == "day"), None)
    if day is None:
        return
    m = ctx.g.once_dated.fullmatch(text, after, day.start)
    if m is None:
        return
    ctx.used_dates.add(day.start)
    ctx.add(
        ClaimKind.PREVIOUS,
        after + len(text[after : day.start]) - len(text[after : day.start].lstrip(" ,—–-")),
        day.end,
        parties=parties,
        contact_kinds=medium_kinds(ctx, m.group("med")) if m.group("med") else kinds,
        kind_word=word,
        anchor=end_ref,
        value_text=day.text,
        query=PreviousQuery(day=day.lo, hi=day.hi, precision=Precision.DAY),
    )
