"""The database schema, written once in SQLAlchemy Core for SQLite and PostgreSQL.

Tables:
  articles  one row per distinct article text (``hash`` of the normalised text is the key
            that makes ingest idempotent);
  events    one row per real-world event after cross-article merge, with the fields
            queries filter on and the representative PLOVER record (``record``);
  mentions  every event record the reader produced, kept as evidence of one ``events`` row;
  failures  documents that could not be fetched, parsed or read, with the reason.

Dates are ISO strings ("2024-11-05"): they sort and compare the same way on both
databases, and an event's date is kept as an interval (``date_start``..``date_end``) so
a year-level and a day-level date can be compared. The Alembic migrations in
``migrations/versions`` create exactly this schema (a test checks they agree), plus the
full-text search index (``search.py``), which SQLAlchemy cannot describe: FTS5 virtual
tables and triggers on SQLite, a generated tsvector column with GIN indexes on PostgreSQL. ``include_name``
leaves those out when the database is compared with this metadata.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
    sa.Column("doc", sa.String(512), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("lang", sa.String(8)),
    sa.Column("published", sa.String(10)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("block", sa.String(64), nullable=False, index=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("mode", sa.String(32)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("source_code", sa.String(16), nullable=False),
    sa.Column("target_code", sa.String(16)),
    sa.Column("symmetric", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("location_code", sa.String(16)),
    sa.Column("amount_value", sa.Float),
    sa.Column("amount_currency", sa.String(8)),
    sa.Column("cameo", sa.String(8)),
    sa.Column("goldstein", sa.Float),
    sa.Column("quad", sa.String(32)),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("n_mentions", sa.Integer, nullable=False, server_default="0"),
    sa.Column("n_articles", sa.Integer, nullable=False, server_default="0"),
    sa.Column("updated_at", sa.String(32), nullable=False),
)
# The filters of queries.filtered, one index per side of the pair: an actor (either
# side), a pair, and type, date, mode and status are answered from the index alone.
_FILTERED = ("type", "date_start", "date_end", "mode", "status")
sa.Index("ix_events_source_filters", events.c.source_code, events.c.target_code,
         *(events.c[c] for c in _FILTERED))
sa.Index("ix_events_target_filters", events.c.target_code, events.c.source_code,
         *(events.c[c] for c in _FILTERED))

mentions = sa.Table(
    "mentions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("source_code", sa.String(16), nullable=False),
    sa.Column("source_name", sa.Text),
    sa.Column("source_kind", sa.String(16)),
    sa.Column("target_code", sa.String(16)),
    sa.Column("target_name", sa.Text),
    sa.Column("target_kind", sa.String(16)),
    sa.Column("date_start", sa.String(10)),
    sa.Column("date_end", sa.String(10)),
    sa.Column("language", sa.String(8)),
    sa.Column("confidence", sa.Float),
    sa.Column("evidence_text", sa.Text, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.UniqueConstraint("article_id", "ordinal", name="uq_mentions_article_ordinal"),
)
# how each actor is named, counted from the index alone (queries.actors)
sa.Index("ix_mentions_source_name", mentions.c.source_code, mentions.c.source_name, mentions.c.source_kind)
sa.Index("ix_mentions_target_name", mentions.c.target_code, mentions.c.target_name, mentions.c.target_kind)

failures = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc", sa.String(1024), nullable=False, unique=True),
    sa.Column("stage", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
    sa.Column("at", sa.String(32), nullable=False),
)

# The search index's own objects (migration 0002): FTS5 tables with their shadow tables
# (``mentions_fts_data``, ...) on SQLite, expression indexes on PostgreSQL.
SEARCH_TABLES = ("mentions_fts", "articles_fts")
SEARCH_INDEXES = ("ix_mentions_evidence_search", "ix_articles_search")
SEARCH_COLUMN = "search_vector"  # PostgreSQL's generated tsvector on mentions and articles


def include_name(name, type_, parent_names) -> bool:
    """Alembic's ``include_name`` hook: False for the search index's objects."""
    if type_ == "table":
        return not any(name == t or name.startswith(t + "_") for t in SEARCH_TABLES)
    if type_ == "index":
        return name not in SEARCH_INDEXES
    if type_ == "column":
        return name != SEARCH_COLUMN
    return True
