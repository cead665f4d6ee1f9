"""The review state's helpers without a connection (core): what a failed write means, in words, and one
claim's change applied to a mark in memory with its audit entries."""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from factcheck.models import AuditEntry, Review, ReviewMark, Verdict


class Unset:
    """Sentinel: the field is left as it is."""


def folder_problem(folder: Path) -> str:
    """Why nothing can be created in ``folder`` ("" when something can): tried, not guessed from modes."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return ""
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return "no space left on the disk"
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return f"the folder {folder} is read-only"
        return f"the folder {folder} cannot be written ({exc.strerror or exc})"


def cause(exc: BaseException, path: Path) -> tuple[str, bool]:
    """(what happened, in words; whether it can pass) for a failed SQLite or OS call on the state file."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    if code == 13 or getattr(exc, "errno", None) == errno.ENOSPC or "disk is full" in text:
        return "no space left on the disk", True
    if code in (5, 6) or "locked" in text:
        return "locked by another program", True
    if code in (8, 10, 14) or "readonly" in text or "unable to open" in text or "i/o error" in text:
        folder = folder_problem(path.parent)
        if folder:
            return folder, True
        if code == 8 or "readonly" in text or not os.access(path, os.W_OK):
            return "the file is read-only", True
        return f"cannot be written ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})", True
    if isinstance(exc, OSError):
        return exc.strerror or str(exc), True
    return "", False


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _verdict_text(verdict: Verdict | None) -> str:
    return verdict.value if verdict is not None else ""


def changed(
    old: ReviewMark, verdict: Verdict | None | Unset, note: str | Unset, reviewed: bool | Unset
) -> tuple[ReviewMark, list[tuple[str, str, str]]]:
    """The mark with the given fields (UNSET: kept) and the (field, old, new) audit texts of what changed."""
    changes: list[tuple[str, str, str]] = []
    new = old
    if not isinstance(verdict, Unset) and verdict != old.verdict:
        changes.append(("verdict", _verdict_text(old.verdict), _verdict_text(verdict)))
        new = replace(new, verdict=verdict)
    if not isinstance(note, Unset) and note != old.note:
        changes.append(("note", old.note, note))
        new = replace(new, note=note)
    if not isinstance(reviewed, Unset) and reviewed != old.reviewed:
        changes.append(("reviewed", _bool_text(old.reviewed), _bool_text(reviewed)))
        new = replace(new, reviewed=reviewed)
    return new, changes


def applied(
    review: Review,
    claim_id: str,
    verdict: Verdict | None | Unset,
    note: str | Unset,
    reviewed: bool | Unset,
    at: datetime,
) -> tuple[Review, bool]:
    """``review`` with one claim's change made in memory (and its audit entries), and whether it changed."""
    new, changes = changed(review.mark(claim_id), verdict, note, reviewed)
    if not changes:
        return review, False
    entries = tuple(AuditEntry(at, claim_id, field, before, after) for field, before, after in changes)
    return Review(
        review.article_sha256, {**review.marks, claim_id: replace(new, updated=at)}, review.audit + entries
    ), True
