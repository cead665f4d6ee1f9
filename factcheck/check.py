"""The one pipeline every shell calls: article → claims → verdicts.

``check_article`` is pure (article + open record → CheckResult); the others add file handling.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.article import MAX_BYTES, load_article
from factcheck.consistency import find_conflicts
from factcheck.extract import Gazetteer, extract_claims
from factcheck.leaders import Leaders
from factcheck.models import Article, CheckResult
from factcheck.verify import Verifier, compose
from factcheck.verify.verifier import ContactsCache

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.pool import Pool

    from factcheck.errors import FactcheckError
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
        if jobs == 1 or len(paths) < 2 or "-" in paths:
            out = []
            for p in paths:
                out.append(check_article(load_article(p, published, max_bytes), record))
                if on_done:
                    on_done()
            return out
    return _check_in_pool(paths, db, published, min(jobs, len(paths)), on_done, max_bytes)


# ---------------------------------------------------------------- worker processes

# the record a worker process opened, or the FactcheckError that stopped it
_worker_record: Record | FactcheckError | None = None


def _worker_start(db: str | None) -> None:
    import signal

    from factcheck.errors import FactcheckError
    from factcheck.record import Record

    global _worker_record
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no worker tracebacks
    if hasattr(signal, "pthread_sigmask"):  # forked with Ctrl-C held back (_new_pool): let it in, now ignored
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        _worker_record = Record.open(db)
    except FactcheckError as exc:  # raised with the first article: a failing initializer would be respawned
        _worker_record = exc


def _worker_check(path: str, published: str | date | None = None, max_bytes: int = MAX_BYTES) -> CheckResult:
    if isinstance(_worker_record, Exception):
        raise _worker_record
    assert _worker_record is not None  # set by _worker_start, the pool's initializer
    return check_article(load_article(path, published, max_bytes), _worker_record)


def _new_pool(ctx: BaseContext, jobs: int, db: str | None) -> Pool:
    """A pool of workers started with Ctrl-C held back: an interrupt that lands while the pool is being
    built would leave it half made (a traceback from its finaliser, or workers nobody stops and a hang).
    Held back, it arrives as soon as the pool exists, inside the ``with`` that terminates it; the workers
    ignore it (``_worker_start``) whether it came to them too (a terminal's Ctrl-C) or not."""
    import signal

    masks = hasattr(signal, "pthread_sigmask")  # not on Windows, whose workers are spawned, not forked
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if masks else None
    try:
        return ctx.Pool(jobs, initializer=_worker_start, initargs=(db,))
    finally:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _check_in_pool(
    paths: list[str],
    db: str | None,
    published: str | date | None,
    jobs: int,
    on_done: Callable[[], None] | None,
    max_bytes: int = MAX_BYTES,
) -> list[CheckResult]:
    import multiprocessing
    from functools import partial

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)  # fork: workers start warm
    chunk = max(1, min(32, len(paths) // (jobs * 8)))  # few round trips, yet an even spread and a live progress bar
    out = []
    # leaving the block terminates the workers at once: on an error, and on Ctrl-C
    with _new_pool(ctx, jobs, db) as pool:
        for result in pool.imap(
            partial(_worker_check, published=published, max_bytes=max_bytes), paths, chunksize=chunk
        ):
            out.append(result)
            if on_done:
                on_done()
    return out
