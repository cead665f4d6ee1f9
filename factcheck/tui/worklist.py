"""The reviewer's worklist: which claims are flagged, which a filter shows, where a jump lands.

Pure functions over findings and the review (no Textual), so the app's navigation is unit-tested.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from factcheck.models import CheckResult, ClaimKind, Finding, Review, ReviewMark, Verdict


@dataclass(frozen=True, slots=True)
class Progress:
    machine: dict[str, int]  # verdict → claims, as the machine judged them
    final: dict[str, int]  # verdict → claims, the reviewer's verdict where there is one
    overridden: int  # claims where the reviewer's verdict differs from the machine's
    reviewed: int
    total: int


@dataclass(frozen=True, slots=True)
class Filter:
    """Which claims the list shows: ``all``, ``flagged``, ``unreviewed``, ``contradicted``, ``unverifiable``,
    or one kind of claim (``kind:ordinal``). ``Filter("flagged")`` and ``Filter.FLAGGED`` are equal."""

    value: str

    ALL: ClassVar[Filter]
    FLAGGED: ClassVar[Filter]
    UNREVIEWED: ClassVar[Filter]
    CONTRADICTED: ClassVar[Filter]
    UNVERIFIABLE: ClassVar[Filter]

    def __post_init__(self) -> None:
        if self.value not in _LABELS and self.value.removeprefix("kind:") not in {k.value for k in ClaimKind}:
            raise ValueError(f"unknown filter {self.value!r}")

    @classmethod
    def kind(cls, kind: ClaimKind | str) -> Filter:
        return cls(f"kind:{ClaimKind(kind).value}")

    @classmethod
    def cycle(cls) -> tuple[Filter, ...]:
        """What ``f`` steps through (a kind is chosen from the filter menu or the palette)."""
        return tuple(cls(v) for v in _LABELS)

    @property
    def label(self) -> str:
        if self.value.startswith("kind:"):
            return f"{self.value.removeprefix('kind:').replace('_', ' ')} claims"
        return _LABELS[self.value]

    def next(self) -> Filter:
        order = self.cycle()
        return order[(order.index(self) + 1) % len(order)] if self in order else order[0]

    def shows(self, finding: Finding, mark: ReviewMark) -> bool:
        v = self.value
        if v == "all":
            return True
        if v == "flagged":
            return flagged(finding, mark)
        if v == "unreviewed":
            return not mark.reviewed
        if v in ("contradicted", "unverifiable"):
            return final_verdict(finding, mark).value == v
        return finding.claim.kind.value == v.removeprefix("kind:")


_LABELS = {
    "all": "all claims",
    "flagged": "flagged",
    "unreviewed": "not reviewed",
    "contradicted": "contradicted",
    "unverifiable": "unverifiable",
}
Filter.ALL, Filter.FLAGGED, Filter.UNREVIEWED, Filter.CONTRADICTED, Filter.UNVERIFIABLE = Filter.cycle()


JUMPS = (
    "next",
    "previous",
    "first",
    "last",
    "next_flagged",
    "previous_flagged",
    "next_unreviewed",
    "previous_unreviewed",
)


def overridden(finding: Finding, mark: ReviewMark) -> bool:
    """The reviewer gave a verdict other than the machine's."""
    return mark.verdict is not None and mark.verdict != finding.verdict


def flagged(finding: Finding, mark: ReviewMark) -> bool:
    """Needs a look: contradicted, unverifiable, or overridden by the reviewer."""
    return finding.verdict != Verdict.SUPPORTED or overridden(finding, mark)


def visible(findings: Sequence[Finding], review: Review, mode: Filter) -> list[int]:
    """Indices of the findings the filter shows, in article order."""
    if mode == Filter.ALL:
        return list(range(len(findings)))
    return [i for i, f in enumerate(findings) if mode.shows(f, review.mark(f.claim.id))]


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
    if where in ("next_flagged", "previous_flagged", "next_unreviewed", "previous_unreviewed"):
        wanted = _is_flagged if where.endswith("flagged") else _is_unreviewed
        return _wrapped(findings, review, rows, current, forward=where.startswith("next"), wanted=wanted)
    raise ValueError(f"unknown jump {where!r}")


def _is_flagged(finding: Finding, mark: ReviewMark) -> bool:
    return flagged(finding, mark)


def _is_unreviewed(finding: Finding, mark: ReviewMark) -> bool:
    return not mark.reviewed


def _wrapped(
    findings: Sequence[Finding],
    review: Review,
    rows: Sequence[int],
    current: int,
    *,
    forward: bool,
    wanted: Callable[[Finding, ReviewMark], bool],
) -> int | None:
    """The first row after (or before) ``current`` that is ``wanted``, wrapping once round; None if none is."""
    order = list(rows) if forward else list(reversed(rows))
    start = next((n for n, i in enumerate(order) if (i > current if forward else i < current)), len(order))
    for i in order[start:] + order[:start]:
        if wanted(findings[i], review.mark(findings[i].claim.id)):
            return i
    return None


def after_verdict(findings: Sequence[Finding], review: Review, rows: Sequence[int], current: int) -> int | None:
    """Where the verdict-and-next loop goes once the current claim has its verdict: the next flagged claim
    not yet reviewed, else the next claim not yet reviewed (wrapping round); None when every shown claim is
    reviewed. The current claim counts as reviewed (it is being given its verdict)."""

    def todo(f: Finding, m: ReviewMark) -> bool:
        return not m.reviewed and f.claim.id != findings[current].claim.id

    def flagged_todo(f: Finding, m: ReviewMark) -> bool:
        return todo(f, m) and flagged(f, m)

    target = _wrapped(findings, review, rows, current, forward=True, wanted=flagged_todo)
    if target is None:
        target = _wrapped(findings, review, rows, current, forward=True, wanted=todo)
    return target


def reviewed_count(findings: Sequence[Finding], review: Review) -> int:
    return sum(1 for f in findings if review.mark(f.claim.id).reviewed)


def final_verdict(finding: Finding, mark: ReviewMark) -> Verdict:
    """The reviewer's verdict where there is one, else the machine's."""
    return mark.verdict if mark.verdict is not None else finding.verdict


def progress(findings: Sequence[Finding], review: Review) -> Progress:
    """The counts the header shows: machine and final verdicts, overrides, reviewed claims."""
    machine = {v.value: 0 for v in Verdict}
    final = dict(machine)
    over = reviewed = 0
    for f in findings:
        mark = review.mark(f.claim.id)
        machine[f.verdict.value] += 1
        final[final_verdict(f, mark).value] += 1
        over += overridden(f, mark)
        reviewed += mark.reviewed
    return Progress(machine, final, over, reviewed, len(findings))


def conflicts_by_claim(result: CheckResult) -> dict[int, list[str]]:
    """Finding index → what the article says against itself there, naming the other claims by number."""
    position = {f.claim.id: i for i, f in enumerate(result.findings)}
    out: dict[int, list[str]] = {}
    for conflict in result.conflicts:
        involved = [position[c] for c in conflict.claim_ids if c in position]
        for i in involved:
            others = [result.findings[j] for j in involved if j != i]
            where = "; ".join(f"claim {position[o.claim.id] + 1}: “{' '.join(o.claim.quote.split())}”" for o in others)
            text = conflict.explanation[:1].upper() + conflict.explanation[1:]
            out.setdefault(i, []).append(f"{text} (see {where})." if where else f"{text}.")
    return out
