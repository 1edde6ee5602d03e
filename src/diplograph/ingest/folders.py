"""Turning the command line's INPUT list into documents, whatever each input is.

A folder is walked (sorted, so two runs see the same order); each file goes to the
reader for its kind: WARC archives here, plain text, HTML and JSONL to ``files``;
``http(s)://`` inputs are pages or feeds; ``-`` is standard input.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from diplograph.model import Article

from .warc import iter_warc
from .web import is_url, iter_url

Doc = tuple[str, Article | None, str | None]
FILE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".json", ".md")
WARC_SUFFIXES = (".warc", ".warc.gz")


def _is_warc(p: str) -> bool:
    return p.lower().endswith(WARC_SUFFIXES)


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Inputs with folders replaced by the readable files inside them."""
    for item in inputs:
        item = str(item)
        if item != "-" and not is_url(item) and os.path.isdir(item):
            for p in sorted(Path(item).rglob("*")):
                if p.is_file() and not p.name.startswith(".") and \
                        (_is_warc(p.name) or p.suffix.lower() in FILE_SUFFIXES):
                    yield str(p)
        else:
            yield item


def _files(paths: list[str], published: date | None) -> Iterator[Doc]:
    import inspect

    from .files import iter_documents

    if "published" in inspect.signature(iter_documents).parameters:
        yield from iter_documents(paths, published=published)
        return
    for name, art, err in iter_documents(paths):  # apply the default date here
        if art is not None and art.published is None and published:
            art.published = published
        yield name, art, err


def iter_inputs(inputs: Iterable[str], published: date | None = None) -> Iterator[Doc]:
    """Every document named by ``inputs`` as ``(name, Article | None, error | None)``."""
    batch: list[str] = []
    for item in expand(inputs):
        if item != "-" and not is_url(item) and not os.path.exists(item):
            if batch:
                yield from _files(batch, published)
                batch = []
            yield item, None, "no such file or folder"
        elif is_url(item) or _is_warc(item):
            if batch:
                yield from _files(batch, published)
                batch = []
            if is_url(item):
                yield from iter_url(item, published=published)
            else:
                yield from iter_warc(item, published=published)
        else:
            batch.append(item)
    if batch:
        yield from _files(batch, published)
