"""Command-line interface: argument parsing only. Every command is a thin shell over a core call.

Heavy modules are imported inside the handlers so ``factcheck check`` never loads Textual. The commands
live beside this module: check_cmds.py (check, export, eval, review), db.py (the ``db`` verbs) and
options.py (argument types they share); this one builds the parser, runs a command and guards stdout.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TextIO

from factcheck import __version__, dataclass_cache
from factcheck.cli.check_cmds import add_check, add_eval, add_export, add_review
from factcheck.cli.db import add_db
from factcheck.errors import FactcheckError

Handler = Callable[[argparse.Namespace], int]


# each command's parser, in the order ``factcheck --help`` lists them
COMMANDS: dict[str, Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = {
    "check": add_check,
    "export": add_export,
    "eval": add_eval,
    "review": add_review,
    "db": add_db,
}


def _default_to_review(argv: list[str]) -> list[str]:
    """``factcheck ARTICLE [options]`` means ``factcheck review ARTICLE [options]``."""
    if not argv or argv[0].startswith("-") or argv[0] in COMMANDS:
        return argv
    return ["review", *argv]


# ---------------------------------------------------------------- parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for every command, or for ``command`` alone: a run builds only the one it runs, since
    argparse looks up a translation for each of its own messages and the ``db`` verbs alone are twenty
    parsers (10 ms of a 150 ms ``factcheck check``)."""
    parser = argparse.ArgumentParser(
        prog="factcheck",
        description="Check news claims about contacts between heads of state against a local record.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, add in COMMANDS.items():
        if command in (None, name):
            add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # before the handlers import the modules that define dataclasses (this module imports none)
    dataclass_cache.install()
    argv = list(sys.argv[1:] if argv is None else argv)
    argv = _default_to_review(argv)
    parser = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    real_stdout = sys.stdout
    sys.stdout = _Stdout(real_stdout)
    try:
        code = handler(args)
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not in the interpreter's last flush
        return code
    except FactcheckError as exc:
        from factcheck.safe_text import one_line

        # a message can quote a file name or a record's text: shown on one line, its controls made visible
        print(f"factcheck: error: {one_line(str(exc), 2000)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except StdoutError as exc:
        _drop_stdout(real_stdout)
        if exc.errno == errno.EPIPE:
            return 128 + 13  # the reader went away (``| head``): quietly, with the status SIGPIPE would give
        print(f"factcheck: error: cannot write to standard output ({exc.strerror or exc})", file=sys.stderr)
        return 1
    finally:
        sys.stdout = real_stdout


class StdoutError(OSError):
    """Writing to standard output failed (disk full, reader gone): not any other file's error."""


class _Stdout:
    """Standard output, whose write errors are told apart from other files' as StdoutError."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise StdoutError(exc.errno, exc.strerror) from None

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise StdoutError(exc.errno, exc.strerror) from None

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding … of the real stream
        return getattr(self._stream, name)


def _drop_stdout(stream: TextIO) -> None:
    """Point standard output at /dev/null so the interpreter's final flush does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
