"""The Python API for notebooks and scripts: ``diplograph.open(db)``.

    db = diplograph.open("diplograph.db")
    db.ingest(["news/"])
    df = db.events(actor="KAZ", since="2024-01-01").to_pandas()

Query methods return ``Records`` (a list of dicts, one PLOVER record each) that convert
to pandas or Arrow on request, so a notebook needs no SQL and no knowledge of the schema.
"""
from __future__ import annotations

import builtins
import os

from diplograph.model import Article, Event

from . import queries
from .db import connect, resolve_url
from .summary import summary as _summary
from .writer import store_article


class Records(builtins.list):
    """Event records with conversions for analysis."""

    def to_pandas(self):
        from diplograph.export import to_pandas
        return to_pandas(self)

    def to_arrow(self):
        from diplograph.export import to_arrow
        return to_arrow(self)

    def to_events(self) -> list[Event]:
        return [Event.from_dict(r) for r in self]


class Store:
    """One database (SQLite file or PostgreSQL), created or upgraded on open."""

    def __init__(self, db: str | os.PathLike | None = None):
        self.url = resolve_url(db)
        self.engine = connect(db)

    def __repr__(self) -> str:
        return f"<diplograph store {self.engine.url.render_as_string(hide_password=True)}>"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # writing
    def add(self, article: Article, events: list[Event | dict]) -> bool:
        """Store one article with events already read from it; False if already stored."""
        return store_article(self.engine, article, events)

    def ingest(self, inputs, jobs: int = 1, published=None, progress=None, domestic: bool = False):
        """Read and store files, folders, URLs and feeds (see ``ingest.runner``)."""
        from diplograph.ingest.runner import ingest
        return ingest(self.engine, inputs, jobs=jobs, published=published, progress=progress, domestic=domestic)

    # reading
    def events(self, actor=None, partner=None, type=None, mode=None, status=None,
               since=None, until=None, text=None, limit=None) -> Records:
        return Records(queries.events_query(
            self.engine, actor=actor, partner=partner, type=type, mode=mode, status=status,
            since=since, until=until, text=text, limit=limit))

    def actors(self) -> list[dict]:
        return queries.actors(self.engine)

    def dyads(self, actor=None, **filters) -> list[dict]:
        return queries.dyads(self.engine, actor=actor, **filters)

    def timeline(self, actor=None, by="month", **filters) -> list[dict]:
        return queries.timeline(self.engine, actor=actor, by=by, **filters)

    def pledges(self, actor=None, **filters) -> list[dict]:
        return queries.pledges(self.engine, actor=actor, **filters)

    def articles(self) -> list[dict]:
        return queries.articles_list(self.engine)

    def failures(self) -> list[dict]:
        return queries.failures_list(self.engine)

    def counts(self) -> dict:
        return queries.counts(self.engine)

    def summary(self) -> str:
        return _summary(self.engine)


def open(db: str | os.PathLike | None = None) -> Store:  # noqa: A001 - the public name
    """Open a diplograph database: a SQLite path, a ``postgresql://`` URL, or None
    (``DIPLOGRAPH_DB`` or ``./diplograph.db``)."""
    return Store(db)


def summary(db: str | os.PathLike | None = None) -> str:
    """The plain-text overview printed by ``make demo``."""
    with Store(db) as s:
        return s.summary()
