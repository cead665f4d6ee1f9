"""The layers hold: the core never imports Textual, headless commands stay light."""

from __future__ import annotations

import ast
import re
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


def imported(path: Path) -> set[str]:
    """The factcheck modules a source file imports (at any depth in it)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return {n for n in names if n.startswith("factcheck.")}


def test_data_flows_one_way_through_the_engine() -> None:
    """Article → claims → verdicts: extraction knows nothing of verifying, verification nothing of how
    claims were found (both ask factcheck.leaders who held an office), the language packs neither."""
    forbidden = {
        "extract": ("factcheck.verify", "factcheck.report", "factcheck.check"),
        "verify": ("factcheck.extract", "factcheck.report", "factcheck.check"),
        "lang": ("factcheck.extract", "factcheck.verify", "factcheck.record", "factcheck.report"),
    }
    offenders = []
    for layer, banned in forbidden.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            offenders += [f"{path.relative_to(ROOT)} imports {n}" for n in imported(path) if n.startswith(banned)]
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


def test_checking_imports_neither_textual_rich_nor_dateparser() -> None:
    """A ``factcheck check`` with text output loads none of the three (each costs 30 ms or more)."""
    code = (
        "import io, sys, contextlib, factcheck.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    assert factcheck.cli.main(['check', {str(ROOT / 'examples' / 'summit-call.txt')!r}]) in (0, 1)\n"
        "assert 'contradicted' in out.getvalue()\n"
        "bad = [m for m in ('textual', 'rich', 'dateparser') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


REGEX_LOOKS = re.compile(r"\(\?[:P<=!]|\\[sbwd]")  # "(?:", "(?P<", "(?<", "(?=", "(?!", "\s", "\b", "\w", "\d"
REGEX_MAX = 120  # issue 13: a longer pattern is composed from named parts


def _literal_length(source: str, node: ast.Constant | ast.JoinedStr) -> int:
    """A string literal's length; an f-string counts its text and each placeholder's source "{name}".
    Adjacent literals Python joins are one node, so they count as one literal."""
    if isinstance(node, ast.Constant):
        return len(node.value)
    return sum(
        len(v.value) if isinstance(v, ast.Constant) else len(ast.get_source_segment(source, v.value) or "") + 2
        for v in node.values
    )


def _literal_text(node: ast.Constant | ast.JoinedStr) -> str:
    if isinstance(node, ast.Constant):
        return node.value
    return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)


def long_regex_literals(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    inner = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}  # an f-string's parts
    found = []
    for node in ast.walk(tree):
        if id(node) in inner:
            continue
        if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            if REGEX_LOOKS.search(_literal_text(node)) and _literal_length(source, node) > REGEX_MAX:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_regex_literal_over_120_characters() -> None:
    offenders = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in long_regex_literals(path)]
    assert offenders == []
