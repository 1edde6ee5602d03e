"""PostgreSQL: the indexed tsvector stored beside the text (a generated column).

With only an expression index, PostgreSQL recomputed ``diplograph_search_vector`` (lower,
split, unaccent) for every row it ranked or rechecked, about 0.1 ms a row: a word found
in most sentences, or any ranked search, cost seconds over 100k mentions, and for such
words the planner preferred a sequential scan that computed it for every row. A stored
``search_vector`` column, maintained by PostgreSQL itself, is read instead, and the GIN
indexes are built on it. SQLite is unchanged.

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_TEXT = {"mentions": "evidence_text", "articles": "(coalesce(title, '') || ' ' || text)"}
_INDEX = {"mentions": "ix_mentions_evidence_search", "articles": "ix_articles_search"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, text in _TEXT.items():
        op.execute(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector "
                   f"GENERATED ALWAYS AS (diplograph_search_vector({text})) STORED")
        op.execute(f"DROP INDEX IF EXISTS {_INDEX[table]}")
        op.execute(f"CREATE INDEX {_INDEX[table]} ON {table} USING gin (search_vector)")
        # statistics for the new column now: without them the planner takes a common word
        # for a rare one (a nested loop over every match, 4x slower)
        op.execute(f"ANALYZE {table}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, text in _TEXT.items():
        op.execute(f"DROP INDEX IF EXISTS {_INDEX[table]}")
        op.execute(f"ALTER TABLE {table} DROP COLUMN search_vector")
        op.execute(f"CREATE INDEX {_INDEX[table]} ON {table} USING gin (diplograph_search_vector({text}))")
