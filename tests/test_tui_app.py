"""Pilot tests of the review app: every binding, persistence across runs, literal article text, clicks.

Deterministic: fixed terminal size, a frozen clock for the audit log, the review state in tmp_path.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import paste, top_command, until
from textual.widgets import DataTable, TextArea

from factcheck.models import CheckResult, Verdict
from factcheck.review import ReviewStore
from factcheck.tui.app import FactcheckApp, make_app
from factcheck.tui.screens.export import ExportScreen
from factcheck.tui.screens.help import HelpScreen
from factcheck.tui.screens.note import NoteScreen
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.screens.search import SearchScreen
from factcheck.tui.widgets.article_view import ArticleView
from factcheck.tui.widgets.claim_detail import ClaimDetail
from factcheck.tui.widgets.claim_list import ClaimList
from factcheck.tui.widgets.evidence_table import EvidenceTable
from factcheck.tui.worklist import Filter
from tui_fixtures import result_for_text, sample_result

pytestmark = pytest.mark.asyncio

SIZE = (120, 40)
FROZEN = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)


def frozen() -> datetime:
    return FROZEN


@pytest.fixture
def result(tmp_path: Path) -> CheckResult:
    return sample_result(str(tmp_path / "alpha-beta.txt"))


def app_for(tmp_path: Path, result: CheckResult) -> FactcheckApp:
    return make_app(result=result, state=tmp_path / "state" / "review.db", clock=frozen)


def review_screen(app: FactcheckApp) -> ReviewScreen:
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


def saved(tmp_path: Path, result: CheckResult) -> dict:
    return ReviewStore(tmp_path / "state" / "review.db").load(result.article.sha256).marks


# ---------------------------------------------------------------- navigation


# each key sequence from the first claim, and the claim it ends on
NAVIGATION = [
    (["j"], 1),
    (["down"], 1),
    (["j", "j", "j", "j"], 2),  # stops at the last claim
    (["j", "k"], 0),
    (["j", "up"], 0),
    (["G"], 2),
    (["end"], 2),
    (["G", "g"], 0),
    (["G", "home"], 0),
    (["n"], 1),  # the next claim not reviewed
    (["n", "n"], 2),
    (["n", "n", "n"], 0),  # wrapping round
    (["N"], 2),
    (["right_square_bracket"], 1),  # the contradicted claim
    (["right_square_bracket", "right_square_bracket"], 2),  # then the unverifiable one
    (["right_square_bracket"] * 3, 1),  # wrapping round
    (["left_square_bracket"], 2),
]


async def test_navigation_keys(tmp_path: Path, result: CheckResult) -> None:
    """Every sequence from the first claim, in one app: a Pilot session costs more than all the keys."""
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = review_screen(app)
        for keys, expected in NAVIGATION:
            screen.current = 0
            await pilot.pause()
            assert screen.current == 0
            await pilot.press(*keys)
            assert screen.current == expected, keys
            assert app.screen.query_one(ArticleView).current == expected, keys
            claims = app.screen.query_one(ClaimList)
            assert claims.highlighted_option is not None and claims.highlighted_option.id == str(expected), keys


async def test_current_claim_follows_in_every_pane(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        screen = review_screen(app)
        detail = str(screen.query_one("#claim-text").render())
        assert "It was their third call this year" in detail
        assert "contradicted" in detail and "their second call this year" in detail
        table = screen.query_one(EvidenceTable)
        assert table.row_count == 3


async def test_tab_cycles_list_article_evidence(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        focused = [type(app.focused)]
        for key in ("tab", "tab", "tab", "tab", "shift+tab"):
            await pilot.press(key)
            focused.append(type(app.focused))
        assert focused == [ClaimList, ArticleView, ClaimDetail, EvidenceTable, ClaimList, EvidenceTable]
        await pilot.press("shift+tab", "shift+tab", "j")  # the article pane has focus; j still moves between claims
        assert review_screen(app).current == 1


# ---------------------------------------------------------------- the reviewer's judgement


async def test_verdict_keys_save_beside_the_machine_verdict(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        await pilot.press("2")
        assert saved(tmp_path, result)["c1"].verdict is Verdict.CONTRADICTED
        assert saved(tmp_path, result)["c1"].reviewed  # a verdict is a review
        assert screen.findings[0].verdict is Verdict.SUPPORTED  # the machine's verdict is untouched
        row = str(screen.query_one(ClaimList).get_option_at_index(0).prompt)
        assert row.startswith("✓ →✗")  # machine ✓, reviewer ✗, side by side
        assert screen.current == 1  # and on to the next flagged claim
        await pilot.press("k")
        detail = str(screen.query_one("#claim-text").render())
        assert "✓ supported" in detail and "you: ✗ contradicted" in detail
        for key in "13":
            await pilot.press(key, "g")
        assert saved(tmp_path, result)["c1"].verdict is Verdict.UNVERIFIABLE
        await pilot.press("0")
        assert saved(tmp_path, result)["c1"].verdict is None
        assert screen.current == 0  # clearing stays
        store = ReviewStore(tmp_path / "state" / "review.db")
        audit = [a for a in store.load(result.article.sha256).audit if a.field == "verdict"]
        assert [(a.old, a.new) for a in audit] == [
            ("", "contradicted"),
            ("contradicted", "supported"),
            ("supported", "unverifiable"),
            ("unverifiable", ""),
        ]
        assert {a.at for a in audit} == {FROZEN}


async def test_verdict_and_next_clears_the_article_flagged_first(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        visited = [screen.current]
        for key in "123":
            await pilot.press(key)
            visited.append(screen.current)
        # claim 1 (supported), then the flagged claims 2 and 3; the last verdict leaves nothing to go to
        assert visited == [0, 1, 2, 2]
        marks = saved(tmp_path, result)
        assert [marks[c].verdict for c in ("c1", "c2", "c3")] == list(Verdict)
        assert all(marks[c].reviewed for c in ("c1", "c2", "c3"))
        assert "complete" in str(screen.query_one("#summary").render())


async def test_verdict_goes_to_the_next_flagged_claim_before_supported_ones(tmp_path: Path) -> None:
    quotes = ["spoke twice", "spoke three times", "spoke four times", "spoke five times"]
    text = "Title\n\n" + ". ".join(f"They {q}" for q in quotes) + ".\n"
    verdicts = [Verdict.CONTRADICTED, Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.UNVERIFIABLE]
    app = app_for(tmp_path, result_for_text(text, quotes, verdicts))
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        await pilot.press("2")
        assert screen.current == 3  # the next flagged claim, over the supported ones
        await pilot.press("3")
        assert screen.current == 1  # no flagged claim left: the next not yet reviewed
        await pilot.press("1", "1")
        assert all(m.reviewed for m in screen.marks)


async def test_undo_and_redo_go_through_the_audit_log(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        await pilot.press("2", "e", *"hm", "ctrl+s")  # c1 contradicted; a note on c2
        assert screen.current == 1 and saved(tmp_path, result)["c2"].note == "hm"
        await pilot.press("u")
        assert saved(tmp_path, result)["c2"].note == ""
        await pilot.press("u")
        c1 = saved(tmp_path, result)["c1"]
        assert (c1.verdict, c1.reviewed) == (None, False)
        assert screen.current == 0  # undo shows the claim it changed
        assert str(screen.query_one(ClaimList).get_option_at_index(0).prompt).startswith("✓    ·")
        await pilot.press("u")  # nothing more: says so, changes nothing
        await pilot.press("U")
        c1 = saved(tmp_path, result)["c1"]
        assert (c1.verdict, c1.reviewed) == (Verdict.CONTRADICTED, True)
        await pilot.press("ctrl+r")
        assert saved(tmp_path, result)["c2"].note == "hm"
        audit = ReviewStore(tmp_path / "state" / "review.db").load(result.article.sha256).audit
        # every step is an ordinary change in the append-only log: nothing was deleted from it
        assert [(a.claim_id, a.field, a.new) for a in audit] == [
            ("c1", "verdict", "contradicted"),
            ("c1", "reviewed", "true"),
            ("c2", "note", "hm"),
            ("c2", "note", ""),
            ("c1", "verdict", ""),
            ("c1", "reviewed", "false"),
            ("c1", "verdict", "contradicted"),
            ("c1", "reviewed", "true"),
            ("c2", "note", "hm"),
        ]
        # a new change after an undo drops the redo stack
        await pilot.press("u", "g", "3", "U")
        assert saved(tmp_path, result)["c2"].note == ""


async def test_override_makes_a_claim_flagged(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "g", "f")  # override the supported claim, then show flagged only
        assert review_screen(app).query_one(ClaimList).rows == [0, 1, 2]


async def test_space_toggles_reviewed_and_counts(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        await pilot.press("space")
        assert saved(tmp_path, result)["c1"].reviewed is True
        assert "reviewed 1 of 3" in str(screen.query_one("#summary").render())
        await pilot.press("space")
        assert saved(tmp_path, result)["c1"].reviewed is False
        assert "reviewed 0 of 3" in str(screen.query_one("#summary").render())


async def test_a_replaced_review_screen_is_freed(
    tmp_path: Path, result: CheckResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the app fuzzer: every article opened in one session kept the screen before it alive
    (frozen out of the GC's reach), a few MB each, until the machine ran out of memory. The heap is frozen
    once each article is on screen, as outside the suite (tests/conftest.py turns it off for the rest)."""
    import gc
    import weakref

    from factcheck.models import Review

    monkeypatch.setattr(FactcheckApp, "FREEZE_HEAP", True)
    gc.unfreeze()  # the suite's own frozen heap (tests/conftest.py): from here only the app freezes
    app = app_for(tmp_path, result)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, lambda: gc.get_freeze_count() > 0, "the heap frozen after the first article")
            first = weakref.ref(review_screen(app))
            for _ in range(3):
                app.show_result(result, Review(result.article.sha256))
                await pilot.pause()
            assert gc.get_freeze_count() > 0
            gc.collect()
            assert first() is None
            assert sum(isinstance(s, ReviewScreen) for s in app.screen_stack) == 1
    finally:
        gc.collect()
        gc.freeze()  # as the suite left it


async def test_note_is_multiline_and_saved(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "e")
        assert isinstance(app.screen, NoteScreen)
        await paste(pilot, "Kremlin readout")
        await pilot.press("enter")
        await paste(pilot, "says fifth")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ReviewScreen)
        assert saved(tmp_path, result)["c2"].note == "Kremlin readout\nsays fifth"
        assert "✎" in str(app.screen.query_one(ClaimList).get_option_at_index(1).prompt)
        # editing again starts from the saved note; escape keeps it unchanged
        await pilot.press("e")
        assert app.screen.query_one(TextArea).text == "Kremlin readout\nsays fifth"
        await pilot.press(*"more", "escape")
        assert saved(tmp_path, result)["c2"].note == "Kremlin readout\nsays fifth"


async def test_escape_in_the_note_editor_asks_before_dropping_an_edit(tmp_path: Path, result: CheckResult) -> None:
    from factcheck.tui.screens.confirm import ConfirmScreen

    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "escape")  # nothing typed: closes at once
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("e", *"draft", "escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep editing: the text is still there
        assert isinstance(app.screen, NoteScreen) and app.screen.query_one(TextArea).text == "draft"
        await pilot.press("escape", "enter")  # enter alone answers "keep editing" (the safe button has focus)
        assert isinstance(app.screen, NoteScreen)
        await pilot.press("escape", "y")
        assert isinstance(app.screen, ReviewScreen)
        assert saved(tmp_path, result).get("c1") is None


async def test_filter_cycles_all_flagged_not_reviewed(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        claims = screen.query_one(ClaimList)
        await pilot.press("space")  # c1 reviewed
        await pilot.press("f")
        assert screen.filter_mode == Filter.FLAGGED and claims.rows == [1, 2]
        assert screen.current == 1  # moved off the hidden claim
        assert "filter flagged" in str(screen.query_one("#summary").render())
        await pilot.press("f")
        assert screen.filter_mode == Filter.UNREVIEWED and claims.rows == [1, 2]
        await pilot.press("f")
        assert screen.filter_mode == Filter.CONTRADICTED and claims.rows == [1]
        await pilot.press("f")
        assert screen.filter_mode == Filter.UNVERIFIABLE and claims.rows == [2]
        await pilot.press("f")
        assert screen.filter_mode == Filter.ALL and claims.rows == [0, 1, 2]
        await pilot.press("f", "j", "j", "k")  # navigation stays inside the filter
        assert screen.current == 1


async def test_filter_by_kind_from_the_menu_and_the_palette(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        await pilot.press("F")
        options = app.screen.query_one("#filter-options")
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(label.startswith("ordinal claims") and label.endswith("1") for label in labels)
        assert not any(label.startswith("gap claims") for label in labels)  # no such claim here
        index = next(i for i, label in enumerate(labels) if label.startswith("ordinal"))
        options.highlighted = index
        await pilot.press("enter")
        assert screen.filter_mode == Filter.kind("ordinal") and screen.query_one(ClaimList).rows == [1]
        assert "filter ordinal claims" in str(screen.query_one("#summary").render())
        await pilot.press("ctrl+p")
        await paste(pilot, "filter: show previous claims")
        await until(pilot, lambda: "show previous claims" in top_command(app), "the palette to find the command")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.filter_mode == Filter.kind("previous") and screen.current == 2


async def test_a_filter_that_shows_nothing_says_so(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        await pilot.press("1", "2", "3")  # every claim reviewed
        await pilot.press("f", "f")
        assert screen.filter_mode == Filter.UNREVIEWED and screen.current is None
        text = str(screen.query_one("#claim-text").render())
        assert "No claim is not reviewed here (3 claims in all)" in text and "f: next filter" in text


async def test_search_jumps_to_a_claim(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"lisbon")
        await pilot.press("enter")
        assert review_screen(app).current == 2
        await pilot.press("slash")
        await paste(pilot, "no such words")
        await pilot.press("enter")
        assert review_screen(app).current == 2


# ---------------------------------------------------------------- export, open, help, quit


async def test_export_dialog_writes_to_the_reports_folder_and_asks_before_replacing(
    tmp_path: Path, result: CheckResult
) -> None:
    from factcheck.tui.screens.confirm import ConfirmScreen

    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "x")
        assert isinstance(app.screen, ExportScreen)
        path = tmp_path / "state" / "reports" / "alpha-beta.report.md"  # beside the review state, not the article
        assert app.screen.request().path == str(path)
        assert app.screen.request().force is False
        field = app.screen.query_one("#export-path")
        assert field.selection.is_empty and field.cursor_position == len(field.value)  # typing edits, not replaces
        await pilot.press("enter")  # enter moves to the button; nothing is written yet
        assert isinstance(app.screen, ExportScreen) and not path.exists()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        text = path.read_text()
        assert "President Alpha phoned Prime Minister Beta" in text
        assert not (tmp_path / "alpha-beta.report.md").exists()
        # exporting again asks before replacing: "no" keeps the file, "yes" replaces it
        path.write_text("keep me")
        await pilot.press("x", "ctrl+s")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, ExportScreen)
        assert "exists: kept" in str(app.screen.query_one("#export-problem").render())
        assert path.read_text() == "keep me"
        await pilot.press("ctrl+s", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "President Alpha" in path.read_text()


async def test_help_is_generated_from_the_bindings(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        commands = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        for binding in [*review_screen_bindings(), *FactcheckApp.BINDINGS]:
            assert binding.tooltip in commands
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


def review_screen_bindings() -> list:
    return list(ReviewScreen.BINDINGS)


async def test_quit_keeps_every_change(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "q")
        assert app.return_code == 0
    marks = saved(tmp_path, result)
    assert marks["c1"].verdict is Verdict.UNVERIFIABLE and marks["c1"].reviewed


async def test_review_restored_on_reopening(tmp_path: Path, result: CheckResult) -> None:
    first = app_for(tmp_path, result)
    async with first.run_test(size=SIZE) as pilot:
        await pilot.press("j", "e", *"see readout", "ctrl+s", "2", "q")
    second = app_for(tmp_path, result)
    async with second.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = review_screen(second)
        mark = screen.marks[1]
        assert (mark.verdict, mark.reviewed, mark.note) == (Verdict.CONTRADICTED, True, "see readout")
        row = str(screen.query_one(ClaimList).get_option_at_index(1).prompt)
        assert row.startswith("✗ →✗ ✔✎")
        assert "reviewed 1 of 3" in str(screen.query_one("#summary").render())


async def test_palette_runs_actions_by_name(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await paste(pilot, "verdict: mark contradicted")
        await until(pilot, lambda: "mark contradicted" in top_command(app), "the palette to find the command")
        await pilot.press("enter")
        await pilot.pause()
        assert saved(tmp_path, result)["c1"].verdict is Verdict.CONTRADICTED


async def test_click_on_a_span_selects_its_claim(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        line = view.claim_line(2)
        assert line is not None
        column = view.render_line(line).text.index("Lisbon")
        region = view.content_region
        await pilot.click(offset=(region.x + column, region.y + line - round(view.scroll_y)))
        assert review_screen(app).current == 2


# ---------------------------------------------------------------- the article as data


HOSTILE = (
    "[bold]Breaking[/] news\n\n"
    "Alpha and Beta spoke [link=https://evil.example]twice[/link] this year, \x1b[31mofficials\x1b[0m said. "
    "\x1b]8;;https://evil.example\x07Beta\x1b]8;;\x07 called it [/] productive.\n"
)


async def test_markup_and_escapes_are_shown_literally(tmp_path: Path) -> None:
    hostile = result_for_text(
        HOSTILE, ["spoke [link=https://evil.example]twice[/link] this year", "called it [/] productive"]
    )
    app = app_for(tmp_path, hostile)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        shown = view.visible_text()
        assert "[bold]Breaking[/] news" in shown
        assert "[link=https://evil.example]twice[/link]" in shown.replace("\n", " ")
        assert "␛[31mofficials␛[0m" in shown
        assert "␛]8;;https://evil.example␇Beta" in shown
        for y in range(view.size.height):
            for segment in view.render_line(y):
                assert "\x1b" not in segment.text and "\x07" not in segment.text
                assert segment.style is None or not segment.style.link
        row = str(app.screen.query_one(ClaimList).get_option_at_index(0).prompt)
        assert "[link=https://evil.example]twice[/link]" in row
        # the claim spans still land on the right words (offsets kept on the original text)
        await pilot.press("j")
        assert view.claim_line(1) is not None
        detail = str(app.screen.query_one("#claim-text").render())
        assert "called it [/] productive" in detail


# ---------------------------------------------------------------- scale


def big_result(claims: int = 2000) -> CheckResult:
    sentences = []
    quotes = []
    for n in range(claims):
        quote = f"they have spoken {n % 9 + 2} times this year"
        quotes.append(quote)
        sentences.append(f"In report {n}, officials said {quote}, according to aides.")
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, claims, 4)]
    text = "A very long article\n\n" + "\n\n".join(paragraphs) + "\n"
    verdicts = [list(Verdict)[n % 3] for n in range(claims)]
    return result_for_text(text, quotes, verdicts)


async def test_a_2000_claim_article_restyles_only_what_changed(tmp_path: Path) -> None:
    app = app_for(tmp_path, big_result())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        rendered_before = set(view._strips)
        await pilot.press("G")
        await pilot.pause()
        assert review_screen(app).current == 1999
        assert "officials said they have spoken" in view.visible_text()
        # the first paragraphs were not re-rendered just because the selection moved away
        await pilot.press("2")
        assert review_screen(app).marks[1999].verdict is Verdict.CONTRADICTED
        assert len(view._strips) < 100
        assert rendered_before


# ---------------------------------------------------------------- the header


async def test_header_counts_overrides_and_names_the_record(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=(200, 40)) as pilot:
        screen = review_screen(app)
        header = str(screen.query_one("#summary").render())
        assert "✓ 1 supported" in header and "✗ 1 contradicted" in header
        assert "record no-such-record.db · sha256 000000000000 · 4 contacts" in header
        await pilot.press("2")  # the supported claim, overridden as contradicted
        header = str(screen.query_one("#summary").render())
        assert "✓ 0 supported" in header and "✗ 2 contradicted" in header
        assert "after your 1 override (machine: ✓1 ✗1 ?1)" in header
        await pilot.press("2", "3")
        assert "✔ review complete" in str(screen.query_one("#summary").render())


# ---------------------------------------------------------------- the article against itself


async def test_the_articles_conflicts_with_itself_are_shown(tmp_path: Path, result: CheckResult) -> None:
    from dataclasses import replace

    from factcheck.models import Conflict

    conflict = Conflict(("c1", "c2"), "the article calls the same contact both the third and the second")
    app = app_for(tmp_path, replace(result, conflicts=(conflict,)))
    async with app.run_test(size=(160, 40)) as pilot:
        screen = review_screen(app)
        assert "⚠ 1 self-contradiction" in str(screen.query_one("#summary").render())
        claims = screen.query_one(ClaimList)
        assert "⚠" in str(claims.get_option_at_index(0).prompt) and "⚠" in str(claims.get_option_at_index(1).prompt)
        assert "⚠" not in str(claims.get_option_at_index(2).prompt)
        detail = " ".join(str(screen.query_one("#claim-text").render()).split())
        assert "The article calls the same contact both the third and the second" in detail
        assert "(see claim 2: “It was their third call this year”)" in detail
        await pilot.press("j")
        detail = " ".join(str(screen.query_one("#claim-text").render()).split())
        assert "see claim 1: “President Alpha phoned Prime Minister Beta on Saturday”" in detail


async def test_empty_panes_say_why(tmp_path: Path, result: CheckResult) -> None:
    from dataclasses import replace

    bare = replace(result, findings=(replace(result.findings[2], evidence=()), *result.findings[:2]))
    app = app_for(tmp_path, bare)
    async with app.run_test(size=(160, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = review_screen(app)
        # no evidence: a sentence, not an empty table
        assert not screen.query_one(EvidenceTable).display
        assert "no contact in the record bears on this claim" in str(screen.query_one("#evidence-empty").render())
        # a claim that names no pair the record knows: the timeline says so
        assert "does not name two people" in screen.query_one("#timeline").render().plain
        await pilot.press("j")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one(EvidenceTable).display
        # the record file is gone: the timeline says that, not that the record has no contacts
        assert screen.query_one("#timeline").data.points  # the claim's own evidence, drawn without the record
        await pilot.press("k")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "does not name two people" in screen.query_one("#timeline").render().plain


# ---------------------------------------------------------------- evidence at hand


async def test_record_rows_open_with_every_field_and_sources(tmp_path: Path, result: CheckResult) -> None:
    from factcheck.tui.screens.contact import ContactScreen

    app = app_for(tmp_path, result)
    async with app.run_test(size=(160, 44)) as pilot:
        await pilot.press("j", "v")  # the ordinal claim: three rows
        assert isinstance(app.screen, ContactScreen)
        fields = " ".join(str(app.screen.query_one("#contact-fields").render()).split())
        assert "Date 2024-03-09" in fields and "the contact this claim is about" in fields
        assert "Length 41 min (“41 minutes”)" in fields and "Sources https://example.net/a" in fields
        assert "Between Anna Alpha and Bruno Beta" in fields  # names, not the record's ids
        await pilot.press("up")
        fields = " ".join(str(app.screen.query_one("#contact-fields").render()).split())
        assert "Date 2024-02-20" in fields and "not counted by this claim" in fields
        await pilot.press("escape")
        # enter on an evidence row opens that row
        screen = review_screen(app)
        table = screen.query_one(EvidenceTable)
        table.focus()
        await pilot.press("down", "enter")
        assert isinstance(app.screen, ContactScreen)
        assert "Date 2024-02-20" in " ".join(str(app.screen.query_one("#contact-fields").render()).split())


async def test_o_opens_the_article_or_the_rows_address(
    tmp_path: Path, result: CheckResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import opener

    opened: list[str] = []
    monkeypatch.setattr(opener, "opener_command", lambda: ["browser"])
    monkeypatch.setattr(opener.subprocess, "Popen", lambda args, **kw: opened.append(args[-1]))
    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        assert opened == ["https://example.net/news/alpha-beta-call"]
        review_screen(app).query_one(EvidenceTable).focus()
        await pilot.press("o")
        assert opened[-1] == "https://example.net/a"
        # no opener: the address is shown (and copied), not lost
        monkeypatch.setattr(opener, "opener_command", lambda: None)
        said: list[str] = []
        monkeypatch.setattr(app, "notify", lambda message, **kw: said.append(message))
        await pilot.press("o")
        assert said and "https://example.net/a" in said[-1] and "No browser opener" in said[-1]
        assert len(opened) == 2


async def test_timeline_legend_names_the_glyphs(tmp_path: Path, result: CheckResult) -> None:
    app = app_for(tmp_path, result)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("j")
        legend = str(review_screen(app).query_one("#timeline-legend").render())
        for glyph in ("● counted", "○ not counted", "◆ the contact this claim is about", "━ the counted window"):
            assert glyph in legend
        await pilot.press("question_mark")  # and help explains them at length
        help_text = str(app.screen.query_one("#help-legend").render())
        assert "○ a contact not counted" in help_text


# ---------------------------------------------------------------- settings that stay, the publication date


async def test_theme_and_filter_are_remembered(tmp_path: Path, result: CheckResult) -> None:
    first = app_for(tmp_path, result)
    async with first.run_test(size=SIZE) as pilot:
        first.theme = "gruvbox"
        await pilot.press("f")  # flagged
        assert review_screen(first).filter_mode == Filter.FLAGGED
        await pilot.press("q")
    second = app_for(tmp_path, result)
    async with second.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert second.theme == "gruvbox"
        screen = review_screen(second)
        assert screen.filter_mode == Filter.FLAGGED and screen.query_one(ClaimList).rows == [1, 2]
        assert screen.current == 1
        assert "filter flagged" in str(screen.query_one("#summary").render())


async def test_the_publication_date_can_be_set_in_the_app(tmp_path: Path, session_db: Path) -> None:
    from factcheck.check import load_and_check
    from factcheck.tui.screens.set_date import DateScreen

    article = tmp_path / "undated.txt"
    text = Path(__file__).parent.parent.joinpath("examples", "summit-call.txt").read_text()
    article.write_text(text.split("\n", 2)[2])  # without its dateline
    undated = load_and_check(str(article), str(session_db))
    assert undated.article.published is None
    assert all(f.verdict is Verdict.UNVERIFIABLE for f in undated.findings if "publication date" in f.explanation)
    app = app_for(tmp_path, undated)
    async with app.run_test(size=SIZE) as pilot:
        assert "date unknown: d sets it" in str(review_screen(app).query_one("#summary").render())
        await pilot.press("d")
        assert isinstance(app.screen, DateScreen)
        await paste(pilot, "2025-13-01")
        await pilot.press("enter")
        assert "2025-13-01" in str(app.screen.query_one("#date-problem").render())
        await pilot.press("ctrl+a", "ctrl+k")
        await paste(pilot, "2099-01-01")
        await pilot.press("enter")
        assert "after today" in str(app.screen.query_one("#date-problem").render())
        await pilot.press("ctrl+a", "ctrl+k")
        await paste(pilot, "2025-06-14")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = review_screen(app)
        assert screen.result.article.published.isoformat() == "2025-06-14"
        assert "2025-06-14" in str(screen.query_one("#summary").render())
        assert not any("publication date" in f.explanation for f in screen.findings)
        dated = load_and_check(str(article), str(session_db), "2025-06-14")
        assert [f.verdict for f in screen.findings] == [f.verdict for f in dated.findings]
    # reopened without a date: the date given before is used at once
    again = app_for(tmp_path, undated)
    async with again.run_test(size=SIZE) as pilot:
        await again.workers.wait_for_complete()
        await pilot.pause()
        assert review_screen(again).result.article.published.isoformat() == "2025-06-14"


async def test_a_20_claim_article_is_cleared_in_20_keystrokes() -> None:
    """One key per claim (it was 39: a verdict and j for each); the count comes from scripts/keystrokes.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "keystrokes", Path(__file__).parent.parent / "scripts" / "keystrokes.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert await module.clear(20) == 20 < 39


async def test_a_verdict_that_cannot_be_saved_stays_on_its_claim(
    tmp_path: Path, result: CheckResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.review import ReviewStateError

    app = app_for(tmp_path, result)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)

        def full(*args: object, **kw: object) -> None:
            raise ReviewStateError("review.db: cannot save the review (database or disk is full)")

        monkeypatch.setattr(screen.store, "update", full)
        await pilot.press("2")
        assert screen.current == 0 and screen.marks[0].verdict is None
        assert screen.history.undo() is None  # nothing to undo: nothing was saved
