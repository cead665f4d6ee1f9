"""Drafting a record row from an article's claim, reading the add-contact form, choosing where it is written.

Core only (no Textual). Articles are our own words; the record is a copy of the bundled one in tmp_path.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from factcheck.record import copy as record_copy
from factcheck.article import load_article
from factcheck.check import check_article
from factcheck.record.draft import (
    ContactForm,
    check_form,
    draft_contact,
    kind_choices,
    lacks_contact,
    parse_form,
    roles_for,
)
from factcheck.errors import RecordError
from factcheck.queries import DurationQuery
from factcheck.models import (
    ALL_KINDS,
    Article,
    CheckResult,
    Claim,
    ClaimKind,
    Contact,
    Evidence,
    Finding,
    Party,
    Verdict,
)
from factcheck.record import Record
from factcheck.record.copy import choose_target, copy_record

TODAY = date(2026, 4, 20)

# Written for these tests: a call after the record's last Putin–Trump contact (2026-03-09).
LATE_CALL = (
    "date 2026-04-10 https://news.example.org/2026/04/10/putin-trump-call\n\n"
    "Putin and Trump speak again\n\n"
    "Vladimir Putin and Donald Trump spoke by telephone on Thursday, the Kremlin said. "
    "The conversation lasted about 40 minutes, according to the Kremlin aide who briefed reporters.\n"
)


def checked(tmp_path: Path, text: str, record: Record) -> CheckResult:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return check_article(load_article(str(path)), record)


def by_kind(result: CheckResult, kind: ClaimKind) -> Finding:
    return next(f for f in result.findings if f.claim.kind is kind)


# ---------------------------------------------------------------- drafting


def test_draft_from_a_call_the_record_lacks(tmp_path: Path, record: Record) -> None:
    result = checked(tmp_path, LATE_CALL, record)
    event = by_kind(result, ClaimKind.EVENT)
    assert event.verdict is Verdict.UNVERIFIABLE and "not in the record yet" in event.explanation
    assert lacks_contact(event)
    new = draft_contact(result, event, record, today=TODAY)
    assert new.date == date(2026, 4, 9)  # "on Thursday" before a Friday dateline
    assert new.kind == "phone"
    assert set(new.participants) == {"Vladimir Putin", "Donald Trump"}
    assert new.duration_min == 40 and new.duration_text == "conversation lasted about 40 minutes"
    assert new.sources == ("https://news.example.org/2026/04/10/putin-trump-call",)
    assert new.notes == "added from Putin and Trump speak again by reviewer"
    assert new.topics == "" and new.location == ""
    roles = dict(zip(new.participants, new.roles, strict=True))
    assert roles == {
        "Vladimir Putin": "President of the Russian Federation",
        "Donald Trump": "President of the United States",
    }
    errors, warnings = record.validate_new_contact(new, today=TODAY)
    assert errors == () and warnings == ()


def _finding(claim: Claim, verdict: Verdict = Verdict.UNVERIFIABLE, evidence: tuple[Evidence, ...] = ()) -> Finding:
    return Finding(claim, verdict, (), "", "", "—", "not in the record yet", evidence)


def _result(findings: tuple[Finding, ...], url: str = "") -> CheckResult:
    text = "An article written for this test.\n"
    article = Article(
        "notes/late.txt",
        text,
        date(2026, 4, 10),
        hashlib.sha256(text.encode()).hexdigest(),
        title="Leaders meet",
        url=url,
    )
    return CheckResult(article, record_info(), findings)


def record_info():  # noqa: ANN201
    from factcheck.models import RecordInfo

    return RecordInfo("claims.db", "0" * 64, 0)


def test_roles_are_resolved_to_who_held_the_office_that_day(record: Record) -> None:
    claim = Claim(
        "e1",
        ClaimKind.EVENT,
        0,
        10,
        "the Russian and French presidents met",
        parties=(
            Party(country="Russia", label="the Russian president"),
            Party(country="France", label="the French president"),
        ),
        contact_kinds=frozenset({"in_person"}),
        anchor=date(2026, 4, 9),
    )
    new = draft_contact(_result((_finding(claim),)), _finding(claim), record, today=TODAY)
    assert new.participants == ("Vladimir Putin", "Emmanuel Macron")
    assert new.kind == "in_person"
    assert new.duration_min is None and new.duration_text == ""
    assert new.sources == ("notes/late.txt",)  # no URL: the article's path, which the form asks to replace
    # an office held on another day names someone else
    assert roles_for(record, ("Donald Trump", "Joe Biden"), date(2022, 6, 1)) == ("", "President of the United States")


def test_duration_only_from_a_claim_about_the_same_contact(record: Record) -> None:
    pair = (Party("putin", label="Putin"), Party("trump", label="Trump"))
    event = Claim("e1", ClaimKind.EVENT, 0, 5, "spoke", parties=pair, anchor=date(2026, 4, 9))
    other_day = Claim(
        "d1",
        ClaimKind.DURATION,
        6,
        9,
        "lasted an hour",
        parties=pair,
        anchor=date(2026, 4, 2),
        query=DurationQuery(minutes=60),
    )
    other_pair = Claim(
        "d2",
        ClaimKind.DURATION,
        10,
        19,
        "lasted two hours",
        anchor=date(2026, 4, 9),
        query=DurationQuery(minutes=120),
        parties=(Party("putin"), Party("xi")),
    )
    same = Claim(
        "d3",
        ClaimKind.DURATION,
        20,
        29,
        "lasted  about\n90 minutes",
        parties=pair[::-1],
        anchor=date(2026, 4, 9),
        query=DurationQuery(minutes=90.0),
    )
    findings = tuple(_finding(c) for c in (event, other_day, other_pair))
    new = draft_contact(_result(findings), findings[0], record, today=TODAY)
    assert new.duration_min is None
    findings += (_finding(same),)
    new = draft_contact(_result(findings), findings[0], record, today=TODAY)
    assert (new.duration_min, new.duration_text) == (90, "lasted about 90 minutes")


@pytest.mark.parametrize(
    ("kinds", "first"),
    [
        (frozenset({"phone"}), "phone"),
        (frozenset({"phone", "video"}), "phone"),
        (ALL_KINDS, "phone"),
        (frozenset({"video"}), "video"),
        (frozenset({"in_person"}), "in_person"),
    ],
)
def test_kind_choices_put_the_wording_s_kind_first(kinds: frozenset[str], first: str) -> None:
    choices = kind_choices(Claim("c", ClaimKind.EVENT, 0, 1, "x", contact_kinds=kinds))
    assert choices[0] == first and sorted(choices) == sorted(ALL_KINDS)


def test_lacks_contact_only_when_no_row_that_day() -> None:
    pair = (Party("putin"), Party("trump"))
    claim = Claim("e", ClaimKind.EVENT, 0, 1, "x", parties=pair, anchor=date(2025, 3, 18))
    row = Contact(1, date(2025, 3, 18), "in_person", ("putin", "trump"))
    nearby = Contact(2, date(2025, 2, 12), "phone", ("putin", "trump"))
    assert lacks_contact(_finding(claim))
    assert lacks_contact(_finding(claim, Verdict.CONTRADICTED, (Evidence(nearby, (), False),)))
    assert not lacks_contact(_finding(claim, Verdict.CONTRADICTED, (Evidence(row, ()),)))  # a meeting, not a call
    assert not lacks_contact(_finding(claim, Verdict.SUPPORTED))
    assert not lacks_contact(_finding(Claim("c", ClaimKind.COUNT, 0, 1, "x", parties=pair, anchor=date(2025, 3, 18))))
    assert not lacks_contact(_finding(Claim("e", ClaimKind.EVENT, 0, 1, "x", parties=pair)))


# ---------------------------------------------------------------- the form's fields


def test_form_round_trip_and_unreadable_fields(record: Record) -> None:
    form = ContactForm(
        "2026-04-09",
        "phone",
        ("Putin", "Трамп"),
        "40",
        " about 40 minutes ",
        "https://a.example/x https://b.example/y",
        "",
        "energy",
        "note",
    )
    new, issues = parse_form(form)
    assert issues == () and new is not None
    assert (new.date, new.duration_min, new.duration_text) == (date(2026, 4, 9), 40, "about 40 minutes")
    assert new.sources == ("https://a.example/x", "https://b.example/y")
    assert ContactForm.of(new).participants == ("Putin", "Трамп")
    bad = ContactForm("9 April", "phone", ("Putin", "Trump"), "forty")
    new, issues = parse_form(bad)
    assert new is None and [i.field for i in issues] == ["date", "duration_min"]
    assert "'9 April' is not a date (YYYY-MM-DD)" in issues[0].message


def test_check_form_names_the_problem(record: Record) -> None:
    new, errors, warnings = check_form(
        record, ContactForm("2026-04-09", "phone", ("Puttin", "Trump"), source="https://a.example/x"), today=TODAY
    )
    assert new is not None and [str(e) for e in errors] == [
        "participants: unknown person 'Puttin' — did you mean Vladimir Putin?"
    ]
    _, errors, _ = check_form(
        record, ContactForm("2026-05-01", "phone", ("Putin", "Trump"), source="https://a.example/x"), today=TODAY
    )
    assert [e.field for e in errors] == ["date"] and "in the future" in errors[0].message
    _, errors, warnings = check_form(record, ContactForm("2026-03-09", "phone", ("Putin", "Trump")), today=TODAY)
    assert errors == ()
    assert {w.field for w in warnings} == {"date", "sources"}  # the record has that call already; no source
    new, errors, _ = check_form(
        record, ContactForm("2026-04-09", "phone", ("Trump", "Putin"), source="https://a.example/x"), today=TODAY
    )
    assert (
        errors == ()
        and new is not None
        and new.roles == ("President of the United States", "President of the Russian Federation")
    )


# ---------------------------------------------------------------- where the row goes


def test_choose_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled, own, state = tmp_path / "bundled.db", tmp_path / "own.db", tmp_path / "state"
    for p in (bundled, own):
        p.write_bytes(b"x")
    state.mkdir()
    t = choose_target(bundled, "", state, bundled)
    assert (t.path, t.copy_from) == (state / "claims.db", bundled) and "never changed" in t.note
    (state / "claims.db").write_bytes(b"x")
    t = choose_target(bundled, "", state, bundled)
    assert (t.path, t.copy_from) == (state / "claims.db", None) and "your copy" in t.note
    t = choose_target(own, "", state, bundled)
    assert (t.path, t.copy_from) == (own, None)
    t = choose_target(own, str(tmp_path / "new.db"), state, bundled)
    assert (t.path, t.copy_from) == (tmp_path / "new.db", own)
    t = choose_target(own, str(bundled), state, bundled)  # named by the reviewer: allowed, and said so
    assert (t.path, t.copy_from) == (bundled, None) and "bundled record itself" in t.note
    monkeypatch.setattr(record_copy, "write_problem", lambda p: f"{p} is read-only" if p == own else "")
    t = choose_target(own, "", state, bundled)
    assert (t.path, t.copy_from) == (state / "claims.db", None) and "read-only" in t.note


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write read-only files")
def test_write_problem_names_a_read_only_record(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    path.write_bytes(b"x")
    path.chmod(0o444)
    assert record_copy.write_problem(path) == f"{path} is read-only"


def test_copy_record_is_atomic_and_never_overwrites(tmp_path: Path, db_copy: Path) -> None:
    dest = tmp_path / "copies" / "claims.db"
    assert "no such directory" in record_copy.write_problem(dest)
    dest.parent.mkdir()
    assert copy_record(db_copy, dest) == dest
    assert dest.read_bytes() == db_copy.read_bytes()
    assert [p.name for p in dest.parent.iterdir()] == ["claims.db"]  # no temporary file left
    with pytest.raises(RecordError, match="already exists"):
        copy_record(db_copy, dest)
    with pytest.raises(RecordError, match="is a directory|cannot copy"):
        copy_record(db_copy, tmp_path / "copies" / "sub" / "claims.db")
