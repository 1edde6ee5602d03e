"""Initial schema: articles, events, mentions, failures.

Written out table by table (not ``metadata.create_all``) so that this revision stays
what it was when later revisions change the schema.

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
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
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("block", sa.String(64), nullable=False),
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
    op.create_index("ix_events_block", "events", ["block"])
    op.create_index("ix_events_source_date", "events", ["source_code", "date_start"])
    op.create_index("ix_events_target_date", "events", ["target_code", "date_start"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"),
                  nullable=False),
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
    op.create_index("ix_mentions_event_id", "mentions", ["event_id"])
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc", sa.String(1024), nullable=False, unique=True),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="1"),
        sa.Column("at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for name in ("mentions", "failures", "events", "articles"):
        op.drop_table(name)
