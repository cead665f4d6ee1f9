"""Explanations in a news editor's words: no bands, no field names, no 'inf', dates in words, the previous
contact named with whom it was, the article's own words quoted."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from factcheck import plain
from factcheck.models import Claim, ClaimKind, Contact, Evidence, Finding, Verdict
from factcheck.queries import DurationQuery

from conftest import query_of

PAIR = ("Donald Trump", "Vladimir Putin")
LEAKS = re.compile(r"in_person|duration_min|band|\binf\b|\d{4}-\d{2}-\d{2}|\(s\)|'bare'")


def call(cid: int, d: date, kind: str = "phone", who: tuple[str, ...] = PAIR, **kw: object) -> Evidence:
    return Evidence(Contact(cid, d, kind, ("trump", "putin"), **kw), who)


def finding(kind: ClaimKind, verdict: Verdict, evidence: tuple[Evidence, ...], **claim: object) -> Finding:
    recorded = str(claim.pop("recorded", ""))
    explanation = str(claim.pop("explanation", "engine says"))
    query = query_of(kind, claim.pop("value", None))
    c = Claim(id="c", kind=kind, start=0, end=1, quote=str(claim.pop("quote", "q")), query=query, **claim)  # type: ignore[arg-type]
    return Finding(c, verdict, PAIR, "engine reading", "engine claimed", recorded, explanation, evidence)


CALLS = tuple(call(n, date(2025, m, d)) for n, (m, d) in enumerate([(2, 12), (3, 18), (5, 19), (6, 4), (7, 3)]))


def test_ordinal_says_how_many_and_which_it_is() -> None:
    f = finding(
        ClaimKind.ORDINAL,
        Verdict.CONTRADICTED,
        CALLS,
        value=6,
        value_text="sixth",
        recorded="5",
        contact_kinds=frozenset({"phone", "video"}),
        anchor=date(2025, 7, 3),
        window_start=date(2025, 1, 1),
        window_end=date(2025, 7, 3),
        window_text="this year",
    )
    assert plain.why(f) == (
        "The record has five calls between Donald Trump and Vladimir Putin from 1 January to 3 July 2025 "
        "(“this year”), up to and including this one, so this is the fifth, not the sixth."
    )
    assert plain.claimed(f) == "the sixth call (“sixth”)" and plain.recorded(f) == "the fifth"


def test_count_names_the_kind_not_the_verb() -> None:
    f = finding(
        ClaimKind.COUNT,
        Verdict.CONTRADICTED,
        CALLS[:4],
        value=4,
        value_text="four",
        kind_word="spoken",
        recorded="5",
        contact_kinds=frozenset({"phone"}),
        window_start=date(2025, 1, 1),
        window_end=date(2025, 7, 3),
        window_text="this year",
    )
    assert plain.claimed(f) == "four phone calls (“four”)"  # not "4 spoken"
    assert plain.why(f).endswith("(“this year”), not “four”.")


def test_previous_names_whom_the_contact_was_with() -> None:
    f = finding(
        ClaimKind.PREVIOUS,
        Verdict.CONTRADICTED,
        (call(9, date(2025, 6, 14)),),
        value="2025-06-12",
        value_text="12 June",
        recorded="2025-06-14",
        contact_kinds=frozenset({"phone", "video"}),
        anchor=date(2025, 7, 3),
    )
    assert plain.why(f) == (
        "Before this one (3 July 2025), the last call in the record was a phone call between Donald Trump and "
        "Vladimir Putin on 14 June 2025, not on “12 June”."
    )


def test_gap_counts_from_the_previous_contact_whoever_it_was_with() -> None:
    biden = call(1, date(2022, 2, 12), who=("Vladimir Putin", "Joe Biden"))
    f = finding(
        ClaimKind.GAP,
        Verdict.SUPPORTED,
        (biden, call(2, date(2025, 2, 12))),
        value=3.0,
        value_text="three years",
        recorded="3.00 years (since 2022-02-12)",
        anchor=date(2025, 2, 12),
    )
    assert "a phone call between Vladimir Putin and Joe Biden on 12 February 2022, 3 years earlier" in plain.why(f)


def test_duration_without_bands_or_field_names() -> None:
    f = Finding(
        Claim(
            "d",
            ClaimKind.DURATION,
            0,
            1,
            "q",
            query=DurationQuery(minutes=120.0),
            value_text="roughly two hours",
            anchor=date(2025, 8, 15),
        ),
        Verdict.CONTRADICTED,
        PAIR,
        "…; 'about' band 1 h 36 min–2 h 24 min",
        "roughly two hours (2 h; fits 1 h 36 min–2 h 24 min)",
        "3 h (duration_min); 2 h 30 min (Putin: 'a long time')",
        "no official figure lies in 1 h 36 min–2 h 24 min: the record has 3 h (duration_min)",
        (Evidence(Contact(5, date(2025, 8, 15), "in_person", ("trump", "putin"), duration_min=180), PAIR),),
    )
    why = plain.why(f)
    assert why.startswith("The record gives this meeting in person 3 hours, which “roughly two hours” does not fit")
    assert "also reported: 2 hours 30 minutes (Putin: “a long time”)" in why
    assert not LEAKS.search(why + plain.recorded(f) + plain.reading(f))


def test_humanize_translates_whatever_the_engine_says() -> None:
    text = "gap within claimed band 2.5–inf years; 'bare' band 45 min–55 min; in_person contact(s) on 2025-06-14"
    out = plain.humanize(text)
    assert not LEAKS.search(out) and "2.5 or more years" in out and "14 June 2025" in out and out.endswith(".")


def test_no_leaks_on_the_bundled_articles(session_db: Path) -> None:
    from factcheck.check import load_and_check

    root = Path(__file__).parent
    paths = [root.parent / "examples" / "summit-call.txt", *sorted((root / "accuracy" / "articles").glob("*.txt"))]
    findings = [f for p in paths for f in load_and_check(str(p), str(session_db)).findings]
    assert len(findings) > 100
    for f in findings:
        for text in (plain.reading(f), plain.claimed(f), plain.recorded(f), plain.why(f)):
            assert not LEAKS.search(text), (f.claim.quote, text)
            assert text == " ".join(text.split())


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (date(2022, 2, 12), date(2025, 2, 12), "3 years"),
        (date(2021, 6, 16), date(2025, 8, 15), "4 years and 1 month"),
        (date(2025, 8, 18), date(2025, 10, 16), "59 days"),
    ],
)
def test_elapsed(a: date, b: date, words: str) -> None:
    assert plain.elapsed(a, b) == words


def test_between_shows_each_side_with_the_articles_word() -> None:
    from factcheck.models import Party

    f = finding(
        ClaimKind.DURATION,
        Verdict.UNVERIFIABLE,
        (),
        value=45.0,
        value_text="45 minutes",
        parties=(Party(label="Merkel"), Party(person_id="putin", label="Putin")),
    )
    f = Finding(
        f.claim,
        f.verdict,
        ("Merkel", "Vladimir Putin"),
        *[getattr(f, k) for k in ("interpretation", "claimed", "recorded", "explanation")],
    )
    assert plain.between(f) == "Merkel (not in the record) and Vladimir Putin (“Putin”)"


def test_participants_shown_are_the_claims_own(tmp_path: Path) -> None:
    """Each claim's detail names its own pair (a claim about Xi and Putin in an article about Trump and Putin)."""
    import asyncio

    from factcheck.models import Party
    from factcheck.tui.app import make_app
    from tui_fixtures import result_for_text

    text = "Title\n\nTrump and Putin spoke twice. Xi and Putin met three times.\n"
    result = result_for_text(text, ["Trump and Putin spoke twice", "Xi and Putin met three times"])
    a, b = result.findings
    a = Finding(
        Claim(
            "c0",
            ClaimKind.COUNT,
            a.claim.start,
            a.claim.end,
            a.claim.quote,
            parties=(Party("trump", label="Trump"), Party("putin", label="Putin")),
        ),
        a.verdict,
        ("Donald Trump", "Vladimir Putin"),
        "",
        "",
        "",
        "",
    )
    b = Finding(
        Claim(
            "c1",
            ClaimKind.COUNT,
            b.claim.start,
            b.claim.end,
            b.claim.quote,
            parties=(Party("xi", label="Xi"), Party("putin", label="Putin")),
        ),
        b.verdict,
        ("Xi Jinping", "Vladimir Putin"),
        "",
        "",
        "",
        "",
    )
    from dataclasses import replace

    app = make_app(result=replace(result, findings=(a, b)), state=tmp_path / "r.db")

    async def run() -> list[str]:
        shown = []
        async with app.run_test(size=(160, 40)) as pilot:
            for _ in range(2):
                shown.append(" ".join(str(app.screen.query_one("#claim-text").render()).split()))
                await pilot.press("j")
        return shown

    first, second = asyncio.run(run())
    assert "Between Donald Trump (“Trump”) and Vladimir Putin (“Putin”)" in first and "Xi" not in first
    assert "Between Xi Jinping (“Xi”) and Vladimir Putin (“Putin”)" in second and "Trump" not in second
