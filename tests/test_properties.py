"""Properties for any input (hypothesis): extraction never raises, every span is exact and the output is
deterministic; verification never raises on any well-formed claim, against an empty record too."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT, query_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.article import detect_language, from_text
from factcheck.extract import extract_claims
from factcheck.models import ALL_KINDS, Article, Claim, ClaimKind, Finding, Party, Verdict
from factcheck.verify import Verifier

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of news copy the extractor reacts to, and pieces that tend to break parsers.
WORDS = (
    "Putin",
    "Trump",
    "Vladimir Putin",
    "Donald Trump",
    "Xi",
    "Macron",
    "Zelenskiy",
    "Biden",
    "the two leaders",
    "the presidents",
    "the Russian leader",
    "the leaders of Russia and the United States",
    "Путин",
    "Трамп",
    "президент США",
    "лидеры двух стран",
    "spoke",
    "met",
    "called",
    "held a phone call",
    "telephone conversation",
    "meeting",
    "summit",
    "talks",
    "contact",
    "разговор",
    "встреча",
    "провели телефонный разговор",
    "on",
    "in",
    "since",
    "after",
    "first",
    "the first",
    "sixth",
    "fifth",
    "the last",
    "previous",
    "times",
    "this year",
    "a year",
    "in three years",
    "for the first time in",
    "ago",
    "about",
    "nearly",
    "more than",
    "an hour",
    "minutes",
    "hours",
    "and a half",
    "on average",
    "including face-to-face meetings",
    "May",
    "June 4",
    "May 19",
    "14 June",
    "2019",
    "2025",
    "Monday",
    "Saturday",
    "last Thursday",
    "yesterday",
    "19 мая",
    "в субботу",
    "около часа",
    "почти два часа",
    "впервые за",
    "года",
    "раз",
    "шестой",
    "Trump's return to the White House",
    "took place on",
    "февраля",
    ",",
    ".",
    ";",
    "—",
    "(",
    ")",
    '"',
    "«",
    "»",
    "Mr.",
    "U.S.",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "  ",
    "-",
    "'s",
    "…",
    "0",
    "31",
    "99",
    "1.5",
    "twenty-five",
    "[bold]",
    "[/]",
    "\x1b[31m",
    "\u202e",
    "\x00",
    "\ufeff",
    "😀",
    "a\u0301",
)

news = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=60).map(" ".join)
texts = st.one_of(st.text(max_size=400), news)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))


def article(text: str, published: date | None) -> Article:
    return Article(path="<hypothesis>", text=text, published=published, sha256="0" * 64, language=detect_language(text))


def assert_spans(text: str, found: tuple[Claim, ...]) -> None:
    for c in found:
        assert 0 <= c.start <= c.end <= len(text), c
        assert text[c.start : c.end] == c.quote, c


@FAST
@given(text=texts, published=st.one_of(st.none(), days))
def test_extraction_never_raises_spans_exact_deterministic(gaz, text: str, published: date | None) -> None:  # noqa: ANN001
    a = article(text, published)
    found = extract_claims(a, gaz)
    assert_spans(text, found)
    assert extract_claims(a, gaz) == found


@FAST
@given(body=news, published=days, url=st.sampled_from(["", " https://example.org/a"]))
def test_extraction_after_a_dateline(gaz, body: str, published: date, url: str) -> None:  # noqa: ANN001
    text = f"date {published.isoformat()}{url}\n\n{body}"
    if not body.strip():
        return
    a = from_text(text)
    assert a.published == published and a.body_start <= len(text)
    found = extract_claims(a, gaz)
    assert_spans(text, found)
    assert all(c.start >= a.body_start for c in found)


# ------------------------------------------------------------------ verification against empty records


@pytest.fixture(scope="module")
def empty_records(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """`db init --bare` (nothing at all) and `db init` (people, offices and names, no contacts)."""
    from factcheck.check import gazetteer_for
    from factcheck.record import Record
    from factcheck.record.write import init_record

    root = tmp_path_factory.mktemp("empty")
    out = []
    for name, bare in (("bare.db", True), ("people.db", False)):
        rec = Record.open(init_record(root / name, bare=bare))
        out.append((rec, gazetteer_for(rec)))
    yield out
    for rec, _ in out:
        rec.close()


PEOPLE = ("putin", "trump", "biden", "xi", "zelensky", "macron", "medvedev", "nobody")
COUNTRIES = ("Russia", "United States", "China", "Ukraine", "France", "Atlantis")
parties = st.one_of(
    st.builds(Party, person_id=st.sampled_from(PEOPLE), label=st.sampled_from(["", "Putin", "он"])),
    st.builds(Party, country=st.sampled_from(COUNTRIES), label=st.just("the leader")),
    st.builds(Party, label=st.sampled_from(["the two leaders", "", "Merkel"])),
)
kinds = st.frozensets(st.sampled_from(sorted(ALL_KINDS)), min_size=1)
optional_day = st.one_of(st.none(), days)
QUALIFIERS = ("", "about", "nearly", "more", "less", "atleast")


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    """A claim as the extractor builds them: per kind, the value's type and the details it may carry."""
    kind = draw(st.sampled_from(list(ClaimKind)))
    day = draw(days)
    later = day + timedelta(days=draw(st.integers(0, 40)))
    number = draw(st.floats(0, 5000, allow_nan=False))
    unit = draw(st.sampled_from(["year", "month", "week", "day"]))
    mode = draw(st.sampled_from(["", "ago"] if kind is ClaimKind.PREVIOUS else ["dated", "none_between"]))
    value: object
    details: dict[str, object] = {}
    if kind is ClaimKind.EVENT or (kind is ClaimKind.PREVIOUS and mode == ""):
        value = day.isoformat()
        details = {"hi": later, "precision": draw(st.sampled_from(["day", "week", "month", "year"]))}
    elif kind is ClaimKind.PREVIOUS:  # "last spoke two months ago"
        value, details = number, {"mode": "ago", "unit": unit}
    elif kind is ClaimKind.FIRST_AFTER:
        value = day.isoformat() if mode == "dated" else None
        details = {"mode": mode, "hi": later} if mode == "dated" else {"mode": mode}
    elif kind in (ClaimKind.ORDINAL, ClaimKind.COUNT):
        value = draw(st.integers(0, 400))
    elif kind is ClaimKind.GAP:
        value, details = number, {"unit": unit}
    elif kind is ClaimKind.DURATION:
        value = number
        if draw(st.booleans()):
            details["date_hi"] = later
    else:  # frequency
        value = number
        details = {"unit": draw(st.sampled_from(["year", "month"])), "including_meetings": draw(st.booleans())}
    approximate = draw(st.booleans())
    start = draw(st.integers(0, 500))
    anchor = draw(optional_day)
    window_start = draw(optional_day)
    if kind is ClaimKind.EVENT:  # the extractor dates every event (the contact's day) …
        anchor = day
    if kind is ClaimKind.FIRST_AFTER:  # … and starts every first-after window (the day after X)
        window_start = window_start or day
    return Claim(
        id=f"{kind.value}-{start}",
        kind=kind,
        start=start,
        end=start + 10,
        quote="x" * 10,
        parties=tuple(draw(st.lists(parties, max_size=3))),
        contact_kinds=draw(kinds),
        kind_word=draw(st.sampled_from(["call", "meeting", "contact", "разговор", ""])),
        anchor=anchor,
        window_start=window_start,
        window_end=draw(optional_day),
        value_text=str(value),
        qualifier=draw(st.sampled_from(QUALIFIERS)),
        window_text=draw(st.sampled_from(["", "this year", "since January"])),
        problem=draw(st.sampled_from(["", "", "", "publication date unknown (pass --date)"])),
        query=query_of(kind, value, **details),
        approximate_anchor=approximate,
    )


def verify_everywhere(claim: Claim, pairs) -> None:  # noqa: ANN001
    for rec, gaz in pairs:
        finding = Verifier(rec, gaz.leaders).verify(claim)
        assert isinstance(finding, Finding) and finding.verdict in tuple(Verdict)
        assert finding.claim is claim


@FAST
@given(claim=claims())
def test_verification_never_raises_on_any_claim(record, gaz, empty_records, claim: Claim) -> None:  # noqa: ANN001
    # the empty records judged with their own names, and with the bundled record's (people they lack)
    verify_everywhere(claim, [(record, gaz), *empty_records, *((rec, gaz) for rec, _ in empty_records)])


@FAST
@given(text=news, published=optional_day)
def test_extracted_claims_verify_against_an_empty_record(gaz, empty_records, text: str, published: date | None) -> None:  # noqa: ANN001
    from factcheck.check import check_article

    for claim in extract_claims(article(text, published), gaz):
        verify_everywhere(claim, [(rec, gaz) for rec, _ in empty_records])
    for rec, _ in empty_records:
        result = check_article(article(text, published), rec)
        assert all(f.verdict is not Verdict.CONTRADICTED for f in result.findings)  # nothing recorded, nothing refuted


def test_output_is_the_same_in_another_process_with_another_hash_seed(session_db: Path) -> None:
    """Set and dict orders differ between processes: the output must not."""
    outs = []
    for seed in ("1", "2"):
        env = {"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}
        out = subprocess.run(
            [sys.executable, "-m", "factcheck", "check", str(EXAMPLE), "--db", str(session_db), "--format", "json"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        outs.append(json.loads(out.stdout))
    assert outs[0] == outs[1]
