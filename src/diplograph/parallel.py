"""Reading in worker processes, results in input order: ``extract --jobs`` and ``ingest --jobs``.

Why it works this way:
- Each worker process loads the reader and its knowledge base once (the pool's
  initializer) and then reads batches of documents; the parent only reads inputs and
  writes results, so the output is exactly that of one process, in the same order.
- Worker processes are started with ``spawn``: nothing of the parent (open database
  connections, threads, locks) is inherited half-way. A worker's start-up costs the
  reader's start-up (well under a second with a warm cache, see ``diplograph.cache``).
- At most a few batches per worker are in flight, so a corpus of any size is read in
  constant memory (``Pool.imap`` would queue the whole input at once).
- A worker that dies (killed, out of memory, a crash in a C library) fails only the
  document it was reading, with that reason: its batch is read again one document at a
  time in a new pool, which then reads the rest.
- A worker leaves without the interpreter's teardown (``os._exit`` once the pool has
  told it to stop): freeing a loaded reader object by object took longer than many
  batches, at the end of every run, and a worker holds nothing that needs closing
  (``work`` returns its results; only the parent writes).
"""
from __future__ import annotations

import atexit
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

BATCH = 8        # documents per task: enough to make the hand-over cheap, few enough to keep order moving
IN_FLIGHT = 3    # batches per worker queued ahead


def ordered(items: Iterable[T], work: Callable[[list[T]], list[R]], jobs: int,
            crashed: Callable[[T, str], R], init: Callable | None = None, initargs: tuple = (),
            batch: int = BATCH) -> Iterator[R]:
    """``work(batch)`` for consecutive batches of ``items``, in ``jobs`` worker processes
    (in this process when ``jobs`` is 1), yielding the results one by one in input order.

    ``work`` and ``init`` must be module-level functions (they are sent to the workers);
    ``init(*initargs)`` runs once per worker. ``crashed(item, reason)`` stands for the
    result of an item whose worker died."""
    if jobs <= 1:
        if init is not None:
            init(*initargs)
        for item in items:
            yield from work([item])
        return
    it = iter(items)
    pool = _pool(jobs, init, initargs)
    pending: deque = deque()
    try:
        while True:
            while len(pending) < jobs * IN_FLIGHT:
                chunk = list(islice(it, batch))
                if not chunk:
                    break
                pending.append((chunk, _submit(pool, work, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                if future is None:
                    raise BrokenProcessPool("the pool was broken when the batch was handed over")
                results = future.result()
            except BrokenProcessPool:
                # Some worker died. Read this batch again one document at a time, nothing
                # else in flight, so that only a document that kills its worker fails; then
                # hand the queued batches to the new pool.
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(jobs, init, initargs)
                results = []
                for item in chunk:
                    try:
                        results += pool.submit(work, [item]).result()
                    except BrokenProcessPool:
                        results.append(crashed(item, "the worker process died while reading it"))
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = _pool(jobs, init, initargs)
                pending = deque((c, _submit(pool, work, c)) for c, _ in pending)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _pool(jobs: int, init, initargs) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("spawn"),
                               initializer=_start_worker, initargs=(init, initargs))


def _start_worker(init, initargs: tuple) -> None:
    """A worker's first act: leave quickly when told to stop, then ``init(*initargs)``."""
    atexit.register(_leave)
    if init is not None:
        init(*initargs)


def _leave() -> None:
    """At the worker's exit, before the teardown (multiprocessing has flushed its standard streams)."""
    os._exit(0)


def _submit(pool: ProcessPoolExecutor, work, chunk):
    try:
        return pool.submit(work, chunk)
    except BrokenProcessPool:
        return None
