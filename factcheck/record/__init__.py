"""The record: claims.db, built from data/ and kept with the ``factcheck db`` commands.

All SQL for claims.db lives in this package. Import what you need from here:

    from factcheck.record import Record, default_db_path, build_record

Only the store loads with the package; building and validating load when first asked for (a check never
builds, so it does not pay for them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factcheck.record.schema import SCHEMA_VERSION
from factcheck.record.store import Record, default_db_path

if TYPE_CHECKING:
    from factcheck.record.build import build_record
    from factcheck.record.validate import Issue, NewContact, validate_new_contact

__all__ = ["SCHEMA_VERSION", "Issue", "NewContact", "Record", "build_record", "default_db_path", "validate_new_contact"]

_LAZY = {
    "build_record": "factcheck.record.build",
    "Issue": "factcheck.record.validate",
    "NewContact": "factcheck.record.validate",
    "validate_new_contact": "factcheck.record.validate",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
