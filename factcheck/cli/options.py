"""Argument types and options that more than one command shares."""

from __future__ import annotations

import argparse


def megabytes(text: str) -> int:
    """``--max-size MB``: a positive whole number of megabytes, as bytes."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of megabytes") from None
    if not 0 < value <= 1 << 20:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and {1 << 20} megabytes")
    return value * 1024 * 1024


def add_max_size(p: argparse.ArgumentParser, default_mb: int, what: str) -> None:
    p.add_argument(
        "--max-size",
        type=megabytes,
        default=default_mb * 1024 * 1024,
        metavar="MB",
        help=f"refuse {what} larger than this (default: {default_mb} MB)",
    )


def report_format(name: str) -> str:
    """A format name as every command spells it (``markdown`` is ``md``)."""
    from factcheck.report import format_name

    return format_name(name)
