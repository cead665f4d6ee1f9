"""Compiled regular expressions kept between runs, the way Python keeps bytecode.

CPython compiles a pattern in pure Python (``re._parser`` then ``re._compiler``). The engine splices its
word lists and the record's names into some 150 patterns, several thousand characters long, and compiling
them was a quarter of a cold ``factcheck check`` (about 60 ms of 250). What the compiler produces is plain
data: the SRE code (a list of integers) and the group tables. This module keeps that data in one file in
the user's cache directory, keyed by pattern and flags, and rebuilds a Pattern from it with
``_sre.compile``, the call ``re.compile`` itself ends with, so the object is the one it would have built.

The file is only a cache. Its name carries the interpreter's bytecode tag and the SRE engine's magic number,
so another Python never reads it; an entry is used only if it has the shape written here, and the C
constructor validates the code it is given. Anything unexpected (a damaged file, an unwritable directory,
an interpreter without these internals) falls back to ``re.compile``. New entries are written once, at
exit, atomically, so concurrent runs never see half a file.

``FACTCHECK_CACHE_DIR`` moves the cache (default ``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``);
setting it to the empty string turns it off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from typing import Any

try:  # CPython's internals; without them every pattern is compiled by re.compile
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

MAX_ENTRIES = 1000  # patterns from earlier records age out: the least recently used go first
MAX_BUILT = 512  # patterns kept made in one process (re keeps as many)

Key = tuple[str, int]
Entry = tuple[int, int, dict[str, int], tuple[str | None, ...], list[int]]

_entries: dict[Key, Entry] | None = None  # read from the file on first use
_built: dict[Key, re.Pattern[str]] = {}  # the patterns made in this process
_added = False  # whether this run compiled something the file lacks


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name re uses
    """``re.compile(pattern, flags)``, from the cache when an earlier run compiled the same pattern."""
    flags = int(flags)
    key = (pattern, flags)
    built = _built.get(key)
    if built is not None:  # compiled in this process already: the same object, as re's own cache gives
        return built
    if len(_built) >= MAX_BUILT:  # bounded as re's own cache is: the oldest pattern goes
        del _built[next(iter(_built))]
    built = _built[key] = _compile(pattern, flags)
    return built


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    if _sre is None or flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    entries = _load()
    key = (pattern, flags)
    entry = entries.pop(key, None)
    if entry is not None:
        try:
            built = _build(pattern, entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh
            entry = None
        else:
            entries[key] = entry  # most recently used last
            return built
    try:
        entry = _compile_entry(pattern, flags)
    except Exception:  # noqa: BLE001 - internals not as expected: the public call, uncached
        return re.compile(pattern, flags)
    global _added
    entries[key] = entry
    _added = True
    return _build(pattern, entry)


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, groups, groupindex, indexgroup, code = entry
    built: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return built


def _compile_entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before it calls ``_sre.compile``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final = int(flags | parsed.state.flags)  # a plain int: marshal refuses RegexFlag
    return final, int(parsed.state.groups - 1), groupindex, tuple(indexgroup), [int(c) for c in code]


def cache_path() -> str | None:
    """The cache file for this interpreter, or None when caching is off."""
    folder = os.environ.get("FACTCHECK_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "factcheck")
    if not folder or _sre is None:
        return None
    return os.path.join(folder, f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal")


def _load() -> dict[Key, Entry]:
    global _entries
    if _entries is None:
        _entries = _read(cache_path())
    return _entries


def _read(path: str | None) -> dict[Key, Entry]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())  # one read: marshal.load on a file reads it piecemeal
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if _is_key(k) and _is_entry(v)}


def _is_key(k: Any) -> bool:
    return isinstance(k, tuple) and len(k) == 2 and isinstance(k[0], str) and isinstance(k[1], int)


def _is_entry(v: Any) -> bool:
    return (
        isinstance(v, tuple)
        and len(v) == 5
        and isinstance(v[0], int)
        and isinstance(v[1], int)
        and isinstance(v[2], dict)
        and isinstance(v[3], tuple)
        and isinstance(v[4], list)
    )


def save() -> None:
    """Write this run's new patterns into the cache file (at exit; a failure only means no cache)."""
    global _added
    path = cache_path()
    if not _added or _entries is None or path is None:
        return
    merged = {k: v for k, v in _read(path).items() if k not in _entries}
    merged.update(_entries)  # this run's patterns last: they are the ones kept
    keep = dict(list(merged.items())[-MAX_ENTRIES:])
    try:
        import tempfile  # only when there is something to write

        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=os.path.dirname(path))
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(keep, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return
    _added = False


atexit.register(save)


def clear() -> None:
    """Forget what was read (tests point ``FACTCHECK_CACHE_DIR`` elsewhere and start again)."""
    global _entries, _added
    _entries, _added = None, False
    _built.clear()
