"""Writing a report: atomically (temporary file in the same directory, then ``os.replace``).

An existing file is kept unless ``force``; any failure is an :class:`OutputError` with a one-line
message, and an interruption (Ctrl-C) removes the temporary file, so no partial report is ever left.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import OutputError


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def write_report(
    path: str | os.PathLike[str],
    text: str,
    force: bool = False,
    *,
    inputs: Sequence[tuple[str, str | os.PathLike[str] | None]] = (),
) -> Path:
    """Write ``text`` (UTF-8) to ``path``; return the path written.

    Only a new file or (with ``force``) an existing regular file is written — never a FIFO, a device, a
    symbolic link, nor any of ``inputs`` ((what, path) of the files this run reads; see files.check_target).
    """
    from factcheck.files import check_target

    target = check_target(path, force, error=OutputError, inputs=inputs, verb="overwrite")
    parent = target.parent
    data = text.encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({_reason(exc)})") from None
    try:
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, _mode(target))
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({_reason(exc)})") from None
    except BaseException:  # including KeyboardInterrupt: never leave the temporary file behind
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def _mode(target: Path) -> int:
    """Keep an overwritten file's permissions; a new report is rw-r--r-- (mkstemp would make it 0600)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o644
