"""A small timeline of a pair's contacts: the counted window shaded, counted contacts marked.

    ·  ●    ●  ●       ●●  ○    ◆
    ───━━━━━━━━━━━━━━━━━━━━━━━━━━━
    2024-11-02      counted 2025-01-01 – 2025-06-14      2025-06-14

``●`` a counted contact (a digit when several share a column), ``○`` one shown for context only
(disputed, another day of the same visit, outside the reading), ``◆`` the contact the claim is about.
"""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widget import Widget

from factcheck.tui.timeline_data import Point, TimelineData


def _column(day: date, lo: date, hi: date, width: int) -> int:
    span = (hi - lo).days or 1
    return min(width - 1, max(0, round((day - lo).days * (width - 1) / span)))


def layout(data: TimelineData, width: int) -> Content:
    """Three lines: markers, axis, labels — in ``width`` cells."""
    width = max(width, 24)
    days = [p.day for p in data.points]
    if data.window:
        days += list(data.window)
    if data.span and days:
        days += list(data.span)
    if not days:
        return Content.styled(data.note, "dim")
    lo, hi = min(days), max(days)

    cells: list[tuple[str, str]] = [(" ", "")] * width
    hits: dict[int, list[Point]] = {}
    for p in data.points:
        hits.setdefault(_column(p.day, lo, hi, width), []).append(p)
    for col, points in hits.items():
        if any(p.anchor for p in points):
            cells[col] = ("◆", "bold $text-accent")
        elif any(p.counted for p in points):
            n = sum(p.counted for p in points)
            cells[col] = ("●" if n == 1 else (str(n) if n < 10 else "+"), "bold $text-success")
        else:
            cells[col] = ("○", "dim")

    axis: list[tuple[str, str]] = [("─", "dim")] * width
    if data.window:
        a, b = (_column(d, lo, hi, width) for d in data.window)
        for col in range(a, b + 1):
            axis[col] = ("━", "bold $text-primary")

    left, right = lo.isoformat(), hi.isoformat()
    middle = f"counted {data.window[0].isoformat()} – {data.window[1].isoformat()}" if data.window else data.pair
    gap = width - len(left) - len(right)
    if len(middle) + 2 <= gap:
        pad = gap - len(middle)
        labels = left + " " * (pad // 2) + middle + " " * (pad - pad // 2) + right
    else:
        labels = left + " " * max(1, gap) + right
    return Content.assemble(*cells, "\n", *axis, "\n", (labels[:width], "dim"))


class Timeline(Widget):
    """Attributes down: the screen sets ``data``; the widget redraws at its own width."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._data = TimelineData(())

    def show(self, data: TimelineData) -> None:
        self._data = data
        self.refresh()

    @property
    def data(self) -> TimelineData:
        return self._data

    def render(self) -> Content:
        return layout(self._data, self.content_region.width)
