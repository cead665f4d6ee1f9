"""The methods ``dataclasses`` generates, kept compiled between runs.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and, for a frozen
class, ``__setattr__`` and ``__delattr__`` as source text and compiles each with ``exec``. On CPython 3.11
that is about 1 ms per frozen class, and a ``factcheck check`` makes some fifty of them before it reads a
word: a sixth of its cold start. The text depends only on the class's field names and options, so it is
the same every run, and so is its bytecode.

``install()`` gives the ``dataclasses`` module (that module alone: its global ``exec`` shadows the
built-in) an ``exec`` that takes the code object for a text it has seen from a ``CacheFile`` and compiles
the rest exactly as ``exec`` would (file name ``<string>``, no inherited future flags), so the classes are
the ones ``dataclasses`` would make. The file's name carries the interpreter's bytecode magic number, the
check ``.pyc`` files rely on; The CLI calls
``install()`` before it imports anything that defines a dataclass; an empty ``FACTCHECK_CACHE_DIR`` leaves
``dataclasses`` untouched.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
from types import CodeType
from typing import Any

from factcheck.cache_file import CacheFile, cache_dir

MAX_ENTRIES = 6000  # about six per class: the review app's classes (Textual's among them) fit

_magic = getattr(sys.modules.get("_frozen_importlib_external"), "MAGIC_NUMBER", None)  # what .pyc files carry


def _is_source(k: Any) -> bool:
    return isinstance(k, str)


def _is_code(v: Any) -> bool:
    return isinstance(v, CodeType)


FILE: CacheFile[str, CodeType] = CacheFile(
    f"dataclass-{sys.implementation.cache_tag}-{_magic.hex() if _magic else None}.marshal",
    _is_source,
    _is_code,
    MAX_ENTRIES,
)


def code_for(source: str) -> CodeType:
    """The code object ``exec(source)`` would compile, from the cache when an earlier run compiled it."""
    code = FILE.get(source)
    if code is None:
        code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
        FILE.put(source, code)
    return code


def cached_exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None, /, **kw: Any) -> None:  # noqa: A002
    """``exec``, with source text compiled through the cache (what ``dataclasses`` passes is always text)."""
    if globals is None:  # exec's default: the caller's namespaces, not this function's
        caller = sys._getframe(1)
        globals, locals = caller.f_globals, caller.f_locals if locals is None else locals
    if isinstance(source, str):
        source = code_for(source)
    builtins.exec(source, globals, locals, **kw)


def install() -> bool:
    """Route ``dataclasses``' compiling through the cache; False (nothing done) when caching is off or
    this interpreter has no bytecode magic number to key the file by."""
    if cache_dir() is None or _magic is None:
        return False
    dataclasses.exec = cached_exec  # type: ignore[attr-defined]
    return True


def uninstall() -> None:
    """Give ``dataclasses`` back the built-in ``exec``."""
    vars(dataclasses).pop("exec", None)
