"""Readings, not guesses: where the words allow several readings, every one is carried and the claim is
contradicted only when all fail. Invented sentences, checked against the bundled record."""

from __future__ import annotations

from dataclasses import replace

from datetime import date

from factcheck.article import from_text
from factcheck.check import check_article
from factcheck.models import Claim, ClaimKind, Verdict
from factcheck.queries import EventQuery
from factcheck.verify import Verifier


def verdicts(record, text: str, published: date) -> list[tuple[str, str, str]]:
    found = check_article(from_text(text, published=published), record).findings
    return [(f.claim.quote, f.claim.kind.value, f.verdict.value) for f in found]


def verdict_of(record, text: str, published: date, quote: str) -> str:
    got = [v for q, _, v in verdicts(record, text, published) if quote in q]
    assert got, verdicts(record, text, published)
    assert len(set(got)) == 1, got
    return got[0]


# ------------------------------------------------------------------ temporal focus (T1)


def test_a_year_named_in_the_sentence_dates_its_months(record) -> None:
    text = "Putin and Macron met on Monday. In 2022 Putin and Macron spoke by phone in March and again in May."
    assert verdict_of(record, text, date(2025, 7, 2), "March") == "supported"
    assert verdict_of(record, text, date(2025, 7, 2), "May") == "supported"


def test_the_sentence_year_is_the_only_reading_of_its_months(record) -> None:
    # 2022 has no Putin-Macron contact in August; the publication year's August must not rescue it
    text = "Putin and Macron spoke on Tuesday. In 2022 the two presidents also spoke by phone in June."
    assert verdict_of(record, text, date(2025, 7, 2), "June") == "contradicted"


def test_a_paragraph_year_carries_to_the_next_sentences(record) -> None:
    text = (
        "Putin and Xi met in Kazan on Tuesday.\n\nThe pattern was set years ago. Putin and Xi met twice in 2022."
        " In February they met in Beijing; in September they met in Samarkand."
    )
    assert verdict_of(record, text, date(2024, 10, 22), "February") == "supported"
    assert verdict_of(record, text, date(2024, 10, 22), "September") == "supported"


def test_russian_narrated_year(record) -> None:
    text = (
        "Путин и Си Цзиньпин провели переговоры по видеосвязи в среду. В 2023 году Путин и Си Цзиньпин"
        " встретились в Москве в марте, а в октябре они встретились в Пекине."
    )
    assert verdict_of(record, text, date(2026, 2, 4), "марте") == "supported"
    assert verdict_of(record, text, date(2026, 2, 4), "октябре") == "supported"


def test_a_deictic_sentence_returns_to_the_present(record) -> None:
    from factcheck.extract.focus import focus_of
    from factcheck.extract.text import split_sentences, tag_sentence

    text = "In 2019 they met in June. On Thursday they spoke again. They met in March."
    sentences = [tag_sentence(s, t, date(2025, 7, 3), "en", _gaz(record)) for s, t in split_sentences(text)]
    assert [(f.own, f.carried) for f in focus_of(sentences, text, date(2025, 7, 3))] == [
        (2019, 2019),
        (None, None),
        (None, None),
    ]


def _gaz(record):  # noqa: ANN001, ANN202
    from factcheck.check import gazetteer_for

    return gazetteer_for(record)


def test_since_a_year_sets_no_focus(record) -> None:
    from factcheck.extract.focus import focus_of
    from factcheck.extract.text import split_sentences, tag_sentence

    text = "They have met often since 2019, most recently in March."
    sentences = [tag_sentence(s, t, date(2025, 7, 3), "en", _gaz(record)) for s, t in split_sentences(text)]
    assert focus_of(sentences, text, date(2025, 7, 3))[0].own is None


# ------------------------------------------------------------------ kinds (K)


def test_russian_dialogue_is_a_conversation_at_a_distance(record) -> None:
    # 2025 Putin-Xi calls and video calls up to 8 August: 21 Jan (video), 24 Feb, 19 Jun, 8 Aug = 4;
    # the May visit is a meeting and does not count
    text = "Путин и Си Цзиньпин провели телефонный разговор в пятницу. Сегодняшний диалог стал четвёртым в этом году."
    assert verdict_of(record, text, date(2025, 8, 8), "четвёртым") == "supported"


def test_a_noun_naming_the_reported_contact_takes_its_medium(record) -> None:
    text = (
        "Putin and Xi held talks by video link on Tuesday. Kremlin footage of the leaders' Tuesday meeting"
        " shows Xi on a large screen."
    )
    assert verdict_of(record, text, date(2025, 1, 21), "Tuesday meeting") == "supported"


# ------------------------------------------------------------------ the dateline behind the event (R)


def test_a_weekday_the_day_after_a_lagging_dateline(record) -> None:
    # dated Wednesday 29 October (a US date); the Busan meeting was on Thursday 30 October
    text = "Trump and Xi arrived in Busan on Thursday, ahead of a meeting between the two leaders on Thursday."
    assert verdict_of(record, text, date(2025, 10, 29), "on Thursday") == "supported"


def test_a_weekday_off_by_one_is_still_contradicted(record) -> None:
    # Putin and Macron spoke on Tuesday 1 July 2025; "Monday" is wrong under every reading
    text = "Putin and Macron spoke by phone on Monday, the Elysee said."
    assert verdict_of(record, text, date(2025, 7, 1), "Monday") == "contradicted"


# ------------------------------------------------------------------ the one rule


def test_contradicted_only_when_every_reading_fails(record, gaz) -> None:
    v = Verifier(record, gaz.leaders)
    base = check_article(from_text("Putin and Macron spoke by phone on Thursday.", published=date(2025, 7, 4)), record)
    event = next(f.claim for f in base.findings if f.claim.kind is ClaimKind.EVENT)

    def on(day: date, label: str = "") -> Claim:
        return replace(event, anchor=day, query=EventQuery(day=day, hi=day), reading=label)

    wrong, right = on(date(2025, 7, 3)), on(date(2025, 7, 1), "the other reading")
    assert v.verify(wrong).verdict is Verdict.CONTRADICTED
    both = v.verify(replace(wrong, alternatives=(right,)))
    assert both.verdict is Verdict.SUPPORTED
    assert "read as the other reading" in both.explanation and both.claim.anchor == wrong.anchor
    still = v.verify(replace(wrong, alternatives=(on(date(2025, 7, 2), "a third"),)))
    assert still.verdict is Verdict.CONTRADICTED and "read as a third" in still.explanation
