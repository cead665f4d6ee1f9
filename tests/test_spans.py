"""The span index both the readings merge and the length-with-its-event pairing use."""

from __future__ import annotations

import random

import pytest

from factcheck.spans import SpanIndex


def test_overlapping_spans_come_in_the_order_added_as_a_full_scan_finds_them() -> None:
    rng = random.Random(4)
    spans = sorted((s, s + rng.randint(1, 60)) for s in (rng.randint(0, 2000) for _ in range(300)))
    index: SpanIndex[int] = SpanIndex()
    for k, (a, b) in enumerate(spans):
        index.add(a, b, k)
    for _ in range(500):
        lo = rng.randint(0, 2100)
        hi = lo + rng.randint(1, 80)
        want = [k for k, (a, b) in enumerate(spans) if a < hi and lo < b]
        assert list(index.overlapping(lo, hi)) == want


def test_spans_touching_at_an_end_do_not_overlap_and_order_is_enforced() -> None:
    index: SpanIndex[str] = SpanIndex()
    index.add(0, 10, "a")
    index.add(10, 20, "b")
    assert list(index.overlapping(10, 12)) == ["b"] and list(index.overlapping(5, 10)) == ["a"]
    with pytest.raises(ValueError, match="order of their starts"):
        index.add(3, 4, "c")
