"""The header: the article (title, date, source) and the record it is checked against; the verdict counts
after the reviewer's own verdicts (the machine's beside them when they differ); review progress; the filter."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content
from textual.widgets import Static

from factcheck.models import Article, RecordInfo, Verdict
from factcheck.safe_text import one_line
from factcheck.tui.widgets.verdicts import COLOUR, SYMBOL
from factcheck.tui.worklist import Progress


def record_label(record: RecordInfo) -> str:
    """ "claims.db · sha256 3d9e5e4cd536 · 812 contacts": which file, which snapshot of it."""
    name = Path(record.path).name or record.path
    return f"record {one_line(name, 40)} · sha256 {record.sha256[:12]} · {record.contacts} contacts"


def summary(article: Article, record: RecordInfo, progress: Progress, filter_label: str, conflicts: int = 0) -> Content:
    title = one_line(article.title or article.path, 200) or "(untitled)"
    facts = [article.published.isoformat() if article.published else "date unknown: d sets it"]
    if article.source:
        facts.append(one_line(article.source, 60))
    facts.append(record_label(record))
    parts: list[Content | str | tuple[str, str]] = [(title, "bold"), ("  ·  " + "  ·  ".join(facts), "dim"), "\n"]
    for verdict in Verdict:
        parts += [
            (f"{SYMBOL[verdict]} {progress.final.get(verdict.value, 0)} {verdict.value}", f"bold {COLOUR[verdict]}"),
            "  ",
        ]
    if conflicts:
        parts.append((f"⚠ {conflicts} self-contradiction{'s' if conflicts != 1 else ''}  ", "bold $text-warning"))
    if progress.total and progress.reviewed == progress.total:
        parts.append(("✔ review complete", "bold $text-success"))
    else:
        parts += [("reviewed ", "dim"), (f"{progress.reviewed} of {progress.total}", "bold")]
    parts += [("  ·  filter ", "dim"), (filter_label, "bold")]
    if progress.overridden:
        machine = " ".join(f"{SYMBOL[v]}{progress.machine.get(v.value, 0)}" for v in Verdict)
        n = progress.overridden
        parts.append((f"  ·  counts after your {n} override{'s' if n != 1 else ''} (machine: {machine})", "dim"))
    return Content.assemble(*parts)


class SummaryBar(Static):
    """Two lines at the top of the review screen."""

    def show(
        self, article: Article, record: RecordInfo, progress: Progress, filter_label: str, conflicts: int = 0
    ) -> None:
        self.update(summary(article, record, progress, filter_label, conflicts))
