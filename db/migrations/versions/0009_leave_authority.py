"""Leave authority as data: who may act for an approver, the Thường trực as a body, phone
approvals per step

- ``approval_acting_rule``: for an approver's role, the roles whose holders may decide for
  them when they are away (001 Điều 5: the standing deputy for the chief; 001 Điều 18.3:
  only a Phó Chánh Văn phòng — or the chief — for a deputy chief, never a department head).
- The default rule "deputy chief from 2 days: chief, then the Thường trực" (001 Điều 18.2)
  names the body (``standing_body``), whose members may each record its approval, instead
  of one person; a rule the office changed is left as it is.
- ``approval_step.by_phone``: the step was agreed by phone (001 Điều 18, emergencies).
- The written application (more than 1 day, 001 Điều 18) is tracked for every submitted or
  approved request from now on; older requests are left as they were recorded.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# a copy, not an import: migrations do not import the app (app.rules.leave.DEFAULT_ACTING_RULES)
ACTING_RULES = [
    ("chief", "deputy_chief", "001 Điều 5"),
    ("deputy_chief", "deputy_chief,chief", "001 Điều 18.3"),
    ("standing_deputy_secretary", "secretary", "001 Điều 18.1"),
]
OLD_BODY_STEP = "chief,standing_deputy_secretary"
NEW_BODY_STEP = "chief,standing_body"


def upgrade() -> None:
    table = op.create_table(
        'approval_acting_rule',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('approver_role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('acting_roles', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.CheckConstraint("acting_roles <> ''", name='ck_approval_acting_rule_roles'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('approver_role', name='uq_approval_acting_rule'),
    )
    op.bulk_insert(table, [{"approver_role": a, "acting_roles": r, "source": s} for a, r, s in ACTING_RULES])
    with op.batch_alter_table('approval_step', schema=None) as batch_op:
        batch_op.add_column(sa.Column('by_phone', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(f"UPDATE approval_rule SET approvers = '{NEW_BODY_STEP}' WHERE requester_role = 'deputy_chief' "
               f"AND from_days = 2.0 AND approvers = '{OLD_BODY_STEP}' AND source = '001 Điều 18.2'")


def downgrade() -> None:
    # drops the acting rules the office edited and which steps were agreed by phone
    op.execute("UPDATE approval_rule SET approvers = REPLACE(approvers, 'standing_body', 'standing_deputy_secretary')")
    op.execute("UPDATE approval_step SET approver_role = 'standing_deputy_secretary' "
               "WHERE approver_role = 'standing_body'")
    with op.batch_alter_table('approval_step', schema=None) as batch_op:
        batch_op.drop_column('by_phone')
    op.drop_table('approval_acting_rule')
