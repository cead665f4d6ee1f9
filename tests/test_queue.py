"""The queue's core: which files a folder gives, each article's progress, the next one to review."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.models import Review, ReviewMark, Verdict
from factcheck.queue import QueueEntry, articles_in, entry_for, next_to_review
from tui_fixtures import sample_result


def test_a_folder_gives_its_articles_sorted_without_reports_or_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.html", "a.report.md", ".hidden.txt", "notes.csv"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    assert [Path(p).name for p in articles_in([str(tmp_path)])] == ["a.md", "b.txt", "c.html"]
    one = str(tmp_path / "b.txt")
    assert articles_in([one, str(tmp_path)]) == [one, str(tmp_path / "a.md"), str(tmp_path / "c.html")]


def test_bad_paths_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        articles_in([str(tmp_path / "nope")])
    with pytest.raises(InputError, match="no articles in this folder"):
        articles_in([str(tmp_path)])


def test_entry_counts_flagged_and_reviewed() -> None:
    result = sample_result()
    e = entry_for(result, Review("s", {"c1": ReviewMark("c1", Verdict.CONTRADICTED, reviewed=True)}))
    assert (e.claims, e.flagged, e.reviewed, e.complete, e.status) == (3, 3, 1, False, "in progress")
    done = Review("s", {c: ReviewMark(c, reviewed=True) for c in ("c1", "c2", "c3")})
    assert entry_for(result, done).status == "✔ review complete"


def test_next_to_review_skips_complete_and_broken_articles() -> None:
    done = QueueEntry("a", claims=1, reviewed=1, checked=True)
    todo = QueueEntry("b", claims=2, reviewed=1, checked=True)
    broken = QueueEntry("c", error="unreadable", checked=True)
    entries = [todo, done, broken, todo]
    assert next_to_review(entries, 0) == 3
    assert next_to_review(entries, 3) == 0
    assert next_to_review(entries, 0, step=-1) == 3
    assert next_to_review([todo, done], 0) is None
