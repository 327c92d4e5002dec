"""The calendar's window query tests an event's end in its index

- ``ix_event_recurring_start_end``: (recurring, start_at, end_at) replaces
  ``ix_event_recurring_start`` (recurring, start_at), its prefix. The single events that may
  overlap a window are those that start up to 62 days before it (the longest event) and end
  inside or after it; with the end in the index, SQLite tests it there and fetches only the
  rows that do overlap — a week of the big office (100,000 events) fetched ~1,760 table rows
  over those 62 days to keep ~200 (~9 ms of the calendar's first visit, ~1–2 ms now).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_event_recurring_start_end', 'event', ['recurring', 'start_at', 'end_at'])
    op.drop_index('ix_event_recurring_start', table_name='event')


def downgrade() -> None:
    op.create_index('ix_event_recurring_start', 'event', ['recurring', 'start_at'])
    op.drop_index('ix_event_recurring_start_end', table_name='event')
