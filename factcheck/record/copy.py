"""Where a new contact is written: the record the article was checked against, or a working copy of it.

The bundled claims.db is built from data/ (and read-only in most installs), so a contact added from the
review app never goes into it unless the reviewer names it: by default it goes into a copy beside the
review state, made on the first save, and the app checks against that copy from then on.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import RecordError

COPY_NAME = "claims.db"


@dataclass(frozen=True, slots=True)
class Target:
    """The record a new contact goes into, and whether it must first be copied from ``copy_from``."""

    path: Path
    copy_from: Path | None
    note: str  # one line for the form: what will happen on save


def same_file(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


def write_problem(path: Path) -> str:
    """Why a contact cannot be written to (or a copy made at) ``path`` ("" if it can)."""
    if path.is_dir():
        return f"{path} is a directory"
    if path.exists():
        if not os.access(path, os.W_OK):
            return f"{path} is read-only"
        folder = path.resolve().parent
    else:
        folder = path.parent
    if not folder.is_dir():
        return f"no such directory: {folder}"
    if not os.access(folder, os.W_OK):
        return f"cannot write in {folder}"
    return ""


def choose_target(opened: Path, typed: str, copy_dir: Path, bundled: Path) -> Target:
    """Where a save goes: ``typed`` if the reviewer gave a path, else the record the app opened —
    unless that is the bundled record or cannot be written, when a copy in ``copy_dir`` is proposed."""
    if typed.strip():
        path = Path(typed.strip()).expanduser()
        if path.exists():
            if same_file(path, bundled):
                return Target(
                    path, None, "writes into the bundled record itself (it is rebuilt from data/ by `db build`)"
                )
            return Target(path, None, f"adds to {path}; the article is then checked against it")
        return Target(path, opened, f"copies {opened} to {path} first; the article is then checked against the copy")
    if same_file(opened, bundled) or write_problem(opened):
        why = "the bundled record is never changed here" if same_file(opened, bundled) else write_problem(opened)
        copy = copy_dir / COPY_NAME
        if copy.exists() and not same_file(copy, opened):
            return Target(copy, None, f"{why}: adds to your copy {copy}; the article is then checked against it")
        return Target(copy, opened, f"{why}: copies it to {copy} first; the article is then checked against the copy")
    return Target(opened, None, f"adds to {opened}, the record this article was checked against")


def copy_record(source: Path, dest: Path) -> Path:
    """Copy a (closed, checkpointed) claims database to ``dest`` atomically; never over an existing file."""
    if dest.exists():
        raise RecordError(f"{dest} already exists")
    wal = Path(f"{source}-wal")
    if wal.exists() and wal.stat().st_size:
        raise RecordError(
            f"{source} has changes not yet folded into the file (another program has it open): close it and try again"
        )
    why = write_problem(dest)
    if why:
        raise RecordError(f"cannot copy the record: {why}")
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise RecordError(f"cannot copy {source} to {dest}: {exc.strerror or exc}") from None
    return dest
