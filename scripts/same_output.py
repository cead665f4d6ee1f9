"""Show that a change leaves the checker's output byte-identical (issue #13's refactoring gate).

    python scripts/same_output.py save DIR      # before the change: one JSON file per article in DIR
    python scripts/same_output.py compare DIR   # after it: exit 1 naming every article whose output differs
    python scripts/same_output.py compare DIR --record-rebuilt   # the record's file changed, its facts did not

Every article of ``../shared/eval`` (when present), ``tests/accuracy`` (its articles and the staged
batches under ``incoming/``) and ``examples/`` is checked against the bundled record, each with its own
dateline, and rendered exactly as ``factcheck check --format json`` renders it. ``compare`` prints a short
unified diff for the first differences and a one-line summary.
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.check import check_paths  # noqa: E402
from factcheck.report.console import print_results  # noqa: E402

SETS = {
    "eval": ROOT.parent / "shared" / "eval" / "articles",
    "accuracy": ROOT / "tests" / "accuracy" / "articles",
    "incoming": ROOT / "tests" / "accuracy" / "incoming",
    "examples": ROOT / "examples",
}


def articles() -> list[tuple[str, Path]]:
    """(name, path) for every article, the name unique across the sets."""
    found: list[tuple[str, Path]] = []
    for label, folder in SETS.items():
        if not folder.is_dir():
            continue
        pattern = "*/articles/*" if label == "incoming" else "*"
        for path in sorted(folder.glob(pattern)):
            if path.is_file() and path.suffix in (".txt", ".md", ".html", ".htm"):
                rel = path.relative_to(folder).as_posix().replace("/", "__")
                found.append((f"{label}__{rel}.json", path))
    return found


def render(path: Path) -> str:
    """The article's JSON, its path written relative to the checkout so that two checkouts compare."""
    out = io.StringIO()
    print_results(check_paths([os.path.relpath(path, ROOT)]), fmt="json", stream=out)
    return out.getvalue()


def without_record_file(text: str) -> str:
    """The output with the record's location and checksum blanked: what remains is every claim, verdict,
    explanation and evidence row, which a rebuilt record (a new schema, the same facts) must leave alone."""
    data = json.loads(text)
    for result in data if isinstance(data, list) else [data]:
        result["record"] = {k: v for k, v in result["record"].items() if k not in ("path", "sha256")}
    return json.dumps(data, ensure_ascii=False, indent=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("dir", type=Path)
    parser.add_argument("--record-rebuilt", action="store_true", help="compare without the record's path and checksum")
    args = parser.parse_args(argv)
    args.dir = args.dir.resolve()
    os.chdir(ROOT)
    items = articles()
    if args.action == "save":
        args.dir.mkdir(parents=True, exist_ok=True)
        for name, path in items:
            (args.dir / name).write_text(render(path), encoding="utf-8")
        print(f"saved the output of {len(items)} articles in {args.dir}")
        return 0
    differ, missing, shown = [], [], 0
    for name, path in items:
        saved = args.dir / name
        if not saved.is_file():
            missing.append(name)
            continue
        before, after = saved.read_text(encoding="utf-8"), render(path)
        if args.record_rebuilt:
            before, after = without_record_file(before), without_record_file(after)
        if before != after:
            differ.append(name)
            if shown < 3:
                shown += 1
                diff = difflib.unified_diff(
                    before.splitlines(), after.splitlines(), "before/" + name, "after/" + name, lineterm="", n=1
                )
                print("\n".join(list(diff)[:40]))
    same = len(items) - len(differ) - len(missing)
    print(f"{len(items)} articles: {same} identical, {len(differ)} different, {len(missing)} not saved before")
    for name in differ:
        print(f"  different: {name}")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
