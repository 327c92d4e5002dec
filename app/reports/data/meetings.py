"""A meeting's data as its printouts draw it: the meeting, its attendees in protocol order,
the checklist and the attendance tally (filled by :mod:`app.services.meetings` and gathered
for one meeting by :func:`app.services.meetings.printouts.meeting_printout`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.reports.data.org import OfficeInfo
from app.rules.meetings import KIND_BODY, AttendanceStatus, AttendeeRole, DueState, MeetingKind
from app.text import weekday_vi


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    kind: MeetingKind
    kind_label: str
    title: str
    start: datetime
    end: datetime
    location: str
    chair_id: int | None
    chair_name: str
    event_id: int | None
    important: bool
    foreign_guests: bool
    notes: str
    total: int = 0  # checklist items
    done: int = 0
    overdue: int = 0
    event_status: str = ""  # of its calendar entry ("" without one; "cancelled": called off)

    @property
    def cancelled(self) -> bool:
        return self.event_status == "cancelled"


@dataclass(frozen=True)
class AttendeeInfo:
    id: int
    meeting_id: int
    person_id: int | None
    full_name: str
    title: str
    organisation: str
    rank: int | None
    leader: bool
    role: AttendeeRole
    role_label: str
    member: bool
    invitation_sent_at: datetime | None
    invitation_via: str
    absence_notified_at: datetime | None
    absence_reason: str
    absence_in_writing: bool
    permitted_by_standing: bool
    attendance: AttendanceStatus | None
    attendance_reason: str
    notes: str
    absences_this_year: int = 0  # members only: meetings of this kind missed this year
    over_limit: bool = False  # more than the limit (004 Điều 10.1)

    @property
    def is_guest(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True)
class QuorumStatus:
    """2/3 of the body's members must attend a BCH or BTV meeting (004 Điều 10.1, 11.1)."""

    applies: bool
    members: int
    present: int
    needed: int
    met: bool
    not_invited: list[str] = field(default_factory=list)  # members of the body missing from the list


@dataclass(frozen=True)
class Tally:
    """The attendance tally Phòng Hành chính reports to the chief (003 §II.1.2)."""

    total: int
    present: int
    late: int
    absent: int
    not_taken: int
    quorum: QuorumStatus
    absentees: list[AttendeeInfo]


@dataclass(frozen=True)
class ChecklistEntry:
    id: int
    meeting_id: int
    department: str
    department_label: str
    task: str
    rule: str
    number: int
    due: datetime
    owner_id: int | None
    owner_name: str
    done_at: datetime | None
    done_by: str
    notes: str
    template_item_id: int | None
    state: DueState

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class MeetingPrintout:
    """Everything a printout of one meeting needs."""

    office: OfficeInfo | None
    meeting: MeetingInfo
    attendees: list[AttendeeInfo]  # protocol order; service staff left out
    checklist: list[ChecklistEntry]
    tally: Tally | None
    printed_at: datetime

    @property
    def when(self) -> str:
        """"08 giờ 00, Thứ Ba, ngày 10/3/2026"."""
        return when_text(self.meeting.start, self.meeting.end)

    @property
    def has_quorum_rule(self) -> bool:
        return self.tally is not None and self.tally.quorum.applies


def when_text(start: datetime, end: datetime) -> str:
    text = f"{start:%H} giờ {start:%M}, {weekday_vi(start)}, ngày {start.day:02d}/{start.month:02d}/{start.year}"
    if end.date() != start.date():
        text += f" đến {end:%H} giờ {end:%M}, {weekday_vi(end)}, ngày {end.day:02d}/{end.month:02d}/{end.year}"
    return text


def body_label(meeting: MeetingInfo) -> str:
    """"Ban Thường vụ" for a BTV meeting (the body whose quorum is counted), else ""."""
    return {"bch": "Ban Chấp hành", "btv": "Ban Thường vụ", "thuong_truc": "Thường trực"}.get(
        KIND_BODY.get(meeting.kind, ""), "")


def meeting_day(meeting: MeetingInfo) -> date:
    return meeting.start.date()
