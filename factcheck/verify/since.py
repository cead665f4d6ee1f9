"""'The first since X' and 'the first in N years': what lies between the reported contact and before."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import ANY
from factcheck.models import Claim, Finding
from factcheck.verify.measure import band, months_between, round_half, years_between
from factcheck.verify.readings import Side
from factcheck.verify.words import _TZ
from factcheck.verify.rule import C, S, U

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


def check_first_after(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    after = claim.window_start
    assert after is not None
    mode = claim.detail("mode")
    if mode == "dated":
        lo = date.fromisoformat(str(claim.value))
        hi = date.fromisoformat(claim.detail("hi", str(claim.value)))
        rows = v.contacts(sides, after, None)
        claimed = f"first {claim.kind_word} after {claim.window_text}: {claim.value_text}"
        results = [(r, (v.matching(rows, r) or [None])[0]) for r in v.readings(claim)]
        for r, first in results:
            if first and (
                lo <= first.date <= hi
                or (lo == hi and abs((first.date - lo).days) <= 1 and _TZ.search(first.notes or ""))
            ):
                return v.finding(
                    claim,
                    S,
                    f"the first matching contact on or after {after.isoformat()} is on {first.date.isoformat()}",
                    claimed=claimed,
                    recorded=first.date.isoformat(),
                    interpretation=f"{v.who(claim)}; the earliest of the {r.describe()} from {after.isoformat()}",
                    evidence=[first],
                    window=(after, first.date),
                )
        r, first = results[0]
        if first is None:
            end = v.record_end(sides)
            return v.finding(
                claim,
                U,
                "not in the record yet"
                if end is None or lo > end
                else "the record holds no such contact after that",
                claimed=claimed,
                recorded="none",
            )
        verdict = C if v.covered(sides, after, max(hi, first.date)) else U
        return v.finding(
            claim,
            verdict,
            f"the first matching contact on or after {after.isoformat()} is on {first.date.isoformat()}",
            claimed=claimed,
            recorded=first.date.isoformat(),
            interpretation=f"{v.who(claim)}; the earliest of the {r.describe()} from {after.isoformat()}",
            evidence=[first],
            window=(after, first.date),
            suggestion=f"{first.date:%-d %B %Y}" if verdict is C else "",
        )
    # the reported contact is the first since X: nothing matching in between
    rep, why = v.reported(claim, sides, claim.contact_kinds)
    claimed = f"no {claim.kind_word} between {after.isoformat()} and the reported contact"
    if rep is None:
        return v.finding(
            claim, U, f"the reported contact cannot be found: {why}", claimed=claimed, recorded="—"
        )
    rows = [c for c in v.contacts(sides, after, rep.date - timedelta(days=1))]
    results = [(r, v.matching(rows, r)) for r in v.readings(claim)]
    interp = f"{v.who(claim)}; {{}} from {after.isoformat()} to {rep.date.isoformat()} (exclusive)"
    for r, got in results:
        if not got:
            return v.finding(
                claim,
                S,
                f"the record has no {r.describe()} between {after.isoformat()} and the reported contact on {rep.date.isoformat()}",
                claimed=claimed,
                recorded="none in between",
                interpretation=interp.format(r.describe()),
                evidence=[rep],
                window=(after, rep.date),
            )
    r, got = results[0]
    verdict = C if v.covered(sides, after, rep.date) else U
    return v.finding(
        claim,
        verdict,
        f"the record has {len(got)} matching contact(s) in between, the latest on {got[-1].date.isoformat()}",
        claimed=claimed,
        recorded=", ".join(c.date.isoformat() for c in got),
        interpretation=interp.format(r.describe()),
        evidence=got,
        window=(after, rep.date),
        suggestion=f"the first since {got[-1].date:%-d %B %Y}" if verdict is C else "",
    )


def check_gap(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    unit = claim.detail("unit", "year")
    value = float(claim.value or 0)
    if unit in ("week", "day"):
        value, unit = value / (4.348 if unit == "week" else 30.4375), "month"
    lo_b, hi_b = band(value, claim.qualifier, unit)
    claimed = f"first {claim.kind_word} in {claim.value_text}"
    rep, why = v.reported(claim, sides, ANY)
    if rep is None:
        return v.finding(
            claim, U, f"the reported contact cannot be found: {why}", claimed=claimed, recorded="—"
        )
    rows = v.contacts(sides, None, rep.date - timedelta(days=1))
    measure = months_between if unit == "month" else years_between
    results = []
    for r in v.readings(claim):
        got = v.matching(rows, r)
        results.append((r, got[-1] if got else None))
    interp = f"{v.who(claim)}; gap from the latest of the {{}} before {rep.date.isoformat()}; claimed band {lo_b:g}–{hi_b:g} {unit}s"
    for r, prev in results:
        if prev and lo_b <= measure(prev.date, rep.date) <= hi_b:
            g = measure(prev.date, rep.date)
            return v.finding(
                claim,
                S,
                f"the previous contact was on {prev.date.isoformat()}, {g:.2f} {unit}s earlier",
                claimed=claimed,
                recorded=f"{g:.2f} {unit}s (since {prev.date.isoformat()})",
                interpretation=interp.format(r.describe()),
                evidence=[prev, rep],
                window=(prev.date, rep.date),
            )
    r, prev = results[0]
    if prev is None:
        start = v.record_start(sides)
        if start and measure(start, rep.date) > hi_b and v.covered(sides, start, rep.date):
            return v.finding(
                claim,
                C,
                f"the record, complete since {start.isoformat()}, has no earlier contact: the gap is longer than claimed",
                claimed=claimed,
                recorded=f"none since {start.isoformat()}",
                interpretation=interp.format(r.describe()),
            )
        return v.finding(
            claim,
            U,
            "the record holds no earlier contact of this pair",
            claimed=claimed,
            recorded="none",
            interpretation=interp.format(r.describe()),
        )
    g = measure(prev.date, rep.date)
    verdict = C if v.covered(sides, prev.date, rep.date) else U
    return v.finding(
        claim,
        verdict,
        f"the previous contact was on {prev.date.isoformat()}, {g:.2f} {unit}s earlier, outside {lo_b:g}–{hi_b:g}",
        claimed=claimed,
        recorded=f"{g:.2f} {unit}s (since {prev.date.isoformat()})",
        interpretation=interp.format(r.describe()),
        evidence=[prev, rep],
        window=(prev.date, rep.date),
        suggestion=f"the first in {round_half(g)} {unit}s" if verdict is C else "",
    )
