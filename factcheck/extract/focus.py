"""Temporal focus: the year a passage narrates, for the days and months it names without a year.

A news article speaks from its publication date, but a backgrounder narrates earlier years: "In 2018, the
leaders spoke twice – in February and in March", "The same pattern held in 2019. They met in June …". A
careful reader gives a year-less date the year the text has most recently established (HeidelTime's
narrative reference time):
- a year named in the same sentence, not as a window's edge ("in 2018", "the year 2020", "12 March 2019";
  not "since 2017" unless a "when" clause narrates it: "since 2019, when in June …") — the sentence's own year, the only reading of its year-less dates;
- else the year an earlier sentence turned to, until a sentence points from the present again (a weekday,
  "yesterday", "this year", "are holding talks") — a second reading beside the publication date's, since
  a carried focus is a reader's inference, not the text's word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck import regex_cache
from factcheck.lang import grammar
from factcheck.extract.text import Sentence


@dataclass(frozen=True, slots=True)
class Focus:
    """The year a sentence names, and the year its passage narrates."""

    own: int | None  # the year the sentence itself names (None: none, or several that disagree)
    carried: int | None  # the year the passage narrates at this sentence (own, or an earlier sentence's)


_LEAD_WORD = regex_cache.compile(r"^(?P<w>\w+)\s+")


def sentence_years(s: Sentence, text: str) -> list[tuple[int, int]]:
    """(position, year) of the years the sentence turns to: explicit-year dates that are no window edge,
    and 'the year 2020', in text order."""
    g = grammar(s.language)
    years = []
    for d in s.dates:
        if d.relative or d.deictic:
            continue
        lead = _LEAD_WORD.match(d.text)
        before = text[max(0, d.start - 16) : d.start] + (lead.group("w") if lead else "")
        if g.window_edge.search(before) and not g.when_clause.match(text, d.end):
            continue  # "since 2019" is an edge; "since 2019, when in June they met" narrates 2019
        years.append((d.start, d.lo.year))
    years += [(s.start + m.start(), int(m.group("y"))) for m in g.year_named.finditer(s.text)]
    return sorted(years)


def own_year(s: Sentence, years: list[tuple[int, int]]) -> int | None:
    """The year the sentence's year-less dates take: the nearest year named before the first of them
    ("In 2025 … in January, summing up 2024"), else the one year it names."""
    yearless = [d.start for d in s.dates if d.relative and not d.deictic]
    before = [y for pos, y in years if yearless and pos < yearless[0]]
    if before:
        return before[-1]
    return years[0][1] if years and len({y for _, y in years}) == 1 else None


def points_from_now(s: Sentence) -> bool:
    """The sentence speaks from the moment of writing: a weekday, 'yesterday', 'this year', 'are holding'."""
    g = grammar(s.language)
    if any(d.deictic for d in s.dates) or g.present.search(s.text):
        return True
    m = g.this_year.search(s.text)
    return m is not None and not re.search(r"\d", m.group(0))


def focus_of(sentences: list[Sentence], text: str, published: date | None) -> list[Focus]:
    """The temporal focus of each sentence, in order (all None without a publication date)."""
    if published is None:
        return [Focus(None, None) for _ in sentences]
    out = []
    current: int | None = None
    for s in sentences:
        years = sentence_years(s, text)
        own = own_year(s, years)
        if years:
            current = years[-1][1]
        elif points_from_now(s):
            current = None
        pick = own if own is not None else current
        out.append(Focus(own if own != published.year else None, pick if pick != published.year else None))
    return out
