"""All tables. Importing this package registers every table on SQLModel.metadata.

One module per pane; each pane's migration lives in db/migrations/versions.
"""

from db.models.calendar import Event, EventLeader, EventUnit, ScheduleWeek
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
    "AuditLog",
    "BodyMember",
    "DayOverride",
    "Delegation",
    "Event",
    "EventLeader",
    "EventUnit",
    "Office",
    "Oversight",
    "Person",
    "Position",
    "ScheduleWeek",
    "Setting",
    "Unit",
    "User",
]
