"""The header: the article's title, date and source; verdict counts; review progress; the filter."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from factcheck.models import Article, Verdict
from factcheck.safe_text import one_line
from factcheck.tui.widgets.verdicts import COLOUR, SYMBOL


def summary(article: Article, counts: dict[str, int], reviewed: int, total: int, filter_label: str) -> Content:
    title = one_line(article.title or article.path, 200) or "(untitled)"
    facts = [article.published.isoformat() if article.published else "date unknown (pass --date)"]
    if article.source:
        facts.append(one_line(article.source, 60))
    parts: list[Content | str | tuple[str, str]] = [(title, "bold"), ("  ·  " + "  ·  ".join(facts), "dim"), "\n"]
    for verdict in Verdict:
        parts += [(f"{SYMBOL[verdict]} {counts.get(verdict.value, 0)} {verdict.value}", f"bold {COLOUR[verdict]}"), "   "]
    parts += [("reviewed ", "dim"), (f"{reviewed} of {total}", "bold"), ("   showing ", "dim"), filter_label]
    return Content.assemble(*parts)


class SummaryBar(Static):
    """Two lines at the top of the review screen."""

    def show(self, article: Article, counts: dict[str, int], reviewed: int, total: int, filter_label: str) -> None:
        self.update(summary(article, counts, reviewed, total, filter_label))
