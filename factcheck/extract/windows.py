"""The period a claim counts in: "this year", "since X", "over the past two months", "his first term"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.extract.context import Context, clause_bounds
from factcheck.lang import lexicon
from factcheck.extract.participants import claim_parties
from factcheck.extract.quantities import find_periods, period_in_years
from factcheck.extract.text import Sentence
from factcheck.models import Office


@dataclass(frozen=True)
class Window:
    """The period a claim counts in ('this year', 'since X'), as days and as written."""

    start: date | None
    end: date | None
    text: str
    lo: int = -1  # span in the text, when there is one
    hi: int = -1
    edge: date | None = None  # "since 24 February": the day itself may count too (a reading)


def window(
    ctx: Context, s: Sentence, after: int, anchor: date | None, before: int | None = None, until: int | None = None
) -> Window | None:
    """The counting window named in the clause after position ``after`` (up to ``until``, where another
    claim begins) — or, failing that, in the clause before position ``before`` ("Since the start of the year …
    for the tenth time"). The earliest phrase wins."""
    cl_a, cl_b = clause_bounds(s, after, after + 1)
    if until is not None:
        cl_b = min(cl_b, until)
    found = windows_in(ctx, s, after, cl_b, anchor)
    if not found and before is not None:
        found = windows_in(ctx, s, cl_a, before, anchor)
    return min(found, key=lambda w: w.lo) if found else None


def windows_in(ctx: Context, s: Sentence, lo: int, hi: int, anchor: date | None) -> list[Window]:
    text = ctx.frame.article.text
    seg = text[lo:hi]
    out: list[Window] = []
    if anchor:
        m = ctx.g.this_year.search(seg)
        if m:
            ym = re.search(r"\d{4}", m.group(0))
            year = int(ym.group(0)) if ym else anchor.year
            out.append(
                Window(date(year, 1, 1), min(anchor, date(year, 12, 31)), m.group(0), lo + m.start(), lo + m.end())
            )
        m = ctx.g.this_month.search(seg)
        if m:
            out.append(Window(anchor.replace(day=1), anchor, m.group(0), lo + m.start(), lo + m.end()))
        m = ctx.g.last_year.search(seg)
        if m:
            y = anchor.year - 1
            out.append(Window(date(y, 1, 1), date(y, 12, 31), m.group(0), lo + m.start(), lo + m.end()))
        m = ctx.g.since_month.search(seg)
        if m:
            month = lexicon(ctx.language).months.get(m.group("m").lower())
            if month:
                year = (
                    int(m.group("y")) if m.group("y") else (anchor.year if month <= anchor.month else anchor.year - 1)
                )
                after = date(year + month // 12, month % 12 + 1, 1)  # "since September": after September, a reading
                out.append(Window(date(year, month, 1), anchor, m.group(0), lo + m.start(), lo + m.end(), edge=after))
        m = ctx.g.past_period.search(seg)
        if m and not m.group("n") and not m.groupdict().get("a") and ctx.g.plural_unit.fullmatch(m.group("u")):
            m = None  # "in recent weeks": a period of no stated length
        if m:
            q = find_periods(m.group(0), ctx.language)
            if q:
                days = round(period_in_years(q[0]) * 365.25)
                # "in a year", "over the past six months" are round figures: a window a tenth longer is a reading
                out.append(
                    Window(
                        anchor - timedelta(days=days),
                        anchor,
                        m.group(0),
                        lo + m.start(),
                        lo + m.end(),
                        edge=anchor - timedelta(days=round(days * 1.1)),
                    )
                )
    for sm in ctx.g.since_after.finditer(seg):
        if ctx.g.since_then.match(text[lo + sm.end() : lo + sm.end() + 30]):
            # "have since spoken twice", "since then": since the contact the sentence before named
            if ctx.discourse.previous_since:
                day = ctx.discourse.previous_since
                out.append(Window(day + timedelta(days=1), anchor, sm.group(0), lo + sm.start(), lo + sm.end()))
            break
        x = event_x(ctx, s, lo + sm.end(), anchor)
        if x is None:
            continue
        xlo, xhi, xtext, x_end, office = x
        if not office and sm.group(0).lower() in lexicon(ctx.language).after_words:
            continue  # "the third meeting, after Xi's visit in April": an earlier contact, not a window
        # "since 24 February": after that day (the day itself a reading); "since 2017": from its start
        start = xlo if (not office and xlo != xhi) else xhi + timedelta(days=1)
        # the other reading of the edge: "since 24 February" may count the 24th itself; "since September
        # 2022" may mean after the contact of that September, so the month itself may be left out
        edge = None if office else xlo if xlo == xhi else xhi + timedelta(days=1)
        out.append(Window(start, anchor, text[lo + sm.start() : x_end], lo + sm.start(), x_end, edge=edge))
        break
    m = ctx.g.term.search(seg)
    if m:
        span = term_span(ctx, s, m, anchor)
        if span:
            out.append(Window(span[0], span[1], m.group(0), lo + m.start(), lo + m.end()))
    for d in s.dates:
        if ctx.g.latest_before.search(
            text[max(lo, d.start - 20) : d.start],
        ):
            continue  # "five times, the last in 2019": the last one's year, not the period counted
        if lo <= d.start < hi and d.precision in ("year", "week"):
            out.append(Window(d.lo, min(d.hi, anchor) if anchor else d.hi, d.text, d.start, d.end))
            break
    return out


def edge_of(win: Window | None) -> date | None:
    """The other reading of a window's first day, if it has one (a count's or an ordinal's ``edge``)."""
    return win.edge if win is not None else None


def term_span(ctx: Context, s: Sentence, m: re.Match[str], anchor: date | None) -> tuple[date, date] | None:
    """'the previous presidential term', 'his first term' → the dates of that term of the named US-style
    president in the sentence (or the main pair's member with more than one term)."""
    which = (m.group("w") or m.groupdict().get("w2") or "").lower()
    meant = next((v for k, v in lexicon(ctx.language).term_which.items() if which.startswith(k)), "current")
    candidates = [p.person_id for p in claim_parties(ctx, s, s.start + m.start(), s.start + m.end()) if p.person_id]
    # "Trump's second term": the term of the man named right before it
    owner = [
        x.party.person_id
        for x in s.mentions
        if x.party.person_id and re.fullmatch(r"\s*(?:['’]s\s*)?", ctx.frame.article.text[x.end : s.start + m.start()])
    ]
    if (
        not owner
        and ctx.discourse.last_subject is not None
        and ctx.discourse.last_subject.person_id
        and ctx.g.possessive_before.search(
            ctx.frame.article.text[max(s.start, s.start + m.start() - 8) : s.start + m.start()]
        )
    ):
        owner = [ctx.discourse.last_subject.person_id]  # "… since Trump returned. During his first term …": that man's
    candidates = owner + [c for c in candidates if c not in owner]
    ref = anchor or ctx.frame.published
    for pid in candidates:
        terms = ctx.leaders.terms(pid)
        if len(terms) < 2 and meant != "current":
            continue
        t: Office | None
        if meant == "first":
            t = terms[0]
        elif meant == "second":
            t = terms[1] if len(terms) > 1 else None
        elif meant == "previous":
            past = [t for t in terms if ref and t.end and t.end <= ref]
            t = past[-1] if past else None
        else:
            cur = [t for t in terms if ref and t.holds(ref)]
            t = cur[-1] if cur else None
        if t is not None:
            return t.start, (t.end - timedelta(days=1)) if t.end else (ref or date.max)
    return None


def office_start(ctx: Context, s: Sentence, lo: int, hi: int, ref: date | None) -> date | None:
    """The start of the term meant by "X's return to the White House", "since Biden took office",
    "since his return to the presidency": the person named in or just before the phrase, else the
    pair's most recent inauguration before the reference day."""
    if ref is None:
        return None
    named = [m.party.person_id for m in s.mentions if lo - 30 <= m.start < hi and m.party.person_id]
    if ctx.g.return_word.search(ctx.frame.article.text[lo:hi]):
        # "since he returned to office": only someone with an earlier term can return
        named = [pid for pid in named if len(ctx.leaders.terms(pid)) > 1] or [
            p.person_id for p in ctx.frame.main_pair if p.person_id and len(ctx.leaders.terms(p.person_id)) > 1
        ]
    candidates = (
        named[-1:]
        or [p.person_id for p in claim_parties(ctx, s, lo, hi) if p.person_id]
        or [p.person_id for p in ctx.frame.main_pair if p.person_id]
    )
    starts = [t.start for pid in candidates for t in ctx.leaders.terms(pid) if t.start <= ref]
    return max(starts) if starts else None


def event_x(ctx: Context, s: Sentence, pos: int, anchor: date | None) -> tuple[date, date, str, int, bool] | None:
    """X in 'since X' / 'after X', starting at absolute ``pos``: (lo, hi, text, end offset, is a term of office)."""
    rest = ctx.frame.article.text[pos : s.end]
    # the phrase ends where a coordinated claim begins: "since June and the second since he took office"
    cut = ctx.g.next_ordinal.search(rest)
    if cut is not None:
        rest = rest[: cut.start()]
    m = ctx.g.office_return.search(rest[:80])
    if m:
        span = office_start(ctx, s, pos + m.start(), pos + m.end(), anchor or ctx.frame.published)
        if span is not None:
            end = pos + m.end()
            for d in s.dates:  # "returned to power in January", "Biden's inauguration on 20 January": the same event
                if (
                    end <= d.start <= end + 25
                    and (d.precision in ("month", "year") or abs((d.lo - span).days) <= 1)
                    and re.fullmatch(r"[\s\w.]*", ctx.frame.article.text[end : d.start])
                    and not ctx.g.blockers.search(ctx.frame.article.text[end : d.start])
                ):
                    end = d.end
                    ctx.used_dates.add(d.start)
                    break
            return (
                span - timedelta(days=1),
                span - timedelta(days=1),
                ctx.frame.article.text[pos + m.start() : end],
                end,
                True,
            )
    named = world_event(ctx, s, pos, anchor)
    if named is not None:
        return named
    # a date within the X phrase: "since the summit in Geneva on June 16", "since 2019"
    limit = pos + min(90, len(rest))
    for d in s.dates:
        if d.end > pos and d.start <= limit:  # a date mention may begin with the "since" itself
            between = ctx.frame.article.text[pos : max(pos, d.start)]
            if re.search(r"[,;:.!?]", between):
                break
            return d.lo, d.hi, d.text, d.end, False
    return None


def world_event(ctx: Context, s: Sentence, pos: int, anchor: date | None) -> tuple[date, date, str, int, bool] | None:
    """X as a world event of the record's events table: "since Trump's re-election", "after his election
    victory in 2016", "since the start of the special military operation". Whose election: the man named with it,
    else one of the pair; which: the latest before the reference day (or in the year named with it).
    Like a term of office, the window starts on the event's own day."""
    text = ctx.frame.article.text
    m = ctx.g.world_event.match(text, pos, s.end)
    if m is None:
        return None
    kind = "reelection" if m.group("reelection") else "election" if m.group("election") else "invasion"
    end = m.end()
    year = next((d for d in s.dates if end <= d.start <= end + 12 and d.precision == "year"), None)
    if year is not None:
        end = year.end
        ctx.used_dates.add(year.start)
    ref = anchor or ctx.frame.published
    events = [e for e in ctx.leaders.events if e.kind == kind or (kind == "election" and e.kind == "reelection")]
    if kind != "invasion":
        # "Trump's re-election", "the re-election of Trump": the name beside the phrase; else the pair's
        owner = {
            x.party.person_id
            for x in s.mentions
            if pos <= x.start < m.start("ev") or m.end() <= x.start <= m.end() + 25
        }
        owner.discard(None)
        pair = {p.person_id for p in ctx.frame.main_pair} - {None}
        events = [e for e in events if e.person_id in (owner or pair)]
    if year is not None:
        events = [e for e in events if e.date.year == year.lo.year]
    events = [e for e in events if ref is None or e.date <= ref]
    if not events:
        return None
    day = events[-1].date - timedelta(days=1)
    return day, day, text[m.start("ev") : end], end, True
