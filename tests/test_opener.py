"""The system opener gets only plain web addresses."""

from __future__ import annotations

import pytest

from factcheck import opener


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.net/a?b=1", True),
        ("http://example.net", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("https://", False),
        ("https://example.net/a b", False),
        ("ssh://host", False),
    ],
)
def test_only_web_addresses(url: str, ok: bool) -> None:
    assert (opener.web_address(url) is not None) is ok


def test_open_url_runs_the_opener(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[list[str]] = []
    monkeypatch.setenv("FACTCHECK_OPENER", "my-browser --new-tab")
    monkeypatch.setattr(opener.subprocess, "Popen", lambda args, **kw: started.append(args))
    assert opener.open_url("https://example.net/x")
    assert started == [["my-browser", "--new-tab", "https://example.net/x"]]
    assert not opener.open_url("file:///etc/passwd") and len(started) == 1


def test_no_opener(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTCHECK_OPENER", raising=False)
    monkeypatch.setattr(opener.shutil, "which", lambda name: None)
    assert opener.opener_command() is None and not opener.open_url("https://example.net")
