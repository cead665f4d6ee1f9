"""The record: claims.db, built from data/ and kept with the ``factcheck db`` commands.

All SQL for claims.db lives in this package. Import what you need from here:

    from factcheck.record import Record, default_db_path, build_record
"""

from factcheck.record.build import build_record
from factcheck.record.schema import SCHEMA_VERSION
from factcheck.record.store import Record, default_db_path
from factcheck.record.validate import Issue, NewContact, validate_new_contact

__all__ = ["SCHEMA_VERSION", "Issue", "NewContact", "Record", "build_record", "default_db_path", "validate_new_contact"]
