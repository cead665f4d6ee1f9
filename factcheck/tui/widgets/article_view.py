"""The whole article, each claim span coloured by its machine verdict, the current claim emphasised.

A Line-API ``ScrollView``: the text is split into paragraphs (at blank lines); each paragraph is a
``Content`` built from the plain text (never parsed as markup) with one span per claim, wrapped to the
widget's width and cached as strips. Changing the current claim or a claim's mark restyles only the
paragraphs that hold those claims, so a keypress costs the same on a 2,000-claim article as on a short one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.content import Content, Span
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from factcheck.safe_text import display_text

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n\s*")


@dataclass(frozen=True, slots=True)
class ClaimSpan:
    """A claim's place in the article and how to paint it."""

    start: int
    end: int
    verdict: str  # machine verdict: supported | contradicted | unverifiable
    marked: bool = False  # the reviewer has given a verdict other than the machine's


def paragraphs_of(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the non-blank paragraphs of ``text[start:]``."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _PARAGRAPH_BREAK.finditer(text, start):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


#: How spans are painted: theme variables only, resolved at render time, so every theme works.
#: (Component classes would be the CSS way, but Textual 8 drops ``reverse`` and blends translucent
#: backgrounds oddly in partial component styles, so the styles live here.)
PAINT = {
    "supported": "underline on $success-muted",
    "contradicted": "bold on $error-muted",
    "unverifiable": "on $warning-muted",
    "marked": "italic",
    "current": "bold reverse",
    "dateline": "dim",
    "headline": "bold $text-primary",
}


class ArticleView(ScrollView, can_focus=True):
    """Shows the article; click a highlighted span to select its claim."""

    # Arrow keys move between claims (handled by the screen); paging scrolls the text here.
    inherit_bindings = False
    BINDINGS = [
        Binding("pageup,ctrl+u", "page_up", "Page up", show=False, id="article.page-up"),
        Binding("pagedown,ctrl+d", "page_down", "Page down", show=False, id="article.page-down"),
        Binding("ctrl+home", "scroll_home", "Top", show=False, id="article.top"),
        Binding("ctrl+end", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]

    class ClaimClicked(Message):
        """The reader clicked the span of claim ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(
        self,
        text: str,
        spans: Sequence[ClaimSpan],
        *,
        body_start: int = 0,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._text = display_text(text)
        self._spans = list(spans)
        self._current: int | None = None
        self._paragraphs = paragraphs_of(self._text, 0)
        starts = [p[0] for p in self._paragraphs]
        # paragraphs before the body (the dateline) are dimmed; the body's first short line is the headline
        self._body_paragraph = next((p for p, (s, _) in enumerate(self._paragraphs) if s >= body_start), 0)
        # claim index → paragraphs it touches; paragraph → claims in it
        self._claim_paragraphs: list[tuple[int, ...]] = []
        self._paragraph_claims: list[list[int]] = [[] for _ in self._paragraphs]
        for index, span in enumerate(self._spans):
            first = max(0, bisect_right(starts, span.start) - 1)
            touched = []
            p = first
            while p < len(self._paragraphs) and self._paragraphs[p][0] < span.end:
                if self._paragraphs[p][1] > span.start:
                    touched.append(p)
                    self._paragraph_claims[p].append(index)
                p += 1
            self._claim_paragraphs.append(tuple(touched))
        self._width = 0
        self._strips: dict[int, list[Strip]] = {}
        self._lines: list[tuple[int, int]] = []  # (paragraph, line within it; -1 for the gap after it)
        self._first_line: list[int] = []  # paragraph → its first line

    # ---------------------------------------------------------------- attributes down

    @property
    def current(self) -> int | None:
        return self._current

    def select(self, index: int | None, *, scroll: bool = True) -> None:
        """Emphasise claim ``index`` (restyling only the paragraphs involved) and scroll it into view."""
        previous, self._current = self._current, index
        self._restyle(previous, index)
        if scroll and index is not None:
            self.scroll_to_claim(index)

    def update_span(self, index: int, span: ClaimSpan) -> None:
        """A claim's paint changed (e.g. the reviewer overrode it)."""
        if self._spans[index] != span:
            self._spans[index] = span
            self._restyle(index)

    def _restyle(self, *indices: int | None) -> None:
        for index in indices:
            if index is None:
                continue
            for p in self._claim_paragraphs[index]:
                if self._strips.pop(p, None) is not None and self._lines:
                    first = self._first_line[p]
                    region = Region(0, first - round(self.scroll_y), self.size.width, len(self._render(p)))
                    self.refresh(region)

    # ---------------------------------------------------------------- layout

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()  # theme or CSS changed: spans resolve to new colours
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def _wrap_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _relayout(self) -> None:
        width = self._wrap_width()
        if width == self._width and self._lines:
            return
        self._width = width
        self._strips.clear()
        lines: list[tuple[int, int]] = []
        first_line: list[int] = []
        last = len(self._paragraphs) - 1
        for p in range(len(self._paragraphs)):
            first_line.append(len(lines))
            height = self._paragraph_content(p).get_height(self.styles, width)
            lines.extend((p, k) for k in range(height))
            if p != last:
                lines.append((p, -1))
        self._lines, self._first_line = lines, first_line
        self.virtual_size = Size(width, len(lines))
        if self._current is not None:
            self.call_after_refresh(self.scroll_to_claim, self._current)
        self.refresh()

    # ---------------------------------------------------------------- painting

    def _paragraph_content(self, p: int) -> Content:
        start, end = self._paragraphs[p]
        spans: list[Span] = []
        if p < self._body_paragraph:
            spans.append(Span(0, end - start, PAINT["dateline"]))
        elif p == self._body_paragraph and end - start <= 200 and "\n" not in self._text[start:end]:
            spans.append(Span(0, end - start, PAINT["headline"]))
        for index in self._paragraph_claims[p]:
            span = self._spans[index]
            s, e = max(span.start, start) - start, min(span.end, end) - start
            spans.append(Span(s, e, PAINT[span.verdict]))
            if span.marked:
                spans.append(Span(s, e, PAINT["marked"]))
            if index == self._current:
                spans.append(Span(s, e, PAINT["current"]))
            spans.append(Span(s, e, Style.from_meta({"claim": index})))
        return Content(self._text[start:end], spans, strip_control_codes=False)

    def _render(self, p: int) -> list[Strip]:
        strips = self._strips.get(p)
        if strips is None:
            base = self.visual_style
            content = self._paragraph_content(p)
            strips = Visual.to_strips(self, content, self._width, None, base, apply_selection=False)
            self._strips[p] = strips
        return strips

    def render_line(self, y: int) -> Strip:
        if not self._lines or self._width != self._wrap_width():
            self._relayout()
        width = self.scrollable_content_region.width
        rich_style = self.rich_style
        line_no = round(self.scroll_y) + y
        if not 0 <= line_no < len(self._lines):
            return Strip.blank(width, rich_style)
        p, k = self._lines[line_no]
        if k < 0:
            return Strip.blank(width, rich_style)
        strips = self._render(p)
        strip = strips[k] if k < len(strips) else Strip.blank(width, rich_style)
        return strip.extend_cell_length(width, rich_style).crop(0, width)

    # ---------------------------------------------------------------- scrolling and clicks

    def claim_line(self, index: int) -> int | None:
        """The first screen line (in the virtual canvas) showing claim ``index``."""
        if not self._lines or not self._claim_paragraphs[index]:
            return None
        p = self._claim_paragraphs[index][0]
        for k, strip in enumerate(self._render(p)):
            if any(_claim_of(segment) == index for segment in strip):
                return self._first_line[p] + k
        return self._first_line[p]

    def scroll_to_claim(self, index: int) -> None:
        line = self.claim_line(index)
        if line is None:
            return
        self.scroll_to_region(Region(0, line, self._width, 1), animate=False, center=True, force=True, immediate=True)

    def on_click(self, event: events.Click) -> None:
        index = event.style.meta.get("claim") if event.style else None
        if index is not None:
            event.stop()
            self.post_message(self.ClaimClicked(index))

    # ---------------------------------------------------------------- for tests and the benchmark

    def visible_text(self) -> str:
        """The plain text of the lines currently on screen."""
        return "\n".join(self.render_line(y).text.rstrip() for y in range(self.scrollable_content_region.height))


def _claim_of(segment: Segment) -> int | None:
    return segment.style.meta.get("claim") if segment.style is not None else None
