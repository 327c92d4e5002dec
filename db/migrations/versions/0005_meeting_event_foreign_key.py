"""meeting.event_id becomes a foreign key to event.id (ON DELETE SET NULL)

A meeting's calendar entry was a plain integer while meetings and the calendar were built
apart; now that both are in the schema the link is enforced.  SQLite cannot add a foreign
key to an existing table, so the table is rebuilt (batch mode).  Ids that point at no event
are cleared first, or the copy into the rebuilt table would fail.

Revision ID: 0005
Revises: 0002
Create Date: 2026-03-02
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK_NAME = 'fk_meeting_event_id_event'


def upgrade() -> None:
    op.execute("UPDATE meeting SET event_id = NULL "
               "WHERE event_id IS NOT NULL AND event_id NOT IN (SELECT id FROM event)")
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_foreign_key(FK_NAME, 'event', ['event_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_constraint(FK_NAME, type_='foreignkey')
