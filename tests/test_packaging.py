"""A non-editable install carries the bundled record as a real file."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import BUNDLED_DB, ROOT


def test_the_wheel_holds_claims_db(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = tmp_path.glob("factcheck-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        data = zf.read("factcheck/claims.db")
        assert "factcheck/tui/app.tcss" in zf.namelist()
    assert hashlib.sha256(data).hexdigest() == hashlib.sha256(BUNDLED_DB.read_bytes()).hexdigest()
