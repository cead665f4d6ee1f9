"""Which spans of a text overlap a given one, by bisection: extraction merging two readings' claims and
verification pairing a length with its sentence's event both ask it, thousands of times in a long article."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Generic, TypeVar

K = TypeVar("K")


class SpanIndex(Generic[K]):
    """Spans added in the order of their starts, each with a key; ``overlapping`` gives the keys of those
    that overlap a span, in the order added. The longest span added bounds how far back one can start."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._keys: list[K] = []
        self._longest = 0

    def add(self, start: int, end: int, key: K) -> None:
        if self._starts and start < self._starts[-1]:
            raise ValueError("spans must be added in the order of their starts")
        self._starts.append(start)
        self._ends.append(end)
        self._keys.append(key)
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> Iterator[K]:
        lo, hi = bisect_left(self._starts, start - self._longest), bisect_left(self._starts, end)
        for i in range(lo, hi):
            if self._ends[i] > start:
                yield self._keys[i]
