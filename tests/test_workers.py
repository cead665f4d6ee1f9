"""`factcheck.workers`: the outcome one process would give, and no way to hang when leaving early.

Every call runs under a deadline: the defect this module replaced was a hang (a worker killed while it
held a lock the pool shared), so a regression must fail the test, not stall the suite.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from factcheck.errors import FactcheckError, InputError
from factcheck.workers import Task, WorkerStopped, map_in_workers


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    def expire(*_: object) -> None:
        raise TimeoutError(f"still waiting after {seconds} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert multiprocessing.active_children() == []  # every worker was joined


def _no_setup() -> None:
    return None


def _event_setup(event: Any) -> Any:
    return event


def _double(_: None, item: int) -> int:
    return item * 2


def _fail_on_odd(_: None, item: int) -> int:
    if item % 2:
        raise InputError(f"item {item} is odd")
    return item


def _late_first_failure(event: Any, item: int) -> int:
    """Item 0 fails only once item 2 has begun failing: the later item's error reaches the parent first."""
    if item == 2:
        event.set()
        raise InputError("item 2 failed")
    if item == 0:
        event.wait(30)
        raise InputError("item 0 failed")
    return item


def _die_on_three(_: None, item: int) -> int:
    if item == 3:
        os._exit(9)  # as the kernel's out-of-memory killer would end it: no answer, no clean-up
    return item


def _big(_: None, item: int) -> bytes:
    return bytes(8_000_000)  # far more than a pipe holds: its worker is still sending when it is stopped


def _refuse_setup() -> None:
    raise InputError("the record cannot be opened")


def _unpicklable(_: None, item: int) -> Any:
    return lambda: item


def test_results_come_in_the_items_order() -> None:
    done: list[None] = []
    with deadline(60):
        out = map_in_workers(Task(_no_setup, (), _double), list(range(25)), 2, lambda: done.append(None))
    assert out == [i * 2 for i in range(25)] and len(done) == 25


def test_more_workers_than_items_and_no_items() -> None:
    with deadline(60):
        assert map_in_workers(Task(_no_setup, (), _double), [5], 4) == [10]
        assert map_in_workers(Task(_no_setup, (), _double), [], 4) == []


def test_the_first_failing_item_is_reported() -> None:
    with deadline(60), pytest.raises(InputError, match="item 1 is odd"):
        map_in_workers(Task(_no_setup, (), _fail_on_odd), list(range(12)), 2)


def test_an_earlier_failure_wins_over_one_that_arrived_sooner() -> None:
    event = multiprocessing.get_context("fork").Event()
    with deadline(60), pytest.raises(InputError, match="item 0 failed"):
        map_in_workers(Task(_event_setup, (event,), _late_first_failure), list(range(6)), 2)


def test_a_worker_that_dies_is_an_error_not_a_hang() -> None:
    with deadline(60), pytest.raises(WorkerStopped, match="stopped before it finished"):
        map_in_workers(Task(_no_setup, (), _die_on_three), list(range(10)), 2)


def test_leaving_while_a_worker_is_sending_stops_it() -> None:
    """The caller gives up (here its progress callback raises, as Ctrl-C does) while the other worker is
    part way through sending a result: that worker is terminated mid-send, and nothing waits on it."""

    def interrupt() -> None:
        raise KeyboardInterrupt

    for _ in range(5):
        with deadline(60), pytest.raises(KeyboardInterrupt):
            map_in_workers(Task(_no_setup, (), _big), list(range(6)), 2, interrupt)


def test_a_setup_error_is_raised_with_the_first_item() -> None:
    with deadline(60), pytest.raises(InputError, match="the record cannot be opened"):
        map_in_workers(Task(_refuse_setup, (), _double), list(range(4)), 2)


def test_a_result_that_cannot_be_sent_is_named() -> None:
    with deadline(60), pytest.raises(FactcheckError, match="could not return its result"):
        map_in_workers(Task(_no_setup, (), _unpicklable), list(range(4)), 2)


def test_workers_started_afresh_as_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where fork is missing, workers are spawned: the task then travels pickled, setup and all."""
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with deadline(120):
        assert map_in_workers(Task(_no_setup, (), _double), list(range(6)), 2) == [0, 2, 4, 6, 8, 10]
        with pytest.raises(InputError, match="item 1 is odd"):
            map_in_workers(Task(_no_setup, (), _fail_on_odd), list(range(6)), 2)
