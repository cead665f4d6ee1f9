"""Our own accuracy set (tests/accuracy): the engine scored against hand-written gold, with a ratchet.

The set's gold is checked for internal consistency first (quotes, distractors, datelines, record ids,
mutated copies), then the engine is scored with factcheck.evaluate and every figure must stay at or
above tests/accuracy/floor.json. The README's bar of zero false alarms is asserted separately.
"""

from __future__ import annotations

import csv
import json
import re

import pytest

from factcheck.eval_floor import floor_failures, load_floor
from factcheck.evaluate import load_gold, run_eval

from conftest import ROOT

ACCURACY = ROOT / "tests" / "accuracy"
ARTICLES = ACCURACY / "articles"
FLOOR = ACCURACY / "floor.json"
PAIRS = {"Putin-Trump", "Putin-Biden", "Trump-Xi", "Trump-Zelensky", "Putin-Macron", "Putin-Xi"}


@pytest.fixture(scope="module")
def gold():
    return load_gold(ACCURACY)


@pytest.fixture(scope="module")
def raw_gold() -> list[dict]:
    return json.loads((ACCURACY / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(session_db):
    return run_eval(ACCURACY, db=str(session_db))


# ---------------------------------------------------------------- the set itself


def test_every_article_has_gold_and_every_gold_entry_an_article(gold) -> None:
    on_disk = {p.name for p in ARTICLES.glob("*.txt")}
    assert on_disk == {a.name for a in gold}
    assert len(gold) == len({a.name for a in gold})


def test_set_covers_all_pairs_both_languages_and_years(gold) -> None:
    originals = [a for a in gold if not a.mutated]
    assert {a.pair.split(" ")[0] for a in originals} == PAIRS
    langs = [a.language for a in originals]
    assert set(langs) == {"en", "ru"} and langs.count("ru") * 4 >= len(langs)  # at least a quarter Russian
    years = {a.published[:4] for a in originals}
    assert {"2017", "2018", "2020", "2021", "2022", "2025", "2026"} <= years


def test_gold_agrees_with_the_articles(report) -> None:
    """Datelines equal the gold's publication date; each quote occurs as often as the gold says; distractors exist."""
    assert report.problems == ()


def test_distractors_never_overlap_gold_claims(gold) -> None:
    for article in gold:
        text = (ARTICLES / article.name).read_text(encoding="utf-8")
        claims = [(m.start(), m.end()) for e in article.entries for m in re.finditer(re.escape(e.quote), text)]
        for d in article.distractors:
            for m in re.finditer(re.escape(d), text):
                assert not any(m.start() < end and start < m.end() for start, end in claims), (article.name, d)


def test_every_claim_names_record_rows_that_exist(raw_gold) -> None:
    with (ROOT / "data" / "contacts.csv").open(encoding="utf-8", newline="") as f:
        ids = {int(row["id"]) for row in csv.DictReader(f)}
    for article in raw_gold:
        for claim in article["claims"]:
            assert claim["record_says"] and claim["why"], (article["article"], claim["quote"])
            assert set(claim["record_ids"]) <= ids, (article["article"], claim["quote"])
            if claim["kind"] in ("ordinal_count", "count", "frequency") and claim["verdict"] == "supported":
                # every counted row is named — a count of none ("ни разу", "not once") names none
                none = re.search(r"^no\b|\bnone\b|\b0\b", claim["record_says"], re.I)
                assert claim["record_ids"] or none, (article["article"], claim["quote"])


def test_mutated_copies_differ_from_their_original_only_in_contradicted_claims(gold) -> None:
    by_name = {a.name: a for a in gold}
    mutated = [a for a in gold if a.mutated]
    assert len(mutated) * 4 >= len(gold)  # about a third of the set
    for m in mutated:
        original = by_name[m.name[1:]]
        assert (m.published, m.language, m.pair) == (original.published, original.language, original.pair)
        changed = [e for e in m.entries if e.mutated]
        assert changed and all(e.verdict == "contradicted" for e in changed), m.name
        kept = [e for e in m.entries if not e.mutated]
        assert kept == [e for e in original.entries if e.quote in {k.quote for k in kept}], m.name
        # a claim whose words the error removed ("on 11 September, about the plant" → "on 3 May") goes with them
        text = (ARTICLES / m.name).read_text(encoding="utf-8")
        # (each altered claim replaces one original claim whose quote is no longer in the text)
        absent = [e for e in original.entries if e.quote not in text]
        removed = max(0, len(absent) - len(changed))
        assert len(kept) + len(changed) + removed == len(original.entries), m.name
        assert removed <= len(changed), m.name
        assert not any(e.mutated for e in original.entries), original.name


# ---------------------------------------------------------------- the engine on it


def test_figures_stay_at_or_above_the_floor(report) -> None:
    failures = floor_failures(report, load_floor(FLOOR))
    assert failures == [], "\n".join(failures)


def test_no_false_alarms(report) -> None:
    alarms = [
        f"{name}:{o.prediction.start}-{o.prediction.end} {o.prediction.quote!r}: {o.prediction.explanation}"
        for name, o in report.false_alarms()
    ]
    assert alarms == [], f"{len(alarms)} false alarm(s):\n" + "\n".join(alarms)


# ---------------------------------------------------------------- the gold is computed, not typed

ANNOTATE = sorted((ACCURACY / "annotate").glob("batch_*.py"))
REFERENCE = ROOT.parent / "shared" / "reference"


@pytest.mark.skipif(not (REFERENCE / "contacts.csv").is_file(), reason="needs ../shared/reference")
@pytest.mark.parametrize("script", ANNOTATE, ids=lambda p: p.stem)
def test_each_batch_gold_is_what_its_script_computes_from_the_record(script) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def test_there_is_an_annotate_script_per_batch() -> None:
    assert ANNOTATE, "tests/accuracy/annotate/batch_*.py"
