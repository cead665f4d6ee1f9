"""The language boundary (#13): every word of a language lives in its pack under factcheck/lang/.

Outside the packs no module holds Cyrillic text or compares a language to a language code; the packs
themselves fill in every field of the shared dataclasses, so a detector can ask any pack for anything.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from factcheck.lang import LANGUAGES, detect, either, grammar, lexicon, sentence_language
from factcheck.lang.base import Grammar

ROOT = Path(__file__).resolve().parent.parent / "factcheck"
CYRILLIC = re.compile(r"[\u0400-\u04FF\u0500-\u052F]")


def _outside_packs() -> list[Path]:
    return [p for p in sorted(ROOT.rglob("*")) if p.is_file() and "lang" not in p.relative_to(ROOT).parts[:1]]


def test_no_cyrillic_outside_the_language_packs() -> None:
    found = []
    for path in _outside_packs():
        if path.suffix not in (".py", ".tcss", ".md", ".txt", ".json", ".html", ".css"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if CYRILLIC.search(line):
                found.append(f"{path.relative_to(ROOT.parent)}:{n}: {line.strip()[:80]}")
    assert not found, "Cyrillic outside factcheck/lang/:\n" + "\n".join(found)


def _compares_to_a_language(node: ast.Compare) -> bool:
    sides = [node.left, *node.comparators]
    literals = [s.value for s in sides if isinstance(s, ast.Constant) and isinstance(s.value, str)]
    for s in sides:  # "x in ('en', 'ru')"
        if isinstance(s, ast.Tuple | ast.List | ast.Set):
            literals += [e.value for e in s.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return any(v in LANGUAGES for v in literals)


def test_no_branch_on_a_language_code_outside_the_packs() -> None:
    found = []
    for path in _outside_packs():
        if path.suffix != ".py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [
            f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Compare) and _compares_to_a_language(node)
        ]
    assert not found, "a comparison with a language code outside factcheck/lang/:\n" + "\n".join(found)


def test_the_boundary_check_sees_a_language_branch() -> None:
    """The check above is no check if it cannot see the branches it forbids."""
    for source in ('if language == "ru": pass', 'x = lang in ("en", "ru")', 'ok = "en" != ctx.language'):
        node = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Compare))
        assert _compares_to_a_language(node), source
    assert not _compares_to_a_language(ast.parse('x == "all"').body[0].value)  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_pack_fills_in_every_pattern(language: str) -> None:
    g = grammar(language)
    for name in Grammar.fields():
        value = getattr(g, name)
        assert isinstance(value, re.Pattern | tuple), f"{language}: {name} is not a pattern"
    assert lexicon(language).language == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_hedge_word_names_a_qualifier(language: str) -> None:
    from factcheck.models import Qualifier

    assert set(lexicon(language).qualifiers.values()) <= {q.value for q in Qualifier} - {""}


def test_a_pack_that_leaves_out_a_pattern_is_refused() -> None:
    with pytest.raises(TypeError, match=r"missing \['ago'"):
        Grammar("xx", **{n: re.compile("x") for n in Grammar.fields() if n != "ago"})
    with pytest.raises(TypeError, match=r"unknown \['agoo'\]"):
        Grammar("xx", agoo=re.compile("x"), **{n: re.compile("x") for n in Grammar.fields()})


def test_patterns_are_compiled_on_first_use() -> None:
    from factcheck.lang.base import lazy

    g = Grammar("xx", **{n: lazy(r"\bx\b", re.I) for n in Grammar.fields()})
    assert "ago" not in vars(g)
    assert g.ago.search("a X b") and g.ago is g.ago and "ago" in vars(g)
    with pytest.raises(AttributeError):
        _ = g.no_such_pattern


def test_a_sentence_is_read_in_the_language_of_its_script() -> None:
    assert detect("Putin and Trump spoke") == "en"
    assert detect("Путин и Трамп поговорили") == "ru"
    assert detect("") == LANGUAGES[0]
    assert sentence_language("Trump said he spoke with Putin on Friday.", "ru") == "en"
    assert sentence_language("Путин сказал, что говорил с Трампом.", "en") == "ru"
    assert sentence_language("Путин (Putin) говорил", "ru") == "ru"


def test_either_joins_one_fragment_of_every_pack() -> None:
    joined = either("abbreviations")
    for lang in LANGUAGES:
        assert lexicon(lang).abbreviations in joined
