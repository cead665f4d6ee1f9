"""The benchmarks, in one command (``make bench``): every figure measured on the machine it runs on.

    python benchmarks/run.py [--quick] [--check] [--jobs N]

- cold ``factcheck check`` on the example article (a new process each time);
- warm time per article in one process (the example, and generated articles);
- throughput of ``factcheck check --jobs N`` over 1,000 generated articles (JSON Lines, and text);
- verification time per claim against a generated record of 100,000 contacts (and the record's own
  query benchmark, benchmarks/record_bench.py);
- the review app's first paint and keypress → repaint on a 2,000-claim article (benchmarks/tui_bench.py);
- time against article size (1, 2, 5, 10 MB), which must grow linearly;
- the naive baseline, ``dateparser.search.search_dates`` over each whole article, and our speed-up.

Each measurement runs in its own process so that its peak memory (maximum resident set size, of the
largest process when there are workers) is its own. Articles and records are generated in a temporary
directory from our templates (benchmarks/corpus.py); nothing is read from the eval set.
``--check`` exits 1 when a target is missed. ``--quick`` runs smaller sizes (for trying changes).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
EXAMPLE = ROOT / "examples" / "summit-call.txt"
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

TARGETS = {
    "cold": 0.35,  # s, factcheck check on the example
    "warm": 5.0,  # ms per article of the example's size
    "throughput": 300.0,  # articles/s on 2 cores
    "per_claim": 1.0,  # ms per claim at 100,000 contacts
    "speedup": 10.0,  # × the naive dateparser baseline
    "linearity": 1.5,  # per-MB time at 10 MB ÷ per-MB time at 1 MB
}

# Runs a command and reports its wall time and the peak RSS of the largest process it started (workers
# included: the kernel keeps the maximum over every waited-for descendant).
_WRAPPER = (
    "import json, resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "rc = subprocess.run(sys.argv[2:]).returncode\n"
    "wall = time.perf_counter() - t\n"
    "kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "open(sys.argv[1], 'w').write(json.dumps({'rc': rc, 'wall': wall, 'rss_mb': kb / 1024}))\n"
)


def measured(cmd: list[str], *, stdout: int | None = subprocess.DEVNULL, work: Path) -> dict:
    """Run ``cmd``; return {'rc', 'wall', 'rss_mb'} and, when stdout is captured, 'out'."""
    meta = work / f"meta-{time.monotonic_ns()}.json"
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, str(meta), *cmd], stdout=stdout, text=True, cwd=ROOT)
    info = json.loads(meta.read_text())
    if stdout == subprocess.PIPE:
        info["out"] = proc.stdout
    if info["rc"] != 0:
        raise SystemExit(f"benchmark step failed (exit {info['rc']}): {' '.join(cmd)}")
    return info


def part(name: str, work: Path, *args: str) -> dict:
    """Run one in-process measurement (``--part NAME``) in its own process; merge its JSON and peak RSS."""
    info = measured(
        [sys.executable, __file__, "--part", name, "--work", str(work), *args], stdout=subprocess.PIPE, work=work
    )
    return {**json.loads(info["out"]), "rss_mb": info["rss_mb"]}


def factcheck_cmd() -> list[str]:
    script = Path(sys.executable).with_name("factcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "factcheck"]


# ------------------------------------------------------------------ generated record of N contacts


def write_big_record(work: Path, contacts: int, seed: int = 3) -> Path:
    """data/ = the real record's files plus synthetic leaders and contacts up to ``contacts`` rows, built
    with the real ``build_record``. A few percent of the synthetic contacts join real leaders, so the real
    pairs the articles name grow too."""
    from factcheck.record import build_record
    from factcheck.record.datafiles import COLUMNS, FILES

    rng = random.Random(seed)
    data = work / "big-data"
    data.mkdir(parents=True, exist_ok=True)
    tables = {}
    for name in FILES:
        with (ROOT / "data" / name).open(encoding="utf-8", newline="") as f:
            tables[name] = [[row[c] for c in COLUMNS[name]] for row in csv.DictReader(f)]
    real = [row[0] for row in tables["people.csv"]]
    synthetic = [f"s{i:03d}" for i in range(200)]
    for i, pid in enumerate(synthetic):
        country = f"Country {i:03d}"
        tables["countries.csv"].append([country, ""])
        tables["people.csv"].append([pid, f"Leader {pid.upper()}", country])
        tables["offices.csv"].append([pid, country, "President", "1990-01-01", "", ""])
    next_id = max(int(row[0]) for row in tables["contacts.csv"]) + 1
    first = date(1995, 1, 1)
    while len(tables["contacts.csv"]) < contacts:
        pool = real if rng.random() < 0.02 else synthetic + real
        pair = rng.sample(pool, 2)
        day = first + timedelta(days=rng.randrange(31 * 365))
        kind = rng.choice(("phone", "phone", "video", "in_person"))
        tables["contacts.csv"].append(
            [
                next_id,
                day.isoformat(),
                kind,
                "confirmed" if rng.random() > 0.03 else "disputed",
                "",
                "",
                rng.choice(("", "", "30", "45", "60", "90")),
                "",
                "",
                f"topic {next_id % 89}",
                f"https://news.example.org/{next_id}",
                "high",
                "",
            ]
        )
        tables["participants.csv"] += [[next_id, pos, pid, "President"] for pos, pid in enumerate(pair, start=1)]
        next_id += 1
    for name, rows in tables.items():
        with (data / name).open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(COLUMNS[name])
            w.writerows(rows)
    return build_record(data, work / "big-claims.db")


# ------------------------------------------------------------------ in-process parts


def _timed(fn, *args):  # noqa: ANN001, ANN202
    t = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t, out


def part_warm(work: Path, n: str) -> dict:
    from factcheck.article import load_article
    from factcheck.check import check_article
    from factcheck.record import Record

    with Record.open(None) as rec:
        article = load_article(str(EXAMPLE))
        check_article(article, rec)
        per = []
        for _ in range(int(n)):
            per.append(_timed(check_article, article, rec)[0])
        paths = corpus.write_corpus(work / "warm-corpus", 300, seed=5)
        t = time.perf_counter()
        for p in paths:
            check_article(load_article(str(p)), rec)
        gen = (time.perf_counter() - t) / len(paths)
    size = sum(p.stat().st_size for p in paths) / len(paths)
    return {
        "example_ms": statistics.median(per) * 1000,
        "example_bytes": EXAMPLE.stat().st_size,
        "generated_ms": gen * 1000,
        "generated_bytes": size,
    }


def part_claims(work: Path, db: str, n: str) -> dict:
    """Verification time per claim: claims of generated articles, each article with a fresh Verifier
    (so the pair's contacts are read from the record for every article, as in a single check)."""
    from factcheck.article import from_text
    from factcheck.check import gazetteer_for
    from factcheck.extract import extract_claims
    from factcheck.record import Record
    from factcheck.verify import Verifier

    with Record.open(db) as rec:
        gaz = gazetteer_for(rec)
        articles = [from_text(t) for t in corpus.articles(int(n), seed=9)]
        claims = [(a, extract_claims(a, gaz)) for a in articles]
        Verifier(rec, gaz.leaders).verify(claims[0][1][0])  # warm SQLite's page cache and the code paths
        per_claim, per_article = [], []
        for a, cs in claims:
            v = Verifier(rec, gaz.leaders, a.language)
            t0 = time.perf_counter()
            for c in cs:
                t = time.perf_counter()
                v.verify(c)
                per_claim.append(time.perf_counter() - t)
            per_article.append(time.perf_counter() - t0)
        contacts = rec.info.contacts
    per_claim.sort()
    return {
        "contacts": contacts,
        "claims": len(per_claim),
        "mean_ms": statistics.mean(per_claim) * 1000,
        "median_ms": statistics.median(per_claim) * 1000,
        "p95_ms": per_claim[int(0.95 * len(per_claim))] * 1000,
        "max_ms": per_claim[-1] * 1000,
    }


def part_size(work: Path, mb: str) -> dict:
    from factcheck.article import load_article
    from factcheck.check import check_article
    from factcheck.record import Record

    path = work / f"long-{mb}.txt"
    path.write_text(corpus.long_article(int(float(mb) * 1024 * 1024)), encoding="utf-8")
    with Record.open(None) as rec:
        check_article(load_article(str(EXAMPLE)), rec)
        t = time.perf_counter()
        result = check_article(load_article(str(path)), rec)
        wall = time.perf_counter() - t
    return {"mb": float(mb), "seconds": wall, "claims": len(result.findings)}


def part_baseline(work: Path, count: str) -> dict:
    """The naive way: dateparser.search.search_dates over each whole article, against our whole check."""
    from dateparser.search import search_dates

    from factcheck.article import load_article
    from factcheck.check import check_article
    from factcheck.record import Record

    n = int(count)
    paths = corpus.write_corpus(work / "baseline-corpus", n, seed=13)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    search_dates("Putin and Trump spoke on June 4.")  # dateparser's first-call set-up is not counted
    t = time.perf_counter()
    found = sum(len(search_dates(text) or ()) for text in texts)
    naive = (time.perf_counter() - t) / n
    with Record.open(None) as rec:
        check_article(load_article(str(EXAMPLE)), rec)
        t = time.perf_counter()
        for p in paths:
            check_article(load_article(str(p)), rec)
        ours = (time.perf_counter() - t) / n
    return {"articles": n, "naive_ms": naive * 1000, "ours_ms": ours * 1000, "dates_found": found}


PARTS = {"warm": part_warm, "claims": part_claims, "size": part_size, "baseline": part_baseline}


# ------------------------------------------------------------------ the run


class Report:
    def __init__(self) -> None:
        self.missed: list[str] = []

    def row(self, label: str, value: str, rss: float | None = None, target: str = "", ok: bool | None = None) -> None:
        mark = "" if ok is None else ("ok" if ok else "MISSED")
        mem = f"{rss:7.0f} MB" if rss is not None else " " * 10
        print(f"  {label:<44} {value:>22}  {mem}  {target:<16} {mark}")
        if ok is False:
            self.missed.append(label)

    @staticmethod
    def section(title: str) -> None:
        print(f"\n{title}")


def cold(rep: Report, work: Path, runs: int) -> None:
    cmd = [*factcheck_cmd(), "check", str(EXAMPLE)]
    measured(cmd, work=work)  # the OS caches the files once
    results = [measured(cmd, work=work) for _ in range(runs)]
    walls = sorted(r["wall"] for r in results)
    rss = max(r["rss_mb"] for r in results)
    med = statistics.median(walls)
    rep.row(
        f"cold `factcheck check` (median of {runs})",
        f"{med:.3f} s (min {walls[0]:.3f})",
        rss,
        f"≤ {TARGETS['cold']} s",
        med <= TARGETS["cold"],
    )


def throughput(rep: Report, work: Path, n: int, jobs: int) -> float:
    paths = corpus.write_corpus(work / "corpus", n)
    files = [str(p) for p in paths]
    mean_kb = sum(p.stat().st_size for p in paths) / n / 1024
    rep.row(f"corpus: {n:,} generated articles", f"{mean_kb:.1f} KB each")
    best = 0.0
    for j, fmt in ((jobs, "json"), (1, "json"), (jobs, "text")):
        r = measured([*factcheck_cmd(), "check", *files, "--jobs", str(j), "--format", fmt], work=work)
        rate = n / r["wall"]
        is_target = j == jobs and fmt == "json"
        best = rate if is_target else best
        label = f"`check --jobs {j} --format {fmt}` (piped)"
        target = f"≥ {TARGETS['throughput']:.0f}/s ({jobs} cores)" if is_target else ""
        rep.row(
            label, f"{rate:.0f} articles/s", r["rss_mb"], target, rate >= TARGETS["throughput"] if is_target else None
        )
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes and fewer runs")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="workers for the throughput run (default: all cores)"
    )
    ap.add_argument("--part", choices=tuple(PARTS), help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.part:
        fn = PARTS[args.part]
        print(json.dumps(fn(Path(args.work), *args.args)))
        return 0

    quick = args.quick
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    rep = Report()
    try:
        print(
            f"factcheck benchmarks — {platform.python_implementation()} {platform.python_version()}, "
            f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPU(s){' — quick' if quick else ''}"
        )
        print(f"  {'measure':<44} {'result':>22}  {'peak RSS':>10}  {'target':<16}")

        rep.section("Start-up and per article")
        cold(rep, work, 3 if quick else 10)
        w = part("warm", work, "100" if quick else "500")
        rep.row(
            f"warm check, example ({w['example_bytes'] / 1024:.1f} KB)",
            f"{w['example_ms']:.2f} ms",
            w["rss_mb"],
            f"≤ {TARGETS['warm']:.0f} ms",
            w["example_ms"] <= TARGETS["warm"],
        )
        rep.row(f"warm check, generated (mean {w['generated_bytes'] / 1024:.1f} KB)", f"{w['generated_ms']:.2f} ms")

        rep.section("Archive throughput")
        throughput(rep, work, 200 if quick else 1000, args.jobs)

        rep.section("Verification against a record of 100,000 contacts")
        n_contacts = 20_000 if quick else 100_000
        t = time.perf_counter()
        big = write_big_record(work, n_contacts)
        rep.row(
            f"generate + build record ({n_contacts:,} contacts)",
            f"{time.perf_counter() - t:.1f} s ({big.stat().st_size / 1e6:.0f} MB)",
        )
        for label, db in ((f"{n_contacts:,} contacts", str(big)), ("bundled record", str(ROOT / "claims.db"))):
            c = part("claims", work, db, "100" if quick else "400")
            ok = c["mean_ms"] <= TARGETS["per_claim"] if db == str(big) else None
            rep.row(
                f"verify per claim, {label} ({c['claims']:,} claims)",
                f"{c['mean_ms']:.3f} ms (p95 {c['p95_ms']:.2f})",
                c["rss_mb"],
                f"≤ {TARGETS['per_claim']:.0f} ms" if ok is not None else "",
                ok,
            )
        bench = HERE / "record_bench.py"
        if bench.exists():
            r = measured(
                [sys.executable, str(bench), "--calls", "500", *(["--contacts", "20000"] if quick else [])],
                stdout=subprocess.PIPE,
                work=work,
            )
            print(f"  benchmarks/record_bench.py (peak RSS {r['rss_mb']:.0f} MB):")
            print("".join(f"    {line}\n" for line in r["out"].splitlines()), end="")

        rep.section("Review app (benchmarks/tui_bench.py, 2,000 claims)")
        bench = HERE / "tui_bench.py"
        if bench.exists():
            proc_meta = work / "tui.json"
            proc = subprocess.run(
                [sys.executable, "-c", _WRAPPER, str(proc_meta), sys.executable, str(bench), "--check"],
                stdout=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
            info = json.loads(proc_meta.read_text())
            print("".join(f"    {line}\n" for line in proc.stdout.splitlines()), end="")
            rep.row(
                "review app: first paint ≤ 1 s, keypress ≤ 50 ms",
                "see above",
                info["rss_mb"],
                "tui_bench --check",
                info["rc"] == 0,
            )
        else:
            print("  (benchmarks/tui_bench.py not present)")

        rep.section("Article size (one article, load + check)")
        sizes = (1, 2) if quick else (1, 2, 5, 10)
        per_mb = []
        for mb in sizes:
            s = part("size", work, str(mb))
            per_mb.append(s["seconds"] / mb)
            rep.row(
                f"{mb} MB article ({s['claims']:,} claims)",
                f"{s['seconds']:.2f} s = {s['seconds'] / mb:.2f} s/MB",
                s["rss_mb"],
            )
        growth = per_mb[-1] / per_mb[0]
        rep.row(
            f"per-MB time, {sizes[-1]} MB ÷ 1 MB (linear ≈ 1)",
            f"{growth:.2f}",
            None,
            f"≤ {TARGETS['linearity']}",
            growth <= TARGETS["linearity"],
        )

        rep.section("Naive baseline: dateparser.search.search_dates over each whole article")
        b = part("baseline", work, "20" if quick else "100")
        ratio = b["naive_ms"] / b["ours_ms"]
        rep.row(f"search_dates per article ({b['articles']} articles)", f"{b['naive_ms']:.1f} ms", b["rss_mb"])
        rep.row("our whole check per article (same articles)", f"{b['ours_ms']:.2f} ms")
        rep.row(
            "speed-up over the baseline",
            f"{ratio:.0f}×",
            None,
            f"≥ {TARGETS['speedup']:.0f}×",
            ratio >= TARGETS["speedup"],
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print("all targets met" if not rep.missed else f"targets missed: {', '.join(rep.missed)}")
    return 1 if (rep.missed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
