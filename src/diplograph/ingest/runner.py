"""Ingest: documents → read() → store, one transaction per document.

Why it is built this way:
- Already stored texts are recognised by hash *before* reading, so a resumed or repeated
  run costs little and adds nothing.
- With ``jobs > 1`` reading runs in worker processes that each load the reader once
  (``diplograph.parallel``); results come back in input order and only this process
  writes, so the database ends up exactly as after a one-process run.
- A document that cannot be fetched, parsed, read or stored is recorded in ``failures``
  with its reason and the run goes on.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from diplograph import parallel
from diplograph.model import Article

from ..store.writer import is_stored, record_failure, store_article, text_hash
from .folders import iter_inputs

_read = None  # the reader, loaded once per process


@dataclass
class Counts:
    read: int = 0       # newly stored articles
    skipped: int = 0    # already in the database
    failed: int = 0
    events: int = 0     # event records (mentions) stored

    def __str__(self) -> str:
        return (f"{self.read} stored, {self.skipped} skipped (already stored), "
                f"{self.failed} failed, {self.events} event records")


def _load_reader() -> None:
    """Import the reader (and its knowledge base) once per process. A reader that fails
    to load is remembered, not raised: a Pool initializer that raises makes the pool
    restart workers for ever."""
    global _read
    if _read is None:
        try:
            from diplograph.read import read
            _read = read
        except Exception as exc:
            _read = exc


def _work(item: tuple) -> tuple:
    """Run in a worker (or in-process): read one article, or pass a failure through."""
    if item[0] != "read":
        return item
    _, name, article, digest, domestic = item
    _load_reader()
    if isinstance(_read, Exception):
        return ("fail", name, "read", f"reader unavailable: {type(_read).__name__}: {_read}")
    try:
        found = [e.to_dict() for e in _read(article, domestic=domestic)]
    except Exception as exc:  # the reader's bug must not stop the corpus
        return ("fail", name, "read", f"{type(exc).__name__}: {exc}")
    return ("store", name, article, digest, found)


def _plan(engine: sa.Engine, docs: Iterable, counts: Counts, domestic: bool = False) -> Iterator[tuple]:
    for name, article, error in docs:
        if error is not None or article is None:
            yield ("fail", name, "input", error or "no text")
            continue
        if not (article.text or "").strip():
            yield ("fail", name, "parse", "empty text")
            continue
        digest = text_hash(article.text)
        if is_stored(engine, digest):
            yield ("skip", name)
            continue
        yield ("read", name, article, digest, domestic)


def ingest(engine: sa.Engine, inputs: Iterable[str], jobs: int = 1,
           published: date | None = None,
           progress: Callable[[Counts, str], None] | None = None, domestic: bool = False) -> Counts:
    """Read and store every document named by ``inputs``; returns the counts.
    ``domestic``: also code events inside one state (see ``read``)."""
    counts = Counts()
    plan = _plan(engine, iter_inputs(inputs, published=published), counts, domestic)
    for res in parallel.ordered(plan, _work_batch, jobs, _crashed, init=_load_reader):
        _apply(engine, res, counts)
        if progress:
            progress(counts, res[1])
    return counts


def _work_batch(items: list[tuple]) -> list[tuple]:
    return [_work(item) for item in items]


def _crashed(item: tuple, reason: str) -> tuple:
    return ("fail", item[1], "read", reason)


def _apply(engine: sa.Engine, res: tuple, counts: Counts) -> None:
    kind, name = res[0], res[1]
    if kind == "skip":
        counts.skipped += 1
    elif kind == "fail":
        record_failure(engine, name, res[2], res[3])
        counts.failed += 1
    else:
        _, name, article, digest, found = res
        try:
            if store_article(engine, article, found, digest=digest, doc=name):
                counts.read += 1
                counts.events += len(found)
            else:
                counts.skipped += 1
        except Exception as exc:
            record_failure(engine, name, "store", f"{type(exc).__name__}: {exc}")
            counts.failed += 1


def read_article(article: Article) -> list[dict]:
    """Read one article in this process (for callers that want records without storing)."""
    _load_reader()
    if isinstance(_read, Exception):
        raise _read
    return [e.to_dict() for e in _read(article)]
