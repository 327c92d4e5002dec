"""Indexes for the written applications still due and for one kind of calendar entry

- ``ix_leave_request_application_due``: a partial index of the requests whose written
  application (001 Điều 18) is required and not yet received — a handful among ten years of
  requests, which the leave pane's reminder and Việc của tôi read on every visit (the query
  read the whole table: ~15 ms on 80,000 requests). Its condition is written as the query
  writes it, so that SQLite sees the query's WHERE imply it.
- ``ix_event_kind_start``: (recurring, kind, start_at), for the entries of one kind in a
  window — the business trips that make a leader away in the org chart ("away today") and in
  the calendar's conflicts, which otherwise read two months of every kind of entry.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_leave_request_application_due', 'leave_request', ['start_date'],
                    sqlite_where=sa.text('application_required = 1 AND application_received IS 0'),
                    postgresql_where=sa.text('application_required AND application_received IS false'))
    op.create_index('ix_event_kind_start', 'event', ['recurring', 'kind', 'start_at'])


def downgrade() -> None:
    op.drop_index('ix_event_kind_start', table_name='event')
    op.drop_index('ix_leave_request_application_due', table_name='leave_request')
