"""Leave types ask for a minimum notice; duty on a day off earns compensatory leave

- ``leave_type.min_notice_days`` (working days before the start; 0: none) and
  ``leave_type.notice_refuses`` (too short a notice is refused, else a warning the approver
  sees): what users of Frappe HR asked for in issue #5036, set per leave type.
- A leave type "compensatory" (nghỉ bù): days earned by duty on a day off (the duty roster,
  001 Điều 18: "phải bố trí người trực cơ quan") at the rate of the setting
  ``leave.compensatory_days_per_duty`` (Frappe HR #5302), taken like any leave.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# a copy, not an import: migrations do not import the app (app.services.leave.types.DEFAULT_LEAVE_TYPES)
COMPENSATORY = {"code": "compensatory", "name": "Nghỉ bù (trực ngày nghỉ)", "symbol": "NB", "paid": True,
                "counts_against_annual": False, "max_days": None,
                "source": "Quy định của cơ quan: trực ngày nghỉ được nghỉ bù", "sort_order": 10, "active": True}


def upgrade() -> None:
    with op.batch_alter_table('leave_type', schema=None) as batch_op:
        batch_op.add_column(sa.Column('min_notice_days', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('notice_refuses', sa.Boolean(), nullable=False, server_default=sa.false()))
    exists = op.get_bind().execute(sa.text("SELECT 1 FROM leave_type WHERE code = 'compensatory'")).first()
    if exists is None:
        table = sa.table('leave_type', *(sa.column(k) for k in COMPENSATORY))
        op.bulk_insert(table, [COMPENSATORY])


def downgrade() -> None:
    # drops the notice each leave type asked for; the compensatory type goes if no request uses it
    op.execute("DELETE FROM leave_type WHERE code = 'compensatory' "
               "AND id NOT IN (SELECT leave_type_id FROM leave_request)")
    with op.batch_alter_table('leave_type', schema=None) as batch_op:
        batch_op.drop_column('notice_refuses')
        batch_op.drop_column('min_notice_days')
