"""Claims made of two parts (a dated contact and its length)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from factcheck.models import ClaimKind, Finding
from factcheck.verify.rule import C


def compose(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    """ "On June 2 they spoke for an hour" is one claim made of two (the dated contact and its length):
    contradicted when either part is, so a wrong date or a wrong length flags both spans."""
    out = list(findings)
    # the events in text order (findings are), found by bisection on their starts: a long article's
    # thousands of lengths must not each scan every finding
    events = [j for j, f in enumerate(findings) if f.claim.kind is ClaimKind.EVENT]
    starts = [findings[j].claim.start for j in events]
    longest = max((findings[j].claim.end - findings[j].claim.start for j in events), default=0)
    for i, dur in enumerate(findings):
        if dur.claim.kind is not ClaimKind.DURATION or dur.claim.anchor is None:
            continue
        lo, hi = bisect_left(starts, dur.claim.start - longest), bisect_left(starts, dur.claim.end)
        for j in events[lo:hi]:
            ev = findings[j]
            c = ev.claim
            if c.anchor != dur.claim.anchor:
                continue
            if not (c.start < dur.claim.end and dur.claim.start < c.end):
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
