"""Undo/redo stacks and the verdict loop's next claim (pure functions, no Textual)."""

from __future__ import annotations

from factcheck.history import Change, History
from factcheck.models import Review, ReviewMark, Verdict
from factcheck.tui.worklist import after_verdict, jump, progress
from tui_fixtures import sample_result


def change(n: int, verdict: Verdict | None = Verdict.SUPPORTED) -> Change:
    return Change(n, ReviewMark(f"c{n}"), ReviewMark(f"c{n}", verdict, reviewed=True))


def test_undo_redo_and_a_new_change_drops_the_redo_stack() -> None:
    h = History()
    h.record(change(1))
    h.record(change(2))
    assert h.undo() == change(2) and h.undo() == change(1) and h.undo() is None
    assert h.redo() == change(1)
    h.record(change(3))
    assert h.redo() is None
    assert [c.index for c in h.done] == [1, 3]


def test_a_change_that_changes_nothing_is_not_recorded() -> None:
    h = History()
    h.record(Change(0, ReviewMark("c0"), ReviewMark("c0")))
    assert h.undo() is None


def test_change_describes_itself() -> None:
    assert change(1, Verdict.CONTRADICTED).describe(undo=True) == "verdict contradicted → none, reviewed mark removed"
    assert change(1, Verdict.CONTRADICTED).describe(undo=False) == "verdict none → contradicted, marked reviewed"


def test_after_verdict_prefers_flagged_then_any_unreviewed() -> None:
    findings = sample_result().findings  # supported, contradicted, unverifiable
    empty = Review("s")
    assert after_verdict(findings, empty, [0, 1, 2], 0) == 1
    c2_done = Review("s", {"c2": ReviewMark("c2", reviewed=True)})
    assert after_verdict(findings, c2_done, [0, 1, 2], 0) == 2
    flagged_done = Review("s", {c: ReviewMark(c, reviewed=True) for c in ("c2", "c3")})
    assert after_verdict(findings, flagged_done, [0, 1, 2], 2) == 0  # wraps to the supported one
    all_done = Review("s", {c: ReviewMark(c, reviewed=True) for c in ("c1", "c2", "c3")})
    assert after_verdict(findings, all_done, [0, 1, 2], 0) is None


def test_unreviewed_jumps_wrap() -> None:
    findings = sample_result().findings
    review = Review("s", {"c2": ReviewMark("c2", reviewed=True)})
    assert jump(findings, review, [0, 1, 2], 0, "next_unreviewed") == 2
    assert jump(findings, review, [0, 1, 2], 2, "next_unreviewed") == 0
    assert jump(findings, review, [0, 1, 2], 0, "previous_unreviewed") == 2


def test_progress_counts_the_reviewers_verdicts() -> None:
    findings = sample_result().findings
    review = Review("s", {"c1": ReviewMark("c1", Verdict.CONTRADICTED, reviewed=True)})
    p = progress(findings, review)
    assert p.machine == {"supported": 1, "contradicted": 1, "unverifiable": 1}
    assert p.final == {"supported": 0, "contradicted": 2, "unverifiable": 1}
    assert (p.overridden, p.reviewed, p.total) == (1, 1, 3)
