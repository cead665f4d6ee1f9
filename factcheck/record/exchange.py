"""Contacts in and out of the record as CSV or JSON, losslessly (export → import → export is identical).

Both formats carry one contact per row/object with the fields of ``EXPORT_FIELDS``. In CSV, lists
(participants, roles, sources) are joined by " | "; in JSON they are arrays. Import checks every row
first and adds all of them in one transaction or none, naming each bad row as ``line N: field: reason``.
``write_data_dir`` writes a whole record back as the data/ CSV files that ``db build`` reads.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import RecordError
from factcheck.models import Contact
from factcheck.record.datafiles import COLUMNS, csv_text, split_urls
from factcheck.record.schema import URL_SEP
from factcheck.record.validate import Issue, NewContact, validate_new_contact

if TYPE_CHECKING:
    from factcheck.record.store import Record

EXPORT_FIELDS = (
    "id",
    "date",
    "kind",
    "participants",
    "roles",
    "status",
    "part_of",
    "initiator",
    "duration_min",
    "duration_text",
    "location",
    "topics",
    "sources",
    "confidence",
    "notes",
)
LIST_FIELDS = ("participants", "roles", "sources")
INT_FIELDS = ("id", "part_of", "duration_min")
FORMATS = ("csv", "json")
MAX_INT = 2**63 - 1  # SQLite's largest integer
MAX_DIGITS = 30  # a longer number is refused before it is converted (Python refuses 4,300 digits with a traceback)
MAX_IMPORT_BYTES = 64 * 1024 * 1024  # an import file larger than this is refused (--max-size raises it)


class ImportRejected(RecordError):
    """An import with bad rows: nothing was added. ``problems`` holds one 'line N: field: reason' each."""

    def __init__(self, path: str | Path, problems: list[str]):
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s) in the file, nothing imported")


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[int, ...]  # contact ids, in file order
    warnings: tuple[str, ...]  # "line N: field: message"


# ---------------------------------------------------------------- export


def contact_fields(c: Contact) -> dict[str, Any]:
    return {
        "id": c.id,
        "date": c.date.isoformat(),
        "kind": c.kind,
        "participants": list(c.participants),
        "roles": list(c.roles) if any(c.roles) else [],
        "status": c.status,
        "part_of": c.part_of,
        "initiator": c.initiator,
        "duration_min": c.duration_min,
        "duration_text": c.duration_text,
        "location": c.location,
        "topics": c.topics,
        "sources": list(c.sources),
        "confidence": c.confidence,
        "notes": c.notes,
    }


def export_contacts(record: Record, fmt: str) -> str:
    """Every contact of the record, sorted by id, as CSV or JSON (one object per line) text."""
    rows = [contact_fields(c) for c in sorted(record.all_contacts(), key=lambda c: c.id)]
    if fmt == "json":
        from factcheck.safe_text import json_for_html

        lines = ",\n".join(json_for_html(json.dumps(r, ensure_ascii=False)) for r in rows)
        return "[\n" + lines + ("\n" if rows else "") + "]\n"
    if fmt != "csv":
        raise RecordError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    return csv_text(
        EXPORT_FIELDS, ([URL_SEP.join(r[k]) if k in LIST_FIELDS else r[k] for k in EXPORT_FIELDS] for r in rows)
    )


# ---------------------------------------------------------------- import


def _csv_rows(text: str, path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.reader(io.StringIO(text))
    out: list[tuple[int, dict[str, Any]]] = []
    try:
        header = next(reader, None)
        if header is None:
            return []
        start = reader.line_num + 1
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) != len(header):
                    out.append((start, {"__problem__": f"{len(cells)} cells for {len(header)} columns"}))
                else:
                    out.append((start, dict(zip((h.strip() for h in header), cells))))
            start = reader.line_num + 1
    except csv.Error as exc:  # e.g. a lone carriage return in an unquoted cell
        raise RecordError(f"{path}: line {reader.line_num}: not valid CSV ({_clip(str(exc))})") from None
    return out


class _BigNumber(str):
    """A JSON integer too long to be any id or count (kept as its digits, so nothing converts it)."""


def _json_int(digits: str) -> int | _BigNumber:
    return _BigNumber(digits) if len(digits) > MAX_DIGITS else int(digits)


def _json_rows(text: str, path: str | Path) -> list[tuple[int, dict[str, Any]]]:
    """The objects of a JSON array, each with the line it starts on; nothing but white space may follow."""
    decoder = json.JSONDecoder(parse_int=_json_int)
    pos = len(text) - len(text.lstrip())
    if not text[pos : pos + 1] == "[":
        raise RecordError(f"{path}: a JSON import is an array of contact objects")
    pos += 1
    out: list[tuple[int, dict[str, Any]]] = []
    line, counted = 1, 0  # the line at ``counted``, advanced as the array is read (linear in the file)
    while True:
        while pos < len(text) and (text[pos].isspace() or text[pos] == ","):
            pos += 1
        if pos >= len(text):
            raise RecordError(f"{path}: the JSON array is not closed")
        line += text.count("\n", counted, pos)
        counted = pos
        if text[pos] == "]":
            rest = text[pos + 1 :].lstrip()
            if rest:
                at = line + text.count("\n", pos, len(text) - len(rest))
                raise RecordError(f"{path}: line {at}: text after the array ({_clip(rest)!r}); nothing may follow ']'")
            return out
        try:
            item, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise RecordError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise RecordError(f"{path}: line {line}: not valid JSON (nested too deeply)") from None
        except ValueError as exc:  # e.g. Python's limit on the digits of a number
            raise RecordError(f"{path}: line {line}: not valid JSON ({_clip(str(exc))})") from None
        out.append((line, item if isinstance(item, dict) else {"__problem__": "not a JSON object"}))


def _clip(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _no_surrogates(text: str, field: str) -> str:
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise ValueError("contains a lone surrogate (not Unicode text)")
    return text


def _list(value: Any, field: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        _no_surrogates(value, field)
        return (
            tuple(split_urls(value)) if field == "sources" else tuple(v.strip() for v in value.split(URL_SEP.strip()))
        )
    if isinstance(value, list) and all(isinstance(v, str) and not isinstance(v, _BigNumber) for v in value):
        return tuple(_no_surrogates(v, field).strip() for v in value)
    raise ValueError("must be a list of text (or text joined by ' | ')")


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, _BigNumber) or (isinstance(value, str) and len(value.strip()) > MAX_DIGITS):
        raise ValueError(f"a number of {len(value.strip())} digits is too large")
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{_clip(repr(value))} is not a whole number")
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"{_clip(repr(value))} is not a whole number") from None
    if not -MAX_INT <= number <= MAX_INT:
        raise ValueError(f"{number} is too large (at most {MAX_INT})")
    return number


def parse_row(raw: dict[str, Any]) -> tuple[NewContact | None, list[Issue]]:
    """A NewContact from one imported row (CSV cells or a JSON object), or the issues that prevent it."""
    if "__problem__" in raw:
        return None, [Issue("row", raw["__problem__"])]
    issues = [Issue(_clip(k), "unknown field") for k in raw if k not in EXPORT_FIELDS]
    values: dict[str, Any] = {}
    for field in EXPORT_FIELDS:
        value = raw.get(field)
        try:
            if field in LIST_FIELDS:
                values[field] = _list(value, field)
            elif field in INT_FIELDS:
                values[field] = _int(value)
            elif field == "date":
                values[field] = date.fromisoformat(str(value or "").strip())
            elif value is not None and (not isinstance(value, str) or isinstance(value, _BigNumber)):
                raise ValueError(f"{_clip(repr(value))} is not text")
            else:
                values[field] = _no_surrogates(value or "", field).strip()
        except ValueError as exc:
            shown = _clip(repr(value))
            reason = str(exc) if field != "date" else f"{shown} is not a date (YYYY-MM-DD)" if value else "missing"
            issues.append(Issue(field, reason))
    if issues:
        return None, issues
    for field, default in (("status", "confirmed"), ("confidence", "high")):
        values[field] = values[field] or default
    if not values["kind"]:
        return None, [Issue("kind", "missing")]
    return NewContact(**values), []


def read_import(path: str | Path, max_bytes: int = MAX_IMPORT_BYTES) -> list[tuple[int, dict[str, Any]]]:
    from factcheck.files import read_input

    p = Path(path)
    if not p.exists() and not p.is_symlink():
        raise RecordError(f"import file not found: {p}")
    raw = read_input(p, max_bytes, what="import file", error=RecordError)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RecordError(f"{p}: not UTF-8 text") from None
    if p.suffix.lower() == ".json":
        return _json_rows(text, p)
    if p.suffix.lower() == ".csv":
        return _csv_rows(text, p)
    raise RecordError(f"{p}: import reads .csv or .json files")


def import_contacts(
    record: Record, path: str | Path, *, today: date | None = None, max_bytes: int = MAX_IMPORT_BYTES
) -> ImportResult:
    """Check every row of ``path``, then add all of them in one transaction — or raise ImportRejected."""
    problems: list[str] = []
    warnings: list[str] = []
    parsed = []
    for line, raw in read_import(path, max_bytes):
        new, issues = parse_row(raw)
        problems += [f"line {line}: {i}" for i in issues]
        if new is not None:
            parsed.append((line, new))
    batch_ids = frozenset(new.id for _, new in parsed if new.id is not None)
    batch_part_of = {new.id: new.part_of for _, new in parsed if new.id is not None}
    accepted: list[NewContact] = []
    for line, new in parsed:
        errors, warns = validate_new_contact(
            record, new, today=today, earlier=tuple(accepted), batch_ids=batch_ids, batch_part_of=batch_part_of
        )
        problems += [f"line {line}: {e}" for e in errors]
        warnings += [f"line {line}: {w}" for w in warns]
        accepted.append(new)
    if problems:
        raise ImportRejected(path, sorted(problems, key=lambda p: int(p.split(":")[0].removeprefix("line "))))
    from factcheck.record.write import insert_contacts

    with record.transaction() as conn:
        ids = insert_contacts(conn, record, accepted) if accepted else []
    return ImportResult(tuple(ids), tuple(warnings))


# ---------------------------------------------------------------- the data/ files


def write_data_dir(record: Record, directory: str | Path) -> list[Path]:
    """Write the whole record as the data/ CSV files that ``factcheck db build`` reads back."""
    from factcheck.report.output import write_report

    from factcheck.record.browse import dump_tables

    tables = dump_tables(record)
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for name, columns in COLUMNS.items():
        written.append(write_report(root / name, csv_text(columns, tables[name]), force=True))
    return written
