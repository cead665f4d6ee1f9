"""The review app on real articles: the CLI entry, checking in a worker, opening another article (o),
the timeline's record query, and errors that stay one line. Uses a copy of the bundled record."""

from __future__ import annotations

import argparse

from datetime import date
from pathlib import Path

import pytest

from conftest import paste
from textual.worker import WorkerFailed

from factcheck import cli
from factcheck.errors import FactcheckError
from factcheck.models import Verdict
from factcheck.tui.app import make_app
from factcheck.tui.screens.open_article import OpenScreen
from factcheck.tui.screens.review import ReviewScreen
from factcheck.tui.timeline_data import from_contacts, pair_of, query_for
from factcheck.tui.widgets.timeline import Timeline

SIZE = (120, 40)
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "summit-call.txt"

# Written for this test.
OTHER = (
    "date 2025-03-19\n\n"
    "Leaders talk again\n\n"
    "Vladimir Putin and Donald Trump spoke by phone on Tuesday for more than two hours, the Kremlin said.\n"
)


@pytest.mark.asyncio
async def test_checks_in_a_worker_then_shows_the_review(tmp_path: Path, session_db: Path) -> None:
    app = make_app(str(EXAMPLE), db=str(session_db), state=tmp_path / "review.db")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.result.article.title.startswith("Putin calls Trump")
        assert len(screen.findings) >= 5
        # the timeline of the first claim was widened with the record's contacts of the pair
        await app.workers.wait_for_complete()
        await pilot.pause()
        timeline = screen.query_one(Timeline).data
        assert timeline.span is not None and timeline.points


@pytest.mark.asyncio
async def test_o_opens_another_article(tmp_path: Path, session_db: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    app = make_app(str(EXAMPLE), db=str(session_db), state=tmp_path / "review.db")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, OpenScreen)
        await pilot.press("ctrl+u")
        await paste(pilot, str(other))
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.result.article.path == str(other)
        assert screen.result.article.published == date(2025, 3, 19)
        await pilot.press("2")
        assert screen.marks[0].verdict is Verdict.CONTRADICTED


@pytest.mark.asyncio
async def test_open_dialog_refuses_a_missing_file(tmp_path: Path, session_db: Path) -> None:
    app = make_app(str(EXAMPLE), db=str(session_db), state=tmp_path / "review.db")
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+o", "ctrl+u")
        await paste(pilot, "nowhere.txt")
        await pilot.press("enter")
        assert isinstance(app.screen, OpenScreen)
        assert "No such file" in str(app.screen.query_one("#open-problem").render())


@pytest.mark.asyncio
async def test_an_unreadable_article_ends_the_app_with_its_error(tmp_path: Path, session_db: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    app = make_app(str(binary), db=str(session_db), state=tmp_path / "review.db")
    async with app.run_test(size=SIZE) as pilot:
        try:  # the worker's failure may already have ended the app, depending on scheduling
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass
        await pilot.pause()
    assert isinstance(app.error, FactcheckError) and "binary" in str(app.error)
    assert app.return_code == app.error.exit_code


def test_timeline_query_follows_the_pair_and_window(session_db: Path) -> None:
    from factcheck.check import load_and_check
    from factcheck.record import Record

    result = load_and_check(str(EXAMPLE), db=str(session_db))
    windowed = next(f for f in result.findings if f.window and f.evidence)
    pair = pair_of(windowed)
    assert pair is not None and {pair[0][0], pair[1][0]} == {"putin", "trump"}
    query = query_for(windowed, result.article.published)
    assert query is not None
    assert query.start < windowed.window[0] and query.end <= max(result.article.published, windowed.window[1])
    with Record.open(session_db) as record:
        data = from_contacts(windowed, record.contacts_between(query.a, query.b, query.start, query.end))
    counted = {e.contact.date for e in windowed.evidence if e.counted}
    assert {p.day for p in data.points if p.counted} == counted
    assert len(data.points) >= len(windowed.evidence)


# ---------------------------------------------------------------- the command line


def test_bare_article_means_review() -> None:
    assert cli._default_to_review(["examples/summit-call.txt", "--date", "2025-06-14"]) == [
        "review",
        "examples/summit-call.txt",
        "--date",
        "2025-06-14",
    ]
    assert cli._default_to_review(["check", "a.txt"]) == ["check", "a.txt"]
    assert cli._default_to_review(["--version"]) == ["--version"]
    assert cli._default_to_review([]) == []


def test_a_command_parsed_alone_reads_as_in_the_full_parser() -> None:
    """A run builds only its own command's parser: the same options, defaults and help as the full one."""
    full = cli.build_parser()
    (commands,) = (a for a in full._actions if isinstance(a, argparse._SubParsersAction))
    assert list(commands.choices) == list(cli.COMMANDS)
    for name in cli.COMMANDS:
        alone = cli.build_parser(name)
        (one,) = (a for a in alone._actions if isinstance(a, argparse._SubParsersAction))
        assert list(one.choices) == [name]
        assert one.choices[name].format_help() == commands.choices[name].format_help()


def test_review_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main([str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file" in err
    assert cli.main(["review", "-"]) == 2
    assert "standard input" in capsys.readouterr().err


def test_corrupt_state_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    state = tmp_path / "review.db"
    state.write_bytes(b"not sqlite at all\n" * 50)
    assert cli.main(["review", str(EXAMPLE), "--state", str(state)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "corrupt" in err
    assert state.read_bytes() == b"not sqlite at all\n" * 50
