"""The layers hold: the core never imports Textual, headless commands stay light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"
SHELLS = set((PACKAGE / "cli").glob("*.py"))  # the command line: it may start the review app


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "tui" not in p.relative_to(PACKAGE).parts and p not in SHELLS]


def test_core_source_never_imports_textual() -> None:
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "textual" or n.startswith(("textual.", "factcheck.tui")) for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_sql_lives_in_the_record_module() -> None:
    offenders = []
    for path in core_modules():
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in ("record",) or rel.name == "review.py":
            continue  # the record, and the review state's own database
        text = path.read_text(encoding="utf-8")
        if "import sqlite3" in text or "sqlite_utils" in text:
            offenders.append(str(rel))
    assert offenders == []


def test_checking_imports_neither_textual_nor_dateparser() -> None:
    code = (
        "import sys, factcheck.cli, factcheck.check, factcheck.verify, factcheck.extract, factcheck.report.console\n"
        "from factcheck.check import load_and_check\n"
        f"load_and_check({str(ROOT / 'examples' / 'summit-call.txt')!r})\n"
        "bad = [m for m in ('textual', 'dateparser') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
