"""Shared fixtures. Tests never touch the committed claims.db: they use a temporary copy."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The review app's default state file lives under $XDG_DATA_HOME: point it at a fresh directory before any
# test module builds its subprocess environment, so no test reads (or depends on) the user's own state.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="factcheck-test-data-")
# Compiled patterns are cached between runs (factcheck/regex_cache.py): one fresh cache for the session.
os.environ["FACTCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="factcheck-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DB = ROOT / "claims.db"
EXAMPLE = ROOT / "examples" / "summit-call.txt"


@pytest.fixture(scope="session")
def session_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only-by-convention copy of the bundled record shared by tests that only read."""
    path = tmp_path_factory.mktemp("record") / "claims.db"
    shutil.copyfile(BUNDLED_DB, path)
    return path


@pytest.fixture
def db_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled record that a test may modify."""
    path = tmp_path / "claims.db"
    shutil.copyfile(BUNDLED_DB, path)
    return path


@pytest.fixture(scope="session")
def record(session_db: Path):
    from factcheck.record import Record

    rec = Record.open(session_db)
    yield rec
    rec.close()


@pytest.fixture(scope="session")
def gaz(record):
    from factcheck.check import gazetteer_for

    return gazetteer_for(record)


async def paste(pilot, text: str) -> None:  # noqa: ANN001
    """Put ``text`` into the focused widget as a terminal's bracketed paste does: one event. Each Pilot
    keypress waits for the app to go idle (at least 40 ms), so typing a path a key at a time costs seconds;
    use this wherever the keys themselves are not what the test is about."""
    from textual import events

    assert pilot.app.focused is not None, "nothing has the focus to paste into"
    pilot.app.post_message(events.Paste(text))  # as the terminal driver does: the app hands it to the focus
    await pilot.pause()


async def until(pilot, condition, what: str, timeout: float = 30.0) -> None:  # noqa: ANN001
    """Let the app run until ``condition()`` holds (a timer fired, a screen opened, a search returned):
    a wait on the event itself, where a fixed pause would be too short on a busy machine and too long
    on an idle one. Fails naming ``what`` after ``timeout`` seconds."""
    import time

    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, f"still waiting after {timeout:.0f} s for {what}"
        await pilot.pause()


def top_command(app) -> str:  # noqa: ANN001
    """The text of the command the open command palette would run on enter ("" while it is searching)."""
    from textual.command import CommandList, CommandPalette

    if not isinstance(app.screen, CommandPalette):
        return ""
    found = app.screen.query_one(CommandList)
    if found.highlighted is None or not found.option_count:
        return ""
    return str(found.get_option_at_index(found.highlighted).prompt)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything imported and collected so far lives for the whole run: move it out of the cyclic GC's
    reach, so its full collections traverse what the tests make (a third of a Pilot test's time went on
    collecting the suite's 300,000 long-lived objects). The app's own freezing is off for the same reason;
    test_the_heap_is_frozen_once_an_article_is_on_screen turns it on."""
    from factcheck.tui.app import FactcheckApp

    FactcheckApp.FREEZE_HEAP = False
    gc.collect()
    gc.freeze()
    # Textual makes and drops objects by the hundred thousand per Pilot test (strips, segments, caches); at
    # the default threshold (700) the GC ran thousands of times a file, a fifth of the suite's time
    gc.set_threshold(50_000, 20, 20)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto``: two workers per CPU. A Pilot test spends most of its wall time in Textual's idle waits
    (each key waits until the app's process is idle for 20 ms) and a CLI test waits on its subprocess, so one
    worker per CPU leaves the CPUs idle a third of the time (87 s for the suite on 2 CPUs, 64 s with 4)."""
    return 2 * (os.cpu_count() or 1)


def query_of(kind, value=None, **details):  # noqa: ANN001, ANN003, ANN201
    """A claim kind's query with ``value`` as the value that kind claims (an ISO string for a day, as
    written in a test) and the given details: for tests that build claims by hand."""
    from datetime import date

    from factcheck.models import QUERY_TYPES, ClaimKind

    if isinstance(value, str):
        value = date.fromisoformat(value)
    field = {
        ClaimKind.EVENT: "day",
        ClaimKind.ORDINAL: "position",
        ClaimKind.COUNT: "count",
        ClaimKind.PREVIOUS: "day" if isinstance(value, date) else "ago",
        ClaimKind.FIRST_AFTER: "day",
        ClaimKind.GAP: "period",
        ClaimKind.DURATION: "minutes",
        ClaimKind.FREQUENCY: "rate",
    }[ClaimKind(kind)]
    return QUERY_TYPES[ClaimKind(kind)](**({field: value} if value is not None else {}), **details)
