"""``factcheck check`` output: a table per article (text, drawn by ``text_table``), JSON / JSON Lines, or
Markdown.

Article text is data: it is made safe to show (``display_text``) and drawn as it is, never as markup.
JSON and Markdown are rendered from the same report model as ``factcheck export`` (no review attached).
"""

from __future__ import annotations

from typing import TextIO

from factcheck.models import CheckResult, Verdict
from factcheck.safe_text import display_text
from factcheck.report import json_report, markdown
from factcheck.report.model import VERDICT_LABELS, Report, build_report, published_text
from factcheck.report.text_table import Column, Screen, paragraph, table

VERDICT_STYLES: dict[Verdict, str] = {
    Verdict.SUPPORTED: "green",
    Verdict.CONTRADICTED: "red",
    Verdict.UNVERIFIABLE: "yellow",
}
QUOTE_WIDTH = 90  # characters of the quote shown in the table


def _truncate(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


COLUMNS = (
    Column("#", justify="right", wrap=False),
    Column("verdict", wrap=False),
    Column("kind", wrap=False),
    Column("quote"),
    Column("claimed"),
    Column("recorded"),
    Column("explanation"),
)


def _text_table(report: Report, screen: Screen) -> str:
    a, r = report.article, report.record
    header = [
        (display_text(a.path), "bold"),
        (f" — {published_text(a.published)} — record {display_text(r.path)} ({r.contacts} contacts)", ""),
    ]
    out = [paragraph(header, screen)]
    if not report.claims:
        out.append(paragraph([("No checkable claims about contacts between leaders were found.", "")], screen))
    else:
        rows = []
        for c in report.claims:
            explanation = [(display_text(c.explanation), "")]
            if c.suggestion:
                explanation += [("\n→ ", ""), (display_text(c.suggestion), "italic")]
            rows.append(
                (
                    [(str(c.number), "")],
                    [(VERDICT_LABELS[c.verdict], VERDICT_STYLES[c.verdict])],
                    [(c.kind, "")],
                    [(_truncate(display_text(c.quote), QUOTE_WIDTH), "")],
                    [(display_text(c.claimed), "")],
                    [(display_text(c.recorded), "")],
                    explanation,
                )
            )
        out.append(table(COLUMNS, rows, screen))
    for k in report.conflicts:
        numbers = ", ".join(f"#{n}" for n in k.claims)
        line = [
            ("✗ the article against itself: ", "bold red"),
            (f"claims {numbers}: {display_text(k.explanation)}", ""),
        ]
        out.append(paragraph(line, screen))
    out.append(paragraph([(markdown.summary_line(report), "")], screen))
    return "".join(out)


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
        screen = Screen.of(stream)
        stream.write("\n".join(_text_table(rep, screen) for rep in reports))
    else:
        raise ValueError(f"unknown format {fmt!r}")
