"""Covering indexes for the event filters (actor, partner, type, dates, mode, status).

The two indexes of 0001 held (code, date_start): every other filter needed the table row,
with its JSON record, for each event of the actor. These hold every column the filters
test, so counting and choosing a page of an actor's or a pair's events reads only the
index. They replace the old ones, whose leading column they share.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_FILTERED = ["type", "date_start", "date_end", "mode", "status"]


def upgrade() -> None:
    op.drop_index("ix_events_source_date", table_name="events")
    op.drop_index("ix_events_target_date", table_name="events")
    op.create_index("ix_events_source_filters", "events", ["source_code", "target_code", *_FILTERED])
    op.create_index("ix_events_target_filters", "events", ["target_code", "source_code", *_FILTERED])


def downgrade() -> None:
    op.drop_index("ix_events_target_filters", table_name="events")
    op.drop_index("ix_events_source_filters", table_name="events")
    op.create_index("ix_events_source_date", "events", ["source_code", "date_start"])
    op.create_index("ix_events_target_date", "events", ["target_code", "date_start"])
