"""What each meeting printout shows, gathered from the services as plain data.

The same data feeds the PDF (app.reports) and the window's print preview (ui.meetings),
so both print the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from app.rules.meetings import KIND_BODY, AttendeeRole
from app.services.meetings.attendees import AttendeeInfo, Tally, attendance_tally, list_attendees
from app.services.meetings.checklist import ChecklistEntry, get_checklist
from app.services.meetings.preparation import MeetingInfo, get_meeting
from app.services.org.read import OfficeInfo, get_office
from app.text import weekday_vi
from db.models.base import now_local


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


def meeting_printout(*, session: Session, meeting_id: int, now: datetime | None = None,
                     with_checklist: bool = True, with_tally: bool = True) -> MeetingPrintout:
    """The data of every printout of a meeting (raises NotFound for an unknown id)."""
    now = now or now_local()
    meeting = get_meeting(session=session, meeting_id=meeting_id, now=now)
    attendees = [a for a in list_attendees(session=session, meeting_id=meeting_id)
                 if a.role is not AttendeeRole.SERVICE]
    checklist = get_checklist(session=session, meeting_id=meeting_id, now=now) if with_checklist else []
    tally = attendance_tally(session=session, meeting_id=meeting_id) if with_tally else None
    return MeetingPrintout(get_office(session), meeting, attendees, checklist, tally, now)


def body_label(meeting: MeetingInfo) -> str:
    """"Ban Thường vụ" for a BTV meeting (the body whose quorum is counted), else ""."""
    return {"bch": "Ban Chấp hành", "btv": "Ban Thường vụ", "thuong_truc": "Thường trực"}.get(
        KIND_BODY.get(meeting.kind, ""), "")


def meeting_day(meeting: MeetingInfo) -> date:
    return meeting.start.date()
