"""How long a contact lasted, against every official figure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.models import ANY
from factcheck.models import Claim, Contact, Finding, Verdict
from factcheck.queries import DurationQuery
from factcheck.verify.measure import band, fmt_minutes, official_durations
from factcheck.verify.readings import Side
from factcheck.verify.rule import C, S, U
from factcheck.verify.skeleton import Check, Trial, judge

if TYPE_CHECKING:
    from factcheck.verify.verifier import Verifier


Figure = tuple[float, str]  # an official figure for a contact's length: minutes, and where it comes from


@dataclass(frozen=True)
class FigureCheck(Check[Figure, float]):
    """The length of one contact (``rep``): each official figure the record has is a reading of it."""

    rep: Contact
    figures: list[Figure]
    value: float
    lo_b: float
    hi_b: float
    claimed: str
    interp: str

    @property
    def recorded(self) -> str:
        return "; ".join(f"{fmt_minutes(m)} ({src})" for m, src in self.figures)

    def trials(self) -> list[tuple[Figure, list[Contact]]]:
        return [(f, [self.rep]) for f in self.figures]

    def measure(self, reading: Figure, rows: list[Contact]) -> float:
        return reading[0]

    def _finding(self, verdict: Verdict, explanation: str, suggestion: str = "") -> Finding:
        return self.v.finding(
            self.claim,
            verdict,
            explanation,
            claimed=self.claimed,
            recorded=self.recorded,
            interpretation=self.interp,
            evidence=[self.rep],
            suggestion=suggestion,
        )


@dataclass(frozen=True)
class DurationCheck(FigureCheck):
    """'The talks lasted about two hours': some official figure lies in the claimed band."""

    def fits(self, minutes: float) -> bool:
        return self.lo_b <= minutes <= self.hi_b

    def decides(self, first: Trial[Figure, float]) -> bool:
        # a figure a news outlet gives may confirm a length, never refute one
        return not all(f.media for f in self.rep.figures)

    def supported(self, fit: Trial[Figure, float], trials: list[Trial[Figure, float]]) -> Finding:
        m, src = fit.reading
        return self._finding(S, f"fits the official figure {fmt_minutes(m)} ({src})")

    def failed(self, first: Trial[Figure, float], trials: list[Trial[Figure, float]], verdict: Verdict) -> Finding:
        if verdict is not C:
            return self._finding(
                verdict,
                f"the record's only figure is a news outlet's ({self.recorded}), not an official side's: it does not "
                f"fit, but it cannot refute the claim",
            )
        m, src = first.reading
        return self._finding(
            verdict,
            f"no official figure lies in {fmt_minutes(self.lo_b)}–{fmt_minutes(self.hi_b)}: the record has {self.recorded}",
            suggestion=(src if src and src != "duration_min" else fmt_minutes(m)),
        )


@dataclass(frozen=True)
class ElapsedCheck(FigureCheck):
    """'Two hours in, they were still talking': a lower bound on the length, so never its length — contradicted
    only when every official figure is shorter."""

    def fits(self, minutes: float) -> bool:
        return False

    def decides(self, first: Trial[Figure, float]) -> bool:
        return max(m for m, _ in self.figures) < self.value

    def failed(self, first: Trial[Figure, float], trials: list[Trial[Figure, float]], verdict: Verdict) -> Finding:
        if verdict is not C:
            longest = max(m for m, _ in self.figures)
            return self._finding(
                verdict,
                f"this is the time that had passed at one moment of the contact, not its length; the record's "
                f"{fmt_minutes(longest)} is consistent with it",
            )
        return self._finding(
            verdict,
            f"the contact was still going on after {self.claim.value_text}, but every official figure is shorter: "
            f"the record has {self.recorded}",
        )


def check_duration(v: Verifier, claim: Claim, sides: tuple[Side, Side]) -> Finding:
    q = claim.query_as(DurationQuery)
    value = float(q.minutes or 0)
    lo_b, hi_b = band(value, claim.qualifier)
    claimed = f"{claim.value_text} ({fmt_minutes(value)}; fits {fmt_minutes(lo_b)}–{fmt_minutes(hi_b)})"
    if q.elapsed:
        claimed = f"{claim.value_text} had passed with the contact still going on (at least {fmt_minutes(value)})"
    if q.date_hi and claim.anchor:
        rows = [c for c in v.contacts(sides, claim.anchor, q.date_hi) if c.counted and c.kind in claim.contact_kinds]
        place = q.place
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
    kind = ElapsedCheck if q.elapsed else DurationCheck
    return judge(kind(v, claim, sides, rep, figures, value, lo_b, hi_b, claimed, interp))
