"""One file of compiled artefacts in the user's cache directory, kept between runs as Python keeps bytecode.

A cold ``factcheck check`` spends most of its time compiling what was compiled identically last time:
regular expressions (``regex_cache``) and the methods ``dataclasses`` generates (``dataclass_cache``).
Each keeps a ``CacheFile``: a marshalled dict of key to marshalled value, read on first use and written
once at exit if the run added an entry. A value is unmarshalled only when asked for, since a run uses few
of the entries earlier runs left (the record's name patterns alone are thousands of integers each). The
file is only a cache: its name carries what must match for its contents to be valid (the interpreter, the
engine's magic number), every key and value read is checked by the owner's predicates, and any failure (a
damaged file or entry, an unwritable folder) only means compiling afresh. Writes go to a temporary file
renamed into place, so concurrent runs never see half a file; the least recently used entries age out.

``FACTCHECK_CACHE_DIR`` moves the cache (default ``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``);
setting it to the empty string turns it off.
"""

from __future__ import annotations

import atexit
import marshal
import os
from collections.abc import Callable
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


def cache_dir() -> str | None:
    """The folder the caches live in, or None when caching is turned off."""
    folder = os.environ.get("FACTCHECK_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "factcheck")
    return folder or None


class CacheFile(Generic[K, V]):
    """The entries of one cache file: ``get`` and ``put`` in memory, ``save`` to disk (also at exit)."""

    def __init__(
        self, name: str, is_key: Callable[[Any], bool], is_value: Callable[[Any], bool], max_entries: int
    ) -> None:
        self.name = name  # the file's name in the cache folder
        self._is_key = is_key  # whether a key read from the file has the shape written
        self._is_value = is_value  # the same for a value, checked when it is unmarshalled
        self.max_entries = max_entries
        self._entries: dict[K, bytes] | None = None  # read on first use, values marshalled; most recently used last
        self._added = False  # whether this run made an entry the file lacks
        atexit.register(self.save)

    def path(self) -> str | None:
        """The file, or None when caching is off."""
        folder = cache_dir()
        return None if folder is None else os.path.join(folder, self.name)

    def get(self, key: K) -> V | None:
        """The value stored for ``key``, or None if there is none or it is damaged (then it is dropped)."""
        entries = self._load()
        stored = entries.pop(key, None)
        if stored is None:
            return None
        try:
            value = marshal.loads(stored)
        except (EOFError, ValueError, TypeError):
            return None
        if not self._is_value(value):
            return None
        entries[key] = stored  # most recently used last
        return value  # type: ignore[no-any-return]

    def put(self, key: K, value: V) -> None:
        """Keep ``value`` for ``key``: in memory now, in the file at exit (a value marshal cannot write is
        not kept)."""
        try:
            stored = marshal.dumps(value)  # type: ignore[arg-type]  # V is a marshallable type by contract
        except ValueError:
            return
        self._load()[key] = stored
        self._added = True

    def discard(self, key: K) -> None:
        """Forget an entry found unusable, so it is not written back."""
        self._load().pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._load()

    def _load(self) -> dict[K, bytes]:
        if self._entries is None:
            self._entries = self._read(self.path())
        return self._entries

    def _read(self, path: str | None) -> dict[K, bytes]:
        if path is None:
            return {}
        try:
            with open(path, "rb") as f:
                data = marshal.loads(f.read())  # one read: marshal.load on a file reads it piecemeal
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, bytes) and self._is_key(k)}

    def save(self) -> None:
        """Write this run's new entries into the file (a failure only means no cache next time)."""
        path = self.path()
        if not self._added or self._entries is None or path is None:
            return
        merged = {k: v for k, v in self._read(path).items() if k not in self._entries}
        merged.update(self._entries)  # this run's entries last: they are the ones kept
        keep = dict(list(merged.items())[-self.max_entries :])
        try:
            import tempfile  # only when there is something to write

            os.makedirs(os.path.dirname(path), exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.name}-", dir=os.path.dirname(path))
            try:
                with os.fdopen(fd, "wb") as f:
                    marshal.dump(keep, f)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return
        self._added = False

    def clear(self) -> None:
        """Forget what was read (tests point ``FACTCHECK_CACHE_DIR`` elsewhere and start again)."""
        self._entries, self._added = None, False
