"""A reviewer's queue: the articles of a folder (or several files), each with its review progress.

No Textual here: the review app's queue screen and its tests build on these functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError
from factcheck.models import CheckResult, Review, Verdict

#: Files a folder's queue takes (what ``factcheck check`` reads: text, Markdown, saved web pages).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def is_report(path: Path) -> bool:
    """``alpha.report.md`` and the like: a report written beside an article is not an article."""
    return ".report." in path.name


def articles_in(paths: Sequence[str]) -> list[str]:
    """The articles to review, in order: each file as given, each folder's article files sorted by name (not
    hidden ones, not reports). Raises InputError for a path that does not exist or a folder without any."""
    out: list[str] = []
    for given in paths:
        p = Path(given).expanduser()
        if p.is_dir():
            found = sorted(
                str(f)
                for f in p.iterdir()
                if f.is_file()
                and f.suffix.lower() in ARTICLE_SUFFIXES
                and not f.name.startswith(".")
                and not is_report(f)
            )
            if not found:
                raise InputError(f"{given}: no articles in this folder ({', '.join(ARTICLE_SUFFIXES)} files)")
            out.extend(found)
        elif p.exists():
            out.append(str(p))
        else:
            raise InputError(f"{given}: no such file or folder")
    return list(dict.fromkeys(out))  # a file named twice is reviewed once


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One article of the queue, as its row shows it."""

    path: str
    title: str = ""
    claims: int = 0
    flagged: int = 0  # contradicted, unverifiable or overridden
    reviewed: int = 0
    error: str = ""  # why it could not be checked (one line)
    checked: bool = False  # False while the article is still being checked

    @property
    def complete(self) -> bool:
        return self.checked and not self.error and self.reviewed == self.claims

    @property
    def status(self) -> str:
        if self.error:
            return "cannot open"
        if not self.checked:
            return "checking …"
        if self.complete:
            return "✔ review complete" if self.claims else "✔ no claims"
        return "in progress" if self.reviewed else "not started"


def entry_for(result: CheckResult, review: Review) -> QueueEntry:
    flagged = reviewed = 0
    for f in result.findings:
        mark = review.mark(f.claim.id)
        reviewed += mark.reviewed
        flagged += f.verdict != Verdict.SUPPORTED or (mark.verdict is not None and mark.verdict != f.verdict)
    title = result.article.title or Path(result.article.path).name
    return QueueEntry(result.article.path, title, len(result.findings), flagged, reviewed, checked=True)


def next_to_review(entries: Sequence[QueueEntry], after: int, step: int = 1) -> int | None:
    """The next article (or, with ``step`` -1, the previous one) whose review is not complete, wrapping round;
    None when every other article is complete."""
    n = len(entries)
    for k in range(1, n):
        i = (after + step * k) % n
        e = entries[i]
        if not e.complete and not e.error:
            return i
    return None
