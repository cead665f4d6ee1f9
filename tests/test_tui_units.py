"""Review-app pieces that need no running app: safe text, the worklist, keys, the timeline, paragraphs."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from factcheck.models import Review, ReviewMark, Verdict
from factcheck.tui.keys import APP_BINDINGS, REVIEW_BINDINGS, all_key_rows, markdown_key_table
from factcheck.safe_text import display_text, one_line
from factcheck.tui.widgets.article_view import paragraphs_of
from factcheck.tui.timeline_data import Point, TimelineData
from factcheck.tui.widgets.timeline import layout
from factcheck.tui.worklist import Filter, flagged, jump, overridden, reviewed_count, visible
from tui_fixtures import sample_result

# ---------------------------------------------------------------- safe text


def test_display_text_keeps_length_and_neutralises_controls() -> None:
    text = "a\x1b[31mred\x1b[0m b\x07c\rd\te\x9bf\u202eg\x7f\nnext"
    shown = display_text(text)
    assert len(shown) == len(text)
    assert "\x1b" not in shown and "\x07" not in shown and "\x9b" not in shown and "\u202e" not in shown
    assert "\x7f" not in shown and "\r" not in shown and "\t" not in shown
    assert shown.startswith("a␛[31mred␛[0m b␇c d e")
    assert shown.endswith("\nnext")


def test_display_text_leaves_markup_alone() -> None:
    text = "[bold]loud[/] and [link=https://evil.example]click[/link]"
    assert display_text(text) == text


def test_one_line_flattens_and_ellipsises() -> None:
    assert one_line("two\n  lines\x1b", 40) == "two lines␛"
    assert one_line("abcdefghij", 5) == "abcd…"


# ---------------------------------------------------------------- worklist


def test_flagged_and_overridden() -> None:
    supported, contradicted, unverifiable = sample_result().findings
    plain = ReviewMark("x")
    assert not flagged(supported, plain)
    assert flagged(contradicted, plain) and flagged(unverifiable, plain)
    assert flagged(supported, ReviewMark("x", Verdict.CONTRADICTED))
    assert not overridden(contradicted, ReviewMark("x", Verdict.CONTRADICTED))
    assert not flagged(supported, ReviewMark("x", Verdict.SUPPORTED))


def test_filters() -> None:
    findings = sample_result().findings
    review = Review("s", {"c2": ReviewMark("c2", reviewed=True)})
    assert visible(findings, review, Filter.ALL) == [0, 1, 2]
    assert visible(findings, review, Filter.FLAGGED) == [1, 2]
    assert visible(findings, review, Filter.UNREVIEWED) == [0, 2]
    assert reviewed_count(findings, review) == 1
    assert [f.next() for f in Filter.cycle()] == [
        Filter.FLAGGED,
        Filter.UNREVIEWED,
        Filter.CONTRADICTED,
        Filter.UNVERIFIABLE,
        Filter.ALL,
    ]
    assert visible(findings, review, Filter.CONTRADICTED) == [1]
    assert visible(findings, review, Filter.kind("previous")) == [2]
    assert Filter("kind:gap").label == "gap claims" and Filter.kind("gap").next() == Filter.ALL
    with pytest.raises(ValueError):
        Filter("sideways")


@pytest.mark.parametrize(
    ("rows", "current", "where", "expected"),
    [
        ([0, 1, 2], 0, "next", 1),
        ([0, 1, 2], 2, "next", 2),  # stops at the end
        ([0, 1, 2], 0, "previous", 0),
        ([0, 1, 2], 1, "first", 0),
        ([0, 1, 2], 1, "last", 2),
        ([0, 2], 1, "next", 2),  # current hidden by the filter
        ([0, 2], 1, "previous", 0),
        ([0, 1, 2], 1, "next_flagged", 2),
        ([0, 1, 2], 2, "next_flagged", 1),  # wraps
        ([0, 1, 2], 1, "previous_flagged", 2),  # wraps
        ([0], 0, "next_flagged", None),  # nothing flagged
        ([], None, "next", None),
    ],
)
def test_jump(rows: list[int], current: int | None, where: str, expected: int | None) -> None:
    assert jump(sample_result().findings, Review("s"), rows, current, where) == expected


def test_unknown_jump_is_an_error() -> None:
    with pytest.raises(ValueError):
        jump(sample_result().findings, Review("s"), [0], 0, "sideways")


# ---------------------------------------------------------------- keys


def test_every_binding_has_an_id_a_label_and_a_palette_name() -> None:
    for binding in [*REVIEW_BINDINGS, *APP_BINDINGS]:
        assert binding.id and binding.description
        category, _, verb = binding.tooltip.partition(": ")
        assert category and verb, binding
    ids = [b.id for b in [*REVIEW_BINDINGS, *APP_BINDINGS]]
    assert len(ids) == len(set(ids))


def test_vim_keys_are_the_right_way_round() -> None:
    by_action = {b.action: b.key for b in REVIEW_BINDINGS}
    assert by_action["jump('first')"] == "g,home"
    assert by_action["jump('last')"] == "G,end"
    assert by_action["jump('next')"] == "j,down"


def test_key_table_lists_every_key_from_the_bindings() -> None:
    table = markdown_key_table()
    for row in all_key_rows():
        assert row.command in table
    assert "| `j` `↓` | claim: next |" in table
    assert "| `?` `f1` | app: help |" in table


# ---------------------------------------------------------------- timeline


def test_timeline_marks_counted_context_and_anchor() -> None:
    data = TimelineData(
        (Point(date(2024, 1, 1), True), Point(date(2024, 7, 1), False), Point(date(2024, 12, 31), True, anchor=True)),
        window=(date(2024, 1, 1), date(2024, 12, 31)),
    )
    markers, axis, labels = layout(data, 60).plain.split("\n")
    assert markers[0] == "●" and markers[-1] == "◆" and "○" in markers
    assert set(axis) == {"━"}
    assert labels.startswith("2024-01-01") and labels.endswith("2024-12-31")
    assert "counted 2024-01-01 – 2024-12-31" in labels


def test_timeline_counts_contacts_sharing_a_column() -> None:
    data = TimelineData(tuple(Point(date(2024, 1, d), True) for d in (1, 2, 3)) + (Point(date(2025, 1, 1), True),))
    markers = layout(data, 30).plain.split("\n")[0]
    assert markers[0] == "3"


def test_timeline_window_shaded_only_inside() -> None:
    data = TimelineData(
        (Point(date(2020, 1, 1), True), Point(date(2024, 1, 1), True)), (date(2022, 1, 1), date(2024, 1, 1))
    )
    axis = layout(data, 41).plain.split("\n")[1]
    assert axis.startswith("─") and axis.endswith("━") and axis[20] == "━"


def test_timeline_empty() -> None:
    assert layout(TimelineData(()), 40).plain == ""
    assert layout(TimelineData((), note="No timeline: why"), 40).plain == "No timeline: why"


# ---------------------------------------------------------------- paragraphs


def test_paragraphs_split_at_blank_lines_only() -> None:
    text = "Head\n\nFirst line\nsame paragraph\n \n\nSecond\n"
    spans = paragraphs_of(text)
    assert [text[s:e] for s, e in spans] == ["Head", "First line\nsame paragraph", "Second"]


# ---------------------------------------------------------------- layering


def test_core_never_imports_textual() -> None:
    """The core (and the review store) must stay importable without Textual."""
    code = (
        "import sys, factcheck.review, factcheck.models, factcheck.tui.worklist, factcheck.safe_text; "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_empty_stretch_is_not_an_empty_record() -> None:
    from factcheck.tui.timeline_data import from_contacts

    from dataclasses import replace

    lonely = replace(sample_result().findings[2], evidence=())
    note = from_contacts(lonely, (), (date(2021, 4, 1), date(2021, 6, 30))).note
    assert note.startswith("The record has no contact between Anna Alpha and Bruno Beta from 2021-04-01 to 2021-06-30")
    assert layout(from_contacts(lonely, (), (date(2021, 4, 1), date(2021, 6, 30))), 200).plain == note
