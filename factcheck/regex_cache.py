"""Compiled regular expressions kept between runs, the way Python keeps bytecode.

CPython compiles a pattern in pure Python (``re._parser`` then ``re._compiler``). The engine splices its
word lists and the record's names into some 150 patterns, several thousand characters long, and compiling
them was a quarter of a cold ``factcheck check`` (about 60 ms of 250). What the compiler produces is plain
data: the SRE code (a list of integers) and the group tables. This module keeps that data in one file in
the user's cache directory, keyed by pattern and flags, and rebuilds a Pattern from it with
``_sre.compile``, the call ``re.compile`` itself ends with, so the object is the one it would have built.

The file (``factcheck.cache_file``) is only a cache. Its name carries the interpreter's bytecode tag and
the SRE engine's magic number, so another Python never reads it; an entry is used only if it has the shape
written here, and the C constructor validates the code it is given. Anything unexpected (a damaged entry,
an interpreter without these internals) falls back to ``re.compile``.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from factcheck.cache_file import CacheFile

try:  # CPython's internals; without them every pattern is compiled by re.compile
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _sre = None

MAX_ENTRIES = 1000  # patterns from earlier records age out: the least recently used go first
MAX_BUILT = 512  # patterns kept made in one process (re keeps as many)

Key = tuple[str, int]
Entry = tuple[int, int, dict[str, int], tuple[str | None, ...], list[int]]


def _is_key(k: Any) -> bool:
    return isinstance(k, tuple) and len(k) == 2 and isinstance(k[0], str) and isinstance(k[1], int)


def _is_entry(v: Any) -> bool:
    """Whether a value read from the file has the shape ``_compile_entry`` writes."""
    return (
        isinstance(v, tuple)
        and len(v) == 5
        and isinstance(v[0], int)
        and isinstance(v[1], int)
        and isinstance(v[2], dict)
        and isinstance(v[3], tuple)
        and isinstance(v[4], list)
    )


_MAGIC = getattr(_sre, "MAGIC", None)
FILE: CacheFile[Key, Entry] = CacheFile(
    f"regex-{sys.implementation.cache_tag}-{_MAGIC}.marshal", _is_key, _is_entry, MAX_ENTRIES
)
_built: dict[Key, re.Pattern[str]] = {}  # the patterns made in this process


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
    key = (pattern, flags)
    entry = FILE.get(key)
    if entry is not None:
        try:
            return _build(pattern, entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compile afresh
            FILE.discard(key)
    try:
        entry = _compile_entry(pattern, flags)
    except Exception:  # noqa: BLE001 - internals not as expected: the public call, uncached
        return re.compile(pattern, flags)
    FILE.put(key, entry)
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
    return None if _sre is None else FILE.path()


def save() -> None:
    """Write this run's new patterns into the cache file (also done at exit)."""
    FILE.save()


def clear() -> None:
    """Forget what was read (tests point ``FACTCHECK_CACHE_DIR`` elsewhere and start again)."""
    FILE.clear()
    _built.clear()
