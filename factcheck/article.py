"""Reading an article: bytes → decoded text, publication date, title, language.

Every offset the tool reports is a Python string offset into ``Article.text``.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from factcheck import regex_cache
from factcheck.errors import InputError
from factcheck.models import Article

MAX_BYTES = 16 * 1024 * 1024  # beyond this an article is refused (checking costs ~2.5 s and ~25 MB per MB of text)

# Publication dates the tool accepts: far enough inside the calendar (years 1–9999) that "last Monday",
# "next week" or "a year ago" can never run off its ends.
FIRST_DAY, LAST_DAY = date(1000, 1, 1), date(8999, 12, 31)

_DATELINE = regex_cache.compile(
    r"\A[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+(?P<url>https?://\S+))?[ \t]*(?:\r?\n)*"
)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def parse_iso_date(value: str, what: str = "date") -> date:
    """A strict YYYY-MM-DD date, or an InputError naming the problem."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or ""):
        raise InputError(f"{what} {value!r} is not in YYYY-MM-DD form")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} {value} does not exist") from None
    if not in_supported_range(day):
        raise InputError(f"{what} {value} is outside the dates factcheck checks ({FIRST_DAY} – {LAST_DAY})")
    return day


def in_supported_range(day: date) -> bool:
    """Whether a publication date leaves the engine's date arithmetic (weeks back, years ahead) room."""
    return FIRST_DAY <= day <= LAST_DAY


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of an article: a regular file or ``-`` (stdin), at most ``max_bytes`` (see factcheck.files)."""
    from factcheck.files import read_input

    return read_input(path, max_bytes, what="article")


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        encoding = "utf-8"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:8192]:
            raise InputError(f"{path}: binary file, not a text article")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid {encoding.upper()} text (bad byte at offset {exc.start})") from None
    if "\x00" in text:
        raise InputError(f"{path}: binary file, not a text article")
    return text


def detect_language(text: str) -> str:
    from factcheck.lang import detect  # the packs load with the first article read

    return detect(text[:20000])


def _title(text: str, start: int) -> str:
    for line in text[start:].splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 200 else ""
    return ""


def from_text(
    text: str,
    *,
    path: str = "<text>",
    published: date | None = None,
    sha256: str | None = None,
    url: str = "",
    title: str = "",
) -> Article:
    """Build an Article from decoded text, reading a leading dateline when no date is given."""
    body_start = 0
    m = _DATELINE.match(text)
    if m:
        body_start = m.end()
        if published is None:
            published = parse_iso_date(m.group("date"), f"{path}: dateline date")
        url = url or (m.group("url") or "")
    if not text[body_start:].strip():
        raise InputError(f"{path}: empty article")
    if published is not None and not in_supported_range(published):
        raise InputError(
            f"{path}: publication date {published} is outside the dates factcheck checks ({FIRST_DAY} – {LAST_DAY})"
        )
    return Article(
        path=path,
        text=text,
        published=published,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title or _title(text, body_start),
        url=url,
        source=_source(url),
        language=detect_language(text),
        body_start=body_start,
    )


def _source(url: str) -> str:
    m = re.match(r"https?://(?:www\.)?(?P<host>[^/]+)", url)
    return m.group("host") if m else ""


def load_article(path: str, published: str | date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read an article file (UTF-8 text, Markdown or saved HTML; ``-`` for stdin) of at most ``max_bytes``."""
    given = parse_iso_date(published, "--date") if isinstance(published, str) else published
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise InputError(f"{path}: empty article")
    sha = hashlib.sha256(data).hexdigest()
    if Path(path).suffix.lower() in _HTML_SUFFIXES:
        from factcheck.html_article import extract_html

        text, meta_date, url, title = extract_html(decode(data, path), path)
        return from_text(text, path=path, published=given or meta_date, sha256=sha, url=url, title=title)
    return from_text(decode(data, path), path=path, published=given, sha256=sha)
