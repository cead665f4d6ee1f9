"""Scoring the engine against a gold set (``factcheck eval``) and the accuracy ratchet.

The rules are those of the dev set's README ("How a run is scored"):

- a predicted claim *matches* a gold claim when their spans overlap; a gold quote is located in the
  article's decoded text, and a quote the gold says occurs N times is N gold claims, one per place;
- recall: gold claims of a required kind (not ``other``) overlapped by at least one prediction;
- precision: predictions overlapping some gold claim (``other`` included), out of all predictions;
- verdict accuracy: matched gold claims whose overlapping predictions all carry the gold verdict
  (reported with ``other`` included — the headline figure — and over required kinds only);
- false alarms: predictions saying ``contradicted`` that overlap no gold claim saying ``contradicted``
  (a gold claim with another verdict, a distractor, or text the gold does not annotate).

Scoring is pure (gold + article text + predictions → figures) so it is tested on synthetic predictions;
:func:`run_eval` is the only function that runs the engine.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.lang import LANGUAGES
from factcheck.errors import InputError

GOLD_KINDS = ("ordinal_count", "count", "previous_date", "first_in_period", "duration", "frequency", "other")
VERDICTS = ("supported", "contradicted", "unverifiable")
PREDICTED_COLUMNS = (*VERDICTS, "mixed", "not found")  # columns of the confusion matrix
LANGS = LANGUAGES  # a scope per language pack
FLOOR_FIGURES = ("recall", "precision", "verdict_accuracy")

# the engine's claim kinds in the gold's vocabulary (a gap "first in N years" is a first_in_period claim)
ENGINE_KIND_TO_GOLD = {
    "ordinal": "ordinal_count",
    "count": "count",
    "previous": "previous_date",
    "first_after": "first_in_period",
    "gap": "first_in_period",
    "duration": "duration",
    "frequency": "frequency",
    "event": "other",
}


# ---------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldEntry:
    """One claim as the gold file states it (before it is located in the text)."""

    quote: str
    kind: str
    verdict: str
    occurrences: int = 1
    mutated: bool = False
    why: str = ""


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str  # file name under articles/
    published: str  # ISO date
    language: str
    pair: str
    entries: tuple[GoldEntry, ...]
    distractors: tuple[str, ...] = ()

    @property
    def mutated(self) -> bool:
        """``mNNN.txt`` articles carry altered claims; ``NNN.txt`` are the originals."""
        return self.name.startswith("m")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class GoldClaim:
    """One place in the text where a gold quote stands."""

    article: str
    quote: str
    kind: str
    verdict: str
    span: Span | None  # None: the quote is not in the text (counted as missed, and reported)
    occurrence: int = 1  # which of the quote's places (1-based)
    mutated: bool = False
    why: str = ""

    @property
    def required(self) -> bool:
        return self.kind != "other"


def _field(raw: dict[str, Any], key: str, where: str, kind: type = str) -> Any:
    if key not in raw:
        raise InputError(f"{where}: missing {key!r}")
    value = raw[key]
    if not isinstance(value, kind):
        raise InputError(f"{where}: {key!r} has the wrong type")
    return value


def _entry(raw: Any, where: str) -> GoldEntry:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: a claim must be an object")
    kind = _field(raw, "kind", where)
    if kind not in GOLD_KINDS:
        raise InputError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(GOLD_KINDS)})")
    verdict = _field(raw, "verdict", where)
    if verdict not in VERDICTS:
        raise InputError(f"{where}: unknown verdict {verdict!r}")
    occurrences = raw.get("occurrences", 1)
    if not isinstance(occurrences, int) or isinstance(occurrences, bool) or occurrences < 1:
        raise InputError(f"{where}: 'occurrences' must be a positive integer")
    quote = _field(raw, "quote", where)
    if not quote:
        raise InputError(f"{where}: empty quote")
    return GoldEntry(quote, kind, verdict, occurrences, bool(raw.get("mutated", False)), str(raw.get("why", "")))


def parse_gold(data: Any, source: str = "gold.json") -> tuple[GoldArticle, ...]:
    """The gold list (already decoded from JSON) as GoldArticles; an InputError names any bad entry."""
    if not isinstance(data, list):
        raise InputError(f"{source}: expected a list of articles")
    out = []
    for i, raw in enumerate(data):
        where = f"{source} entry {i}"
        if not isinstance(raw, dict):
            raise InputError(f"{where}: an article must be an object")
        name = _field(raw, "article", where)
        where = f"{source} {name}"
        claims = _field(raw, "claims", where, list)
        distractors = raw.get("distractors", [])
        if not isinstance(distractors, list) or not all(isinstance(d, str) and d for d in distractors):
            raise InputError(f"{where}: 'distractors' must be a list of non-empty strings")
        out.append(
            GoldArticle(
                name=name,
                published=str(raw.get("published", "")),
                language=str(raw.get("language", "")),
                pair=str(raw.get("pair", "")),
                entries=tuple(_entry(c, f"{where} claim {j}") for j, c in enumerate(claims)),
                distractors=tuple(distractors),
            )
        )
    return tuple(out)


def load_gold(directory: str | Path) -> tuple[GoldArticle, ...]:
    root = Path(directory)
    if not root.is_dir():
        raise InputError(
            f"{root}: no such directory (the dev set lives beside the project, in ../shared/eval; without it, "
            "score the bundled set: factcheck eval tests/accuracy --floor tests/accuracy/floor.json)"
        )
    path = root / "gold.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (an eval directory holds gold.json and articles/)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    return parse_gold(data, str(path))


def short_quote(text: str, width: int = 90) -> str:
    """A quote on one line, cut to ``width`` characters, as problems and reports show it."""
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def find_all(text: str, needle: str) -> list[Span]:
    """Every place ``needle`` stands in ``text`` (overlapping places included)."""
    spans = []
    i = text.find(needle)
    while i >= 0:
        spans.append(Span(i, i + len(needle)))
        i = text.find(needle, i + 1)
    return spans


def locate(
    article: GoldArticle, text: str
) -> tuple[tuple[GoldClaim, ...], tuple[tuple[str, Span], ...], tuple[str, ...]]:
    """Gold claims and distractors placed in ``text``, with a note for each disagreement with the gold."""
    claims: list[GoldClaim] = []
    problems: list[str] = []
    for e in article.entries:
        spans = find_all(text, e.quote)
        if len(spans) != e.occurrences:
            problems.append(
                f"{article.name}: quote {short_quote(e.quote)} occurs {len(spans)} time(s), the gold says {e.occurrences}"
            )
        places: list[Span | None] = list(spans) or [None]
        for n, span in enumerate(places, start=1):
            claims.append(GoldClaim(article.name, e.quote, e.kind, e.verdict, span, n, e.mutated, e.why))
    distractors: list[tuple[str, Span]] = []
    for d in article.distractors:
        spans = find_all(text, d)
        if not spans:
            problems.append(f"{article.name}: distractor {short_quote(d)} is not in the text")
        distractors.extend((d, s) for s in spans)
    return tuple(claims), tuple(distractors), tuple(problems)


# ---------------------------------------------------------------- predictions and outcomes


@dataclass(frozen=True, slots=True)
class Prediction:
    start: int
    end: int
    kind: str  # in the gold's vocabulary
    verdict: str
    quote: str = ""
    explanation: str = ""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @classmethod
    def from_finding(cls, finding: Any) -> Prediction:  # factcheck.models.Finding
        c = finding.claim
        kind = str(getattr(c.kind, "value", c.kind))
        return cls(
            c.start,
            c.end,
            ENGINE_KIND_TO_GOLD.get(kind, kind),
            str(getattr(finding.verdict, "value", finding.verdict)),
            c.quote,
            finding.explanation,
        )


@dataclass(frozen=True, slots=True)
class ClaimOutcome:
    gold: GoldClaim
    predictions: tuple[Prediction, ...]  # those overlapping it

    @property
    def found(self) -> bool:
        return bool(self.predictions)

    @property
    def verdict_right(self) -> bool:
        return self.found and all(p.verdict == self.gold.verdict for p in self.predictions)

    @property
    def predicted_verdict(self) -> str:
        """The confusion-matrix column: the one predicted verdict, "mixed", or "not found"."""
        verdicts = {p.verdict for p in self.predictions}
        if not verdicts:
            return "not found"
        return verdicts.pop() if len(verdicts) == 1 else "mixed"


@dataclass(frozen=True, slots=True)
class PredictionOutcome:
    prediction: Prediction
    gold: tuple[GoldClaim, ...]  # gold claims it overlaps
    distractor: str = ""  # the distractor it overlaps, if any

    @property
    def matched(self) -> bool:
        return bool(self.gold)

    @property
    def false_alarm(self) -> bool:
        return self.prediction.verdict == "contradicted" and not any(g.verdict == "contradicted" for g in self.gold)


@dataclass(frozen=True, slots=True)
class ArticleScore:
    article: GoldArticle
    claims: tuple[ClaimOutcome, ...]
    predictions: tuple[PredictionOutcome, ...]
    problems: tuple[str, ...] = ()


def score_article(article: GoldArticle, text: str, predictions: Sequence[Prediction]) -> ArticleScore:
    gold, distractors, problems = locate(article, text)
    claims = tuple(
        ClaimOutcome(g, tuple(p for p in predictions if g.span is not None and p.span.overlaps(g.span))) for g in gold
    )
    outcomes = []
    for p in predictions:
        hit = tuple(g for g in gold if g.span is not None and p.span.overlaps(g.span))
        distractor = next((d for d, s in distractors if p.span.overlaps(s)), "")
        outcomes.append(PredictionOutcome(p, hit, distractor))
    return ArticleScore(article, claims, tuple(outcomes), problems)


# ---------------------------------------------------------------- figures


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Figures:
    gold_claims: int  # all gold claims, ``other`` included
    required: int  # gold claims of a required kind
    found: int  # gold claims overlapped by a prediction
    found_required: int
    predicted: int
    predicted_matched: int  # predictions overlapping a gold claim
    predicted_distractor: int  # predictions overlapping a distractor and no gold claim
    verdict_right: int  # matched gold claims whose predictions all carry the gold verdict
    verdict_right_required: int
    false_alarms: int
    confusion: dict[str, dict[str, int]]  # gold verdict → predicted column → gold claims

    @property
    def recall(self) -> float | None:
        return ratio(self.found_required, self.required)

    @property
    def precision(self) -> float | None:
        return ratio(self.predicted_matched, self.predicted)

    @property
    def verdict_accuracy(self) -> float | None:
        return ratio(self.verdict_right, self.found)

    @property
    def verdict_accuracy_required(self) -> float | None:
        return ratio(self.verdict_right_required, self.found_required)

    def figure(self, name: str) -> float | None:
        value: float | None = getattr(self, name)
        return value

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_claims": self.gold_claims,
            "required": self.required,
            "found": self.found,
            "found_required": self.found_required,
            "predicted": self.predicted,
            "predicted_matched": self.predicted_matched,
            "predicted_distractor": self.predicted_distractor,
            "recall": self.recall,
            "precision": self.precision,
            "verdict_accuracy": self.verdict_accuracy,
            "verdict_accuracy_required": self.verdict_accuracy_required,
            "false_alarms": self.false_alarms,
            "confusion": self.confusion,
        }


def figures(claims: Iterable[ClaimOutcome], predictions: Iterable[PredictionOutcome]) -> Figures:
    claims = list(claims)
    predictions = list(predictions)
    confusion = {g: dict.fromkeys(PREDICTED_COLUMNS, 0) for g in VERDICTS}
    for c in claims:
        confusion[c.gold.verdict][c.predicted_verdict] += 1
    required = [c for c in claims if c.gold.required]
    return Figures(
        gold_claims=len(claims),
        required=len(required),
        found=sum(c.found for c in claims),
        found_required=sum(c.found for c in required),
        predicted=len(predictions),
        predicted_matched=sum(p.matched for p in predictions),
        predicted_distractor=sum(bool(p.distractor) and not p.matched for p in predictions),
        verdict_right=sum(c.verdict_right for c in claims),
        verdict_right_required=sum(c.verdict_right for c in required),
        false_alarms=sum(p.false_alarm for p in predictions),
        confusion=confusion,
    )


@dataclass(frozen=True, slots=True)
class EvalReport:
    directory: str
    lang: str  # "all", "en" or "ru": which articles were evaluated
    articles: tuple[ArticleScore, ...]
    problems: tuple[str, ...] = ()  # gold/article disagreements (dateline, occurrences, distractors)

    def _select(self, scope: str) -> list[ArticleScore]:
        tests: dict[str, Callable[[GoldArticle], bool]] = {
            "all": lambda a: True,
            "original": lambda a: not a.mutated,
            "mutated": lambda a: a.mutated,
        }
        test: Callable[[GoldArticle], bool] = tests.get(scope, lambda a: a.language == scope)
        return [s for s in self.articles if test(s.article)]

    def scope(self, scope: str) -> Figures:
        """Figures over "all" evaluated articles, a language ("en", "ru"), "original" or "mutated"."""
        chosen = self._select(scope)
        return figures((c for s in chosen for c in s.claims), (p for s in chosen for p in s.predictions))

    @property
    def scopes(self) -> tuple[str, ...]:
        langs = LANGS if self.lang == "all" else (self.lang,)
        return ("all", *langs, "original", "mutated")

    @property
    def kinds(self) -> tuple[str, ...]:
        """The gold kinds, then any other kind the engine predicted."""
        extra = sorted({p.prediction.kind for s in self.articles for p in s.predictions} - set(GOLD_KINDS))
        return (*GOLD_KINDS, *extra)

    def kind(self, kind: str) -> Figures:
        """Gold claims of this kind; predictions the engine gave this kind (for precision)."""
        return figures(
            (c for s in self.articles for c in s.claims if c.gold.kind == kind),
            (p for s in self.articles for p in s.predictions if p.prediction.kind == kind),
        )

    def misses(self) -> list[ClaimOutcome]:
        return [c for s in self.articles for c in s.claims if c.gold.required and not c.found]

    def wrong_verdicts(self) -> list[ClaimOutcome]:
        return [c for s in self.articles for c in s.claims if c.found and not c.verdict_right]

    def false_alarms(self) -> list[tuple[str, PredictionOutcome]]:
        return [(s.article.name, p) for s in self.articles for p in s.predictions if p.false_alarm]

    def unmatched(self) -> list[tuple[str, PredictionOutcome]]:
        return [(s.article.name, p) for s in self.articles for p in s.predictions if not p.matched]


def run_eval(directory: str | Path, db: str | None = None, lang: str = "all") -> EvalReport:
    """Run the check engine on every gold article (its own dateline as publication date) and score it."""
    from factcheck.check import check_paths

    if lang not in ("all", *LANGS):
        raise InputError(f"unknown language {lang!r} (expected en, ru or all)")
    root = Path(directory)
    gold = [a for a in load_gold(root) if lang == "all" or a.language == lang]
    results = check_paths([str(root / "articles" / a.name) for a in gold], db=db)
    scores, problems = [], []
    for article, result in zip(gold, results, strict=True):
        published = result.article.published.isoformat() if result.article.published else "none"
        if published != article.published:
            problems.append(f"{article.name}: dateline {published}, gold published {article.published}")
        predictions = [Prediction.from_finding(f) for f in result.findings]
        score = score_article(article, result.article.text, predictions)
        scores.append(score)
        problems.extend(score.problems)
    return EvalReport(str(directory), lang, tuple(scores), tuple(problems))
