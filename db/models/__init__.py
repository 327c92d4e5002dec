"""All tables. Importing this package registers every table on SQLModel.metadata.

One module per pane; each pane's migration lives in db/migrations/versions.
"""

from db.models.leave import (
    ApprovalStep,
    DutyAssignment,
    DutyRoster,
    LeaveApprovalRule,
    LeaveRequest,
    LeaveType,
)
from db.models.org import (
    AuditLog,
    BodyMember,
    DayOverride,
    Delegation,
    Office,
    Oversight,
    Person,
    Position,
    Setting,
    Unit,
    User,
)

__all__ = [
    "ApprovalStep",
    "AuditLog",
    "BodyMember",
    "DayOverride",
    "Delegation",
    "DutyAssignment",
    "DutyRoster",
    "LeaveApprovalRule",
    "LeaveRequest",
    "LeaveType",
    "Office",
    "Oversight",
    "Person",
    "Position",
    "Setting",
    "Unit",
    "User",
]
