"""The verdict rule, in one place: every kind of claim reaches its verdict through ``verdict``."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.models import Verdict

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIABLE


def verdict(fits: bool, covered: Callable[[], bool]) -> Verdict:
    """Supported when one reasonable reading fits the record; contradicted only when every reading fails
    *and* the record is complete for the pair over the window the claim covers (``covered``, asked only
    then); otherwise unverifiable, and the kind's wording gives the reason."""
    if fits:
        return S
    return C if covered() else U
