"""Each kind of claim makes its own query: a value of its kind's type and only the details its kind reads,
checked when the claim is made."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.models import QUERY_DETAILS, QUERY_VALUES, Claim, ClaimKind, Details, Mode, Precision, Unit


def _claim(kind: ClaimKind, value: object = None, details: Details = Details()) -> Claim:
    return Claim(id="c1", kind=kind, start=0, end=4, quote="call", value=value, details=details)  # type: ignore[arg-type]


def test_every_kind_has_a_query_shape() -> None:
    assert set(QUERY_VALUES) == set(ClaimKind) == set(QUERY_DETAILS)
    assert QUERY_DETAILS[ClaimKind.DURATION].isdisjoint(QUERY_DETAILS[ClaimKind.ORDINAL])


@pytest.mark.parametrize(
    ("kind", "value", "details"),
    [
        (ClaimKind.EVENT, "2025-06-14", Details(hi=date(2025, 6, 30), precision=Precision.MONTH)),
        (ClaimKind.ORDINAL, 6, Details(edge=date(2025, 2, 24))),
        (ClaimKind.COUNT, 4, Details(before=date(2025, 6, 1))),
        (ClaimKind.PREVIOUS, 2.0, Details(mode=Mode.AGO, unit=Unit.MONTH)),
        (ClaimKind.FIRST_AFTER, None, Details(mode=Mode.NONE_BETWEEN, anchor_hi=date(2025, 3, 1))),
        (ClaimKind.GAP, 3.0, Details(unit=Unit.YEAR, reported=True)),
        (ClaimKind.DURATION, 50, Details(place="Helsinki", elapsed=True, approximate_anchor=True)),
        (ClaimKind.FREQUENCY, 4.0, Details(unit=Unit.YEAR, including_meetings=True)),
    ],
)
def test_a_query_of_its_kinds_shape_is_made(kind: ClaimKind, value: object, details: Details) -> None:
    assert _claim(kind, value, details).details == details


@pytest.mark.parametrize(
    ("kind", "value", "details", "message"),
    [
        (ClaimKind.ORDINAL, "sixth", Details(), "ordinal claim's value cannot be str"),
        (ClaimKind.COUNT, True, Details(), "count claim's value cannot be bool"),
        (ClaimKind.DURATION, "2025-06-14", Details(), "duration claim's value cannot be str"),
        (ClaimKind.DURATION, 50, Details(edge=date(2025, 1, 1)), "duration claim carries no edge"),
        (ClaimKind.FREQUENCY, 4.0, Details(place="Geneva", hi=date(2025, 1, 1)), "carries no hi, place"),
        (ClaimKind.EVENT, "2025-06-14", Details(including_meetings=True), "carries no including_meetings"),
    ],
)
def test_a_value_or_detail_its_kind_never_reads_is_refused(
    kind: ClaimKind, value: object, details: Details, message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        _claim(kind, value, details)
