"""Each kind of claim makes its own query (factcheck/queries.py): a frozen type per kind holding the
claimed value in its own type and only the details its kind reads, checked when it is made."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from factcheck.models import QUERY_TYPES, Claim, ClaimKind
from factcheck.queries import (
    CountQuery,
    DurationQuery,
    EventQuery,
    FirstAfterQuery,
    FrequencyQuery,
    GapQuery,
    Mode,
    OrdinalQuery,
    Precision,
    PreviousQuery,
    Unit,
)


def _claim(kind: ClaimKind, query: object = None) -> Claim:
    return Claim(id="c1", kind=kind, start=0, end=4, quote="call", query=query)  # type: ignore[arg-type]


def test_every_kind_has_a_query_type_of_its_own() -> None:
    assert set(QUERY_TYPES) == set(ClaimKind)
    assert len(set(QUERY_TYPES.values())) == len(ClaimKind)
    for kind, query in QUERY_TYPES.items():
        assert dataclasses.is_dataclass(query) and query.__dataclass_params__.frozen  # type: ignore[attr-defined]
        assert _claim(kind).query == query()  # none given: its kind's, empty
        assert _claim(kind).value is None


@pytest.mark.parametrize(
    ("kind", "query", "value"),
    [
        (
            ClaimKind.EVENT,
            EventQuery(date(2025, 6, 14), hi=date(2025, 6, 30), precision=Precision.MONTH),
            date(2025, 6, 14),
        ),
        (ClaimKind.ORDINAL, OrdinalQuery(6, edge=date(2025, 2, 24)), 6),
        (ClaimKind.COUNT, CountQuery(4, before=date(2025, 6, 1)), 4),
        (ClaimKind.PREVIOUS, PreviousQuery(ago=2.0, mode=Mode.AGO, unit=Unit.MONTH), 2.0),
        (ClaimKind.PREVIOUS, PreviousQuery(date(2025, 6, 12), precision=Precision.DAY), date(2025, 6, 12)),
        (ClaimKind.FIRST_AFTER, FirstAfterQuery(mode=Mode.NONE_BETWEEN, anchor_hi=date(2025, 3, 1)), None),
        (ClaimKind.GAP, GapQuery(3.0, unit=Unit.YEAR), 3.0),
        (ClaimKind.DURATION, DurationQuery(50, place="Helsinki", elapsed=True), 50),
        (ClaimKind.FREQUENCY, FrequencyQuery(4.0, unit=Unit.YEAR, including_meetings=True), 4.0),
    ],
)
def test_a_query_of_its_kinds_type_is_made(kind: ClaimKind, query: object, value: object) -> None:
    claim = _claim(kind, query)
    assert claim.query == query and claim.value == value
    assert claim.day == (value if isinstance(value, date) else None)
    assert claim.amount == (None if value is None or isinstance(value, date) else value)


def test_a_query_of_another_kind_is_refused() -> None:
    with pytest.raises(TypeError, match="a duration claim asks a DurationQuery, not a OrdinalQuery"):
        _claim(ClaimKind.DURATION, OrdinalQuery(6))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: OrdinalQuery("sixth"), "OrdinalQuery.position cannot be str"),  # type: ignore[arg-type]
        (lambda: CountQuery(True), "CountQuery.count cannot be bool"),  # type: ignore[arg-type]
        (lambda: DurationQuery("2025-06-14"), "DurationQuery.minutes cannot be str"),  # type: ignore[arg-type]
        (lambda: EventQuery("2025-06-14"), "EventQuery.day cannot be str"),  # type: ignore[arg-type]
        (lambda: EventQuery(datetime(2025, 6, 14, 12)), "EventQuery.day cannot be datetime"),
        (lambda: GapQuery(3, anchor_hi="March"), "GapQuery.anchor_hi cannot be str"),  # type: ignore[arg-type]
        (lambda: DurationQuery(50, elapsed=1), "DurationQuery.elapsed cannot be int"),  # type: ignore[arg-type]
        (lambda: PreviousQuery(date(2025, 6, 1), ago=2), "dated or ago, not both"),
    ],
)
def test_a_value_or_detail_of_the_wrong_type_is_refused(make: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        make()  # type: ignore[operator]


def test_a_detail_its_kind_never_reads_cannot_be_given() -> None:
    with pytest.raises(TypeError):
        DurationQuery(50, edge=date(2025, 1, 1))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        EventQuery(including_meetings=True)  # type: ignore[call-arg]


def test_words_become_their_enums_and_unknown_words_are_refused() -> None:
    q = FrequencyQuery(4, unit="month")  # type: ignore[arg-type]
    assert q.unit is Unit.MONTH
    with pytest.raises(ValueError):
        GapQuery(3, unit="fortnight")  # type: ignore[arg-type]


def test_a_check_reads_its_kinds_query_and_no_other() -> None:
    claim = _claim(ClaimKind.DURATION, DurationQuery(50))
    assert claim.query_as(DurationQuery).minutes == 50
    with pytest.raises(TypeError, match="a duration claim asks a DurationQuery, not a GapQuery"):
        claim.query_as(GapQuery)
