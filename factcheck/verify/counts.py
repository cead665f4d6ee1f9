"""Counts and ordinals: how many contacts of the pair the window holds."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from factcheck.models import Claim, Finding
from factcheck.verify.measure import count_fits
from factcheck.verify.readings import Reading, Side
from factcheck.verify.words import KIND_WORDS, ordinal_word
from factcheck.verify.rule import C, S, U

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


def count_like(v: Verifier, claim: Claim, sides: tuple[Side, Side], ordinal: bool) -> Finding:
    n = int(claim.value or 0)
    hi = claim.window_end or claim.anchor
    lo = claim.window_start
    noun = "position" if ordinal else "count"
    claimed = (ordinal_word(n, v.language) if ordinal else str(n)) + f" {claim.kind_word}".rstrip()
    if hi is None:
        return v.finding(claim, U, "the reported contact's date is unknown", claimed=claimed, recorded="—")
    if ordinal:
        rep, why = v.reported(claim, sides, claim.contact_kinds)
        if rep is None:
            return v.finding(
                claim,
                U,
                f"the reported contact cannot be found: {why}",
                claimed=claimed,
                recorded="—",
                interpretation=f"{v.who(claim)}; {KIND_WORDS.get(claim.contact_kinds)}; {v.window_text(lo, hi, claim)}",
            )
        hi = rep.date if claim.detail("approximate_anchor") else hi
    start = lo or v.relationship_start(sides)
    rows = v.contacts(sides, lo, hi)
    results = []
    for r in v.readings(claim):
        got = v.matching(rows, r)
        results.append((r, got))
    if claim.detail("edge"):
        # "since 24 February" may count a contact on the 24th itself
        edge_rows = v.contacts(sides, date.fromisoformat(claim.detail("edge")), hi)
        for r in v.readings(claim)[:2]:
            results.append((r, v.matching(edge_rows, r)))
    if not ordinal and hi == claim.anchor and claim.detail("approximate_anchor"):
        # with no dated report in the article, "have had nine calls" may predate the day's own contact
        for r in v.readings(claim)[:1]:
            got = [c for c in v.matching(rows, r) if c.date < hi]
            results.append((Reading(r.kinds, r.outside_term, r.group, edge=False), got))
    fit = [(r, got) for r, got in results if count_fits(len(got), n, claim.qualifier)]
    primary_r, primary = results[0]
    window = (start or hi, hi)
    base = f"{v.who(claim)}; {{}}; {v.window_text(lo, hi, claim)}" + (
        "; up to and including the reported contact" if ordinal else ""
    )
    if fit:
        r, got = fit[0]
        others = sorted({len(g) for rr, g in results if len(g) != n})
        note = f" (other readings give {', '.join(map(str, others))})" if others else ""
        holds = f"the {noun} is {n}" if not claim.qualifier else f"'{claim.value_text}' holds"
        return v.finding(
            claim,
            S,
            f"the record has {len(got)} {KIND_WORDS.get(r.kinds, 'contacts')} in the window, so {holds}{note}",
            claimed=claimed,
            recorded=str(len(got)),
            interpretation=base.format(r.describe()),
            evidence=got,
            window=window,
        )
    counts = sorted({len(g) for _, g in results})
    recorded = " or ".join(map(str, counts))
    if lo is None and not ordinal:
        return v.finding(
            claim,
            U,
            f"the period counted is not stated; the record holds {recorded} in all",
            claimed=claimed,
            recorded=recorded,
            interpretation=base.format(primary_r.describe()),
            evidence=primary,
        )
    covered = start is not None and v.covered(sides, start, hi)
    k = len(primary)
    return v.finding(
        claim,
        C if covered else U,
        f"the record, complete for this pair over the window, has {recorded} under every reasonable reading, not {n}"
        if covered
        else f"the record is not complete for this pair over {v.window_text(lo, hi, claim)}; it holds {recorded}",
        claimed=claimed,
        recorded=recorded,
        interpretation=base.format(primary_r.describe()),
        evidence=primary,
        suggestion=(ordinal_word(k, v.language) if ordinal else str(k)) if covered else "",
        window=window,
    )


def check_ordinal(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    return count_like(v, claim, sides, ordinal=True)


def check_count(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    return count_like(v, claim, sides, ordinal=False)
