"""Claims made of two parts (a dated contact and its length)."""

from __future__ import annotations

from dataclasses import replace

from factcheck.models import ClaimKind, Finding
from factcheck.spans import SpanIndex
from factcheck.verify.rule import C


def compose(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """ "On June 2 they spoke for an hour" is one claim made of two (the dated contact and its length):
    contradicted when either part is, so a wrong date or a wrong length flags both spans."""
    out = list(findings)
    # the events, findable by span (findings are in text order): a long article's thousands of lengths
    # must not each scan every finding
    events: SpanIndex[int] = SpanIndex()
    for j, f in enumerate(findings):
        if f.claim.kind is ClaimKind.EVENT:
            events.add(f.claim.start, f.claim.end, j)
    for i, dur in enumerate(findings):
        if dur.claim.kind is not ClaimKind.DURATION or dur.claim.anchor is None:
            continue
        for j in events.overlapping(dur.claim.start, dur.claim.end):
            ev = findings[j]
            c = ev.claim
            if c.anchor != dur.claim.anchor:
                continue
            if dur.verdict is C:
                bad, other = i, j
            elif ev.verdict is C:
                bad, other = j, i
            else:
                continue
            if out[other].verdict is C:
                continue
            part = "its length" if bad == i else "its date"
            out[other] = replace(
                out[other],
                verdict=C,
                explanation=f"{out[other].explanation}; but as one claim with '{findings[bad].claim.quote}', "
                f"it is contradicted by {part}: {findings[bad].explanation}",
                suggestion=out[other].suggestion or findings[bad].suggestion,
            )
    return tuple(out)
