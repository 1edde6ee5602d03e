"""Indexes for naming actors: (code, name, kind) of each side of a mention.

``queries.actors`` (the actor list, every actor page, and /api/search) counts how often
each code is given each name. Without these it read every mention row, JSON record and
all (0.6 s over 100k mentions); with them it reads two narrow indexes in order.

Revision ID: 0005
Revises: 0004
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_mentions_source_name", "mentions", ["source_code", "source_name", "source_kind"])
    op.create_index("ix_mentions_target_name", "mentions", ["target_code", "target_name", "target_kind"])


def downgrade() -> None:
    op.drop_index("ix_mentions_target_name", table_name="mentions")
    op.drop_index("ix_mentions_source_name", table_name="mentions")
