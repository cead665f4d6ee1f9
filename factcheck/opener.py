"""Open a web address in the reader's browser through the system's opener (no Textual here).

Only ``http``/``https`` addresses are handed on: article and record text is untrusted, and an opener given a
``file:`` or custom-scheme address can start programs. When the system has no opener, the caller shows the
address instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from urllib.parse import urlsplit

#: Openers tried in order (macOS's ``open``, the freedesktop one, WSL's).
OPENERS = ("open", "xdg-open", "wslview") if sys.platform == "darwin" else ("xdg-open", "wslview", "open")


def web_address(url: str) -> str | None:
    """``url`` if it is a plain http(s) address with a host, else None."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c in url for c in "\n\r\t \x00"):
        return None
    return url


def opener_command() -> list[str] | None:
    """The command that opens an address (``$FACTCHECK_OPENER`` first, e.g. for a particular browser)."""
    chosen = os.environ.get("FACTCHECK_OPENER", "").strip()
    if chosen:
        return chosen.split()
    for name in OPENERS:
        path = shutil.which(name)
        if path:
            return [path]
    return None


def open_url(url: str) -> bool:
    """Hand ``url`` to the system opener, detached; False when there is none or it cannot be started."""
    address = web_address(url)
    command = opener_command()
    if address is None or command is None:
        return False
    try:
        subprocess.Popen(  # noqa: S603 (a fixed opener and one checked address, no shell)
            [*command, address],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True
