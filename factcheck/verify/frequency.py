"""Rates: contacts per year (or month) over a period."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import ANY, CALL, PHONE
from factcheck.models import Claim, Finding
from factcheck.verify.measure import years_between
from factcheck.verify.readings import Reading, Side
from factcheck.verify.rule import C, S, U

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


def check_frequency(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    lo, hi = claim.window_start, claim.window_end
    n = float(claim.value or 0)
    claimed = f"{claim.value_text} times a {claim.detail('unit', 'year')}"
    if lo is None or hi is None:
        return v.finding(claim, U, "the period the average covers is not stated", claimed=claimed, recorded="—")
    span = years_between(lo, hi + timedelta(days=1))
    if claim.detail("unit") == "month":
        span *= 12
    rows = v.contacts(sides, lo, hi)
    readings = v.readings(claim)
    if not claim.detail("including_meetings") and claim.contact_kinds == ANY:
        readings = [Reading(PHONE, False), Reading(CALL, False)] + readings
    results = [(r, v.matching(rows, r)) for r in readings]
    interp = f"{v.who(claim)}; {{}}; {lo.isoformat()} … {hi.isoformat()} ({claim.window_text}); ±0.5"
    for r, got in results:
        rate = len(got) / span
        if abs(rate - n) <= 0.5:
            return v.finding(
                claim,
                S,
                f"{len(got)} {r.describe()} over {span:.2f} {claim.detail('unit', 'year')}s = {rate:.2f}",
                claimed=claimed,
                recorded=f"{rate:.2f}",
                interpretation=interp.format(r.describe()),
                evidence=got,
                window=(lo, hi),
            )
    r, got = results[0]
    rate = len(got) / span
    verdict = C if v.covered(sides, lo, hi) else U
    return v.finding(
        claim,
        verdict,
        f"{len(got)} {r.describe()} over {span:.2f} {claim.detail('unit', 'year')}s = {rate:.2f}, not {claim.value_text}",
        claimed=claimed,
        recorded=f"{rate:.2f}",
        interpretation=interp.format(r.describe()),
        evidence=got,
        window=(lo, hi),
        suggestion=f"about {rate:.1f} times a {claim.detail('unit', 'year')}" if verdict is C else "",
    )
