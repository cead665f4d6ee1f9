"""The editable source of the record: the CSV files in ``data/``, read into rows ready for the tables.

Each file has a header line; cells are UTF-8 text. Several URLs in one cell are joined by " | ".
Rows keep the order of the files, so the same files always give the same database.
"""

from __future__ import annotations

import csv
import hashlib
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
)

COLUMNS = {
    "countries.csv": ("country", "iso2"),
    "country_aliases.csv": ("country", "alias"),
    "people.csv": ("id", "name", "country"),
    "aliases.csv": ("person_id", "alias"),
    "offices.csv": ("person_id", "country", "title", "start", "end", "source_urls"),
    "contacts.csv": (
        "id", "date", "kind", "status", "part_of", "initiator", "duration_min", "duration_text",
        "location", "topics", "source_urls", "confidence", "notes",
    ),
    "participants.csv": ("contact_id", "position", "person_id", "role"),
    "coverage.csv": ("person_a", "person_b", "start", "end", "complete", "note"),
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
        reader = csv.DictReader(text.splitlines())
        missing = [c for c in COLUMNS[name] if c not in (reader.fieldnames or ())]
        if missing:
            raise RecordError(f"{path}: missing column(s) {', '.join(missing)}")
        tables[name] = [{k: (r.get(k) or "").strip() for k in COLUMNS[name]} for r in reader]
    return DataFiles(tables, sha.hexdigest())


def split_urls(cell: str) -> list[str]:
    return [u.strip() for u in cell.split(URL_SEP.strip()) if u.strip()]


def join_urls(urls: list[str] | tuple[str, ...]) -> str:
    return URL_SEP.join(urls)
