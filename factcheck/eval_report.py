"""The printed report of ``factcheck eval``: the scored run (:mod:`factcheck.evaluate`) as text or JSON.

Scoring knows nothing of output; this module only renders an :class:`~factcheck.evaluate.EvalReport`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from factcheck.evaluate import (
    LANGS,
    PREDICTED_COLUMNS,
    VERDICTS,
    short_quote,
    ClaimOutcome,
    EvalReport,
    PredictionOutcome,
)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _where(article: str, start: int | None, end: int | None) -> str:
    return f"{article}:{start}-{end}" if start is not None else f"{article}:(not in text)"


def _gold_item(c: ClaimOutcome) -> dict[str, Any]:
    g = c.gold
    return {
        "article": g.article,
        "start": g.span.start if g.span else None,
        "end": g.span.end if g.span else None,
        "kind": g.kind,
        "quote": g.quote,
        "gold_verdict": g.verdict,
        "mutated": g.mutated,
        "predicted": [
            {"start": p.start, "end": p.end, "kind": p.kind, "verdict": p.verdict, "explanation": p.explanation}
            for p in c.predictions
        ],
    }


def _prediction_item(article: str, o: PredictionOutcome) -> dict[str, Any]:
    p = o.prediction
    return {
        "article": article,
        "start": p.start,
        "end": p.end,
        "kind": p.kind,
        "quote": p.quote,
        "verdict": p.verdict,
        "explanation": p.explanation,
        "gold_verdicts": [g.verdict for g in o.gold],
        "distractor": o.distractor or None,
    }


def to_json(report: EvalReport, floor_file: str | None = None, failures: Sequence[str] = ()) -> str:
    doc = {
        "directory": report.directory,
        "lang": report.lang,
        "articles": len(report.articles),
        "scopes": {s: report.scope(s).as_dict() for s in report.scopes},
        "kinds": {k: report.kind(k).as_dict() for k in report.kinds},
        "false_alarms": [_prediction_item(a, o) for a, o in report.false_alarms()],
        "misses": [_gold_item(c) for c in report.misses()],
        "wrong_verdicts": [_gold_item(c) for c in report.wrong_verdicts()],
        "unmatched_predictions": [_prediction_item(a, o) for a, o in report.unmatched()],
        "problems": list(report.problems),
        "floor": None if floor_file is None else {"file": floor_file, "failures": list(failures)},
    }
    from factcheck.safe_text import json_for_html

    return json_for_html(json.dumps(doc, indent=2, ensure_ascii=False))


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]


def render_text(report: EvalReport, floor_file: str | None = None, failures: Sequence[str] = ()) -> str:
    arts = report.articles
    n_mut = sum(s.article.mutated for s in arts)
    langs = ", ".join(f"{sum(s.article.language == lang for s in arts)} {lang}" for lang in LANGS)
    out = [
        f"Evaluation of {report.directory}: {len(arts)} articles ({langs}; {len(arts) - n_mut} original, {n_mut} mutated)",
        "",
        "By claim kind (recall counts required kinds only; precision groups predictions by the engine's kind)",
    ]
    rows = [["kind", "gold", "found", "recall", "predicted", "precision", "verdict acc.", "false alarms"]]
    for k in (*report.kinds, "overall"):
        f = report.scope("all") if k == "overall" else report.kind(k)
        recall = "not required" if k == "other" else _pct(f.recall)
        rows.append(
            [
                k,
                str(f.gold_claims),
                str(f.found),
                recall,
                str(f.predicted),
                _pct(f.precision),
                _pct(f.verdict_accuracy),
                str(f.false_alarms),
            ]
        )
    out += _table(rows)
    out += ["", "By scope (verdict accuracy: with 'other' claims included / required kinds only)"]
    rows = [
        [
            "scope",
            "gold",
            "required",
            "req. found",
            "recall",
            "predicted",
            "precision",
            "verdict acc.",
            "verdict acc. req.",
            "false alarms",
        ]
    ]
    for s in report.scopes:
        f = report.scope(s)
        rows.append(
            [
                s,
                str(f.gold_claims),
                str(f.required),
                str(f.found_required),
                _pct(f.recall),
                str(f.predicted),
                _pct(f.precision),
                _pct(f.verdict_accuracy),
                _pct(f.verdict_accuracy_required),
                str(f.false_alarms),
            ]
        )
    out += _table(rows)
    confusion = report.scope("all").confusion
    out += ["", "Confusion (gold claims, 'other' included: rows gold verdict, columns predicted verdict)"]
    rows = [["gold \\ predicted", *PREDICTED_COLUMNS]]
    rows += [[g, *(str(confusion[g][col]) for col in PREDICTED_COLUMNS)] for g in VERDICTS]
    out += _table(rows)

    alarms = report.false_alarms()
    out += ["", f"False alarms: {len(alarms)} (must be 0)"]
    for article, o in alarms:
        p = o.prediction
        said = (
            ", ".join(sorted({g.verdict for g in o.gold}))
            if o.gold
            else f"distractor {short_quote(o.distractor, 50)}"
            if o.distractor
            else "not a gold claim"
        )
        out.append(f"  {_where(article, p.start, p.end)} [{p.kind}] {short_quote(p.quote)}: contradicted, gold {said}")
        out.append(f"      engine: {p.explanation}")
    misses = report.misses()
    out += ["", f"Missed gold claims: {len(misses)}"]
    for c in misses:
        g = c.gold
        span = g.span
        tag = ", mutated" if g.mutated else ""
        out.append(
            f"  {_where(g.article, span.start if span else None, span.end if span else None)} [{g.kind}, {g.verdict}{tag}] {short_quote(g.quote)}"
        )
    wrong = report.wrong_verdicts()
    out += ["", f"Wrong verdicts: {len(wrong)}"]
    for c in wrong:
        g = c.gold
        assert g.span is not None  # a found claim has a place
        tag = ", mutated" if g.mutated else ""
        out.append(
            f"  {_where(g.article, g.span.start, g.span.end)} [{g.kind}{tag}] {short_quote(g.quote)}: "
            f"gold {g.verdict}, predicted {c.predicted_verdict}"
        )
        for p in c.predictions:
            if p.verdict != g.verdict:
                out.append(f"      engine ({p.verdict}, {p.start}-{p.end}): {p.explanation}")
    unmatched = report.unmatched()
    out += ["", f"Predictions outside gold claims: {len(unmatched)} (cost precision)"]
    for article, o in unmatched:
        p = o.prediction
        note = f" — distractor {short_quote(o.distractor, 50)}" if o.distractor else ""
        out.append(f"  {_where(article, p.start, p.end)} [{p.kind}, {p.verdict}] {short_quote(p.quote)}{note}")
    if report.problems:
        out += ["", f"Gold/article disagreements: {len(report.problems)}"]
        out += [f"  {p}" for p in report.problems]
    if floor_file is not None:
        out += [
            "",
            f"Floor {floor_file}: " + ("every figure at or above it" if not failures else f"{len(failures)} below"),
        ]
        out += [f"  {line}" for line in failures]
    return "\n".join(out) + "\n"
