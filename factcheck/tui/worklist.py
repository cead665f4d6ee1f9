"""The reviewer's worklist: which claims are flagged, which a filter shows, where a jump lands.

Pure functions over findings and the review (no Textual), so the app's navigation is unit-tested.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from factcheck.models import Finding, Review, ReviewMark, Verdict


class Filter(StrEnum):
    ALL = "all"
    FLAGGED = "flagged"
    UNREVIEWED = "unreviewed"

    @property
    def label(self) -> str:
        return {"all": "all claims", "flagged": "flagged", "unreviewed": "not reviewed"}[self.value]

    def next(self) -> Filter:
        order = list(Filter)
        return order[(order.index(self) + 1) % len(order)]


JUMPS = ("next", "previous", "first", "last", "next_flagged", "previous_flagged")


def overridden(finding: Finding, mark: ReviewMark) -> bool:
    """The reviewer gave a verdict other than the machine's."""
    return mark.verdict is not None and mark.verdict != finding.verdict


def flagged(finding: Finding, mark: ReviewMark) -> bool:
    """Needs a look: contradicted, unverifiable, or overridden by the reviewer."""
    return finding.verdict != Verdict.SUPPORTED or overridden(finding, mark)


def visible(findings: Sequence[Finding], review: Review, mode: Filter) -> list[int]:
    """Indices of the findings the filter shows, in article order."""
    if mode is Filter.ALL:
        return list(range(len(findings)))
    if mode is Filter.FLAGGED:
        return [i for i, f in enumerate(findings) if flagged(f, review.mark(f.claim.id))]
    return [i for i, f in enumerate(findings) if not review.mark(f.claim.id).reviewed]


def jump(
    findings: Sequence[Finding], review: Review, rows: Sequence[int], current: int | None, where: str
) -> int | None:
    """The finding index a jump lands on among ``rows`` (the visible ones), or None if there is none.

    ``next``/``previous`` stop at the ends; the flagged jumps wrap around, like a search.
    """
    if not rows:
        return None
    if where == "first":
        return rows[0]
    if where == "last":
        return rows[-1]
    if current is None:
        current = -1
    if where in ("next", "previous"):
        after = [i for i in rows if i > current]
        before = [i for i in rows if i < current]
        if where == "next":
            return after[0] if after else (current if current in rows else rows[-1])
        return before[-1] if before else (current if current in rows else rows[0])
    if where in ("next_flagged", "previous_flagged"):
        # walk outwards from the current row, wrapping once round (stops at the first hit)
        order = list(rows) if where == "next_flagged" else list(reversed(rows))
        start = next((n for n, i in enumerate(order) if (i > current if where == "next_flagged" else i < current)), len(order))
        for i in order[start:] + order[:start]:
            if flagged(findings[i], review.mark(findings[i].claim.id)):
                return i
        return None
    raise ValueError(f"unknown jump {where!r}")


def reviewed_count(findings: Sequence[Finding], review: Review) -> int:
    return sum(1 for f in findings if review.mark(f.claim.id).reviewed)
