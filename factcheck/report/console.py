"""``factcheck check`` output: a Rich table per article (text), JSON / JSON Lines, or Markdown.

Article text is data: it goes into Rich ``Text`` objects, never through markup. JSON and Markdown are
rendered from the same report model as ``factcheck export`` (no review attached).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

from factcheck.models import CheckResult, Verdict
from factcheck.safe_text import display_text
from factcheck.report import json_report, markdown
from factcheck.report.model import VERDICT_LABELS, Report, build_report, published_text

if TYPE_CHECKING:
    from rich.console import Console

VERDICT_STYLES: dict[Verdict, str] = {
    Verdict.SUPPORTED: "green",
    Verdict.CONTRADICTED: "red",
    Verdict.UNVERIFIABLE: "yellow",
}
QUOTE_WIDTH = 90  # characters of the quote shown in the table
PIPE_WIDTH = 160  # console width when the output is not a terminal and $COLUMNS is unset


def _truncate(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _text_table(report: Report, console: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    a, r = report.article, report.record
    header = Text()
    header.append(display_text(a.path), style="bold")
    header.append(f" — {published_text(a.published)} — record ")
    header.append(display_text(r.path))
    header.append(f" ({r.contacts} contacts)")
    console.print(header)
    if not report.claims:
        console.print(Text("No checkable claims about contacts between leaders were found."))
    else:
        table = Table(show_lines=True, expand=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("quote", ratio=3)
        table.add_column("claimed", ratio=1)
        table.add_column("recorded", ratio=1)
        table.add_column("explanation", ratio=3)
        for c in report.claims:
            explanation = Text(display_text(c.explanation))
            if c.suggestion:
                explanation.append("\n→ ")
                explanation.append(display_text(c.suggestion), style="italic")
            table.add_row(
                str(c.number),
                Text(VERDICT_LABELS[c.verdict], style=VERDICT_STYLES[c.verdict]),
                Text(c.kind),
                Text(_truncate(display_text(c.quote), QUOTE_WIDTH)),
                Text(display_text(c.claimed)),
                Text(display_text(c.recorded)),
                explanation,
            )
        console.print(table)
    for k in report.conflicts:
        line = Text("✗ the article against itself: ", style="bold red")
        line.append(f"claims {', '.join(f'#{n}' for n in k.claims)}: {display_text(k.explanation)}")
        console.print(line)
    console.print(Text(markdown.summary_line(report)))


def _console(stream: TextIO) -> Console:
    from rich.console import Console

    console = Console(file=stream, highlight=False, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(file=stream, highlight=False, emoji=False, width=PIPE_WIDTH)
    return console


def print_results(results: list[CheckResult], fmt: str, stream: TextIO) -> None:
    """Write check results to ``stream`` as ``text``, ``json`` or ``markdown``.

    JSON is one pretty object for a single article and JSON Lines (one compact object per line) for
    several.
    """
    reports = [build_report(r, None, generated_at=None) for r in results]
    if fmt == "json":
        docs = [json_report.check_document(rep) for rep in reports]
        if len(docs) == 1:
            stream.write(json_report.dumps(docs[0]))
        else:
            stream.writelines(json_report.dumps(d, compact=True) + "\n" for d in docs)
    elif fmt in ("md", "markdown"):
        stream.write(display_text("\n---\n\n".join(markdown.render_check(rep) for rep in reports)))
    elif fmt == "text":
        console = _console(stream)
        for i, rep in enumerate(reports):
            if i:
                console.print()
            _text_table(rep, console)
    else:
        raise ValueError(f"unknown format {fmt!r}")
