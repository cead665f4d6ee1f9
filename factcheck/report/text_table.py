"""Bordered tables and wrapped lines for a terminal or a pipe: ``factcheck check``'s text output.

``check`` prints one table of short cells, and importing Rich to draw it was a quarter of a cold check (its
import and layout, about 50 ms of 200). This module draws the same table in the same layout, so the output
did not change when it replaced Rich:

- each column is as wide as its widest line; when the table is wider than the screen, the widest wrapping
  columns give way first, level with each other, and if that is not enough every column gives way evenly;
- text wraps at spaces, greedily; a word wider than its column gets a line of its own, cut short with an
  ellipsis (in a table) or folded onto the next lines (in a paragraph);
- widths are counted in terminal cells: East Asian wide characters take two, combining marks none.

Styles are applied only when writing to a terminal (``NO_COLOR`` drops the colours, keeping bold and
italic; ``FORCE_COLOR`` styles a pipe too). Text reaches this module already made safe to show
(``safe_text.display_text``): nothing here interprets markup or escapes in it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, TextIO

from factcheck import regex_cache

PIPE_WIDTH = 160  # the width when the output is not a terminal and $COLUMNS is unset
TERMINAL_WIDTH = 80  # when a terminal does not say how wide it is

# Select Graphic Rendition codes of the style names the reports use
_SGR = {"bold": "1", "italic": "3", "red": "31", "green": "32", "yellow": "33"}
_COLOURS = frozenset({"red", "green", "yellow"})

_WORD = regex_cache.compile(r"\s*\S+\s*")  # a word with the spaces around it, as the wrap moves it

Span = tuple[str, str]  # a run of text and its style: space-separated names from _SGR, "" for none


@dataclass(frozen=True)
class Column:
    """A table column: its header, how its cells line up, and whether long cells wrap."""

    header: str
    justify: Literal["left", "right"] = "left"
    wrap: bool = True


@dataclass(frozen=True)
class Screen:
    """Where the text goes: how wide it may be and which styles it shows."""

    width: int
    styled: bool = False
    colour: bool = False

    @classmethod
    def of(cls, stream: TextIO) -> Screen:
        """The screen ``stream`` writes to, read from it and the environment as terminals expect."""
        env = os.environ
        try:
            terminal = stream.isatty()
        except (AttributeError, ValueError):
            terminal = False
        styled = (terminal or bool(env.get("FORCE_COLOR"))) and env.get("TERM") not in ("dumb", "unknown")
        colour = styled and not env.get("NO_COLOR")
        width = _int(env.get("COLUMNS"))
        if width is None and terminal:
            try:
                width = os.get_terminal_size(stream.fileno()).columns
            except (AttributeError, ValueError, OSError):
                width = None
            width = width or TERMINAL_WIDTH
        return cls(max(width or PIPE_WIDTH, 1), styled, colour)

    def paint(self, text: str, style: str) -> str:
        """``text`` in ``style``, or as it is when this screen shows no styles."""
        if not (self.styled and style and text):
            return text
        codes = [_SGR[name] for name in style.split() if self.colour or name not in _COLOURS]
        return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------- cell widths


def cell_len(text: str) -> int:
    """How many terminal cells ``text`` takes."""
    if text.isascii():
        return len(text)
    import unicodedata

    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _chop(word: str, width: int) -> list[str]:
    """``word`` cut into pieces of at most ``width`` cells (a wide character is never split)."""
    pieces, piece, used = [], "", 0
    for ch in word:
        w = cell_len(ch)
        if piece and used + w > width:
            pieces.append(piece)
            piece, used = "", 0
        piece += ch
        used += w
    pieces.append(piece)
    return pieces


# ---------------------------------------------------------------- wrapping


def _breaks(text: str, width: int, fold: bool) -> list[int]:
    """The offsets at which one line of ``text`` breaks to fit ``width`` cells: greedily at the start of
    a word; a word wider than the line starts a line, and with ``fold`` also breaks inside."""
    breaks: list[int] = []
    used = 0
    for m in _WORD.finditer(text):
        start, word = m.start(), m.group()
        length = cell_len(word.rstrip())
        if width - used >= length:
            used += cell_len(word)
        elif length > width and not fold:  # on no line whole: alone on its line (cut short later)
            if start:
                breaks.append(start)
            used = cell_len(word)
        elif length > width:  # on no line whole: folded, each piece a line of its own
            pieces = _chop(word, width)
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            used = cell_len(pieces[-1])
        elif used and start:
            breaks.append(start)
            used = cell_len(word)
    return breaks


def _logical_lines(spans: Sequence[Span]) -> Iterator[list[Span]]:
    """The spans of each line the text itself ends (at its newlines)."""
    line: list[Span] = []
    for text, style in spans:
        first, *rest = text.split("\n")
        line.append((first, style))
        for part in rest:
            yield line
            line = [(part, style)]
    yield line


def wrap(spans: Sequence[Span], width: int, *, fold: bool = True) -> list[list[Span]]:
    """``spans`` as lines of at most ``width`` cells, each line's trailing spaces dropped; without
    ``fold``, a word wider than ``width`` is cut short with an ellipsis."""
    lines: list[list[Span]] = []
    for line in _logical_lines(spans):
        text = "".join(t for t, _ in line)
        cuts = [0, *_breaks(text, width, fold), len(text)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            lines.append(_truncate(_rstrip(_slice(line, a, b)), width, ellipsis=not fold))
    return lines


def _slice(line: Sequence[Span], a: int, b: int) -> list[Span]:
    """The spans covering characters ``a`` to ``b`` of ``line``."""
    out: list[Span] = []
    pos = 0
    for text, style in line:
        end = pos + len(text)
        if end > a and pos < b:
            out.append((text[max(a - pos, 0) : b - pos], style))
        pos = end
    return out


def _rstrip(line: list[Span]) -> list[Span]:
    while line and not line[-1][0].rstrip():
        line.pop()
    if line:
        text, style = line[-1]
        line[-1] = (text.rstrip(), style)
    return line


def _width(line: Sequence[Span]) -> int:
    return sum(cell_len(t) for t, _ in line)


def _paint(line: Sequence[Span], screen: Screen) -> str:
    return "".join(screen.paint(t, s) for t, s in line)


def paragraph(spans: Sequence[Span], screen: Screen) -> str:
    """``spans`` wrapped to the screen, one string with a newline after each line."""
    return "".join(_paint(line, screen) + "\n" for line in wrap(spans, screen.width))


# ---------------------------------------------------------------- the table


def _widest_line(spans: Sequence[Span]) -> int:
    return max(cell_len(line) for line in "".join(t for t, _ in spans).split("\n"))


def _reduce(excess: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """``values`` less ``excess`` in all, shared by ``ratios``, none reduced by more than its maximum."""
    ratios = [r if m else 0 for r, m in zip(ratios, maximums, strict=True)]
    total = sum(ratios)
    if not total:
        return values[:]
    out = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total > 0:
            cut = min(maximum, round(ratio * excess / total))
            out.append(value - cut)
            excess -= cut
            total -= ratio
        else:
            out.append(value)
    return out


def _collapse(widths: list[int], wraps: list[bool], room: int) -> list[int]:
    """Narrow the widest wrapping columns, level with the next widest, until the table fits ``room``."""
    excess = sum(widths) - room
    while excess > 0 and any(wraps):
        widest = max(w for w, ok in zip(widths, wraps, strict=True) if ok)
        next_widest = max((w if ok and w != widest else 0) for w, ok in zip(widths, wraps, strict=True))
        ratios = [1 if (w == widest and ok) else 0 for w, ok in zip(widths, wraps, strict=True)]
        if widest == next_widest or not any(ratios):
            break
        widths = _reduce(excess, ratios, [min(excess, widest - next_widest)] * len(widths), widths)
        excess = sum(widths) - room
    return widths


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[Sequence[Span]]], room: int) -> list[int]:
    """Each column's width, one cell of padding either side included, for a table within ``room`` cells
    (its borders excluded)."""
    widths, wraps = [], []
    for i, column in enumerate(columns):
        cells = [[(column.header, "")], *(row[i] for row in rows)]
        widths.append(max(min(max(_widest_line(cell) for cell in cells) + 2, room), 1))  # none wider than all
        wraps.append(column.wrap)
    if sum(widths) > room:
        widths = _collapse(widths, wraps, room)
        if sum(widths) > room:  # the last resort: every column gives way evenly
            widths = _reduce(sum(widths) - room, [1] * len(widths), widths, widths)
    return [max(w, 0) for w in widths]


# box-drawing characters of each rule: left end, line, crossing, right end
_HEAVY_HEAD: dict[str, tuple[str, str, str, str]] = {
    "top": ("┏", "━", "┳", "┓"),
    "head": ("┃", " ", "┃", "┃"),
    "under_head": ("┡", "━", "╇", "┩"),
    "body": ("│", " ", "│", "│"),
    "between": ("├", "─", "┼", "┤"),
    "bottom": ("└", "─", "┴", "┘"),
}


def _rule(kind: str, widths: Sequence[int]) -> str:
    left, line, cross, right = _HEAVY_HEAD[kind]
    return left + cross.join(line * w for w in widths) + right + "\n"


def _cell_lines(cell: Sequence[Span], column: Column, width: int, style: str) -> list[list[Span]]:
    spans = [(t, f"{style} {s}".strip()) for t, s in cell]
    if width < 1:  # a column squeezed to its padding shows nothing
        return []
    if column.wrap:
        return wrap(spans, width, fold=False)
    return [_truncate(line, width) for line in _logical_lines(spans)]  # squeezed as a last resort


def _truncate(line: list[Span], width: int, ellipsis: bool = True) -> list[Span]:
    """``line`` cut to ``width`` cells, an ellipsis marking the cut (a wide character that would straddle
    the cut gives way to a space)."""
    if _width(line) <= width:
        return line
    out: list[Span] = []
    room = width - 1 if ellipsis else width  # the ellipsis takes one
    for text, style in line:
        kept = ""
        for ch in text:
            w = cell_len(ch)
            if w > room:
                break
            kept += ch
            room -= w
        else:
            out.append((text, style))
            continue
        out.append((kept + " " * room, style))
        break
    return [*out, ("…", out[-1][1] if out else "")] if ellipsis else out


def _row(
    cells: Sequence[Sequence[Span]],
    columns: Sequence[Column],
    widths: Sequence[int],
    kind: str,
    screen: Screen,
    style: str = "",
) -> str:
    left, _, bar, right = _HEAVY_HEAD[kind]
    wrapped = [_cell_lines(cell, c, w - 2, style) for cell, c, w in zip(cells, columns, widths, strict=True)]
    height = max(1, *(len(lines) for lines in wrapped))
    out = []
    for n in range(height):
        parts = []
        for lines, column, w in zip(wrapped, columns, widths, strict=True):
            line = lines[n] if n < len(lines) else []
            pad = " " * max(w - 2 - _width(line), 0)
            text = _paint(line, screen)
            parts.append(" " + (pad + text if column.justify == "right" else text + pad) + " " if w >= 2 else " " * w)
        out.append(left + bar.join(parts) + right + "\n")
    return "".join(out)


def table(columns: Sequence[Column], rows: Sequence[Sequence[Sequence[Span]]], screen: Screen) -> str:
    """The table: a bold header under a heavy rule, each row's cells wrapped, a rule between rows."""
    widths = column_widths(columns, rows, screen.width - len(columns) - 1)
    out = [_rule("top", widths), _row([[(c.header, "")] for c in columns], columns, widths, "head", screen, "bold")]
    out.append(_rule("under_head", widths))
    for i, row in enumerate(rows):
        if i:
            out.append(_rule("between", widths))
        out.append(_row(row, columns, widths, "body", screen))
    out.append(_rule("bottom", widths))
    return "".join(out)
