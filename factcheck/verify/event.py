"""A dated contact: is it in the record on that day, of that kind?"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import CALL
from factcheck.models import Claim, Finding
from factcheck.verify.readings import Reading, Side
from factcheck.verify.words import KIND_WORDS
from factcheck.verify.rule import C, S, U

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


def check_event(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    lo = claim.anchor
    hi = date.fromisoformat(claim.detail("hi")) if claim.detail("hi") else lo
    assert lo is not None
    interp = f"{v.who(claim)}; {KIND_WORDS.get(claim.contact_kinds, 'contact')}; on {lo.isoformat()}" + (
        f" … {hi.isoformat()}" if hi != lo else ""
    )
    claimed = f"{claim.kind_word or 'contact'} on {lo.isoformat()}" + (f" … {hi.isoformat()}" if hi != lo else "")
    rows = v.locate(sides, lo, hi, claim.contact_kinds)
    if rows:
        c = rows[0]
        off = (
            ""
            if lo <= c.date <= hi
            else f" (the record dates it {c.date.isoformat()}; its notes name the other time zone's date)"
        )
        return v.finding(
            claim,
            S,
            f"the record has this {c.kind.replace('_', '-')} contact on {c.date.isoformat()}{off}",
            claimed=claimed,
            recorded=f"{c.kind} on {c.date.isoformat()}",
            interpretation=interp,
            evidence=rows,
        )
    disputed = [c for c in v.contacts(sides, lo, hi) if c.disputed]
    if disputed:
        return v.finding(
            claim,
            U,
            "the only such contact in the record is disputed (denied by a party)",
            claimed=claimed,
            recorded="disputed",
            interpretation=interp,
            context=disputed,
        )
    end = v.record_end(sides)
    if end is None or hi > end:
        return v.finding(
            claim,
            U,
            "not in the record yet: the record's entries for this pair end "
            f"{end.isoformat() if end else 'before this date'}",
            claimed=claimed,
            recorded="—",
            interpretation=interp,
        )
    other_kind = [c for c in v.contacts(sides, lo, hi) if c.counted]
    if not v.covered(sides, lo, hi):
        return v.finding(
            claim,
            U,
            "the record is incomplete for this pair at that time",
            claimed=claimed,
            recorded="—",
            interpretation=interp,
            context=other_kind,
        )
    if other_kind and claim.contact_kinds == CALL and any(c.kind == "in_person" for c in other_kind):
        c = next(c for c in other_kind if c.kind == "in_person")
        return v.finding(
            claim,
            S,
            f"the record has an in-person meeting on {c.date.isoformat()}: read as a conversation "
            "at that meeting (as a call, the record has none that day)",
            claimed=claimed,
            recorded=f"{c.kind} on {c.date.isoformat()}",
            interpretation=interp,
            evidence=[c],
        )
    if other_kind:
        c = other_kind[0]
        return v.finding(
            claim,
            C,
            f"the contact on {c.date.isoformat()} was {c.kind.replace('_', '-')}, not "
            f"{KIND_WORDS.get(claim.contact_kinds, 'that kind')}",
            claimed=claimed,
            recorded=f"{c.kind} on {c.date.isoformat()}",
            interpretation=interp,
            evidence=other_kind,
            suggestion=f"{c.kind.replace('_', ' ')} contact",
        )
    near = [
        c
        for c in v.matching(
            v.contacts(sides, lo - timedelta(days=45), hi + timedelta(days=45)),
            Reading(claim.contact_kinds, True),
        )
    ]
    near.sort(key=lambda c: min(abs((c.date - lo).days), abs((c.date - hi).days)))
    if (
        near
        and claim.detail("precision") in ("month", "week")
        and (lo - timedelta(days=1) <= near[0].date <= hi + timedelta(days=1))
    ):
        # "in December" for a dinner of 30 November: a month named loosely, or by the other side's date
        return v.finding(
            claim,
            U,
            f"the record has one on {near[0].date.isoformat()}, a day outside {claim.value_text or 'that period'}: "
            "reports may date it by another time zone",
            claimed=claimed,
            recorded=f"{near[0].kind} on {near[0].date.isoformat()}",
            interpretation=interp,
            context=near[:1],
        )
    suggestion = f"{near[0].date:%-d %B %Y} ({near[0].date:%A})" if near else ""
    return v.finding(
        claim,
        C,
        f"the record, complete for this pair then, has no {KIND_WORDS.get(claim.contact_kinds, 'contact')} on that date"
        + (f"; the nearest is on {near[0].date.isoformat()}" if near else ""),
        claimed=claimed,
        recorded=f"nearest: {near[0].date.isoformat()}" if near else "none",
        interpretation=interp,
        context=near[:1],
        suggestion=suggestion,
    )
