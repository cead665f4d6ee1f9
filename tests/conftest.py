"""Shared fixtures. Tests never touch the committed claims.db: they use a temporary copy."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The review app's default state file lives under $XDG_DATA_HOME: point it at a fresh directory before any
# test module builds its subprocess environment, so no test reads (or depends on) the user's own state.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="factcheck-test-data-")

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DB = ROOT / "claims.db"
EXAMPLE = ROOT / "examples" / "summit-call.txt"


@pytest.fixture(scope="session")
def session_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only-by-convention copy of the bundled record shared by tests that only read."""
    path = tmp_path_factory.mktemp("record") / "claims.db"
    shutil.copyfile(BUNDLED_DB, path)
    return path


@pytest.fixture
def db_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled record that a test may modify."""
    path = tmp_path / "claims.db"
    shutil.copyfile(BUNDLED_DB, path)
    return path


@pytest.fixture(scope="session")
def record(session_db: Path):
    from factcheck.record import Record

    rec = Record.open(session_db)
    yield rec
    rec.close()


@pytest.fixture(scope="session")
def gaz(record):
    from factcheck.check import gazetteer_for

    return gazetteer_for(record)
