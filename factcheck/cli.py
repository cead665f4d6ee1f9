"""Command-line interface: argument parsing only. Every command is a thin shell over a core call.

Heavy modules are imported inside the handlers so ``factcheck check`` never loads Textual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError

Handler = Callable[[argparse.Namespace], int]


# ---------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace) -> int:
    from factcheck.check import check_paths
    from factcheck.report.console import print_results

    results = check_paths(args.articles, db=args.db, published=args.date)
    print_results(results, fmt=args.format, stream=sys.stdout)
    if args.fail_on == "contradicted" and any(
        f.verdict == "contradicted" for r in results for f in r.findings
    ):
        return 1
    return 0


def add_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the claims of one or more articles against the record")
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="text, Markdown or HTML file; - for stdin")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, overriding the dateline")
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    p.add_argument("--fail-on", choices=("contradicted",), help="exit 1 when any claim has this verdict")
    p.set_defaults(handler=cmd_check)


# ---------------------------------------------------------------- export


def cmd_export(args: argparse.Namespace) -> int:
    from factcheck.check import load_and_check
    from factcheck.report import export_report, load_review, render_report

    result = load_and_check(args.article, db=args.db, published=args.date)
    review = load_review(result.article.sha256, args.state)
    if args.output in (None, "-"):
        sys.stdout.write(render_report(result, review, args.format, author=args.author, url=args.url))
        return 0
    path = export_report(result, review, args.format, args.output, args.force, author=args.author, url=args.url)
    print(f"factcheck: wrote {path}", file=sys.stderr)
    return 0


def add_export(sub: argparse._SubParsersAction) -> None:
    from factcheck.report import FORMATS

    p = sub.add_parser("export", help="write the report of one article, with the reviewer's verdicts and notes")
    p.add_argument("article", metavar="ARTICLE", help="text, Markdown or HTML file; - for stdin")
    p.add_argument("--format", choices=tuple(FORMATS), default="md")
    p.add_argument("-o", "--output", metavar="PATH", help="file to write atomically (default: standard output)")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, overriding the dateline")
    p.add_argument("--state", metavar="PATH", help="review state file (default: the review app's)")
    p.add_argument("--author", metavar="NAME", default="", help="who signs the ClaimReview (default: factcheck)")
    p.add_argument("--url", metavar="URL", default="", help="where the report will be published (ClaimReview url)")
    p.set_defaults(handler=cmd_export)


# ---------------------------------------------------------------- eval


def cmd_eval(args: argparse.Namespace) -> int:
    from factcheck.evaluate import floor_failures, load_floor, raised_floor, render_text, run_eval, to_json, write_floor

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


def add_eval(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score the engine on a gold set (DIR/gold.json, DIR/articles/)")
    p.add_argument("directory", metavar="DIR", help="eval directory, e.g. ../shared/eval")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--lang", choices=("en", "ru", "all"), default="all", help="evaluate only these articles")
    p.add_argument("--floor", metavar="FILE", help="exit 1 naming each figure below the floor in FILE")
    p.add_argument("--update-floor", action="store_true", help="raise (never lower) the floor in FILE to this run")
    p.set_defaults(handler=cmd_eval)


# ---------------------------------------------------------------- review


def cmd_review(args: argparse.Namespace) -> int:
    if args.article == "-":
        raise InputError("review needs an article file (standard input is the keyboard here)")
    from factcheck.article import read_bytes

    read_bytes(args.article)  # a missing or unreadable file fails here, in one line, before the screen opens
    from factcheck.tui.app import make_app

    app = make_app(args.article, db=args.db, published=args.date, state=args.state)
    app.run()
    if app.error is not None:
        raise app.error
    return app.return_code or 0


def add_review(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review",
        help="work through an article's claims in the terminal and record your own verdicts (the default command)",
    )
    p.add_argument("article", metavar="ARTICLE", help="text, Markdown or HTML file")
    p.add_argument("--db", metavar="PATH", help="claims database (default: the bundled claims.db)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, overriding the dateline")
    p.add_argument("--state", metavar="PATH", help="review state file (default: $XDG_DATA_HOME/factcheck/review.db)")
    p.set_defaults(handler=cmd_review)


# ---------------------------------------------------------------- db (the record)


def cmd_db_build(args: argparse.Namespace) -> int:
    from factcheck.record import build_record

    path = build_record(args.data, args.output)
    print(f"factcheck: built {path}", file=sys.stderr)
    return 0


def add_db(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="build, inspect and keep the record of contacts (claims.db)")
    verbs = p.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    b = verbs.add_parser("build", help="build claims.db from the CSV files in data/ (deterministic, atomic)")
    b.add_argument("--data", metavar="DIR", default="data", help="directory of CSV files (default: data)")
    b.add_argument("-o", "--output", metavar="PATH", default="claims.db", help="database to write (default: claims.db)")
    b.set_defaults(handler=cmd_db_build)


def _default_to_review(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """``factcheck ARTICLE [options]`` means ``factcheck review ARTICLE [options]``."""
    if not argv or argv[0].startswith("-"):
        return argv
    commands = {n for a in parser._actions if isinstance(a, argparse._SubParsersAction) for n in a.choices}
    return argv if argv[0] in commands else ["review", *argv]


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Check news claims about contacts between heads of state against a local record.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_check(sub)
    add_export(sub)
    add_eval(sub)
    add_review(sub)
    add_db(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(_default_to_review(argv, parser))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handler(args)
    except FactcheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
