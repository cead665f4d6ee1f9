"""The one pipeline every shell calls: article → claims → verdicts.

``check_article`` is pure (article + open record → CheckResult); the others add file handling.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from factcheck.article import MAX_BYTES, load_article, parse_iso_date
from factcheck.consistency import find_conflicts
from factcheck.extract import Gazetteer, extract_claims
from factcheck.leaders import Leaders
from factcheck.models import Article, CheckResult
from factcheck.verify import Verifier, compose
from factcheck.verify.verifier import ContactsCache

if TYPE_CHECKING:
    from factcheck.models import RecordInfo
    from factcheck.record import Record


def gazetteer_for(record: Record) -> Gazetteer:
    """The record's people, offices and country names, compiled once per record file version."""
    return _gazetteer(record.info.sha256, record)


@lru_cache(maxsize=8)
def _gazetteer(_sha: str, record: Record) -> Gazetteer:
    return Gazetteer(Leaders(record.people(), record.offices(), record.events()), record.country_aliases())


_CONTACTS: weakref.WeakKeyDictionary[Record, tuple[RecordInfo, ContactsCache]] = weakref.WeakKeyDictionary()


def _contacts_cache(record: Record) -> ContactsCache:
    """The pair contacts read from an open record, shared by every article checked against it; dropped
    when the record writes (its ``info`` is then recomputed)."""
    info = record.info
    held = _CONTACTS.get(record)
    if held is None or held[0] is not info:
        held = _CONTACTS[record] = (info, {})
    return held[1]


def check_article(article: Article, record: Record) -> CheckResult:
    gaz = gazetteer_for(record)
    verifier = Verifier(record, gaz.leaders, article.language, _contacts_cache(record))
    findings = compose(tuple(verifier.verify(c) for c in extract_claims(article, gaz)))
    return CheckResult(article=article, record=record.info, findings=findings, conflicts=find_conflicts(findings))


def load_and_check(
    path: str, db: str | None = None, published: str | date | None = None, max_bytes: int = MAX_BYTES
) -> CheckResult:
    from factcheck.record import Record

    with Record.open(db) as record:
        return check_article(load_article(path, published, max_bytes), record)


def check_paths(
    paths: Iterable[str],
    db: str | None = None,
    published: str | date | None = None,
    jobs: int = 1,
    on_done: Callable[[], None] | None = None,
    max_bytes: int = MAX_BYTES,
) -> list[CheckResult]:
    """Check articles in order; ``jobs`` > 1 spreads them over that many worker processes (0: one per
    CPU), each of which opens the record once. ``on_done`` is called after each article (a progress bar)."""
    from factcheck.record import Record

    paths = list(paths)
    jobs = (os.cpu_count() or 1) if jobs <= 0 else jobs
    with Record.open(db) as record:  # refuses a bad database before any worker starts
        if isinstance(published, str):  # and a bad --date: once, not once per article
            published = parse_iso_date(published, "--date")
        if jobs == 1 or len(paths) < 2 or "-" in paths:
            out = []
            for p in paths:
                out.append(check_article(load_article(p, published, max_bytes), record))
                if on_done:
                    on_done()
            return out
    from factcheck.workers import Task, map_in_workers

    task = Task(_open_record, (db,), partial(_check_path, published=published, max_bytes=max_bytes))
    return map_in_workers(task, paths, jobs, on_done)


# ---------------------------------------------------------------- what each worker process runs


def _open_record(db: str | None) -> Record:
    from factcheck.record import Record

    return Record.open(db)


def _check_path(record: Record, path: str, published: str | date | None, max_bytes: int) -> CheckResult:
    return check_article(load_article(path, published, max_bytes), record)
