"""Measures and tolerance bands: gaps in years and months, duration bands, count fits, official figures."""

from __future__ import annotations

from datetime import date

from factcheck.models import Contact, Qualifier


def years_between(a: date, b: date) -> float:
    return abs((b - a).days) / 365.25


def months_between(a: date, b: date) -> float:
    return abs((b - a).days) / 30.4375


def band(value: float, qualifier: Qualifier, unit: str = "min") -> tuple[float, float]:
    """The claimed interval for a duration (minutes) or a gap (years/months)."""
    if unit != "min":
        half = 0.5
        if qualifier is Qualifier.NEARLY:
            return value - half, value
        if qualifier in (Qualifier.MORE, Qualifier.AT_LEAST):
            return value, float("inf")
        if qualifier is Qualifier.LESS:
            return 0.0, value
        return value - half, value + half
    if qualifier is Qualifier.ABOUT:
        d = max(0.2 * value, 10)
        return value - d, value + d
    if qualifier is Qualifier.NEARLY:
        return 0.75 * value, value
    if qualifier in (Qualifier.MORE, Qualifier.AT_LEAST):
        return value, 1.5 * value + 30
    if qualifier is Qualifier.LESS:
        return 0.0, value
    return 0.9 * value, 1.1 * value


def fmt_minutes(m: float) -> str:
    m = round(m)
    if m < 60:
        return f"{m} min"
    h, r = divmod(m, 60)
    return f"{h} h {r} min" if r else f"{h} h"


def count_fits(got: int, n: int, qualifier: Qualifier) -> bool:
    """'at least six', 'more than 40', 'about 20', 'nearly ten', or exactly n."""
    if qualifier is Qualifier.AT_LEAST:
        return got >= n
    if qualifier is Qualifier.MORE:
        return got > n
    if qualifier is Qualifier.LESS:
        return got < n
    if qualifier is Qualifier.NEARLY:
        return n - max(1, round(0.1 * n)) <= got <= n
    if qualifier is Qualifier.ABOUT:
        return abs(got - n) <= max(1, round(0.1 * n))
    return got == n


def round_half(x: float) -> str:
    r = round(x * 2) / 2
    return f"{r:g}"


def official_durations(c: Contact) -> list[tuple[float, str]]:
    """Every official figure for a contact's length, as (minutes, who gave it): duration_min, then the
    figures its duration text quotes, read when the row was written (record/facts.py)."""
    return [(f.minutes, f.source) for f in c.figures]
