"""The engine holds no one else's sentences: no run of words from a dev-set article (../shared/eval)
appears in factcheck/ — not in a pattern, a word list or a comment's example. Rules are written from
invented sentences; a phrase lifted from an article would be a rule tuned to one sentence."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

EVAL = ROOT.parent / "shared" / "eval" / "articles"
WORD = re.compile(r"[^\W\d_]+|\d+")
RUN = 7  # words in a row; shorter runs are everyday phrases ("since the beginning of the year")
# runs of seven words that any report of the subject uses, which the engine names as wording to know
STOCK = {
    "the leaders of russia and the united",
    "leaders of russia and the united states",
}


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def runs(ws: list[str]) -> set[str]:
    return {" ".join(ws[i : i + RUN]) for i in range(len(ws) - RUN + 1)}


@pytest.mark.skipif(not EVAL.is_dir(), reason="needs ../shared/eval")
def test_no_run_of_words_from_a_dev_set_article_is_in_the_engine() -> None:
    article_runs: set[str] = set()
    for path in EVAL.glob("*.txt"):
        article_runs |= runs(words(path.read_text(encoding="utf-8")))
    found = [
        f"{path.relative_to(ROOT)}: {run!r}"
        for path in sorted((ROOT / "factcheck").rglob("*.py"))
        for run in sorted(runs(words(path.read_text(encoding="utf-8"))) & article_runs - STOCK)
    ]
    assert found == [], "\n".join(found)
