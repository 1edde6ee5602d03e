"""One loaded reader per process, for the commands that read many documents.

``extract``, ``ingest`` and ``batch`` (Ray) read in worker processes; each worker calls
``load`` once (the knowledge base with the user's files, the reader) and then reads its
documents with ``records``. The records are the JSON lines ``extract`` writes, made in
the worker, so that the parent only writes them.
"""
from __future__ import annotations

import json
from pathlib import Path

_state: dict = {}


def load(kb_files: tuple[str, ...] = (), domestic: bool = False) -> None:
    """Load the knowledge base (bundled plus ``kb_files``) and the reader, once."""
    from diplograph import kb as kbmod
    from diplograph.read import read

    key = (tuple(str(p) for p in kb_files), domestic)
    if _state.get("key") == key:
        return
    kb = kbmod.load([Path(p) for p in kb_files]) if kb_files else kbmod.default()
    _state.update(key=key, kb=kb, read=read, domestic=domestic)


def check(kb_files: tuple[str, ...] = ()) -> None:
    """Raise ``ValueError``/``OSError`` when the user's knowledge-base files (``kb_files``
    and those of ``$DIPLOGRAPH_KB_DIR``) cannot be used, without loading the reader.

    For a parent process that only hands documents to workers (``extract --jobs``, the
    Ray driver): a bad file is still a usage error before any work starts, but the
    parent does not spend the reader's start-up on a machine whose cores the workers
    need. With no user files there is nothing to check (the bundled base is the package's)."""
    import os

    if not kb_files and not os.environ.get("DIPLOGRAPH_KB_DIR"):
        return
    from diplograph import kb as kbmod

    kbmod.load([Path(p) for p in kb_files])


def events(article) -> list:
    """The article's events, read with the loaded reader."""
    if "read" not in _state:
        load()
    return _state["read"](article, kb=_state["kb"], domestic=_state["domestic"])


def dicts(article) -> list[dict]:
    """The article's events as the records of the event format (``Event.to_dict()``)."""
    return [e.to_dict() for e in events(article)]


def records(article) -> list[str]:
    """The article's events as JSON lines (``extract``'s output)."""
    return [line(d) for d in dicts(article)]


def line(record: dict) -> str:
    """A record as the JSON line ``extract`` writes (the batch shards keep it byte for byte)."""
    return json.dumps(record, ensure_ascii=False)


def extract_batch(docs: list[tuple]) -> list[tuple]:
    """``(name, article, error)`` -> ``(name, records, error)``: a document's failure is
    its error, the batch goes on."""
    out = []
    for name, article, error in docs:
        records_ = None
        if error is None:
            try:
                records_ = records(article)
            except Exception as exc:  # one article's bug must not stop the batch
                error = f"reader failed: {type(exc).__name__}: {exc}"
        out.append((name, records_, error))
    return out


def crashed(doc: tuple, reason: str) -> tuple:
    return doc[0], None, f"reader failed: {reason}"
