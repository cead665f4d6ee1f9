"""Date expressions, durations and periods, in English and Russian."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.dates import find_dates
from factcheck.extract.quantities import find_durations, find_periods, parse_number

PUB = date(2025, 7, 3)  # a Thursday


@pytest.mark.parametrize(
    ("text", "lo", "hi", "precision"),
    [
        ("on 14 June", date(2025, 6, 14), date(2025, 6, 14), "day"),
        ("on June 14", date(2025, 6, 14), date(2025, 6, 14), "day"),
        ("on December 29", date(2024, 12, 29), date(2024, 12, 29), "day"),  # latest on or before publication
        ("on Thursday", PUB, PUB, "day"),
        ("on Tuesday", date(2025, 7, 1), date(2025, 7, 1), "day"),
        ("last Thursday", date(2025, 6, 26), date(2025, 6, 26), "day"),
        ("yesterday", date(2025, 7, 2), date(2025, 7, 2), "day"),
        ("in March", date(2025, 3, 1), date(2025, 3, 31), "month"),
        ("in June 2019", date(2019, 6, 1), date(2019, 6, 30), "month"),
        ("since 2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("14 июня", date(2025, 6, 14), date(2025, 6, 14), "day"),
        ("в марте", date(2025, 3, 1), date(2025, 3, 31), "month"),
        ("вчера", date(2025, 7, 2), date(2025, 7, 2), "day"),
    ],
)
def test_dates_resolve_against_publication(text: str, lo: date, hi: date, precision: str) -> None:
    lang = "ru" if any("а" <= ch <= "я" for ch in text) else "en"
    [d] = find_dates(text, PUB, lang)
    assert (d.lo, d.hi, d.precision) == (lo, hi, precision)
    assert text[d.start : d.end] == d.text


def test_not_dates() -> None:
    assert find_dates("at about 16:45 he may be offended", PUB) == []
    assert find_dates("a record $240bn in trade", PUB) == []


def test_relative_dates_need_publication_date() -> None:
    assert find_dates("on Thursday", None) == []
    [d] = find_dates("on 12 February 2025", None)
    assert d.lo == date(2025, 2, 12)


@pytest.mark.parametrize(
    ("text", "minutes", "qualifier"),
    [
        ("spoke for nearly an hour", 60, "nearly"),
        ("lasted more than two hours", 120, "more"),
        ("2 hours 5 minutes", 125, ""),
        ("about one and a half hours", 90, "about"),
        ("approximately one-and-a-half hours", 90, "about"),
        ("an hour and a half", 90, ""),
        ("nearly half an hour", 30, "nearly"),
        ("about 50 minutes", 50, "about"),
        ("just over two hours", 120, "more"),
    ],
)
def test_english_durations(text: str, minutes: float, qualifier: str) -> None:
    [q] = find_durations(text)
    assert (q.value, q.qualifier) == (minutes, qualifier)


@pytest.mark.parametrize(
    ("text", "minutes", "qualifier"),
    [
        ("около часа", 60, "about"),
        ("почти два с половиной часа", 150, "nearly"),
        ("два часа пять минут", 125, ""),
        ("полтора часа", 90, ""),
        ("около 45 минут", 45, "about"),
        ("более двух часов", 120, "more"),
    ],
)
def test_russian_durations(text: str, minutes: float, qualifier: str) -> None:
    [q] = find_durations(text, "ru")
    assert (q.value, q.qualifier) == (minutes, qualifier)


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("three years", 3, "year", ""),
        ("over two-and-a-half years", 2.5, "year", "more"),
        ("almost two months", 2, "month", "nearly"),
        ("a month and a half", 1.5, "month", ""),
    ],
)
def test_periods(text: str, value: float, unit: str, qualifier: str) -> None:
    [q] = find_periods(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


def test_parse_number() -> None:
    assert parse_number("six") == 6
    assert parse_number("two and a half") == 2.5
    assert parse_number("twenty five") == 25
    assert parse_number("полтора") == 1.5
    assert parse_number("many") is None
