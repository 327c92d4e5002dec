"""Indexes for "leave overlapping a day or a month" on ten years of requests

``start_date <= :end AND end_date >= :start`` cannot use an index on (start_date, end_date)
for anything but the first bound, so with years of history it read every earlier request
(SQLite also picked the status index: 85 % of the rows are approved). An index on
(status, end_date, start_date) answers "approved leave overlapping today" from the few rows
ending after today, and (end_date, start_date) the same without a status.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_leave_request_status_end', 'leave_request', ['status', 'end_date', 'start_date'])
    op.create_index('ix_leave_request_end', 'leave_request', ['end_date', 'start_date'])


def downgrade() -> None:
    op.drop_index('ix_leave_request_end', table_name='leave_request')
    op.drop_index('ix_leave_request_status_end', table_name='leave_request')
