"""Fuzz the engine, the review app and `db import` with generated and mutated input (not a unit test).

    python scripts/fuzz.py [--target engine|app|import|all] [-n 10000] [--seed 1] [--save DIR]

``engine`` (the default):
Articles come from the benchmark corpus generator (benchmarks/corpus.py, our own templates, English and
Russian), and most are then mutated: characters and control codes inserted, spans deleted, duplicated
or repeated many times, sentences shuffled or run together, line ends changed, numbers blown up, odd
datelines. Each is read (``from_text``), its claims extracted and verified against the bundled record
and against an empty one (``db init``), and every fifth is also rendered as text, JSON and Markdown.

A refusal with a one-line ``FactcheckError`` (an impossible dateline, an empty text) is correct
handling and is counted apart; any other exception, a span that does not match its quote, a different
result on a second run or a claim contradicted by the empty record is a failure: it is printed, saved
under --save, and the exit status is 1.

``import``: contact files for ``db import`` (JSON and CSV), made from the bundled record's own contacts
(as ``db export`` writes them) and then mutated: huge and negative numbers, deep nesting, lone
surrogates, control characters, wrong types, missing and unknown fields, duplicated ids, ``part_of``
cycles, trailing garbage, truncation, byte noise. Each goes through ``import_contacts`` (what
``db import`` calls) into a fresh copy of an empty record (``db init``) in a temporary directory. A
``FactcheckError`` is correct handling; any other exception, or an import that leaves the record
unreadable, is a failure.

``app``: the review app (Textual's Pilot, one app for all cases) shows each generated and mutated
article's check result and is sent a random run of its keys (``factcheck/tui/keys.py``): verdicts,
undo/redo, filters, search, the note editor with hostile text typed and saved, the add-contact, date
and export screens opened and typed into (never submitted), help. An exception in the app or in one
of its workers is a failure. The review state and the record are temporary copies.
"""

from __future__ import annotations

import argparse
import io
import json
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
from factcheck.record.exchange import EXPORT_FIELDS  # noqa: E402
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


def fuzz_engine(args: argparse.Namespace) -> int:
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
    return failures


def save_failure(args: argparse.Namespace, name: str, data: str | bytes) -> None:
    if args.save:
        Path(args.save).mkdir(parents=True, exist_ok=True)
        target = Path(args.save) / name
        if isinstance(data, str):
            target.write_text(data, encoding="utf-8", errors="surrogatepass")
        else:
            target.write_bytes(data)


# ---------------------------------------------------------------- db import

HOSTILE_VALUES = (
    10**40,
    -(10**40),
    2**63,
    -1,
    0,
    1.5,
    float("inf"),
    True,
    None,
    "",
    " ",
    "\ud800",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "2025-02-30",
    "0000-00-00",
    "9999-12-31",
    "x" * 5000,
    "[bold]",
    [],
    [[]],
    {},
    {"a": 1},
    ["Putin", "Putin"],
    ["Trump"],
    ["nobody", "\ud800"],
    ["Putin", 7],
    "Putin | Trump",
    "1" * 40,
)


def import_rows(rng: random.Random, contacts: list[dict]) -> list[dict]:
    """One to eight of the record's contacts (as exported), mutated field by field."""
    rows = [dict(c) for c in rng.sample(contacts, rng.randint(1, min(8, len(contacts))))]
    ids = [r["id"] for r in rows]
    for row in rows:
        for _ in range(rng.randint(0, 4)):
            op = rng.randrange(7)
            field = rng.choice(EXPORT_FIELDS)
            if op == 0:
                row[field] = rng.choice(HOSTILE_VALUES)
            elif op == 1:
                row.pop(field, None)
            elif op == 2:
                row[rng.choice(("extra", "ID", "__problem__", "\ud800", ""))] = rng.choice(HOSTILE_VALUES)
            elif op == 3:  # part_of within the batch (cycles included) or nowhere
                row["part_of"] = rng.choice([*ids, row.get("id"), 10**6, 0])
            elif op == 4:  # a duplicated id
                row["id"] = rng.choice(ids)
            elif op == 5 and isinstance(row.get(field), str):  # noise inside text
                value = row[field]
                k = rng.randint(0, len(value))
                row[field] = value[:k] + rng.choice(NOISE) + value[k:]
            elif op == 6:
                row["id"] = None
    return rows


def import_file(rng: random.Random, contacts: list[dict]) -> tuple[str, bytes]:
    """(suffix, bytes) of one generated import file."""
    from factcheck.record.datafiles import csv_text

    rows = import_rows(rng, contacts)
    if rng.random() < 0.6:
        suffix = ".json"
        pieces = [json.dumps(r, ensure_ascii=rng.random() < 0.5) for r in rows]
        op = rng.randrange(8)
        if op == 0:  # deep nesting
            depth = rng.choice((50, 1000, 100_000))
            pieces.append("[" * depth + "]" * depth)
        elif op == 1:  # trailing garbage
            pieces[-1] += rng.choice(("]", "}", " x", "\x00", "[", ",", "]]"))
        elif op == 2:  # a huge integer literal
            pieces.append('{"id": ' + "9" * rng.choice((31, 5000, 100_000)) + "}")
        elif op == 3:  # not objects
            pieces.append(rng.choice(('"text"', "1", "null", "[]", "true", "1e999", "NaN")))
        text = "[" + ",".join(pieces) + "]"
        if op == 4:
            text = rng.choice(("{}", "", "[", '{"a": [}', "null", text + text))
        elif op == 5:
            text = text[: rng.randint(0, len(text))]
        elif op == 6:
            text = "\ufeff" + text
        data = text.encode("utf-8", errors="surrogatepass")
    else:
        suffix = ".csv"

        def cell(v: object) -> object:
            return " | ".join(map(str, v)) if isinstance(v, list) else v

        header = list(EXPORT_FIELDS)
        if rng.random() < 0.2:
            rng.shuffle(header)
        if rng.random() < 0.1:
            header = header[: rng.randint(0, len(header))]
        text = csv_text(header, ([cell(r.get(k)) for k in header] for r in rows))
        op = rng.randrange(5)
        if op == 0:
            text = mutate(text, rng)
        elif op == 1:
            text = text.replace(",", rng.choice((";", '"', ",,", "\x00")), rng.randint(1, 5))
        data = text.encode("utf-8", errors="surrogatepass")
    if rng.random() < 0.05:  # byte noise: invalid UTF-8
        k = rng.randint(0, len(data))
        data = data[:k] + bytes([rng.choice((0x80, 0xFF, 0xC3, 0xED))]) + data[k:]
    return suffix, data


def fuzz_import(args: argparse.Namespace) -> int:
    import shutil

    from factcheck.record.exchange import contact_fields, import_contacts

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-import-"))
    empty = init_record(work / "empty.db")
    with Record.open(None) as bundled:
        contacts = [contact_fields(c) for c in bundled.all_contacts()]
    outcomes: Counter[str] = Counter()
    failures = 0
    t0 = time.perf_counter()
    for i in range(args.n):
        suffix, data = import_file(rng, contacts)
        path = work / f"case{suffix}"
        path.write_bytes(data)
        db = work / "target.db"
        shutil.copyfile(empty, db)
        try:
            with Record.open(db, writable=True) as rec:
                try:
                    result = import_contacts(rec, path)
                    outcomes["imported"] += 1
                    outcomes["contacts added"] += len(result.added)
                except FactcheckError as exc:
                    outcomes[f"refused ({type(exc).__name__})"] += 1
            with Record.open(db) as rec:  # the record is still whole
                rec.all_contacts()
        except Exception:  # noqa: BLE001
            failures += 1
            print(f"FAILURE on import file {i} (seed {args.seed}):", file=sys.stderr)
            traceback.print_exc()
            save_failure(args, f"import-fail-{args.seed}-{i}{suffix}", data)
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1:,} files, {failures} failures, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)
    print(f"fuzz import: {args.n:,} files (seed {args.seed}) in {time.perf_counter() - t0:.0f} s")
    for key in sorted(outcomes):
        print(f"  {key}: {outcomes[key]:,}")
    print(f"  exceptions: {failures}")
    return failures


# ---------------------------------------------------------------- the review app

TYPED = (*NOISE, "\n", "hello", "ü", "\x7f", "\ud7ff", "﷽", "\u0000", "ctrl+a")


def app_keys() -> list[str]:
    """Every key of the review app except those that leave it or start something outside it (q, o,
    ctrl+o), and what a reviewer presses in its screens (never enter: nothing is submitted)."""
    from factcheck.tui.keys import APP_BINDINGS, QUEUE_ARTICLE_BINDINGS, REVIEW_BINDINGS

    keys = [k.strip() for b in (*REVIEW_BINDINGS, *QUEUE_ARTICLE_BINDINGS, *APP_BINDINGS) for k in b.key.split(",")]
    keys = [k for k in keys if k not in ("q", "o", "ctrl+o")]
    return [*keys, "escape", "escape", "tab", "backspace", "left", "right", "ctrl+s", "ctrl+z", "a", "z", "7", " "]


async def _fuzz_app(args: argparse.Namespace, work: Path) -> int:
    import shutil

    from factcheck.tui.app import FactcheckApp, make_app
    from factcheck.tui.screens.review import ReviewScreen

    rng = random.Random(args.seed)
    db = work / "claims.db"
    with Record.open(None) as bundled:
        shutil.copyfile(bundled.path, db)
    rec = Record.open(db)
    keys = app_keys()
    worker_errors: list[BaseException] = []
    real_state_changed = FactcheckApp.on_worker_state_changed

    def state_changed(self: FactcheckApp, event: object) -> None:
        from textual.worker import WorkerState

        if event.state is WorkerState.ERROR and not isinstance(event.worker.error, FactcheckError):
            worker_errors.append(event.worker.error)
        real_state_changed(self, event)

    FactcheckApp.on_worker_state_changed = state_changed
    stats: Counter[str] = Counter()
    failures = 0
    t0 = time.perf_counter()
    i = 0
    while i < args.n:
        text = ""
        app = make_app(db=str(db), state=work / "state" / "review.db")
        try:
            async with app.run_test(size=(rng.choice((80, 120, 200)), rng.choice((24, 40)))) as pilot:
                while i < args.n:
                    text = corpus.article(rng)
                    if rng.random() < 0.85:
                        text = mutate(text, rng)
                    i += 1
                    try:
                        article = from_text(text, path=str(work / f"article-{i % 7}.txt"))
                        result = check_article(article, rec)
                    except FactcheckError:
                        stats["refused by the engine"] += 1
                        continue
                    while len(app.screen_stack) > 1 and not isinstance(app.screen, ReviewScreen):
                        app.pop_screen()
                    app.show_result(result, app.store.load(result.article.sha256))
                    await pilot.pause()
                    stats["articles shown"] += 1
                    for _ in range(rng.randint(1, 12)):
                        key = rng.choice(keys)
                        if key == "e" or rng.random() < 0.05:  # the note editor, with hostile text
                            await pilot.press("e")
                            for _ in range(rng.randint(1, 4)):
                                await pilot.press(*list(rng.choice(TYPED))[:50])
                            await pilot.press(rng.choice(("ctrl+s", "ctrl+s", "escape", "escape", "y", "n")))
                            stats["notes typed"] += 1
                        else:
                            await pilot.press(key)
                        stats["keys"] += 1
                    await pilot.pause()
                    if worker_errors:
                        raise worker_errors.pop()
                    if not app.is_running:
                        raise AssertionError(f"the app stopped (return code {app.return_code})")
                    if (i + 1) % 500 == 0:
                        print(
                            f"  {i + 1:,} articles, {failures} failures, {time.perf_counter() - t0:.0f} s",
                            file=sys.stderr,
                        )
        except Exception:  # noqa: BLE001
            failures += 1
            print(f"FAILURE in the app on article {i} (seed {args.seed}):", file=sys.stderr)
            traceback.print_exc()
            save_failure(args, f"app-fail-{args.seed}-{i}.txt", text)
            worker_errors.clear()
    FactcheckApp.on_worker_state_changed = real_state_changed
    rec.close()
    elapsed = time.perf_counter() - t0
    print(f"fuzz app: {args.n:,} articles (seed {args.seed}) in {elapsed:.0f} s ({args.n / elapsed:.1f}/s)")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]:,}")
    print(f"  exceptions: {failures}")
    return failures


def fuzz_app(args: argparse.Namespace) -> int:
    import asyncio
    import contextlib
    import os
    import shutil
    from unittest import mock

    work = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-app-"))
    env = {"FACTCHECK_OPENER": "true", "XDG_DATA_HOME": str(work / "data"), "HOME": str(work)}
    try:  # an export that somehow went through lands in the work directory
        with mock.patch.dict(os.environ, env), contextlib.chdir(work):
            return asyncio.run(_fuzz_app(args, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)


TARGETS = {"engine": fuzz_engine, "import": fuzz_import, "app": fuzz_app}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", choices=[*TARGETS, "all"], default="engine", help="what to fuzz (default engine)")
    ap.add_argument("-n", type=int, default=10_000, help="cases per target (default 10,000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save", metavar="DIR", help="write each failing input here")
    args = ap.parse_args(argv)
    failures = 0
    for name in TARGETS if args.target == "all" else (args.target,):
        failures += TARGETS[name](args)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
