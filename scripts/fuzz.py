"""Fuzz the engine: extraction and verification over generated and mutated articles (not a unit test).

    python scripts/fuzz.py [-n 10000] [--seed 1] [--save DIR]

Articles come from the benchmark corpus generator (benchmarks/corpus.py, our own templates, English and
Russian), and most are then mutated: characters and control codes inserted, spans deleted, duplicated
or repeated many times, sentences shuffled or run together, line ends changed, numbers blown up, odd
datelines. Each is read (``from_text``), its claims extracted and verified against the bundled record
and against an empty one (``db init``), and every fifth is also rendered as text, JSON and Markdown.

A refusal with a one-line ``FactcheckError`` (an impossible dateline, an empty text) is correct
handling and is counted apart; any other exception, a span that does not match its quote, a different
result on a second run or a claim contradicted by the empty record is a failure: it is printed, saved
under --save, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

from factcheck.article import from_text  # noqa: E402
from factcheck.check import check_article  # noqa: E402
from factcheck.errors import FactcheckError  # noqa: E402
from factcheck.record import Record  # noqa: E402
from factcheck.record.write import init_record  # noqa: E402
from factcheck.report.console import print_results  # noqa: E402

NOISE = (
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x1b]8;;http://x\x1b\\",
    "\x9b",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\r",
    "\r\n",
    "\t",
    "\n\n\n",
    "   ",
    "😀",
    "a\u0301",
    "[bold]",
    "[/]",
    "<script>",
    "&amp;",
    "\\",
    "'",
    '"',
    "«",
    "—",
    "…",
    ".",
    ",",
    "Mr.",
    "U.S.",
    "19",
    "2025",
    "31",
    "0",
    "999999999999999999999",
    "1.5",
    "-",
    "and",
    "и",
    "since",
    "first",
    "times",
    "раз",
    "May",
    "мая",
    "Putin",
    "Трамп",
    "the two leaders",
    "a" * 300,
)
DATELINES = (
    "date 2025-02-28",
    "date 1900-01-01",
    "date 2099-12-31",
    "date 2024-02-29",
    "date 2025-02-30",
    "date 2025-1-5",
    "date  2025-06-14",
    "DATE 2025-06-14",
    "",
)


def mutate(text: str, rng: random.Random) -> str:
    """Apply one to five random mutations."""
    for _ in range(rng.randint(1, 5)):
        op = rng.randrange(12)
        n = len(text)
        i, j = sorted((rng.randint(0, n), rng.randint(0, n)))
        if op == 0:  # insert noise
            text = text[:i] + rng.choice(NOISE) + text[i:]
        elif op == 1:  # delete a span
            text = text[:i] + text[j:]
        elif op == 2:  # duplicate a span
            text = text[:j] + text[i:j] + text[j:]
        elif op == 3:  # repeat a short span many times
            k = min(j, i + rng.randint(1, 40))
            text = text[:k] + text[i:k] * rng.randint(2, 400) + text[k:]
        elif op == 4:  # shuffle sentences
            parts = text.split(". ")
            rng.shuffle(parts)
            text = ". ".join(parts)
        elif op == 5:  # one long line, no full stops
            text = text.replace(".", "").replace("\n", " ")
        elif op == 6:  # line ends
            text = text.replace("\n", rng.choice(("\r\n", "\r", "\u2028", "\n\n\n")))
        elif op == 7:  # blow up numbers
            text = "".join(ch * rng.randint(1, 20) if ch.isdigit() and rng.random() < 0.3 else ch for ch in text)
        elif op == 8:  # another dateline
            body = text.split("\n", 1)[1] if text.startswith("date ") and "\n" in text else text
            text = f"{rng.choice(DATELINES)}\n\n{body}"
        elif op == 9:  # case
            text = text[:i] + (text[i:j].upper() if rng.random() < 0.5 else text[i:j].lower()) + text[j:]
        elif op == 10:  # truncate
            text = text[: max(1, i)]
        else:  # splice in another generated article
            other = corpus.article(rng)
            text = text[:i] + other[rng.randint(0, len(other)) :]
    return text


def check_once(text: str, rec: Record) -> tuple:
    """Read, extract, verify; check spans. Returns a comparable summary."""
    article = from_text(text, path="<fuzz>")
    result = check_article(article, rec)
    for f in result.findings:
        c = f.claim
        if not (0 <= c.start <= c.end <= len(text)) or text[c.start : c.end] != c.quote:
            raise AssertionError(f"span {c.start}:{c.end} does not match quote {c.quote!r}")
    return tuple((f.claim, f.verdict, f.explanation) for f in result.findings), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000, help="articles (default 10,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save", metavar="DIR", help="write each failing article here")
    args = ap.parse_args(argv)

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    records = {"bundled": Record.open(None), "empty": Record.open(init_record(work / "empty.db"))}
    stats: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    failures = 0
    t0 = time.perf_counter()
    for i in range(args.n):
        text = corpus.article(rng)
        if rng.random() < 0.85:
            text = mutate(text, rng)
        stats["articles"] += 1
        stats["characters"] += len(text)
        try:
            for name, rec in records.items():
                try:
                    first, result = check_once(text, rec)
                except FactcheckError as exc:
                    refusals[re.sub(r"\d", "N", str(exc).split(": ", 1)[-1])[:60]] += 1
                    break
                if check_once(text, rec)[0] != first:
                    raise AssertionError("a second run gave a different result")
                if name == "empty" and any(verdict.value == "contradicted" for _, verdict, _ in first):
                    raise AssertionError("a claim contradicted by a record that holds nothing")
                stats[f"claims ({name} record)"] += len(first)
                for _, verdict, _ in first:
                    stats[f"{verdict.value} ({name} record)"] += 1
                if i % 5 == 0 and name == "bundled":
                    for fmt in ("text", "json", "markdown"):
                        print_results([result], fmt=fmt, stream=io.StringIO())
        except Exception:  # noqa: BLE001 — the point of fuzzing: report anything
            failures += 1
            print(f"FAILURE on article {i} (seed {args.seed}):", file=sys.stderr)
            traceback.print_exc()
            if args.save:
                Path(args.save).mkdir(parents=True, exist_ok=True)
                (Path(args.save) / f"fail-{args.seed}-{i}.txt").write_text(
                    text, encoding="utf-8", errors="surrogatepass"
                )
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1:,} articles, {failures} failures, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    for rec in records.values():
        rec.close()

    print(
        f"fuzz: {stats['articles']:,} articles ({stats['characters'] / 1e6:.1f} M characters, seed {args.seed}) "
        f"in {time.perf_counter() - t0:.0f} s"
    )
    for key in sorted(k for k in stats if k not in ("articles", "characters")):
        print(f"  {key}: {stats[key]:,}")
    print(
        f"  refused with a one-line error: {sum(refusals.values()):,}"
        + "".join(f"\n    {n:,} × {why}" for why, n in refusals.most_common())
    )
    print(f"  exceptions and failed checks: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
