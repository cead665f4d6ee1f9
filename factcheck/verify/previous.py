"""The previous contact: its date, or how long ago it was."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import ANY
from factcheck.models import Claim, Contact, Finding
from factcheck.verify.measure import band, months_between, years_between
from factcheck.verify.readings import Side
from factcheck.verify.words import _TZ
from factcheck.verify.rule import C, S, U

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


def check_previous(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    ref = claim.anchor
    if ref is None:
        return v.finding(
            claim, U, "the reported contact's date is unknown", claimed=claim.value_text, recorded="—"
        )
    rep, _ = v.reported(claim, sides, ANY)
    before = rep.date if rep is not None else ref + timedelta(days=1)
    if claim.detail("before"):  # the last within a window the sentence names ("last year … the last time on …")
        before, rep = min(before, date.fromisoformat(claim.detail("before"))), None
    rows = [c for c in v.contacts(sides, None, before - timedelta(days=1))]
    mode = claim.detail("mode")
    results = []
    for r in v.readings(claim):
        got = v.matching(rows, r)
        results.append((r, got[-1] if got else None))
    interp = f"{v.who(claim)}; the latest of the {{}} before {before.isoformat()}"
    if mode == "ago":
        unit = claim.detail("unit", "month")
        lo_b, hi_b = band(float(claim.value or 0), claim.qualifier, unit)
        claimed = f"{claim.value_text} before {before.isoformat()}"

        def gap(c: Contact) -> float:
            return (
                months_between(c.date, before)
                if unit == "month"
                else years_between(c.date, before)
                if unit == "year"
                else (before - c.date).days / (7 if unit == "week" else 1)
            )

        for r, last in results:
            if last and lo_b <= gap(last) <= hi_b:
                return v.finding(
                    claim,
                    S,
                    f"the previous contact was on {last.date.isoformat()}, {gap(last):.2f} {unit}s earlier, within {lo_b:g}–{hi_b:g}",
                    claimed=claimed,
                    recorded=f"{last.date.isoformat()} ({gap(last):.2f} {unit}s)",
                    interpretation=interp.format(r.describe()),
                    evidence=[last],
                    window=(last.date, before),
                )
        r, last = results[0]
        if last is None:
            return v.finding(
                claim, U, "the record holds no earlier contact of this pair", claimed=claimed, recorded="none"
            )
        verdict = C if v.covered(sides, last.date, before) else U
        return v.finding(
            claim,
            verdict,
            f"the previous contact was on {last.date.isoformat()}, {gap(last):.2f} {unit}s earlier, outside {lo_b:g}–{hi_b:g}",
            claimed=claimed,
            recorded=f"{last.date.isoformat()} ({gap(last):.2f} {unit}s)",
            interpretation=interp.format(r.describe()),
            evidence=[last],
            window=(last.date, before),
            suggestion=f"about {round(gap(last))} {unit}s ago" if verdict is C else "",
        )
    lo = date.fromisoformat(str(claim.value))
    hi = date.fromisoformat(claim.detail("hi")) if claim.detail("hi") else lo
    claimed = claim.value_text + (f" ({lo.isoformat()})" if lo == hi else f" ({lo.isoformat()} … {hi.isoformat()})")

    def fits(c: Contact) -> bool:
        return lo <= c.date <= hi or (abs((c.date - lo).days) <= 1 and lo == hi and bool(_TZ.search(c.notes or "")))

    if rep is not None and lo <= rep.date <= hi:
        return v.finding(
            claim,
            S,
            f"the date is that of the reported contact itself ({rep.date.isoformat()})",
            claimed=claimed,
            recorded=rep.date.isoformat(),
            interpretation=interp.format("contacts"),
            evidence=[rep],
        )
    for r, last in results:
        if last and fits(last):
            return v.finding(
                claim,
                S,
                f"the latest matching contact before {before.isoformat()} is on {last.date.isoformat()}",
                claimed=claimed,
                recorded=last.date.isoformat(),
                interpretation=interp.format(r.describe()),
                evidence=[last],
                window=(last.date, before),
            )
    r, last = results[0]
    if last is None:
        verdict = U
        return v.finding(
            claim,
            verdict,
            "the record holds no earlier contact of this pair",
            claimed=claimed,
            recorded="none",
            interpretation=interp.format(r.describe()),
        )
    lasts = sorted({x.date for _, x in results if x})
    verdict = C if v.covered(sides, min(lo, last.date), before) else U
    return v.finding(
        claim,
        verdict,
        f"the latest matching contact before {before.isoformat()} is on "
        + " or ".join(d.isoformat() for d in lasts)
        + f", not {claim.value_text}",
        claimed=claimed,
        recorded=" or ".join(d.isoformat() for d in lasts),
        interpretation=interp.format(r.describe()),
        evidence=[last],
        window=(last.date, before),
        suggestion=f"{last.date:%-d %B %Y}" if verdict is C else "",
    )
