"""exchange: an office identifier for iCalendar UIDs, events kept in their own time zone,
a revision number per event, and instants (an event may end when it starts)

Every office gets a UUID (existing offices one made now): the UIDs it gives out are
``<event>@<office uuid>.vanphong``, so two offices can exchange weeks.  ``event.tzid`` keeps
an imported series in its own zone (its rule follows that zone's summer time);
``event.sequence`` is the iCalendar SEQUENCE, raised on every change.  ``ck_event_times``
becomes ``end_at >= start_at``: phones send deadlines as zero-length events.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""
from collections.abc import Sequence
from uuid import uuid4

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.add_column(sa.Column('uuid', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
    connection = op.get_bind()
    office = sa.table('office', sa.column('id', sa.Integer()), sa.column('uuid', sa.String()))
    for (office_id,) in connection.execute(sa.select(office.c.id)).all():
        connection.execute(office.update().where(office.c.id == office_id).values(uuid=str(uuid4())))
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tzid', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('sequence', sa.Integer(), nullable=False, server_default='0'))
        batch_op.drop_constraint('ck_event_times', type_='check')
        batch_op.create_check_constraint('ck_event_times', 'end_at >= start_at')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("UPDATE event SET end_at = datetime(start_at, '+1 minute') WHERE end_at = start_at")
    else:
        op.execute("UPDATE event SET end_at = start_at + interval '1 minute' WHERE end_at = start_at")
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_constraint('ck_event_times', type_='check')
        batch_op.create_check_constraint('ck_event_times', 'end_at > start_at')
        batch_op.drop_column('sequence')
        batch_op.drop_column('tzid')
    with op.batch_alter_table('office', schema=None) as batch_op:
        batch_op.drop_column('uuid')
