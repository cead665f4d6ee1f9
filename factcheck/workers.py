"""Run one function over many items in worker processes, results in the items' order.

Each worker has a pipe of its own to the parent, and nothing else is shared. That is the point of this
module. ``multiprocessing.Pool`` sends every result through one queue guarded by one lock; stopping the
pool early (an error, Ctrl-C) kills its workers, and a worker killed while it held that lock left the
pool's own handler thread waiting for it for ever, so ``factcheck check --jobs 2`` hung now and then on
an error. Here a stopped worker can only close its own pipe, which the parent sees as end of file.

The outcome is the one a single process would give: the results in order, or the error of the first item
(in the items' order) that failed, even when a later item failed sooner.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from factcheck.errors import FactcheckError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

S = TypeVar("S")  # what a worker sets up once (an open record) and hands to every call
T = TypeVar("T")  # an item
R = TypeVar("R")  # a result

# Items a worker is sent ahead of its results: one at work, one waiting, so it never idles on a round
# trip. Small tasks only, so the parent's writes never fill a pipe and never block.
AHEAD = 2


class WorkerStopped(FactcheckError):
    """A worker process ended without answering (killed, out of memory)."""


@dataclass(frozen=True)
class Task(Generic[S, T, R]):
    """What each worker runs: ``setup(*args)`` once, then ``work(state, item)`` per item. Both are module
    level functions, so that a worker started afresh (``spawn``, on Windows) can import them."""

    setup: Callable[..., S]
    args: tuple[Any, ...]
    work: Callable[[S, T], R]


def map_in_workers(
    task: Task[S, T, R], items: Sequence[T], jobs: int, on_done: Callable[[], None] | None = None
) -> list[R]:
    """``[task.work(state, item) for item in items]`` spread over ``jobs`` worker processes; ``on_done``
    is called after each item. Leaving early (an error, Ctrl-C) stops every worker before returning."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)  # fork: workers start warm
    results: dict[int, R] = {}
    failed: dict[int, BaseException] = {}
    todo = iter(enumerate(items))
    with _workers(ctx, task, min(jobs, len(items))) as workers:
        ahead = {conn: 0 for conn, _ in workers}

        def feed(conn: Connection) -> None:
            while not failed and ahead[conn] < AHEAD and (nxt := next(todo, None)) is not None:
                try:
                    conn.send(nxt)
                except OSError:  # a broken pipe: the worker has died
                    raise _stopped() from None
                ahead[conn] += 1

        for conn in ahead:
            feed(conn)
        while any(ahead.values()):
            for conn in _ready([c for c, n in ahead.items() if n]):
                try:
                    index, ok, value = conn.recv()
                except (EOFError, OSError):  # its end closed, or reset with our items unread
                    raise _stopped() from None
                ahead[conn] -= 1
                if ok:
                    results[index] = value
                    if on_done:
                        on_done()
                else:  # stop feeding; what is under way finishes, so every earlier item has its outcome
                    failed[index] = value
                feed(conn)
    if failed:
        raise failed[min(failed)]
    return [results[i] for i in range(len(items))]


def _stopped() -> WorkerStopped:
    return WorkerStopped("a worker process stopped before it finished its articles")


def _ready(conns: list[Connection]) -> list[Connection]:
    from multiprocessing.connection import wait

    return wait(conns)  # type: ignore[return-value]  # given connections, it returns connections


@contextmanager
def _workers(ctx: BaseContext, task: Task[S, T, R], jobs: int) -> Iterator[list[tuple[Connection, BaseProcess]]]:
    """``jobs`` started workers, each with its parent end of its pipe. Started with Ctrl-C held back: an
    interrupt landing while they start would leave some running that nobody stops. Held back, it arrives
    as soon as all exist, inside the ``try`` that stops them. A worker ignores Ctrl-C (``_serve``) whether
    it came to it too (a terminal's Ctrl-C goes to the whole process group) or not."""
    masks = hasattr(signal, "pthread_sigmask")  # not on Windows, whose workers are spawned, not forked
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if masks else None
    workers: list[tuple[Connection, BaseProcess]] = []
    clean = False
    try:
        for _ in range(jobs):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_serve, args=(theirs, task), daemon=True)  # type: ignore[attr-defined]
            proc.start()
            theirs.close()  # the worker's end now lives in the worker: its exit is our end of file
            workers.append((mine, proc))
    finally:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
    try:
        yield workers
        clean = True
    finally:
        _stop(workers, clean)


def _stop(workers: list[tuple[Connection, BaseProcess]], clean: bool) -> None:
    """A clean finish asks each worker to leave; any other ends them at once. Either way they are joined,
    which cannot hang: a worker holds nothing the parent waits for."""
    for conn, proc in workers:
        if clean:
            try:
                conn.send(None)
            except OSError:  # it has already gone
                pass
        else:
            proc.terminate()
    for conn, proc in workers:
        proc.join()
        conn.close()


def _serve(conn: Connection, task: Task[Any, Any, Any]) -> None:
    """A worker's life: set up, then answer ``(index, item)`` with ``(index, ok, result or error)`` until
    told to stop (``None``) or the parent goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no worker tracebacks
    if hasattr(signal, "pthread_sigmask"):  # forked with Ctrl-C held back (_workers): let it in, now ignored
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        state: Any = task.setup(*task.args)
    except FactcheckError as exc:  # reported with the first item, as the parent would have raised it
        state = exc
    while True:
        try:
            msg = conn.recv()
        except EOFError:  # the parent has gone
            return
        if msg is None:
            return
        index, item = msg
        try:
            if isinstance(state, FactcheckError):
                raise state
            answer = (index, True, task.work(state, item))
        except Exception as exc:  # the parent raises it in its place in the items' order
            answer = (index, False, exc)
        try:
            conn.send(answer)
        except Exception as exc:  # a result or error that cannot be pickled: say so instead of vanishing
            conn.send((index, False, FactcheckError(f"a worker could not return its result: {exc}")))
