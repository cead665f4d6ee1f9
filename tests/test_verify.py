"""Verdicts and the tolerance model, on the bundled record (a temporary copy)."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.article import from_text
from factcheck.check import check_article
from factcheck.models import Qualifier
from factcheck.verify import band, count_fits


def findings(record, text: str, published: date | None):
    return check_article(from_text(text, published=published), record).findings


def one(record, text: str, published: date | None, kind: str):
    got = [f for f in findings(record, text, published) if f.claim.kind.value == kind]
    assert len(got) == 1, [(f.claim.kind.value, f.claim.quote) for f in findings(record, text, published)]
    return got[0]


# ------------------------------------------------------------------ tolerance bands


@pytest.mark.parametrize(
    ("value", "qualifier", "lo", "hi"),
    [
        (60, "about", 48, 72),  # ±20 %
        (30, "about", 20, 40),  # at least ±10 min
        (60, "nearly", 45, 60),
        (60, "more", 60, 120),  # up to 1.5·X + 30
        (60, "", 54, 66),  # bare ±10 %
    ],
)
def test_duration_bands(value: float, qualifier: str, lo: float, hi: float) -> None:
    assert band(value, Qualifier(qualifier)) == pytest.approx((lo, hi))


Q = Qualifier


def test_gap_bands() -> None:
    assert band(3, Q.BARE, "year") == (2.5, 3.5)
    assert band(3, Q.NEARLY, "year") == (2.5, 3)
    assert band(2.5, Q.MORE, "year")[0] == 2.5


def test_count_qualifiers() -> None:
    assert count_fits(8, 6, Q.AT_LEAST) and not count_fits(5, 6, Q.AT_LEAST)
    assert count_fits(41, 40, Q.MORE) and not count_fits(40, 40, Q.MORE)
    assert count_fits(6, 6, Q.BARE) and not count_fits(7, 6, Q.BARE)


# ------------------------------------------------------------------ durations at the edges (2025-06-14: 50 min; Trump: about 1 hour)


@pytest.mark.parametrize(
    ("phrase", "verdict"),
    [
        ("lasted about 40 minutes", "supported"),  # 30–50: the edge is in
        ("lasted about 38 minutes", "contradicted"),  # 28–48: neither 50 nor 60
        ("lasted nearly an hour", "supported"),  # 45–60
        ("lasted nearly half an hour", "contradicted"),
        ("lasted more than 40 minutes", "supported"),
        ("lasted 50 minutes", "supported"),
        ("lasted three hours", "contradicted"),
    ],
)
def test_duration_edges(record, phrase: str, verdict: str) -> None:
    f = one(
        record, f"Putin and Trump spoke by phone on Saturday. The conversation {phrase}.", date(2025, 6, 14), "duration"
    )
    assert f.verdict.value == verdict, f.explanation
    if verdict == "contradicted":
        assert f.suggestion


def test_any_official_figure_fits_and_is_named(record) -> None:
    f = one(
        record,
        "Putin and Trump spoke by phone on Saturday. The call lasted about an hour.",
        date(2025, 6, 14),
        "duration",
    )
    assert f.verdict.value == "supported" and "official figure 50 min" in f.explanation


def test_no_recorded_duration_is_unverifiable(record) -> None:
    f = one(
        record,
        "Putin and Biden held a phone call on Friday. The call lasted about an hour.",
        date(2021, 7, 9),
        "duration",
    )
    assert f.verdict.value == "unverifiable"


# ------------------------------------------------------------------ each verdict, each claim kind


def test_ordinal_supported_and_contradicted_with_suggestion(record) -> None:
    text = "Putin and Trump held a phone call on Thursday. It was the {} call between the two leaders this year."
    ok = one(record, text.format("sixth"), date(2025, 7, 3), "ordinal")
    assert ok.verdict.value == "supported" and ok.window == (date(2025, 1, 1), date(2025, 7, 3))
    bad = one(record, text.format("fifth"), date(2025, 7, 3), "ordinal")
    assert bad.verdict.value == "contradicted" and bad.suggestion == "sixth"


def test_president_elect_reading(record) -> None:
    f = one(record, "Trump and Xi spoke by phone on Friday, their third call this year.", date(2025, 9, 19), "ordinal")
    assert f.verdict.value == "supported"
    assert "outside a term" in f.interpretation


def test_previous_with_time_zone_date(record) -> None:
    # the 18 August 2025 call was already 19 August in Moscow; the row's notes say so
    f = one(
        record,
        "Putin and Trump spoke on Thursday. Their previous call was on August 19.",
        date(2025, 10, 16),
        "previous",
    )
    assert f.verdict.value == "supported"


def test_previous_contradicted(record) -> None:
    f = one(
        record,
        "Putin and Trump spoke on Thursday. The last known call between the two leaders was on 12 June.",
        date(2025, 7, 3),
        "previous",
    )
    assert f.verdict.value == "contradicted" and "14 June" in f.suggestion


def test_gap_over_roles(record) -> None:
    text = "Putin and Trump spoke by phone on Wednesday, the first contact between the leaders of Russia and the United States in {} years."
    assert one(record, text.format("three"), date(2025, 2, 12), "gap").verdict.value == "supported"
    bad = one(record, text.format("five"), date(2025, 2, 12), "gap")
    assert bad.verdict.value == "contradicted" and "Biden" in " ".join(e.participants[1] for e in bad.evidence)


def test_first_since_event(record) -> None:
    text = "Putin and Biden held a phone call on Friday, the first phone call between them since the summit in Geneva on June 16."
    assert one(record, text, date(2021, 7, 9), "first_after").verdict.value == "supported"


def test_frequency(record) -> None:
    text = "In Trump's first term the two men spoke on average {} times a year, including face-to-face meetings, said Putin."
    assert one(record, text.format("six"), date(2025, 7, 3), "frequency").verdict.value == "supported"
    assert one(record, text.format("five"), date(2025, 7, 3), "frequency").verdict.value == "contradicted"


def test_count_over_an_incomplete_period_is_unverifiable(record) -> None:
    f = one(
        record,
        "Xi told Putin on Wednesday that they have met 42 times in the past 10 years.",
        date(2023, 10, 18),
        "count",
    )
    assert f.verdict.value == "unverifiable"


def test_incomplete_record_never_contradicts(record) -> None:
    # Putin–Macron 2017–2021 is marked incomplete in the record
    f = one(
        record, "Macron and Putin spoke by phone on Monday, their ninth call this year.", date(2019, 11, 18), "ordinal"
    )
    assert f.verdict.value == "unverifiable"


def test_not_in_the_record_yet(record) -> None:
    f = one(record, "Putin and Trump spoke by phone on Thursday.", date(2026, 5, 14), "event")
    assert f.verdict.value == "unverifiable" and "not in the record yet" in f.explanation


def test_disputed_contact_never_counts(record) -> None:
    f = one(record, "Putin and Trump spoke by phone on Thursday.", date(2024, 11, 7), "event")
    assert f.verdict.value == "unverifiable" and "disputed" in f.explanation


def test_event_contradicted_with_nearest_date(record) -> None:
    f = one(record, "Putin and Biden held a phone call on April 15.", date(2021, 7, 9), "event")
    assert f.verdict.value == "contradicted" and "13 April 2021" in f.suggestion


def test_unknown_publication_date(record) -> None:
    for f in findings(record, "Putin and Trump spoke by phone on Thursday, their sixth call this year.", None):
        assert f.verdict.value == "unverifiable" and "publication date unknown (pass --date)" in f.explanation


def test_people_outside_the_record(record) -> None:
    f = one(
        record,
        "After speaking with Chancellor Merkel for 45 minutes, Trump called Putin.",
        date(2017, 1, 28),
        "duration",
    )
    assert f.verdict.value == "unverifiable"


def test_future_and_denied_contacts_are_not_claims(record) -> None:
    text = "Trump said he would speak with Putin on Monday. The Kremlin denied that Putin and Trump spoke on Sunday."
    assert findings(record, text, date(2025, 8, 20)) == ()


def test_reporters_are_not_leaders(record) -> None:
    assert (
        findings(
            record,
            "Trump spoke to reporters on Tuesday. Lavrov and Rubio spoke by phone on Wednesday.",
            date(2025, 8, 22),
        )
        == ()
    )


def test_other_firsts_and_orders_among_other_leaders(record) -> None:
    text = "After the call, China made its first purchase of US soybeans in two years. It was Trump's third phone call of the day with a foreign leader."
    got = findings(record, text, date(2025, 8, 22))
    assert [f.verdict.value for f in got] == ["unverifiable"]  # the ordinal is reported, never contradicted


def test_days_ago_and_the_reported_contact_as_its_own_previous(record) -> None:
    text = "Putin and Trump spoke by phone three days ago. They had last spoken on August 18."
    assert {f.verdict.value for f in findings(record, text, date(2025, 8, 21))} == {"supported"}
