"""The compiled-pattern cache: a pattern rebuilt from the file behaves as ``re.compile``'s, and a damaged,
missing or unwritable cache only means compiling afresh."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import regex_cache

# a pattern of the engine's shape: named groups, a look-behind, an alternation, case-insensitive
PATTERN = r"(?<![\w-])(?P<n>first|second|третий)\s+(?:call|звонок)(?:\s+since\s+(?P<y>\d{4}))?"
TEXTS = ("the first call since 2022", "Second CALL", "третий звонок", "a first-call", "none here")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    regex_cache.clear()
    yield tmp_path
    regex_cache.clear()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        got, want = a.search(text), b.search(text)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict())), text


def test_a_pattern_read_back_from_the_file_is_the_one_re_compiles(cache_dir: Path) -> None:
    first = regex_cache.compile(PATTERN, re.I)
    regex_cache.save()
    (written,) = cache_dir.iterdir()
    regex_cache.clear()
    again = regex_cache.compile(PATTERN, re.I)
    assert (PATTERN, int(re.I)) in regex_cache.FILE
    _same(first, re.compile(PATTERN, re.I))
    _same(again, re.compile(PATTERN, re.I))
    assert written.name.startswith(f"regex-{sys.implementation.cache_tag}-")


def test_a_damaged_cache_file_means_compiling_afresh(cache_dir: Path) -> None:
    regex_cache.compile(PATTERN)
    regex_cache.save()
    (written,) = cache_dir.iterdir()
    for junk in (b"", b"\x00garbage", written.read_bytes()[:40]):
        written.write_bytes(junk)
        regex_cache.clear()
        _same(regex_cache.compile(PATTERN), re.compile(PATTERN))


def test_an_entry_with_wrong_code_is_compiled_afresh(cache_dir: Path) -> None:
    regex_cache.compile(PATTERN)
    key = (PATTERN, 0)
    entry = regex_cache.FILE.get(key)
    assert entry is not None
    flags, groups, index, names, code = entry
    regex_cache.FILE.put(key, (flags, groups, index, names, [99999, *code[1:]]))  # not SRE code
    regex_cache._built.clear()  # a new process: the pattern is rebuilt from the entry
    _same(regex_cache.compile(PATTERN), re.compile(PATTERN))
    assert regex_cache.FILE.get(key) == entry  # the bad entry was replaced by the compiled one


def test_an_empty_cache_setting_turns_the_file_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    regex_cache.clear()
    try:
        assert regex_cache.cache_path() is None
        _same(regex_cache.compile(PATTERN), re.compile(PATTERN))
        regex_cache.save()
        assert list(tmp_path.iterdir()) == []
    finally:
        regex_cache.clear()


def _check_example(cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache)}
    example = Path(__file__).resolve().parent.parent / "examples" / "summit-call.txt"
    command = [sys.executable, "-m", "factcheck", "check", str(example), "--format", "json"]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    run = _check_example(blocker / "cache")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""


def test_the_engine_gives_the_same_findings_from_a_warm_cache(tmp_path: Path) -> None:
    cold, warm = _check_example(tmp_path), _check_example(tmp_path)
    written = sorted(p.name.split("-")[0] for p in tmp_path.iterdir())
    assert written == ["dataclass", "regex"]  # the first run wrote the caches, the second read them
    assert cold.stdout == warm.stdout and cold.stdout


def test_a_pattern_asked_for_again_is_the_same_object(cache_dir: Path) -> None:
    """Some patterns are asked for per article (the sentence splitter's, per language): the second ask
    must cost a lookup, as with re's own cache, not a rebuild (a rebuild made a warm check 3 times slower)."""
    assert regex_cache.compile(PATTERN, re.I) is regex_cache.compile(PATTERN, re.I)
    for n in range(regex_cache.MAX_BUILT + 5):  # bounded: the oldest go
        regex_cache.compile(rf"x{{{n}}}")
    assert len(regex_cache._built) == regex_cache.MAX_BUILT
