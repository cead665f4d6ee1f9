"""Reading and writing files the user names, safely (core: the CLI and the review app both use it).

``read_input`` reads only a regular file (or ``-``, standard input), and never more than a limit: a FIFO,
a device (``/dev/zero``, a disk), a socket or a directory is refused with a one-line error before a byte
is read, and the file is opened non-blocking so even a FIFO swapped in after the check cannot hang the
reader. ``same_file`` compares paths by device and inode, for refusing to overwrite a run's own inputs.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import FactcheckError, InputError

MB = 1024 * 1024


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words ('a FIFO', 'a character device', …)."""
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def size_text(limit: int) -> str:
    return f"{limit // MB} MB" if limit % MB == 0 else f"{limit:,} bytes"


def read_input(
    path: str | os.PathLike[str],
    limit: int,
    *,
    what: str = "file",
    option: str = "--max-size MB",
    error: type[FactcheckError] = InputError,
) -> bytes:
    """The bytes of a regular file (``-``: standard input), at most ``limit`` of them, or ``error``.

    ``what`` names the file in the messages ("article", "import file"); ``option`` is how to raise the limit.
    """
    name = os.fspath(path)
    note = f"the limit is {size_text(limit)}" + (f"; raise it with {option}" if option else "")
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise error(f"standard input: too large ({note})")
        return data
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise error(f"{name}: no such file") from None
    except IsADirectoryError:
        raise error(f"{name}: is a directory, not a{'n' if what[0] in 'aeiou' else ''} {what}") from None
    except PermissionError:
        raise error(f"{name}: permission denied") from None
    except OSError as exc:
        raise error(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            article = f"a{'n' if what[0] in 'aeiou' else ''} {what}"
            raise error(f"{name}: is {kind_of(st.st_mode)}, not {article} (only regular files are read)")
        if st.st_size > limit:
            raise error(f"{name}: too large ({max(1, round(st.st_size / MB))} MB; {note})")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            block = os.read(fd, min(1 << 20, limit + 1 - got))
            if not block:
                break
            chunks.append(block)
            got += len(block)
    except OSError as exc:
        raise error(f"{name}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if got > limit:  # the file grew while it was read
        raise error(f"{name}: too large ({note})")
    return b"".join(chunks)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same existing file (device and inode; symlinks followed)."""
    try:
        sa, sb = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def is_regular_or_absent(path: Path) -> tuple[bool, str]:
    """(True, '') when ``path`` does not exist or is a regular file; else (False, what it is)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return True, ""
    except OSError as exc:
        return False, f"cannot be examined ({exc.strerror or exc})"
    if stat.S_ISREG(st.st_mode):
        return True, ""
    return False, kind_of(st.st_mode)


def check_target(
    path: str | os.PathLike[str],
    force: bool,
    *,
    error: type[FactcheckError],
    inputs: Sequence[tuple[str, str | os.PathLike[str] | None]] = (),
    verb: str = "replace it",
) -> Path:
    """Refuse, in one line, to write ``path`` unless it is a new file in an existing directory or (with
    ``force``) an existing regular file. A symbolic link is never written through, even with ``force``:
    a planted link would redirect the write anywhere. ``inputs`` are (what, path) of the files the run reads
    (the article, the record, the review state): the target may be none of them, by device and inode, so
    a hard link or another name for an input is caught too. Returns the path to replace atomically."""
    target = Path(path)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        if isinstance(exc, NotADirectoryError):
            raise error(f"{target}: {_first_non_directory(target.parent)} is not a directory") from None
        raise error(f"{target}: cannot be examined ({exc.strerror or exc})") from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            try:
                to = os.readlink(target)
            except OSError:
                to = "?"
            raise error(f"{target}: is a symbolic link (to {to}); name the file itself to replace it")
        if not stat.S_ISREG(st.st_mode):
            raise error(f"{target}: is {kind_of(st.st_mode)}; only a regular file is ever replaced")
        for what, other in inputs:
            if other is not None and os.fspath(other) != "-" and same_file(target, other):
                raise error(f"{target}: is {what} of this run, an input; write the output elsewhere")
        if not force:
            raise error(f"{target}: already exists (pass --force to {verb})")
    parent = target.parent
    if not parent.exists():
        raise error(f"{target}: directory {parent} does not exist")
    if not parent.is_dir():
        raise error(f"{target}: {parent} is not a directory")
    return target


def _first_non_directory(path: Path) -> Path:
    for p in reversed((path, *path.parents)):
        if p.exists() and not p.is_dir():
            return p
    return path
