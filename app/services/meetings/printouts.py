"""What each meeting printout shows, gathered from the services as plain data.

The same data feeds the PDF (app.reports) and the window's print preview (ui.meetings),
so both print the same thing.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from app.reports.data.meetings import (  # the printouts' types, re-exported
    MeetingPrintout as MeetingPrintout,
)
from app.reports.data.meetings import body_label as body_label
from app.reports.data.meetings import meeting_day as meeting_day
from app.reports.data.meetings import when_text as when_text
from app.rules.meetings import AttendeeRole
from app.services.meetings.attendees import attendance_tally, list_attendees
from app.services.meetings.checklist import get_checklist
from app.services.meetings.preparation import get_meeting
from app.services.org.read import get_office
from db.models.base import now_local


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


