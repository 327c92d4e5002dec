"""All tables. Importing this package registers every table on SQLModel.metadata.

One module per pane; each pane's migration lives in db/migrations/versions.
"""

from db.models.calendar import Event, EventLeader, EventUnit, ScheduleWeek
from db.models.leave import (
    ApprovalStep,
    DutyAssignment,
    DutyRoster,
    LeaveActingRule,
    LeaveApprovalRule,
    LeaveRequest,
    LeaveType,
)
from db.models.meetings import (
    Attendee,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Document,
    DocumentCopy,
    Meeting,
    MeetingChecklistItem,
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
from db.models.register import DocumentType, OutgoingDocument

__all__ = [
    "ApprovalStep",
    "Attendee",
    "AuditLog",
    "BodyMember",
    "ChecklistTemplate",
    "ChecklistTemplateItem",
    "DayOverride",
    "Delegation",
    "Document",
    "DocumentCopy",
    "DocumentType",
    "DutyAssignment",
    "DutyRoster",
    "Event",
    "EventLeader",
    "EventUnit",
    "LeaveActingRule",
    "LeaveApprovalRule",
    "LeaveRequest",
    "LeaveType",
    "Meeting",
    "MeetingChecklistItem",
    "Office",
    "OutgoingDocument",
    "Oversight",
    "Person",
    "Position",
    "ScheduleWeek",
    "Setting",
    "Unit",
    "User",
]
