"""Writes (or, with --check, compares) one batch's gold entries into tests/accuracy/gold.json.

Each annotate script computes its batch's gold from the reference record and hands the entries here:
the entries of its own articles are replaced (they follow the others, sorted by article), every other
entry is kept where it is. ``--check`` writes nothing and fails when the committed gold differs from the computed one.
"""

from __future__ import annotations

import json
import os
import pathlib
import sys
import tempfile

ACCURACY = pathlib.Path(__file__).resolve().parent.parent
GOLD = ACCURACY / "gold.json"
ARTICLES = ACCURACY / "articles"


def reference_dir() -> pathlib.Path:
    """The shared reference record: $FACTCHECK_REFERENCE, else ../shared/reference beside the project."""
    env = os.environ.get("FACTCHECK_REFERENCE")
    path = pathlib.Path(env) if env else ACCURACY.parents[2] / "shared" / "reference"
    if not (path / "contacts.csv").is_file():
        sys.exit(f"annotate: no reference record at {path} (set FACTCHECK_REFERENCE)")
    return path


def _key(entry: dict) -> tuple[str, str]:
    name = entry["article"]
    return (name.removeprefix("m"), name)


def write_batch(entries: list[dict], check: bool) -> None:
    names = {e["article"] for e in entries}
    current = json.loads(GOLD.read_text(encoding="utf-8"))
    if check:
        mine = sorted((e for e in current if e["article"] in names), key=_key)
        if mine != sorted(entries, key=_key):
            sys.exit(f"annotate: {GOLD} differs from the computed gold of {len(names)} articles (run without --check)")
        print(f"ok: {len(entries)} entries agree with {GOLD.name}")
        return
    merged = [e for e in current if e["article"] not in names] + sorted(entries, key=_key)
    fd, tmp = tempfile.mkstemp(dir=GOLD.parent, prefix=".gold.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps(merged, ensure_ascii=False, indent=1) + "\n")
    os.replace(tmp, GOLD)
    print(f"ok: {len(entries)} entries written into {GOLD.name} ({len(merged)} in all)")
