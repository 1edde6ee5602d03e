"""Typed request and response shapes, so /api/openapi.json documents the API.

Event records stay plain dicts (their shape is EVENTS.md, owned by the store); the
envelopes around them are typed.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field, model_validator

Record = dict[str, Any]


class Health(BaseModel):
    status: str = Field(description="`ok` when the database answers")
    version: str
    database: str = Field(description="the database URL, password hidden")
    counts: dict[str, int]
    writable: bool = Field(description="whether POST /api/articles is enabled (a token is set)")


class EventsPage(BaseModel):
    total: int = Field(description="events matching the filters")
    limit: int
    offset: int
    sort: str
    items: list[Record] = Field(description="PLOVER records with id, n_mentions, n_articles, mentions")


class Span(BaseModel):
    event_id: int
    ordinal: int
    start: int | None
    end: int | None
    text: str | None
    type: str | None
    mode: str | None = None
    status: str | None = None
    source: str | None = None
    source_name: str | None = None
    target: str | None = None
    target_name: str | None = None
    date: Any = None
    amount: Record | None = None


class ArticleOut(BaseModel):
    id: int
    doc: str
    title: str | None
    url: str | None
    source: str | None
    lang: str | None
    published: str | None
    text: str
    n_events: int
    ingested_at: str
    spans: list[Span] = Field(description="each event's evidence as offsets into `text`")


class ArticleIn(BaseModel):
    """An article to ingest: its ``text``, or a ``url`` to fetch (exactly one)."""
    text: str | None = Field(default=None, max_length=1_000_000)
    url: str | None = Field(default=None, max_length=2048, pattern=r"^https?://\S+$")
    id: str | None = Field(default=None, max_length=200, pattern=r"^[\w.\-]+$",
                           description="document name; default: derived from the text")
    title: str | None = Field(default=None, max_length=1000)
    published: date | None = None
    lang: str | None = Field(default=None, pattern=r"^(de|en|ru)$")

    @model_validator(mode="after")
    def _one_source(self):
        if bool(self.text and self.text.strip()) == bool(self.url):
            raise ValueError("give exactly one of `text` (non-empty) or `url`")
        return self


class IngestOut(BaseModel):
    stored: int = Field(description="articles newly stored (0: already there)")
    skipped: int
    failed: int
    events: int = Field(description="event records read and stored")
    article: str | None = Field(default=None, description="document name, for text input")
    failures: list[Record] = []
