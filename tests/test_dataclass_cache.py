"""The dataclass-method cache: a class whose methods come from the file is the class ``dataclasses`` makes,
and a damaged, missing or turned-off cache only means compiling afresh."""

from __future__ import annotations

import dataclasses
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck import dataclass_cache

# a record of the engine's shape: frozen, defaults, a factory, a field left out of comparison
SOURCE = '''
from dataclasses import dataclass, field

@dataclass(frozen=True)
class Sighting:
    """A contact seen in a sentence."""
    day: str
    parties: tuple[str, ...] = ()
    kinds: list[str] = field(default_factory=list, hash=False)
    note: str = field(default="", compare=False)
'''


def _make() -> type:
    namespace: dict[str, object] = {"__name__": "sightings"}
    exec(compile(SOURCE, "sightings.py", "exec", dont_inherit=True), namespace)
    made = namespace["Sighting"]
    assert isinstance(made, type)
    return made


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    dataclass_cache.FILE.clear()
    assert dataclass_cache.install()
    yield tmp_path
    dataclass_cache.uninstall()
    dataclass_cache.FILE.clear()


def _behaves_as_plain(cls: type) -> None:
    dataclass_cache.uninstall()
    try:
        plain = _make()
    finally:
        dataclass_cache.install()
    assert str(inspect.signature(cls)) == str(inspect.signature(plain))
    a, b = cls("2025-06-14", ("Putin", "Trump"), note="x"), cls("2025-06-14", ("Putin", "Trump"), note="y")
    assert a == b and hash(a) == hash(b)  # the note is left out of comparison, as declared
    assert repr(a) == repr(plain("2025-06-14", ("Putin", "Trump"), note="x"))
    assert cls("2025-06-14").kinds == [] and cls("2025-06-14").kinds is not cls("2025-06-14").kinds
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.day = "2025-06-15"  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        cls()


def test_a_class_made_from_the_file_is_the_one_dataclasses_makes(installed: Path) -> None:
    first = _make()
    dataclass_cache.FILE.save()
    assert [p.name.split("-")[0] for p in installed.iterdir()] == ["dataclass"]
    dataclass_cache.FILE.clear()
    again = _make()  # every method from the file this time
    assert dataclass_cache.FILE._entries and all(k in dataclass_cache.FILE for k in dataclass_cache.FILE._entries)
    _behaves_as_plain(first)
    _behaves_as_plain(again)


def test_the_code_is_what_exec_would_compile(installed: Path) -> None:
    """No future flag of this module (``annotations``) leaks into the generated methods."""
    text = "def __create_fn__():\n def f(x: int) -> int:\n  return x\n return f"
    assert dataclass_cache.code_for(text) == compile(text, "<string>", "exec", dont_inherit=True)
    namespace: dict[str, object] = {}
    dataclass_cache.cached_exec(text, {}, namespace)
    f = namespace["__create_fn__"]()  # type: ignore[operator]
    assert f.__annotations__ == {"x": int, "return": int}  # evaluated, as without the future import


def test_a_damaged_file_or_entry_means_compiling_afresh(installed: Path) -> None:
    _make()
    dataclass_cache.FILE.save()
    (written,) = installed.iterdir()
    for junk in (b"", b"\x00garbage", written.read_bytes()[:40]):
        written.write_bytes(junk)
        dataclass_cache.FILE.clear()
        _behaves_as_plain(_make())
    _make()
    dataclass_cache.FILE.save()  # a good file again
    dataclass_cache.FILE.clear()
    entries = dataclass_cache.FILE._load()
    assert len(entries) >= 5  # __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__
    for key in entries:
        entries[key] = b"\x00not marshal"  # every entry damaged
    _behaves_as_plain(_make())
    assert all(dataclass_cache.FILE.get(key) is not None for key in list(entries))  # and compiled afresh


def test_an_empty_cache_setting_leaves_dataclasses_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    dataclass_cache.uninstall()
    assert not dataclass_cache.install()
    assert "exec" not in vars(dataclasses)


def test_the_cli_module_defines_no_dataclass_before_main_installs_the_cache() -> None:
    """``main`` installs the cache first thing, so importing the CLI must not make a dataclass yet."""
    probe = (
        "import sys, factcheck.cli\n"
        "made = [f'{m}.{n}' for m, mod in list(sys.modules.items()) if m.startswith('factcheck')"
        " for n, v in vars(mod).items() if isinstance(v, type) and '__dataclass_fields__' in vars(v)]\n"
        "print(made)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
