"""Reports: one model (``model.build_report``), one renderer module per format, one atomic writer.

``export_report`` is what ``factcheck export`` and the review app's export action both call.
Format modules are imported on demand, so importing this package stays cheap.
"""

from __future__ import annotations

import importlib
import os
from datetime import UTC, datetime
from pathlib import Path

from factcheck.errors import OutputError
from factcheck.models import CheckResult, Review

# format name → (module under factcheck.report, file suffix)
FORMATS: dict[str, tuple[str, str]] = {
    "md": ("markdown", ".md"),
    "json": ("json_report", ".json"),
    "html": ("html", ".html"),
    "csv": ("csv_report", ".csv"),
    "claimreview": ("claimreview", ".claimreview.json"),
}


#: Other spellings of the format names, accepted everywhere a format is named (check, export, the app).
ALIASES: dict[str, str] = {"markdown": "md", "htm": "html", "jsonld": "claimreview", "json-ld": "claimreview"}


def format_name(name: str) -> str:
    """The one name of a format: ``markdown`` and ``md`` are both ``md``, and so on (case-insensitive)."""
    key = name.strip().lower()
    return ALIASES.get(key, key)


def report_time() -> datetime:
    """Now (UTC, to the second), or ``$SOURCE_DATE_EPOCH`` when set, for reproducible reports."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError, OSError):
            raise OutputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix timestamp") from None
    return datetime.now(UTC).replace(microsecond=0)


def render_report(
    result: CheckResult,
    review: Review | None,
    fmt: str,
    *,
    generated_at: datetime | None = None,
    author: str = "",
    url: str = "",
) -> str:
    """The report of ``result`` (with ``review``; None means not reviewed) in format ``fmt`` as text."""
    from factcheck.report.model import build_report

    if fmt not in FORMATS:
        raise OutputError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    module = importlib.import_module(f"factcheck.report.{FORMATS[fmt][0]}")
    report = build_report(
        result,
        review or Review(result.article.sha256),
        generated_at=generated_at or report_time(),
        author=author,
        url=url,
    )
    text: str = module.render(report)
    return text


def load_review(article_sha256: str, state: str | os.PathLike[str] | None = None) -> Review | None:
    """The saved review of an article, or None when there is no state file (it is never created here).

    ``state`` None means the review app's default state file; a state file named explicitly must exist.
    """
    from factcheck.errors import InputError
    from factcheck.review import ReviewStore, default_state_path

    path = Path(state) if state is not None else default_state_path()
    if not path.exists():
        if state is not None:
            raise InputError(f"{path}: no such review state file")
        return None
    with ReviewStore(path) as store:
        return store.load(article_sha256)


def default_report_path(article_path: str, fmt: str, folder: str | Path | None = None) -> Path:
    """``examples/summit-call.txt`` → ``examples/summit-call.report.md`` (``report.md`` for stdin); with
    ``folder``, the same name in that folder."""
    suffix = FORMATS[fmt][1]
    if article_path in ("", "-"):
        name = f"report{suffix}"
    else:
        name = f"{Path(article_path).stem}.report{suffix}"
    if folder is not None:
        return Path(folder) / name
    return Path(name) if article_path in ("", "-") else Path(article_path).with_name(name)


def export_report(
    result: CheckResult,
    review: Review | None,
    fmt: str,
    path: str | os.PathLike[str] | None = None,
    force: bool = False,
    *,
    generated_at: datetime | None = None,
    author: str = "",
    url: str = "",
    inputs: tuple[tuple[str, str | os.PathLike[str] | None], ...] = (),
) -> Path:
    """Render and atomically write one report; return the path written.

    ``path`` None writes beside the article (see :func:`default_report_path`). Raises
    :class:`OutputError` when the file exists (without ``force``), is not a regular file, is one of
    ``inputs`` (see :func:`run_inputs`) or cannot be written.
    """
    from factcheck.report.output import write_report

    target = Path(path) if path is not None else default_report_path(result.article.path, fmt)
    inputs = inputs or run_inputs(result, None)
    text = render_report(result, review, fmt, generated_at=generated_at, author=author, url=url)
    return write_report(target, text, force=force, inputs=inputs)


def run_inputs(
    result: CheckResult, state: str | os.PathLike[str] | None
) -> tuple[tuple[str, str | os.PathLike[str] | None], ...]:
    """The files a report of ``result`` was made from, which no output of the run may replace."""
    from factcheck.review import default_state_path

    return (
        ("the article", result.article.path),
        ("the claims database", result.record.path),
        ("the review state file", state if state is not None else default_state_path()),
    )


__all__ = [
    "FORMATS",
    "default_report_path",
    "export_report",
    "load_review",
    "render_report",
    "report_time",
    "run_inputs",
]
