"""The review queue: `factcheck review DIR` lists the articles with their progress, moves through them, and
each article reopens at the claim it was left on. Real articles (our own accuracy set) against a copy of
the record, the review state in tmp_path."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.widgets import DataTable

from factcheck import cli
from factcheck.queue import articles_in
from factcheck.tui.app import FactcheckApp, make_app
from factcheck.tui.screens.queue import QueueScreen
from factcheck.tui.screens.review import ReviewScreen

ACCURACY = Path(__file__).parent / "accuracy" / "articles"
SIZE = (120, 40)


def frozen() -> datetime:
    return datetime(2025, 6, 15, 12, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    for name in sorted(p.name for p in ACCURACY.glob("*.txt"))[:5]:
        shutil.copyfile(ACCURACY / name, d / name)
    return d


def queue_app(tmp_path: Path, folder: Path, db: Path) -> FactcheckApp:
    return make_app(queue=articles_in([str(folder)]), db=str(db), state=tmp_path / "state.db", clock=frozen)


async def settled(app: FactcheckApp, pilot) -> None:  # noqa: ANN001
    await app.workers.wait_for_complete()
    await pilot.pause()


def rows(app: FactcheckApp) -> list[list[str]]:
    table = app.screen.query_one(DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


@pytest.mark.asyncio
async def test_a_folder_of_five_articles_is_cleared_in_one_session(
    tmp_path: Path, folder: Path, session_db: Path
) -> None:
    app = queue_app(tmp_path, folder, session_db)
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        assert isinstance(app.screen, QueueScreen)
        table = rows(app)
        assert len(table) == 5 and all(r[4] == "not started" for r in table)
        assert "5 articles · 0 complete" in str(app.screen.query_one("#queue-heading").render())
        await pilot.press("enter")
        keys = 1
        for article in range(5):
            screen = app.screen
            assert isinstance(screen, ReviewScreen) and app.queue_index == article
            while not all(m.reviewed for m in screen.marks):
                await pilot.press("1")
                keys += 1
            if article < 4:
                await pilot.press("greater_than_sign")
                keys += 1
                await pilot.pause()
        await pilot.press("escape")
        assert isinstance(app.screen, QueueScreen)
        assert all(r[4] == "✔ review complete" for r in rows(app)), rows(app)
        assert "5 complete" in str(app.screen.query_one("#queue-heading").render())
        claims = sum(int(r[1]) for r in rows(app))
        assert keys == claims + 5  # one key per claim, one per article


@pytest.mark.asyncio
async def test_each_article_reopens_where_it_was_left(tmp_path: Path, folder: Path, session_db: Path) -> None:
    app = queue_app(tmp_path, folder, session_db)
    async with app.run_test(size=SIZE) as pilot:
        await settled(app, pilot)
        await pilot.press("j", "enter")  # the second article
        await pilot.press("j", "j", "2")  # the third claim: contradicted, then on
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        left_on = screen.current
        await pilot.press("escape")
        assert rows(app)[1][4] == "in progress" and rows(app)[1][3].startswith("1 of")
        await pilot.press("q")
    again = queue_app(tmp_path, folder, session_db)
    async with again.run_test(size=SIZE) as pilot:
        await settled(again, pilot)
        assert rows(again)[1][4] == "in progress"
        await pilot.press("n")  # the first article still to review: the first one
        assert again.queue_index == 0
        await pilot.press("greater_than_sign")  # then the second, at the claim it was left on
        await pilot.pause()
        assert again.queue_index == 1 and again.screen.current == left_on


@pytest.mark.asyncio
async def test_queue_keys_are_offered_only_in_a_queue(tmp_path: Path) -> None:
    from tui_fixtures import sample_result

    app = make_app(result=sample_result(str(tmp_path / "a.txt")), state=tmp_path / "s.db", clock=frozen)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("greater_than_sign", "escape")
        assert isinstance(app.screen, ReviewScreen) and app.queue is None


def test_cli_queue_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["review", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no articles in this folder" in err
    (tmp_path / "a.txt").write_text("x")
    assert cli.main(["review", str(tmp_path), "--date", "2025-01-01"]) == 2
    assert "--date applies to one article" in capsys.readouterr().err


@pytest.mark.asyncio
@pytest.mark.parametrize("width", [80, 120, 200])
async def test_the_queue_fits_the_terminal(tmp_path: Path, folder: Path, session_db: Path, width: int) -> None:
    app = queue_app(tmp_path, folder, session_db)
    async with app.run_test(size=(width, 24)) as pilot:
        await settled(app, pilot)
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.size.width  # every column in view, status included
        assert rows(app)[0][4] == "not started"
