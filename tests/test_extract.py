"""Extraction: which claims an article yields, of which kind, about whom and when — in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.article import from_text
from factcheck.extract import extract_claims


def claims(gaz, text: str, published: date | None):
    article = from_text(text, published=published)
    out = extract_claims(article, gaz)
    for c in out:
        assert article.text[c.start : c.end] == c.quote
    return out


def kinds(gaz, text: str, published: date | None) -> list[str]:
    return [c.kind.value for c in claims(gaz, text, published)]


def people(c) -> set[str | None]:  # noqa: ANN001
    return {p.person_id or p.country for p in c.parties}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin and Trump spoke by phone on Thursday.", ["event"]),
        ("It was the sixth call between Trump and Putin this year.", ["ordinal"]),
        ("The two leaders have spoken five times this year.", ["count"]),
        ("The last known call between the two leaders was on 14 June.", ["previous"]),
        ("The first conversation after Trump's return to the presidency took place on February 12.", ["first_after"]),
        ("It was the first contact between the leaders of Russia and the United States in three years.", ["gap"]),
        ("Putin and Trump spoke for nearly an hour.", ["duration"]),
        ("In his first term Trump spoke with Putin on average five times a year.", ["frequency"]),
        ("Это шестой разговор Путина и Трампа с начала года.", ["ordinal"]),
        ("Предыдущий разговор состоялся 14 июня.", ["previous"]),
        ("Путин и Макрон впервые за три года провели телефонный разговор во вторник.", ["gap"]),
        ("Разговор длился почти два с половиной часа.", ["duration"]),
    ],
)
def test_each_claim_kind(gaz, text: str, expected: list[str]) -> None:
    assert kinds(gaz, f"Putin and Trump held a call on Thursday. {text}", date(2025, 7, 3))[1:] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin supported the idea of a 30-day moratorium on strikes.",
        "Putin wrapped up his address at about 16:45.",
        "Putin wished Trump a happy 79th birthday.",
        "Trade reached a record $240bn in 2023, up more than 64% since 2021.",
        "More than three years after the February 2022 invasion, fighting goes on.",
        "Trump said he would speak with Putin on Monday.",
        "The Kremlin denied that Putin and Trump had spoken on Sunday.",
        "Trump spoke to reporters on Tuesday.",
        "Lavrov and Rubio spoke by phone on Wednesday.",
        "Talks between Russian and US delegations took place in Riyadh on Tuesday.",
        "A meeting planned for September 1 was called off.",
        "The meeting, initially scheduled for 30 minutes, went on.",
        "China made its first purchase of US soybeans in two years.",
    ],
)
def test_not_claims(gaz, text: str) -> None:
    assert claims(gaz, text, date(2025, 7, 3)) == ()


def test_relative_dates_resolve_against_publication(gaz) -> None:
    [c] = claims(gaz, "Xi held a phone call with Trump last Thursday.", date(2025, 1, 22))
    assert c.anchor == date(2025, 1, 16) and people(c) == {"xi", "trump"}


def test_roles_and_pair_phrases(gaz) -> None:
    [c] = claims(
        gaz,
        "Putin and Trump spoke by phone on Wednesday, the first contact between the leaders of Russia "
        "and the United States in three years.",
        date(2025, 2, 12),
    )[1:]
    assert people(c) == {"Russia", "United States"}  # resolved to office holders by date when verified
    [e] = claims(gaz, "Российский лидер и президент США провели телефонный разговор в четверг.", date(2025, 7, 3))
    assert people(e) == {"Russia", "United States"}


def test_partner_after_with(gaz) -> None:
    [c] = claims(
        gaz, "Putin told Xi about his telephone conversation with Trump earlier this month.", date(2025, 2, 25)
    )
    assert people(c) == {"putin", "trump"}


def test_possessives_of_other_things_are_not_participants(gaz) -> None:
    text = "Xi and Putin spoke yesterday. It was their second conversation this year, after a video call on January 21, the day after Donald Trump's inauguration."
    video = [
        c for c in claims(gaz, text, date(2025, 2, 25)) if c.kind.value == "event" and c.anchor == date(2025, 1, 21)
    ]
    assert [people(c) for c in video] == [{"xi", "putin"}]


def test_that_call_refers_to_the_call_just_named(gaz) -> None:
    text = "Macron and Putin spoke on Sunday, after a call on August 19. That call was their first since May 28."
    first = [c for c in claims(gaz, text, date(2022, 9, 11)) if c.kind.value == "first_after"]
    assert [c.anchor for c in first] == [date(2022, 8, 19)]


def test_since_then_starts_after_the_contact_just_dated(gaz) -> None:
    text = "Putin and Xi met in Samarkand on Thursday. They last met in Beijing on February 4. They have since spoken by phone twice."
    [count] = [c for c in claims(gaz, text, date(2022, 9, 15)) if c.kind.value == "count"]
    assert count.window_start == date(2022, 2, 5) and count.value == 2


def test_a_date_list_gives_one_event_each(gaz) -> None:
    text = "Putin and Trump then spoke by phone on May 19, June 4 and June 14."
    assert [c.anchor for c in claims(gaz, text, date(2025, 7, 3))] == [
        date(2025, 5, 19),
        date(2025, 6, 4),
        date(2025, 6, 14),
    ]


def test_russian_cases_and_forms(gaz) -> None:
    text = "В прошлом году Путин и Трамп провели десять телефонных разговоров. Разговор 16 октября стал восьмым с начала года."
    got = claims(gaz, text, date(2026, 1, 15))
    count = next(c for c in got if c.kind.value == "count")
    assert count.value == 10 and count.window_start == date(2025, 1, 1) and count.window_end == date(2025, 12, 31)
    ordinal = next(c for c in got if c.kind.value == "ordinal")
    assert ordinal.value == 8 and ordinal.anchor == date(2025, 10, 16)


def test_fuzzy_name_variants(gaz) -> None:
    [c] = claims(gaz, "Trump and Zelenskiy spoke by phone on Wednesday.", date(2025, 3, 19))
    assert people(c) == {"trump", "zelensky"}


def test_an_undated_lede_reports_the_days_contact(gaz) -> None:
    text = (
        "Путин и Трамп провели телефонный разговор, сообщил Ушаков. Беседа длилась около 40 минут. "
        "15 августа Путин и Трамп провели переговоры на Аляске."
    )
    duration = next(c for c in claims(gaz, text, date(2025, 8, 19)) if c.kind.value == "duration")
    assert duration.anchor == date(2025, 8, 19) and duration.approximate_anchor


def test_periods_read_and_unread(gaz) -> None:
    month = claims(gaz, "Biden and Putin spoke by phone on Thursday, their second call this month.", date(2021, 12, 31))
    assert [(c.window_start, c.window_end) for c in month if c.kind.value == "ordinal"] == [
        (date(2021, 12, 1), date(2021, 12, 30))
    ]
    odd = claims(
        gaz, "Biden and Putin spoke by phone on Thursday, their second call in as many days.", date(2021, 12, 31)
    )
    assert [c.problem for c in odd if c.kind.value == "ordinal"] == ["the period it counts in could not be read"]


def test_a_return_to_office_is_of_someone_with_an_earlier_term(gaz) -> None:
    text = "It was Trump's third known conversation with Putin since he returned to office."
    [c] = claims(gaz, text, date(2025, 5, 20))
    assert c.window_start == date(2025, 1, 20)


def test_a_length_dated_after_its_noun(gaz) -> None:
    got = claims(gaz, "Putin and Trump spoke on Monday, after a 90-minute call on March 18.", date(2025, 5, 20))
    [d] = [c for c in got if c.kind.value == "duration"]
    assert d.anchor == date(2025, 3, 18) and d.quote == "90-minute call"


def test_ordinals_counted_at_one_place_are_not_checked(gaz) -> None:
    text = "Trump and Zelensky held talks on Friday, their third meeting at the White House this year."
    [o] = [c for c in claims(gaz, text, date(2025, 10, 17)) if c.kind.value == "ordinal"]
    assert o.problem.startswith("counted at one place")
    [t] = [
        c
        for c in claims(gaz, "It was the first time in April that they met.", date(2025, 10, 17))
        if c.kind.value == "ordinal"
    ] or [None]
    assert t is None or not t.problem.startswith("counted at one place")


def test_russian_counts_with_adjectives_and_plain_leaders(gaz) -> None:
    text = "В 2025 году лидеры провели две личные встречи и четыре телефонных разговора."
    got = [(c.value, sorted(c.contact_kinds)) for c in claims(gaz, text, date(2026, 2, 5)) if c.kind.value == "count"]
    assert got == [(2, ["in_person"]), (4, ["phone"])]


def test_a_claims_qualifier_is_an_enum_checked_when_made() -> None:
    """#13: "about", "nearly", "more than" … are one enum, in the claim and in the band it sets."""
    from factcheck.models import Claim, ClaimKind, Qualifier
    from factcheck.verify import band, count_fits

    c = Claim("c", ClaimKind.DURATION, 0, 1, "x", qualifier="nearly")  # type: ignore[arg-type]
    assert c.qualifier is Qualifier.NEARLY and band(60, c.qualifier) == (45.0, 60)
    assert not Claim("c", ClaimKind.COUNT, 0, 1, "x").qualifier  # bare
    assert count_fits(7, 6, Qualifier.AT_LEAST) and not count_fits(6, 6, Qualifier.MORE)
    with pytest.raises(ValueError):
        Claim("c", ClaimKind.COUNT, 0, 1, "x", qualifier="roughly")  # type: ignore[arg-type]  # a word, not one


def test_a_claims_query_is_typed_and_checked_when_made() -> None:
    """#13: what a query carries is typed — words become enums, days are dates."""
    from factcheck.queries import Mode, Precision, PreviousQuery, Unit

    q = PreviousQuery(unit="month", precision="day", mode="dated", hi=date(2025, 6, 30))  # type: ignore[arg-type]
    assert q.unit is Unit.MONTH and q.precision is Precision.DAY and q.mode is Mode.DATED
    with pytest.raises(ValueError):
        PreviousQuery(unit="fortnight")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="PreviousQuery.hi cannot be str"):
        PreviousQuery(hi="2025-06-30")  # type: ignore[arg-type]


def test_a_claimed_day_is_a_date_and_a_number_an_amount() -> None:
    """#13: an event's, a previous contact's or a dated first's value is its day, a ``date`` from the
    start (verification and the plain-words pane read ``Claim.day``); a number is an amount."""
    from dataclasses import replace

    from factcheck.models import Claim, ClaimKind
    from factcheck.queries import EventQuery, OrdinalQuery, PreviousQuery

    event = Claim("e", ClaimKind.EVENT, 0, 1, "x", query=EventQuery(day=date(2025, 6, 14)))
    assert event.day == event.value == date(2025, 6, 14) and event.amount is None
    assert replace(event, query=replace(event.query, day=date(2025, 6, 4))).day == date(2025, 6, 4)
    ago = Claim("p", ClaimKind.PREVIOUS, 0, 1, "x", query=PreviousQuery(ago=2.0))  # "two months ago"
    assert ago.day is None and ago.amount == 2.0
    assert Claim("o", ClaimKind.ORDINAL, 0, 1, "x", query=OrdinalQuery(position=5)).amount == 5
    assert Claim("o", ClaimKind.ORDINAL, 0, 1, "x").value is None  # no query given: its kind's, empty
    with pytest.raises(TypeError):
        EventQuery(day="14 June")  # type: ignore[arg-type]  # not a day: refused when made
    with pytest.raises(TypeError, match="dated or ago"):
        PreviousQuery(day=date(2025, 6, 1), ago=2.0)
