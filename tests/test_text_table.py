"""``check``'s text table: laid out as Rich lays out the same table (it replaced Rich there, whose import
was a quarter of a cold check), styled only on a screen that shows styles."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.report.text_table import Column, Screen, cell_len, paragraph, table, wrap

COLUMNS = (
    Column("#", justify="right", wrap=False),
    Column("verdict", wrap=False),
    Column("quote"),
    Column("explanation"),
)

# words of the scripts reports quote: Latin, Cyrillic, a combining accent, the report's own symbols, and a
# word longer than any narrow column. Wide characters are tested on their own below: Rich measures a line's
# trailing space in characters rather than cells, so a line of them can lose a character to an ellipsis
WORDS = st.sampled_from(
    ["Putin", "Trump", "spoke", "for", "nearly", "an", "hour", "Путин", "разговор", "сро\u0301ки", "→", "✓",
     "—", "(duration_min);", "counterintuitively", "2025-06-14", ""]
)  # fmt: skip
CELL = st.lists(WORDS, max_size=14).map(" ".join)
ROWS = st.lists(st.tuples(st.integers(1, 120).map(str), st.sampled_from(["✓ supported", "✗ contradicted"]), CELL, CELL), max_size=4)  # fmt: skip


def _rich(rows: list[tuple[str, str, str, str]], width: int) -> str:
    stream = io.StringIO()
    console = Console(file=stream, width=width, highlight=False, emoji=False)
    t = Table(show_lines=True, expand=False)
    t.add_column("#", justify="right", no_wrap=True)
    t.add_column("verdict", no_wrap=True)
    t.add_column("quote", ratio=3)
    t.add_column("explanation", ratio=3)
    for row in rows:
        t.add_row(*(Text(cell) for cell in row))
    console.print(t)
    return stream.getvalue()


def _ours(rows: list[tuple[str, str, str, str]], width: int) -> str:
    return table(COLUMNS, [[[(cell, "")] for cell in row] for row in rows], Screen(width))


def _stripped(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines()]


@settings(max_examples=120, deadline=None)
@given(rows=ROWS, width=st.integers(8, 140))
def test_the_table_is_laid_out_as_rich_lays_it_out(rows: list[tuple[str, str, str, str]], width: int) -> None:
    assert _stripped(_ours(rows, width)) == _stripped(_rich(rows, width))


@settings(max_examples=100, deadline=None)
@given(text=st.lists(WORDS, max_size=40).map(" ".join), width=st.integers(1, 60))
def test_a_paragraph_wraps_as_rich_prints_it(text: str, width: int) -> None:
    stream = io.StringIO()
    Console(file=stream, width=width, highlight=False, emoji=False).print(Text(text))
    assert _stripped(paragraph([(text, "")], Screen(width))) == _stripped(stream.getvalue())


def test_widths_are_counted_in_terminal_cells() -> None:
    assert cell_len("Путин") == 5 and cell_len("会谈") == 4 and cell_len("сро\u0301ки") == 5
    assert wrap([("两国元首 Putin", "")], 8, fold=False) == [[("两国元首", "")], [("Putin", "")]]
    assert wrap([("会谈会谈会", "")], 8) == [[("会谈会谈", "")], [("会", "")]]  # folded
    assert wrap([("会谈会谈会", "")], 8, fold=False) == [[("会谈会 ", ""), ("…", "")]]  # no half character
    rows = [[[("1", "")], [("✓ supported", "")], [("两国元首 Putin", "")], [("", "")]]]
    drawn = table(COLUMNS, rows, Screen(41)).splitlines()
    assert "│ 两国元首 │" in drawn[3] and "│ Putin    │" in drawn[4]  # the wide word fills its column exactly
    assert {cell_len(line) for line in drawn} == {41}


def test_styles_show_only_on_a_screen_that_shows_them() -> None:
    spans = [("✗ contradicted", "red"), (" and ", ""), ("bold", "bold")]
    assert paragraph(spans, Screen(80)) == "✗ contradicted and bold\n"
    assert paragraph(spans, Screen(80, styled=True, colour=True)) == (
        "\x1b[31m✗ contradicted\x1b[0m and \x1b[1mbold\x1b[0m\n"
    )
    assert paragraph(spans, Screen(80, styled=True, colour=False)) == "✗ contradicted and \x1b[1mbold\x1b[0m\n"


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("env", "tty", "expected"),
    [
        ({}, False, Screen(160)),  # a pipe: wide, plain
        ({"COLUMNS": "100"}, False, Screen(100)),
        ({"COLUMNS": "100"}, True, Screen(100, styled=True, colour=True)),
        ({"COLUMNS": "100", "NO_COLOR": "1"}, True, Screen(100, styled=True, colour=False)),
        ({"COLUMNS": "100", "TERM": "dumb"}, True, Screen(100)),
        ({"COLUMNS": "100", "FORCE_COLOR": "1"}, False, Screen(100, styled=True, colour=True)),
        ({"COLUMNS": "not a number"}, False, Screen(160)),
    ],
)
def test_the_screen_is_read_from_the_stream_and_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool, expected: Screen
) -> None:
    for name in ("COLUMNS", "NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert Screen.of(_Tty() if tty else io.StringIO()) == expected
