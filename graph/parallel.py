"""Run one function over many items on local processes or a Dask cluster, results in order.

``ordered_map(fn, setup, items, ...)`` calls ``fn(setup, item)`` for every item and yields the
results in the order of ``items``, whatever order the workers finish in, so a build merges
documents the same way on 1, 2 or 64 processes. ``setup`` is what every call shares (the
passes and the lexicon): it travels to each worker once, not with every item. At most a few
items per worker are in flight, so memory stays bounded however long ``items`` is.

Executors:

* ``local`` with ``jobs=1`` runs in this process (no start-up cost, easiest to debug);
* ``local`` with ``jobs>1`` uses a process pool (forked on Linux, so the workers start with
  graphkit already imported);
* ``dask`` submits to a Dask distributed scheduler (``pip install 'graphkit[dask]'``). The
  workers need graphkit installed and must see the corpus at the same path (a shared
  filesystem), as with Dask's own file readers.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from .errors import UsageError

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")
# Local workers are forked on Linux, so they start with the parent's modules and state (fork
# is unsafe on macOS; elsewhere they start fresh and import what they need).
FORKS = sys.platform.startswith("linux")
IN_FLIGHT_PER_WORKER = 4
_setup: Any = None  # a pool worker's copy of the shared setup


def default_jobs() -> int:
    """The cores this process may use."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def ordered_map(fn: Callable[[S, T], R], setup: S, items: Iterable[T], *, jobs: int = 1, executor: str = "local",
                scheduler: str | None = None) -> Iterator[R]:
    """Yield ``fn(setup, item)`` for each item, in the order of ``items``.

    ``fn`` must be a module-level function (it is pickled by name). An exception raised by
    ``fn`` is raised here, at the item that raised it.
    """
    if executor not in EXECUTORS:
        raise UsageError(f"unknown executor {executor!r}; use one of {', '.join(EXECUTORS)}")
    if executor == "dask":
        yield from _dask_map(fn, setup, items, scheduler)
    elif jobs <= 1:
        for item in items:
            yield fn(setup, item)
    else:
        yield from _pool_map(fn, setup, items, jobs)


def _pool_map(fn: Callable[[S, T], R], setup: S, items: Iterable[T], jobs: int) -> Iterator[R]:
    context = multiprocessing.get_context("fork" if FORKS else None)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(setup,))
    try:
        yield from _windowed(lambda item: pool.submit(_call, fn, item), items, jobs * IN_FLIGHT_PER_WORKER)
    finally:
        # On an error or an abandoned generator, drop what has not started (the few running
        # items finish first).
        pool.shutdown(wait=True, cancel_futures=True)


def _init_worker(setup: Any) -> None:
    global _setup
    _setup = setup


def _call(fn: Callable[[Any, T], R], item: T) -> R:
    return fn(_setup, item)


def _windowed(submit: Callable[[T], Any], items: Iterable[T], window: int) -> Iterator[Any]:
    """Submit items, keeping at most ``window`` in flight, and yield their results in order."""
    pending: deque[Any] = deque()
    iterator = iter(items)
    done = object()
    while True:
        while len(pending) < window and (item := next(iterator, done)) is not done:
            pending.append(submit(item))
        if not pending:
            return
        yield pending.popleft().result()


def _dask_map(fn: Callable[[S, T], R], setup: S, items: Iterable[T], scheduler: str | None) -> Iterator[R]:
    if not scheduler:
        raise UsageError("the dask executor needs the address of a scheduler: --scheduler tcp://HOST:8786")
    try:
        from distributed import Client
    except ImportError as err:
        raise UsageError("the dask executor needs Dask distributed: pip install 'graphkit[dask]'") from err
    try:
        client = Client(scheduler, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {err}; is it running?") from err
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        # Sent once to every worker; each task then refers to it instead of carrying a copy.
        [shared] = client.scatter([setup], broadcast=True, hash=False)
        yield from _windowed(lambda item: client.submit(fn, shared, item, pure=False), items,
                             workers * IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
