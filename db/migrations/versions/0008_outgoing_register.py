"""outgoing-document register: document types and numbers; meeting paperwork columns

The register (sổ đăng ký văn bản đi) numbers every document the office issues per year and
type; the unique constraint on (year, type_code, number) keeps two writers apart.  The
types are data, seeded with the common ones (DOMAIN.md §8).  Meetings gain the personnel
flag and the minute taker (003 §II.1.1); attendees the absent members' written comments
(004 Điều 10.4, 11.4) and the number of the invitation they were sent.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the default types (the office adds or renames its own).
DOCUMENT_TYPES = [
    ('GM', 'Giấy mời', 1),
    ('TB', 'Thông báo', 2),
    ('LCT', 'Lịch công tác', 3),
    ('BB', 'Biên bản', 4),
    ('CTr', 'Chương trình', 5),
    ('KH', 'Kế hoạch', 6),
    ('BC', 'Báo cáo', 7),
]


def upgrade() -> None:
    document_type = op.create_table(
        'document_type',
        sa.Column('code', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('sort_order', sa.Integer(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.CheckConstraint("code <> ''", name='ck_document_type_code'),
        sa.PrimaryKeyConstraint('code'),
    )
    op.create_table(
        'outgoing_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('type_code', sa.String(), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('meeting_id', sa.Integer(), nullable=True),
        sa.Column('period', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=True),
        sa.Column('void_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint('number >= 1', name='ck_outgoing_document_number'),
        sa.CheckConstraint("status IN ('reserved', 'issued', 'void')", name='ck_outgoing_document_status'),
        sa.CheckConstraint("(status = 'void') = (void_reason <> '')", name='ck_outgoing_document_void'),
        sa.CheckConstraint("status <> 'issued' OR issued_on IS NOT NULL", name='ck_outgoing_document_issued'),
        sa.ForeignKeyConstraint(['type_code'], ['document_type.code'], ondelete='RESTRICT'),
        sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('year', 'type_code', 'number', name='uq_outgoing_document_number'),
    )
    with op.batch_alter_table('outgoing_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_document_year'), ['year'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_document_type_code'), ['type_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_document_meeting_id'), ['meeting_id'], unique=False)
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('personnel', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('minute_taker_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_meeting_minute_taker_id'), ['minute_taker_id'], unique=False)
        batch_op.create_foreign_key('fk_meeting_minute_taker_id_person', 'person', ['minute_taker_id'], ['id'],
                                    ondelete='SET NULL')
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('written_comments', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('invitation_number', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                      server_default=''))
    op.bulk_insert(document_type, [{'code': c, 'name': n, 'sort_order': o, 'active': True}
                                   for c, n, o in DOCUMENT_TYPES])


def downgrade() -> None:
    with op.batch_alter_table('attendee', schema=None) as batch_op:
        batch_op.drop_column('invitation_number')
        batch_op.drop_column('written_comments')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_constraint('fk_meeting_minute_taker_id_person', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_meeting_minute_taker_id'))
        batch_op.drop_column('minute_taker_id')
        batch_op.drop_column('personnel')
    with op.batch_alter_table('outgoing_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_document_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_outgoing_document_type_code'))
        batch_op.drop_index(batch_op.f('ix_outgoing_document_year'))
    op.drop_table('outgoing_document')
    op.drop_table('document_type')
