"""Time Record.contacts_between on a generated record of 100,000 contacts (target: <= 1 ms per call).

    python benchmarks/record_bench.py [--contacts N] [--people N] [--keep DIR]

The record is generated as data/ CSV files (200 leaders, random pairs, a few group calls, random
dates 2000-2026, one to three sources each) and built with the real ``build_record``. Then every pair
query the verifier makes — all of a pair's contacts, and the same within one year — is timed.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.record import Record, build_record  # noqa: E402
from factcheck.record.datafiles import COLUMNS  # noqa: E402


def write(path: Path, name: str, rows: list[list[object]]) -> None:
    with (path / name).open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS[name])
        w.writerows(rows)


def generate(path: Path, contacts: int, people: int, seed: int = 7) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    countries = [f"Country {i}" for i in range(people)]
    ids = [f"p{i:04d}" for i in range(people)]
    write(path, "countries.csv", [[c, ""] for c in countries])
    write(path, "country_aliases.csv", [[c, c.replace("Country", "Land")] for c in countries])
    write(path, "people.csv", [[p, f"Leader {p}", c] for p, c in zip(ids, countries)])
    write(path, "aliases.csv", [[p, f"L{p}"] for p in ids])
    write(path, "offices.csv", [[p, c, "President", "2000-01-01", "", ""] for p, c in zip(ids, countries)])
    # a few busy pairs, as in real life, and a long tail
    weights = [1.0 / (i + 1) for i in range(people)]
    first = date(2000, 1, 1)
    rows, parts, pairs = [], [], set()
    for cid in range(1, contacts + 1):
        group = rnd.sample(range(people), 2) if rnd.random() > 0.05 else rnd.sample(range(people), 4)
        if rnd.random() < 0.5:
            group[0] = rnd.choices(range(people), weights)[0]
            group = list(dict.fromkeys(group)) if len(set(group)) > 1 else [group[0], (group[0] + 1) % people]
        day = first + timedelta(days=rnd.randrange(26 * 365))
        urls = " | ".join(f"https://news.example/{cid}/{k}" for k in range(rnd.randint(1, 3)))
        rows.append(
            [
                cid,
                day.isoformat(),
                rnd.choice(("phone", "video", "in_person")),
                "confirmed",
                "",
                "",
                rnd.choice(("", "30", "60")),
                "",
                "",
                f"topic {cid % 97}",
                urls,
                "high",
                "",
            ]
        )
        parts += [[cid, pos, ids[g], "President"] for pos, g in enumerate(group, start=1)]
        pairs.add(tuple(sorted((ids[group[0]], ids[group[1]]))))
    write(path, "contacts.csv", rows)
    write(path, "participants.csv", parts)
    write(path, "coverage.csv", [])
    write(path, "events.csv", [])  # no world events: the benchmark dates contacts by contacts
    return sorted(pairs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--contacts", type=int, default=100_000)
    ap.add_argument("--people", type=int, default=200)
    ap.add_argument("--calls", type=int, default=2000, help="pair queries to time")
    ap.add_argument("--keep", metavar="DIR", help="keep the generated data and database here")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="record-bench-"))
    (work / "data").mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    pairs = generate(work / "data", args.contacts, args.people)
    db = build_record(work / "data", work / "claims.db")
    print(
        f"generated and built {args.contacts:,} contacts in {time.perf_counter() - t0:.1f} s ({db.stat().st_size / 1e6:.1f} MB)"
    )
    rnd = random.Random(1)
    sample = [rnd.choice(pairs) for _ in range(args.calls)]
    busiest = ("p0000", "p0001")
    with Record.open(db) as rec:
        rec.contacts_between(*busiest)  # warm the page cache
        for label, queries in (
            ("whole pair", [((a,), (b,), None, None) for a, b in sample]),
            ("pair within a year", [((a,), (b,), date(2015, 1, 1), date(2015, 12, 31)) for a, b in sample]),
            ("busiest pair, whole", [((busiest[0],), (busiest[1],), None, None)] * 200),
        ):
            times, sizes = [], []
            for a, b, lo, hi in queries:
                t = time.perf_counter()
                found = rec.contacts_between(a, b, lo, hi)
                times.append((time.perf_counter() - t) * 1000)
                sizes.append(len(found))
            times.sort()
            print(
                f"{label:22} mean {statistics.mean(times):.3f} ms  median {statistics.median(times):.3f} ms"
                f"  p95 {times[int(len(times) * 0.95)]:.3f} ms  (contacts per call: mean {statistics.mean(sizes):.1f},"
                f" max {max(sizes)})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
