"""Pilot tests of "a": add the contact an article reports to the record, then see every verdict re-checked.

The record is a copy of the bundled claims.db in tmp_path (the bundled file is compared byte for byte
before and after), the review state is in tmp_path and "today" is frozen.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from conftest import paste, query_of, top_command, until
from textual.widgets import Input, Select

import factcheck.record
from factcheck.models import ClaimKind, Verdict
from factcheck.record import Record
from factcheck.tui.app import FactcheckApp, make_app
from factcheck.tui.screens.add_contact import AddContactScreen
from factcheck.tui.screens.review import ReviewScreen

SIZE = (120, 40)
ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "claims.db"
URL = "https://news.example.org/2026/04/10/putin-trump-call"

# Written for these tests: a call on Thursday 2026-04-09, a month after the record's last Putin–Trump
# contact (2026-03-09), and a count that the new call makes right.
LATE_CALL = (
    f"date 2026-04-10 {URL}\n\n"
    "Putin and Trump speak again\n\n"
    "Vladimir Putin and Donald Trump spoke by telephone on Thursday, the Kremlin said. "
    "The conversation lasted about 40 minutes, according to the Kremlin aide who briefed reporters.\n\n"
    "The two leaders discussed energy prices and a possible meeting later in the year.\n"
)


def frozen() -> datetime:
    return datetime(2026, 4, 20, 12, 0, tzinfo=UTC)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "late-call.txt"
    path.write_text(LATE_CALL, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def bundled_untouched():  # noqa: ANN201
    before = sha(BUNDLED)
    yield
    assert sha(BUNDLED) == before


def app_for(tmp_path: Path, article: Path, db: Path) -> FactcheckApp:
    return make_app(str(article), db=str(db), state=tmp_path / "state" / "review.db", clock=frozen)


async def settle(app: FactcheckApp, pilot) -> None:  # noqa: ANN001
    """Wait for the save, the re-check it starts and the timeline query the re-check starts."""
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


def review(app: FactcheckApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


def form(app: FactcheckApp) -> AddContactScreen:
    assert isinstance(app.screen, AddContactScreen)
    return app.screen


def field(app: FactcheckApp, name: str) -> str:
    return app.screen.query_one(f"#contact-{name}", Input).value


def problems(app: FactcheckApp) -> str:
    return str(app.screen.query_one("#contact-problems").render())


async def replace(pilot, name: str, text: str) -> None:  # noqa: ANN001
    pilot.app.screen.query_one(f"#contact-{name}", Input).focus()
    await pilot.press("ctrl+a", "ctrl+k")
    await paste(pilot, text)
    await until(pilot, lambda: not form(pilot.app).check_pending, "the form to re-check once typing stops")


def verdicts(app: FactcheckApp) -> dict[ClaimKind, Verdict]:
    return {f.claim.kind: f.verdict for f in review(app).findings}


@pytest.mark.asyncio
async def test_a_prefills_saves_and_rechecks_every_claim(tmp_path: Path, article: Path, db_copy: Path) -> None:
    app = app_for(tmp_path, article, db_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = review(app)
        assert verdicts(app) == {ClaimKind.EVENT: Verdict.UNVERIFIABLE, ClaimKind.DURATION: Verdict.UNVERIFIABLE}
        event = next(i for i, f in enumerate(screen.findings) if f.claim.kind is ClaimKind.EVENT)
        assert "not in the record yet" in screen.findings[event].explanation
        duration = next(i for i, f in enumerate(screen.findings) if f.claim.kind is ClaimKind.DURATION)
        screen.current = duration
        await pilot.press("1", "space")  # the reviewer's marks must survive the re-check
        screen.current = event
        await pilot.pause()
        assert screen.query_one("#detail").border_subtitle == "a: add this contact to the record"
        await pilot.press("a")
        form(app)
        assert field(app, "date") == "2026-04-09"
        assert app.screen.query_one("#contact-kind", Select).value == "phone"
        assert {field(app, "a"), field(app, "b")} == {"Vladimir Putin", "Donald Trump"}
        assert field(app, "minutes") == "40"
        assert field(app, "wording") == "conversation lasted about 40 minutes"
        assert field(app, "source") == URL
        assert field(app, "topics") == "" and field(app, "location") == ""
        assert field(app, "notes") == "added from Putin and Trump speak again by reviewer"
        assert field(app, "record") == str(db_copy)
        assert problems(app) == ""
        await replace(pilot, "topics", "energy prices")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        screen = review(app)
        assert verdicts(app) == {ClaimKind.EVENT: Verdict.SUPPORTED, ClaimKind.DURATION: Verdict.SUPPORTED}
        assert screen.current == event  # the same claim stays selected
        mark = screen.marks[duration]
        assert (mark.verdict, mark.reviewed) == (Verdict.SUPPORTED, True)
        assert "2 supported" in str(screen.query_one("#summary").render())
        assert app.db == str(db_copy) and screen.result.record.path == str(db_copy)
        assert "The record has a phone call between" in str(screen.query_one("#claim-text").render())
        assert "on 9 April 2026" in str(screen.query_one("#claim-text").render())
        assert screen.query_one("#detail").border_subtitle == ""  # "a" is no longer offered on it
        await pilot.press("a")
        assert isinstance(app.screen, ReviewScreen)
    with Record.open(db_copy) as record:
        (added,) = record.contacts_between(["putin"], ["trump"], date(2026, 4, 9), date(2026, 4, 9))
    assert added.sources == (URL,) and added.kind == "phone" and added.duration_min == 40
    assert added.topics == "energy prices" and set(added.participants) == {"putin", "trump"}
    assert added.notes == "added from Putin and Trump speak again by reviewer"
    assert "President of the Russian Federation" in added.roles


@pytest.mark.asyncio
async def test_unknown_name_and_future_date_are_refused_inline(tmp_path: Path, article: Path, db_copy: Path) -> None:
    before = db_copy.read_bytes()
    app = app_for(tmp_path, article, db_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        which = "a" if field(app, "a") == "Vladimir Putin" else "b"
        await replace(pilot, which, "Puttin")
        assert "unknown person 'Puttin' — did you mean Vladimir Putin?" in problems(app)
        assert app.screen.query_one(f"#contact-{which}").has_class("-invalid")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert form(app).errors  # still open, nothing written
        await replace(pilot, which, "Putin")
        await replace(pilot, "date", "2026-05-01")
        assert "2026-05-01 is in the future (today is 2026-04-20)" in problems(app)
        assert "Puttin" not in problems(app)
        await replace(pilot, "date", "2026-04-09")
        await replace(pilot, "minutes", "")
        await replace(pilot, "source", "")
        assert problems(app) == "! sources: no source URL (every contact in the record has at least one)"
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
    assert db_copy.read_bytes() == before


@pytest.mark.asyncio
async def test_escape_cancels_and_leaves_the_record_as_it_was(tmp_path: Path, article: Path, db_copy: Path) -> None:
    before = db_copy.read_bytes()
    app = app_for(tmp_path, article, db_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a", "escape")
        await settle(app, pilot)
        assert verdicts(app)[ClaimKind.EVENT] is Verdict.UNVERIFIABLE
    assert db_copy.read_bytes() == before
    assert sorted(p.name for p in db_copy.parent.iterdir() if p.name.startswith("claims.db")) == ["claims.db"]


@pytest.mark.asyncio
async def test_a_is_offered_only_where_the_record_lacks_the_contact(tmp_path: Path, db_copy: Path) -> None:
    # Written for this test: a call the record has (2025-03-18, two days before the dateline).
    known = tmp_path / "known.txt"
    known.write_text(
        "date 2025-03-20 https://news.example.org/talks\n\nTalks\n\n"
        "Vladimir Putin and Donald Trump spoke by phone on Tuesday.\n",
        encoding="utf-8",
    )
    app = app_for(tmp_path, known, db_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert review(app).findings[0].verdict is Verdict.SUPPORTED
        said: list[str] = []
        review(app).notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
        await pilot.press("a")
        assert isinstance(app.screen, ReviewScreen)  # the key only explains itself here
        assert len(said) == 1 and "record: add contact from any claim" in said[0]
        await pilot.press("ctrl+p")
        await paste(pilot, "add contact from any")
        await until(pilot, lambda: "add contact from any" in top_command(app), "the palette to find the command")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AddContactScreen), "the form to open")
        form(app)
        status = str(app.screen.query_one("#contact-status").render())
        assert "may already have this contact" in status
        assert "the record already has contact" in problems(app)
        await pilot.press("escape")


@pytest.mark.asyncio
async def test_the_bundled_record_is_copied_never_written(
    tmp_path: Path, article: Path, db_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the copy in tmp_path plays the bundled record: the app must write into a copy of it instead
    monkeypatch.setattr(factcheck.record, "default_db_path", lambda: db_copy)
    before = db_copy.read_bytes()
    app = app_for(tmp_path, article, db_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        copy = tmp_path / "state" / "claims.db"
        assert field(app, "record") == str(copy)
        assert "never changed" in str(app.screen.query_one("#contact-target").render())
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert verdicts(app)[ClaimKind.EVENT] is Verdict.SUPPORTED
        assert app.db == str(copy) and review(app).result.record.path == str(copy)
    assert db_copy.read_bytes() == before
    with Record.open(copy) as record:
        assert record.contacts_between(["putin"], ["trump"], date(2026, 4, 9), date(2026, 4, 9))


# ---------------------------------------------------------------- the form, as a picture


def hand_made_result():  # noqa: ANN201
    """A result built by hand (the engine's wording evolves; this picture should not), checked against
    "claims.db" in the working directory: a record with the bundled people and offices, no contacts."""
    from factcheck.models import Article, CheckResult, Claim, Finding, Party, RecordInfo

    article = Article(
        "late-call.txt",
        LATE_CALL,
        date(2026, 4, 10),
        hashlib.sha256(LATE_CALL.encode()).hexdigest(),
        title="Putin and Trump speak again",
        url=URL,
        source="news.example.org",
        body_start=LATE_CALL.index("\n\n") + 2,
    )
    pair = (Party("putin", label="Vladimir Putin"), Party("trump", label="Donald Trump"))
    quotes = [
        ("Vladimir Putin and Donald Trump spoke by telephone on Thursday", ClaimKind.EVENT, None),
        ("conversation lasted about 40 minutes", ClaimKind.DURATION, 40),
    ]
    findings = []
    for quote, kind, value in quotes:
        start = LATE_CALL.index(quote)
        claim = Claim(
            f"{kind.value}-{start}",
            kind,
            start,
            start + len(quote),
            quote,
            parties=pair,
            contact_kinds=frozenset({"phone"}),
            anchor=date(2026, 4, 9),
            query=query_of(kind, value),
        )
        findings.append(
            Finding(
                claim,
                Verdict.UNVERIFIABLE,
                ("Vladimir Putin", "Donald Trump"),
                "",
                "",
                "—",
                "not in the record yet: the record's entries for this pair end 2026-03-09",
            )
        )
    return CheckResult(article, RecordInfo("claims.db", "0" * 64, 0), tuple(findings))


def test_form_snapshot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, snap_compare) -> None:  # noqa: ANN001
    from factcheck.record.write import init_record

    monkeypatch.chdir(tmp_path)
    init_record("claims.db")
    app = make_app(result=hand_made_result(), state=tmp_path / "state" / "review.db", clock=frozen)

    async def open_form(pilot) -> None:  # noqa: ANN001
        await settle(pilot.app, pilot)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(pilot.app.screen, AddContactScreen), "the form to open")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=open_form)
