"""Extraction in stages (extract/claims.py, extract/context.py): the frame is found before any claim,
each sentence is detected in a workspace of its own, and what it established reaches the next sentence
only through the Discourse it returns."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from factcheck.article import from_text
from factcheck.extract import extract_claims
from factcheck.extract.claims import _detect_sentence, frame_of
from factcheck.extract.context import Context, Discourse
from factcheck.extract.text import split_sentences, tag_sentence
from factcheck.lang import grammar
from factcheck.models import ClaimKind

PUBLISHED = date(2025, 7, 4)  # a Friday: "Thursday" is 3 July
STORIES = {
    "en": "Putin and Trump spoke by phone on Thursday. The two leaders had last spoken on 3 March. They agreed to talk.",
    "ru": "Путин и Трамп провели телефонный разговор в четверг. Предыдущий разговор лидеров состоялся 3 марта. "
    "Они договорились созвониться.",
}


def stages(gaz, language: str):  # noqa: ANN001, ANN201
    article = from_text(STORIES[language], published=PUBLISHED)
    sentences = [tag_sentence(s, t, PUBLISHED, language, gaz) for s, t in split_sentences(article.text, 0)]
    return article, sentences, frame_of(article, gaz, language, sentences)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_frame_is_found_before_any_claim(gaz, language: str) -> None:  # noqa: ANN001
    _, _, frame = stages(gaz, language)
    assert {p.person_id for p in frame.main_pair} == {"putin", "trump"}
    assert frame.anchor == date(2025, 7, 3) and not frame.anchor_approximate
    with pytest.raises(FrozenInstanceError):
        frame.anchor = None  # type: ignore[misc]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_sentence_hands_on_only_its_discourse(gaz, language: str) -> None:  # noqa: ANN001
    article, sentences, frame = stages(gaz, language)
    discourse = Discourse()
    found = []
    for s in sentences:
        discourse = discourse.entering(s)
        done = _detect_sentence(frame, discourse, grammar(language), s)  # from nothing: no other sentence's work
        claims = done.claims
        before, snapshot = discourse, (discourse.last_pair, discourse.previous_named, discourse.last_window)
        discourse = discourse.after(s, claims, list(done.named))
        # the step made a new discourse; the old one is as it was
        assert (before.last_pair, before.previous_named, before.last_window) == snapshot
        found += claims
    assert [c.kind for c in found] == [ClaimKind.EVENT, ClaimKind.PREVIOUS]
    assert {p.person_id for p in discourse.last_pair} == {"putin", "trump"}  # "they" in a next sentence
    # the third sentence dates nothing: what the second dated ("last spoken on 3 March") is what it handed on
    assert [d for d, _, _ in discourse.previous_last] == [] and discourse.previous_since is None
    assert discourse.this_subject is not None and discourse.this_subject.person_id in {"putin", "trump"}
    # the stages are the pipeline's (which then adds the readings that span sentences: coreference, years)
    assert [(c.kind, c.start, c.end) for c in found] == [(c.kind, c.start, c.end) for c in extract_claims(article, gaz)]


def test_the_discourse_after_a_dated_previous_contact(gaz) -> None:  # noqa: ANN001
    _, sentences, frame = stages(gaz, "en")
    first, second = sentences[0], sentences[1]
    entering = Discourse().entering(first)
    done = _detect_sentence(frame, entering, grammar("en"), first)
    after_first = entering.after(first, done.claims, list(done.named))
    assert [d for d, _, _ in after_first.previous_named] == [date(2025, 7, 3)]  # the event it dated
    entering = after_first.entering(second)
    done = _detect_sentence(frame, entering, grammar("en"), second)
    after_second = entering.after(second, done.claims, list(done.named))
    assert [d for d, _, _ in after_second.previous_last] == [date(2025, 3, 3)]
    assert after_second.previous_since == date(2025, 3, 3)  # "since then" in the next sentence starts there
    with pytest.raises(FrozenInstanceError):
        after_second.previous_since = None  # type: ignore[misc]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Putin and Trump spoke by phone on Thursday. In 2019 they met in Osaka. They spoke again on 3 May."),
        ("ru", "Путин и Трамп провели телефонный разговор в четверг. В 2019 году они встретились в Осаке. "
         "Они снова говорили 3 мая."),
    ],
)  # fmt: skip
def test_a_later_pass_resumed_where_the_sentences_differ_is_the_whole_pass(gaz, language: str, text: str) -> None:  # noqa: ANN001
    """The narrated-year pass starts from the first sentence it reads differently, with the discourse the
    first pass had there: the claims are those of running it whole."""
    from dataclasses import replace

    from factcheck.extract.claims import _detect

    article = from_text(text, published=PUBLISHED)
    sentences = [tag_sentence(s, t, PUBLISHED, language, gaz) for s, t in split_sentences(article.text, 0)]
    narrated = [replace(s, year=2019) if i == 2 else s for i, s in enumerate(sentences)]
    first = _detect(article, gaz, language, sentences)
    resumed = _detect(article, gaz, language, narrated, resume=first)
    whole = _detect(article, gaz, language, narrated)
    assert resumed.claims == whole.claims and resumed.openings == whole.openings
    # the first two sentences were not detected again: their discourse is the first pass's own
    assert all(a is b for a, b in zip(resumed.openings[:3], first.openings[:3], strict=True))
    assert whole.openings[1] is not first.openings[1]
    assert _detect(article, gaz, language, sentences, resume=first) is first  # nothing differs: the same pass


@pytest.mark.parametrize("language", ["en", "ru"])
def test_each_detector_starts_from_what_those_before_it_found_and_only_adds(gaz, language: str) -> None:  # noqa: ANN001
    """Within a sentence the detectors run in turn (an earlier one's claim keeps its span); each gets a
    workspace of its own, filled from the frozen ``Found`` of those before it, and cannot change it."""
    from dataclasses import replace

    from factcheck.extract.context import Found

    _, sentences, frame = stages(gaz, language)
    discourse = Discourse().entering(sentences[1])
    earlier = _detect_sentence(frame, discourse, grammar(language), sentences[1])
    assert [c.kind for c in earlier.claims] == [ClaimKind.PREVIOUS] and earlier.used_dates
    with pytest.raises(FrozenInstanceError):
        earlier.claims = ()  # type: ignore[misc]
    ctx = Context.starting(frame, discourse, grammar(language), earlier)
    assert ctx.here == list(earlier.claims) and ctx.used_dates == set(earlier.used_dates)
    ctx.here.append(replace(earlier.claims[0], id="another"))  # adding is a detector's work …
    assert len(ctx.found().claims) == 2
    ctx.here[0] = replace(earlier.claims[0], anchor=None)  # … changing an earlier detector's claim is not
    with pytest.raises(AssertionError, match="changed an earlier detector's claim"):
        ctx.found()
    assert Found() == Context.starting(frame, discourse, grammar(language), Found()).found()
