"""How long a contact lasted, against every official figure."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import ANY
from factcheck.models import Claim, Finding
from factcheck.verify.measure import band, fmt_minutes, official_durations
from factcheck.verify.readings import Side
from factcheck.verify.words import _MEDIA
from factcheck.verify.rule import C, S, U

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


def check_duration(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    value = float(claim.value or 0)
    lo_b, hi_b = band(value, claim.qualifier)
    claimed = f"{claim.value_text} ({fmt_minutes(value)}; fits {fmt_minutes(lo_b)}–{fmt_minutes(hi_b)})"
    if claim.detail("elapsed"):
        claimed = f"{claim.value_text} had passed with the contact still going on (at least {fmt_minutes(value)})"
    if claim.detail("date_hi") and claim.anchor:
        rows = [
            c
            for c in v.contacts(sides, claim.anchor, date.fromisoformat(claim.detail("date_hi")))
            if c.counted and c.kind in claim.contact_kinds
        ]
        place = claim.detail("place")
        if place:  # "the summit in Helsinki": the rows held there (the record names places in English)
            rows = [c for c in rows if place.lower() in (c.location or "").lower()]
        if len(rows) > 1:  # "when they met in February 2022, the talks lasted …": each row is a reading
            fitting = [c for c in rows if any(lo_b <= m <= hi_b for m, _ in official_durations(c))]
            if not fitting:
                return v.finding(
                    claim,
                    U,
                    f"the record has {len(rows)} such contacts {'there and then' if place else 'then'}; none "
                    f"of them fits, but which one the article means is not clear",
                    claimed=claimed,
                    recorded="; ".join(c.date.isoformat() for c in rows),
                    evidence=rows,
                )
            rows = fitting
        rep = rows[-1] if rows else None
        why = "no such contact in that period" + (f" held in {place}" if place else "")
    else:
        rep, why = v.reported(claim, sides, claim.contact_kinds)
        if rep is None and claim.contact_kinds != ANY:
            # "the conversation lasted two hours" may be the talk at a meeting
            rep, _ = v.reported(claim, sides, ANY)
    interp = f"{v.who(claim)}; length of the contact on {claim.anchor.isoformat() if claim.anchor else '?'}; '{claim.qualifier or 'bare'}' band {fmt_minutes(lo_b)}–{fmt_minutes(hi_b)}"
    if rep is None:
        return v.finding(
            claim, U, f"the contact cannot be found: {why}", claimed=claimed, recorded="—", interpretation=interp
        )
    figures = official_durations(rep)
    if not figures:
        return v.finding(
            claim,
            U,
            f"the record has no duration for the contact on {rep.date.isoformat()}",
            claimed=claimed,
            recorded="no duration recorded",
            interpretation=interp,
            evidence=[rep],
        )
    recorded = "; ".join(f"{fmt_minutes(m)} ({src})" for m, src in figures)
    if claim.detail("elapsed"):
        # time elapsed while the contact went on: a lower bound on its length, never its length
        longest = max(m for m, _ in figures)
        if longest >= value:
            return v.finding(
                claim,
                U,
                f"this is the time that had passed at one moment of the contact, not its length; the record's "
                f"{fmt_minutes(longest)} is consistent with it",
                claimed=claimed,
                recorded=recorded,
                interpretation=interp,
                evidence=[rep],
            )
        return v.finding(
            claim,
            C,
            f"the contact was still going on after {claim.value_text}, but every official figure is shorter: "
            f"the record has {recorded}",
            claimed=claimed,
            recorded=recorded,
            interpretation=interp,
            evidence=[rep],
        )
    fit = [(m, src) for m, src in figures if lo_b <= m <= hi_b]
    if fit:
        m, src = fit[0]
        return v.finding(
            claim,
            S,
            f"fits the official figure {fmt_minutes(m)} ({src})",
            claimed=claimed,
            recorded=recorded,
            interpretation=interp,
            evidence=[rep],
        )
    if all(_MEDIA.match(src) for _, src in figures):
        return v.finding(
            claim,
            U,
            f"the record's only figure is a news outlet's ({recorded}), not an official side's: it does not "
            f"fit, but it cannot refute the claim",
            claimed=claimed,
            recorded=recorded,
            interpretation=interp,
            evidence=[rep],
        )
    m, src = figures[0]
    return v.finding(
        claim,
        C,
        f"no official figure lies in {fmt_minutes(lo_b)}–{fmt_minutes(hi_b)}: the record has {recorded}",
        claimed=claimed,
        recorded=recorded,
        interpretation=interp,
        evidence=[rep],
        suggestion=(src if src and src != "duration_min" else fmt_minutes(m)),
    )
