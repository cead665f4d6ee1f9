"""The article commands: ``check``, ``export``, ``eval`` and ``review``.

Each is a thin shell over a core call; heavy modules (Rich, Textual) are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from factcheck.cli.options import add_max_size, report_format
from factcheck.errors import InputError


# ---------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace) -> int:
    from factcheck.check import check_paths
    from factcheck.report.console import print_results

    with _progress(len(args.articles), "checking") as on_done:
        results = check_paths(
            args.articles, db=args.db, published=args.date, jobs=args.jobs, on_done=on_done, max_bytes=args.max_size
        )
    print_results(results, fmt=args.format, stream=sys.stdout)
    if args.fail_on == "contradicted" and any(f.verdict == "contradicted" for r in results for f in r.findings):
        return 1
    return 0


def add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="check the claims of one or more articles against the record")
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="text, Markdown or HTML file; - for stdin")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, overriding the dateline")
    p.add_argument(
        "--format",
        type=report_format,
        choices=("text", "json", "md"),
        default="text",
        metavar="text|json|md",
        help="output format (md, also spelt markdown; default text)",
    )
    p.add_argument("--fail-on", choices=("contradicted",), help="exit 1 when any claim has this verdict")
    p.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (0: one per CPU; default 1)"
    )
    add_max_size(p, 16, "an article")
    p.set_defaults(handler=cmd_check)


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[], None] | None]:
    """A Rich progress bar on standard error when it is a terminal and there is more than one item."""
    if total < 2 or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


# ---------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    from factcheck.check import load_and_check
    from factcheck.report import export_report, load_review, render_report, run_inputs

    result = load_and_check(args.article, db=args.db, published=args.date, max_bytes=args.max_size)
    review = load_review(result.article.sha256, args.state)
    if args.output in (None, "-"):
        sys.stdout.write(render_report(result, review, args.format, author=args.author, url=args.url))
        return 0
    path = export_report(
        result,
        review,
        args.format,
        args.output,
        args.force,
        author=args.author,
        url=args.url,
        inputs=run_inputs(result, args.state),
    )
    print(f"factcheck: wrote {path}", file=sys.stderr)
    return 0


def add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from factcheck.report import FORMATS

    p = sub.add_parser("export", help="write the report of one article, with the reviewer's verdicts and notes")
    p.add_argument("article", metavar="ARTICLE", help="text, Markdown or HTML file; - for stdin")
    p.add_argument(
        "--format",
        type=report_format,
        choices=tuple(FORMATS),
        default="md",
        metavar="|".join(FORMATS),
        help="report format (md, also spelt markdown; default md)",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="file to write atomically (default: standard output)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, overriding the dateline")
    p.add_argument("--state", metavar="PATH", help="review state file (default: the review app's)")
    p.add_argument("--author", metavar="NAME", default="", help="who signs the ClaimReview (default: factcheck)")
    p.add_argument("--url", metavar="URL", default="", help="where the report will be published (ClaimReview url)")
    add_max_size(p, 16, "an article")
    p.set_defaults(handler=cmd_export)


# ---------------------------------------------------------------- eval


def cmd_eval(args: argparse.Namespace) -> int:
    from factcheck.eval_report import render_text, to_json
    from factcheck.eval_floor import floor_failures, load_floor, raised_floor, write_floor
    from factcheck.evaluate import run_eval

    if args.update_floor and not args.floor:
        raise InputError("--update-floor needs --floor FILE")
    report = run_eval(args.directory, db=args.db, lang=args.lang)
    failures: list[str] = []
    if args.floor:
        floor = load_floor(args.floor, missing_ok=args.update_floor)
        failures = floor_failures(report, floor)
        if args.update_floor:
            write_floor(args.floor, raised_floor(report, floor))
    render = to_json if args.format == "json" else render_text
    sys.stdout.write(render(report, args.floor, failures))
    for line in failures:
        print(f"factcheck: eval: {line}", file=sys.stderr)
    return 1 if failures else 0


def add_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from factcheck.lang import LANGUAGES  # the packs' module: only when this parser is built

    p = sub.add_parser("eval", help="score the engine on a gold set (DIR/gold.json, DIR/articles/)")
    p.add_argument("directory", metavar="DIR", help="eval directory, e.g. ../shared/eval")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", choices=(*LANGUAGES, "all"), default="all", help="evaluate only these articles")
    p.add_argument("--floor", metavar="FILE", help="exit 1 naming each figure below the floor in FILE")
    p.add_argument("--update-floor", action="store_true", help="raise (never lower) the floor in FILE to this run")
    p.set_defaults(handler=cmd_eval)


# ---------------------------------------------------------------- review


def cmd_review(args: argparse.Namespace) -> int:
    if "-" in args.articles:
        raise InputError("review needs an article file (standard input is the keyboard here)")
    from pathlib import Path

    from factcheck.article import read_bytes

    queue = None
    if len(args.articles) > 1 or Path(args.articles[0]).is_dir():
        from factcheck.queue import articles_in

        queue = articles_in(args.articles)  # a missing path or an empty folder fails here, in one line
        if args.date:
            raise InputError("--date applies to one article; a queue reads each article's own dateline")
    else:
        read_bytes(args.articles[0], args.max_size)  # a missing or unreadable file fails here, in one line, first
    from factcheck.tui.app import make_app

    app = make_app(
        None if queue else args.articles[0],
        db=args.db,
        published=args.date,
        state=args.state,
        queue=queue,
        max_bytes=args.max_size,
    )
    app.run()
    if app.error is not None:
        raise app.error
    return app.return_code or 0


def add_review(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "review",
        help="work through an article's claims in the terminal and record your own verdicts (the default command);"
        " a folder or several files open a queue of articles",
    )
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="text, Markdown or HTML file, or a folder of them")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, overriding the dateline (one article)")
    p.add_argument("--state", metavar="PATH", help="review state file (default: $XDG_DATA_HOME/factcheck/review.db)")
    add_max_size(p, 16, "an article")
    p.set_defaults(handler=cmd_review)
