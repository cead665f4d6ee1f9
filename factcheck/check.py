"""The one pipeline every shell calls: article → claims → verdicts.

``check_article`` is pure (article + open record → CheckResult); the others add file handling.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from factcheck.article import load_article
from factcheck.extract import Gazetteer, extract_claims
from factcheck.models import Article, CheckResult
from factcheck.verify import Verifier


def gazetteer_for(record) -> Gazetteer:  # noqa: ANN001 (factcheck.record.Record)
    """The record's people, offices and country names, compiled once per record file version."""
    return _gazetteer(record.info.sha256, record)


@lru_cache(maxsize=8)
def _gazetteer(_sha: str, record) -> Gazetteer:  # noqa: ANN001
    return Gazetteer(record.people(), record.offices(), record.country_aliases())


_CONTACTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _contacts_cache(record) -> dict:  # noqa: ANN001
    """The pair contacts read from an open record, shared by every article checked against it; dropped
    when the record writes (its ``info`` is then recomputed)."""
    info = record.info
    held = _CONTACTS.get(record)
    if held is None or held[0] is not info:
        held = _CONTACTS[record] = (info, {})
    return held[1]


def check_article(article: Article, record) -> CheckResult:  # noqa: ANN001
    gaz = gazetteer_for(record)
    verifier = Verifier(record, gaz, article.language, _contacts_cache(record))
    findings = tuple(verifier.verify(c) for c in extract_claims(article, gaz))
    return CheckResult(article=article, record=record.info, findings=findings)


def load_and_check(path: str, db: str | None = None, published: str | date | None = None) -> CheckResult:
    from factcheck.record import Record

    with Record.open(db) as record:
        return check_article(load_article(path, published), record)


def check_paths(paths: Iterable[str], db: str | None = None, published: str | date | None = None) -> list[CheckResult]:
    from factcheck.record import Record

    with Record.open(db) as record:
        return [check_article(load_article(p, published), record) for p in paths]
