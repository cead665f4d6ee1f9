"""An article whose own statements disagree is reported, whatever the record says."""

from __future__ import annotations

from datetime import date

from factcheck.article import from_text
from factcheck.check import check_article


def conflicts(record, text: str, published: date):
    return check_article(from_text(text, published=published), record).conflicts


def test_enumerated_dates_against_an_ordinal(record) -> None:
    text = (
        "Putin and Trump held a phone call on Thursday. It was the seventh call between the two leaders this year. "
        "They spoke by phone on February 12, March 18, May 19, June 4 and June 14."
    )
    [c] = conflicts(record, text, date(2025, 7, 3))
    assert "makes it the sixth, not the seventh" in c.explanation
    assert len(c.claim_ids) == 7


def test_count_and_ordinal_disagree(record) -> None:
    text = (
        "Putin and Trump spoke by telephone on Saturday. It was the fifth conversation between them since the start "
        "of the year. The two presidents have now spoken by phone four times this year."
    )
    [c] = conflicts(record, text, date(2025, 6, 14))
    assert "fifth" in c.explanation and "four" in c.explanation


def test_two_lengths_for_one_call(record) -> None:
    text = "Putin and Trump spoke by phone on Saturday. The call lasted about 50 minutes. The conversation lasted over two hours."
    [c] = conflicts(record, text, date(2025, 6, 14))
    assert "two lengths" in c.explanation


def test_a_consistent_article_has_none(record) -> None:
    text = (
        "Putin and Trump held a phone call on Thursday, their sixth call this year. They previously spoke by phone on "
        "February 12, March 18, May 19, June 4 and June 14."
    )
    assert conflicts(record, text, date(2025, 7, 3)) == ()


def test_parties_known_only_by_their_label_stay_apart() -> None:
    # the key was `person_id or f"office:{country}" or label`: the f-string is never empty, so every
    # label-only party became "office:None" and two different pairs looked like one
    from factcheck.consistency import _pair
    from factcheck.models import Claim, ClaimKind, Party

    def claim(*labels: str) -> Claim:
        return Claim(
            id="c",
            kind=ClaimKind.COUNT,
            start=0,
            end=1,
            quote="x",
            parties=tuple(Party(label=label) for label in labels),
        )

    assert _pair(claim("the emir", "the king")) != _pair(claim("the sultan", "the shah"))
    assert _pair(claim("the emir", "the king")) == _pair(claim("the king", "the emir"))
    assert _pair(claim("the emir")) != _pair(claim("the emir", "the king"))
    named = Claim(
        id="c",
        kind=ClaimKind.COUNT,
        start=0,
        end=1,
        quote="x",
        parties=(Party(person_id="putin"), Party(country="US", label="the US president")),
    )
    assert _pair(named) == frozenset({"putin", "office:US"})
