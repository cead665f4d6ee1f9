"""Dated contacts: the one being reported and earlier ones ("they spoke by phone on 3 March and 9 April")."""

from __future__ import annotations

from factcheck.extract.anchoring import attached_dates, relative_to_anchor
from factcheck.extract.context import Context, claim_start, term_kinds
from factcheck.models import ANY
from factcheck.extract.participants import claim_parties, hypothetical, with_leader
from factcheck.extract.text import Sentence, Term
from factcheck.models import ClaimKind
from factcheck.queries import EventQuery, Precision


def detect_event(ctx: Context, s: Sentence) -> None:
    """Dated contacts: the one being reported and earlier ones ("they spoke by phone on 3 March and 9 April")."""
    text = ctx.frame.article.text
    pm = ctx.g.present.search(s.text)
    if pm and ctx.frame.published:
        lo, hi = s.start + pm.start(), s.start + pm.end()
        if not any(c.start <= lo < c.end for c in ctx.here):
            ctx.add(
                ClaimKind.EVENT,
                lo,
                hi,
                parties=claim_parties(ctx, s, lo, hi),
                contact_kinds=term_kinds(ctx, pm.group("noun")),
                kind_word=pm.group("noun"),
                anchor=ctx.frame.published,
                value_text="now",
                query=EventQuery(day=ctx.frame.published, hi=ctx.frame.published),
            )
    claimed: set[int] = set()
    dated_events(ctx, s, list(s.terms), claimed)
    if not any(c.kind is ClaimKind.EVENT and s.start <= c.start < s.end for c in ctx.here):
        # "On June 14, Putin congratulated Trump": a weak verb is a contact when two leaders are named
        if len({m.party for m in s.mentions if m.party.person_id or m.party.country}) >= 2:
            weak = [
                Term(s.start + w.start(), s.start + w.end(), ANY, w.group(0), True)
                for w in ctx.g.weak_verbs.finditer(s.text)
            ]
            weak = [w for w in weak if with_leader(ctx, s, w)]
            dated_events(ctx, s, weak, claimed)
    for d in s.dates:
        if d.start in claimed or d.start in ctx.used_dates or d.precision == "year":
            continue
        prev = [c for c in ctx.here if c.kind is ClaimKind.EVENT and s.start <= c.start and c.end <= d.start]
        if prev and ctx.g.event_joiner.fullmatch(text[prev[-1].end : d.start]):
            claimed.add(d.start)
            pc = prev[-1]
            ctx.add(
                ClaimKind.EVENT,
                d.start,
                d.end,
                parties=pc.parties,
                contact_kinds=pc.contact_kinds,
                kind_word=pc.kind_word,
                anchor=d.lo,
                value_text=d.text,
                query=EventQuery(day=d.lo, hi=d.hi, precision=Precision(d.precision)),
            )


def dated_events(ctx: Context, s: Sentence, terms: list[Term], claimed: set[int]) -> None:
    terms = [
        t for t in terms if not any(c.start <= t.start < c.end and c.kind is not ClaimKind.DURATION for c in ctx.here)
    ]
    terms.sort(key=lambda t: t.start)
    for t in terms:
        if hypothetical(ctx, s, t):
            continue
        for d in map(lambda x: relative_to_anchor(ctx, x), attached_dates(ctx, s, t)):
            if d.start in ctx.used_dates or d.start in claimed:
                continue
            if any(c.start <= d.start < c.end and c.kind is not ClaimKind.DURATION for c in ctx.here):
                continue
            # the nearest contact word the date attaches to owns it
            owners = [u for u in terms if u is t or any(x.start == d.start for x in attached_dates(ctx, s, u))]
            owner = min(owners, key=lambda u: min(abs(u.start - d.end), abs(d.start - u.end)))
            # a verb right before the noun ("spoke by phone on May 2") shares its date; a verb after it
            # ("two video calls and one phone call — in August") takes it
            if owner is not t and not (owner.verb and not t.verb and 0 < t.start - owner.start < 25):
                continue
            first = not any(c.kind is ClaimKind.EVENT and c.start <= t.start < c.end for c in ctx.here)
            claimed.add(d.start)
            lo, hi = (min(t.start, d.start), max(t.end, d.end)) if first else (d.start, d.end)
            ctx.add(
                ClaimKind.EVENT,
                claim_start(ctx, s, lo, lo) if first and d.start > t.start else lo,
                hi,
                parties=claim_parties(ctx, s, lo, hi),
                contact_kinds=t.kinds,
                kind_word=t.word,
                anchor=d.lo,
                value_text=d.text,
                query=EventQuery(day=d.lo, hi=d.hi, precision=Precision(d.precision)),
            )
