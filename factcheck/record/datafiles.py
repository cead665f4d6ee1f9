"""The editable source of the record: the CSV files in ``data/``, read into rows ready for the tables.

Each file has a header line; cells are UTF-8 text. Several URLs in one cell are joined by " | ".
Rows keep the order of the files, so the same files always give the same database.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import RecordError
from factcheck.files import read_input
from factcheck.record.schema import URL_SEP

MAX_DATA_BYTES = 512 * 1024 * 1024  # one data/ file; the whole record's contacts.csv is well under 1 MB

FILES = (
    "countries.csv",
    "country_aliases.csv",
    "people.csv",
    "aliases.csv",
    "offices.csv",
    "contacts.csv",
    "participants.csv",
    "coverage.csv",
    "events.csv",
)

COLUMNS = {
    "countries.csv": ("country", "iso2"),
    "country_aliases.csv": ("country", "alias"),
    "people.csv": ("id", "name", "country"),
    "aliases.csv": ("person_id", "alias"),
    "offices.csv": ("person_id", "country", "title", "start", "end", "source_urls"),
    "contacts.csv": (
        "id",
        "date",
        "kind",
        "status",
        "part_of",
        "initiator",
        "duration_min",
        "duration_text",
        "location",
        "topics",
        "source_urls",
        "confidence",
        "notes",
    ),
    "participants.csv": ("contact_id", "position", "person_id", "role"),
    "coverage.csv": ("person_a", "person_b", "start", "end", "complete", "note"),
    "events.csv": ("id", "date", "kind", "country", "person_id", "name", "source_urls"),
}


# Free text is kept exactly as written (white space and line breaks included), so that ``db export
# --format data`` then ``db build`` gives back every field; ids, dates, numbers and names are trimmed.
FREE_TEXT = {
    "offices.csv": ("title", "source_urls"),
    "contacts.csv": ("initiator", "duration_text", "location", "topics", "notes"),
    "participants.csv": ("role",),
    "coverage.csv": ("note",),
}


@dataclass(frozen=True, slots=True)
class DataFiles:
    """The rows of every data/ file (dicts keyed by the file's columns) and a digest of their bytes."""

    tables: dict[str, list[dict[str, str]]]
    digest: str

    def rows(self, name: str) -> list[dict[str, str]]:
        return self.tables[name]


def read_data(directory: str | Path) -> DataFiles:
    """Read every file of the data directory, checking that each has the expected columns."""
    root = Path(directory)
    if not root.is_dir():
        raise RecordError(f"data directory not found: {root}")
    tables: dict[str, list[dict[str, str]]] = {}
    sha = hashlib.sha256()
    for name in FILES:
        path = root / name
        if not path.exists():
            raise RecordError(f"data file missing: {path}")
        raw = read_input(path, MAX_DATA_BYTES, what="data file", option="", error=RecordError)
        sha.update(name.encode() + b"\0" + raw + b"\0")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RecordError(f"{path}: not UTF-8 text") from None
        # newline="": line breaks inside a quoted cell (and U+2028, which str.splitlines would split on)
        # are the cell's own text
        reader = csv.DictReader(io.StringIO(text, newline=""))
        missing = [c for c in COLUMNS[name] if c not in (reader.fieldnames or ())]
        if missing:
            raise RecordError(f"{path}: missing column(s) {', '.join(missing)}")
        exact = FREE_TEXT.get(name, ())
        try:
            tables[name] = [
                {k: (r.get(k) or "") if k in exact else (r.get(k) or "").strip() for k in COLUMNS[name]} for r in reader
            ]
        except csv.Error as exc:
            raise RecordError(f"{path} line {reader.line_num}: not a readable CSV row ({exc})") from None
    return DataFiles(tables, sha.hexdigest())


def _csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_text(header: tuple[str, ...] | list[str], rows: Iterable[Iterable[object]]) -> str:
    """CSV with "\\n" line ends, every cell holding a comma, quote, CR or LF quoted (the csv module, with
    ``lineterminator="\\n"``, leaves a lone CR bare, and a reader then splits the row there)."""
    lines = [",".join(_csv_cell(c) for c in header)]
    lines += [",".join(_csv_cell(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


def split_urls(cell: str) -> list[str]:
    return [u.strip() for u in cell.split(URL_SEP.strip()) if u.strip()]


def join_urls(urls: list[str] | tuple[str, ...]) -> str:
    return URL_SEP.join(urls)
