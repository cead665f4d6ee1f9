"""The command line run inside the test process: what ``python -m factcheck ARGS`` would print and return,
for about a tenth of the cost (a cold interpreter is ~0.13 s of CPU a run, and the suite ran some 200).

The result is a ``subprocess.CompletedProcess`` read as ``subprocess.run(..., text=True)`` reads one:
standard output decoded as UTF-8 with its line ends made ``\\n``, standard error the same with undecodable
bytes escaped. Standard input is the given text or empty, never a terminal; the environment and working
directory are the given ones for the length of the run.

What only a real process shows stays in a subprocess: signals, file descriptors (``/dev/full``, a
standard output that is an input file), worker processes, hash seeds and interpreter start-up. Those tests
call ``subprocess`` themselves.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli(
    *args: str, env: Mapping[str, str] | None = None, stdin: str | None = None, cwd: Path = ROOT
) -> subprocess.CompletedProcess[str]:
    from factcheck import dataclass_cache
    from factcheck.cli import main

    out, err = io.BytesIO(), io.BytesIO()
    streams = (
        io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8"),
        io.TextIOWrapper(out, encoding="utf-8", write_through=True),
        io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", write_through=True),
    )
    had_cache = "exec" in vars(dataclass_cache.dataclasses)
    with _environment(env), _cwd(cwd), _streams(*streams):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, --version, a usage error
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if isinstance(exc.code, str):
                print(exc.code, file=sys.stderr)
        finally:
            if not had_cache:
                dataclass_cache.uninstall()
    return subprocess.CompletedProcess(
        ["factcheck", *args], code, _text(out.getvalue(), "strict"), _text(err.getvalue(), "backslashreplace")
    )


def _text(data: bytes, errors: str) -> str:
    return data.decode("utf-8", errors).replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def _environment(env: Mapping[str, str] | None) -> Iterator[None]:
    if env is None:
        yield
        return
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _cwd(path: Path) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


@contextlib.contextmanager
def _streams(stdin: io.TextIOWrapper, stdout: io.TextIOWrapper, stderr: io.TextIOWrapper) -> Iterator[None]:
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
    try:
        yield
    finally:
        stdout.flush()
        stderr.flush()
        sys.stdin, sys.stdout, sys.stderr = saved
