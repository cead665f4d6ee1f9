"""The bundled example article gets exactly the verdicts its author intended."""

from __future__ import annotations

from factcheck.article import load_article
from factcheck.check import check_article

from conftest import EXAMPLE

# (kind, a piece of the quote, verdict, suggestion or "")
EXPECTED = [
    ("event", "spoke by telephone on Saturday", "supported", ""),
    ("duration", "lasted about 50 minutes", "supported", ""),
    ("ordinal", "the fifth conversation between the two presidents since the start of the year", "supported", ""),
    ("previous", "previous call, on June 4", "supported", ""),
    ("duration", "lasted more than an hour", "supported", ""),
    ("first_after", "first spoke after Mr Trump's return to the White House on February 12", "supported", ""),
    ("gap", "first contact between the leaders of Russia and the United States in three years", "supported", ""),
    ("count", "spoken by phone four times this year", "contradicted", "5"),
    ("event", "the call on May 19", "supported", ""),
    ("duration", "lasted just over two hours", "supported", ""),
    ("previous", "have not met in person since the G20 summit in Osaka in June 2019", "supported", ""),
    ("frequency", "on average five times a year, including face-to-face meetings", "contradicted", "about 6"),
]


def test_example_verdicts(record) -> None:
    result = check_article(load_article(str(EXAMPLE)), record)
    got = [(f.claim.kind.value, f.claim.quote, f.verdict.value, f.suggestion) for f in result.findings]
    assert len(got) == len(EXPECTED), "\n".join(map(str, got))
    for (kind, piece, verdict, suggestion), (gk, quote, gv, gs) in zip(EXPECTED, got, strict=True):
        assert gk == kind and piece in quote, (kind, piece, gk, quote)
        assert gv == verdict, (quote, gv)
        assert gs.startswith(suggestion), (quote, gs)


def test_example_distractors_are_not_claims(record) -> None:
    article = load_article(str(EXAMPLE))
    result = check_article(article, record)
    for distractor in ("79th birthday", "14:30", "30-day pause"):
        pos = article.text.index(distractor)
        assert not any(f.claim.start <= pos < f.claim.end for f in result.findings), distractor


def test_offsets_index_the_text(record) -> None:
    article = load_article(str(EXAMPLE))
    for f in check_article(article, record).findings:
        assert article.text[f.claim.start : f.claim.end] == f.claim.quote


def test_example_conflict_between_its_own_claims(record) -> None:
    result = check_article(load_article(str(EXAMPLE)), record)
    [conflict] = result.conflicts
    kinds = [cid.split("-")[0] for cid in conflict.claim_ids]
    assert kinds == ["ordinal", "count"]
