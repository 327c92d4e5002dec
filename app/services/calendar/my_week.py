"""One person's week: the schedule entries they chair or attend, the meetings they are
invited to, their leave and their duty days (lịch trực), day by day.

The calendar pane shows it for the signed-in user's person (a clerk can pick anyone), and
:mod:`app.reports.my_week_pdf` prints it on one A4 page.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from app.reports.data.calendar import (  # the printout's types, re-exported
    DUTY as DUTY,
)
from app.reports.data.calendar import (
    ENTRY as ENTRY,
)
from app.reports.data.calendar import (
    KIND_LABELS as KIND_LABELS,
)
from app.reports.data.calendar import (
    LEAVE as LEAVE,
)
from app.reports.data.calendar import (
    MEETING as MEETING,
)
from app.reports.data.calendar import (
    MyWeek as MyWeek,
)
from app.reports.data.calendar import (
    MyWeekDay as MyWeekDay,
)
from app.reports.data.calendar import (
    MyWeekItem as MyWeekItem,
)
from app.rules.protocol import ROLE_LABELS as ATTENDEE_ROLES
from app.rules.protocol import AttendeeRole
from app.rules.schedule import HALF_DAY_LABELS, NOON, HalfDay, format_time, week_days
from app.services.calendar.views import week
from app.services.calendar.workdays import office_calendar
from app.services.org.read import get_office, get_person
from app.text import format_date, weekday_vi
from db.models import Attendee, DutyAssignment, DutyRoster, LeaveRequest, LeaveType, Meeting

ROLE_LABELS = {"chair": "Chủ trì", "attending": "Dự", "duty": "Trực"}  # with protocol.ROLE_LABELS for meetings
STATUS_LABELS = {"draft": "dự kiến", "cancelled": "hoãn/hủy", "approved": "đã duyệt", "submitted": "chờ duyệt",
                 "absence_notified": "đã báo vắng"}
LEAVE_STATUSES = ("approved", "submitted")


def _entries(session: Session, monday: date, person_id: int) -> tuple[list[MyWeekItem], set[int]]:
    items, event_ids = [], set()
    for entry in week(session, monday).entries:
        if person_id not in entry.leader_ids:
            continue
        event_ids.add(entry.event_id)
        chairing = bool(entry.chair) and entry.leader_ids[0] == person_id
        items.append(MyWeekItem(entry.day, entry.half, entry.time_label, ENTRY, entry.title,
                                ROLE_LABELS["chair" if chairing else "attending"], entry.location,
                                STATUS_LABELS.get(entry.status, ""), cancelled=entry.cancelled,
                                minute=entry.start.hour * 60 + entry.start.minute))
    return items, event_ids


def _meetings(session: Session, monday: date, person_id: int, known_events: set[int]) -> list[MyWeekItem]:
    start = datetime.combine(monday, time.min)
    rows = session.exec(select(Meeting, Attendee).join(Attendee, col(Attendee.meeting_id) == Meeting.id).where(
        Attendee.person_id == person_id, Meeting.start_at >= start,
        Meeting.start_at < start + timedelta(days=7))).all()
    items = []
    for meeting, attendee in rows:
        if meeting.event_id is not None and meeting.event_id in known_events:
            continue  # already on the schedule as the person's entry
        half = (HalfDay.MORNING if meeting.start_at.time() < NOON else HalfDay.AFTERNOON).value
        role = ATTENDEE_ROLES.get(AttendeeRole(attendee.role), "") if attendee.role else ""
        absent = attendee.absence_notified_at is not None or attendee.attendance == "absent"
        items.append(MyWeekItem(meeting.start_at.date(), half, format_time(meeting.start_at), MEETING,
                                meeting.title, role, meeting.location,
                                STATUS_LABELS["absence_notified"] if absent else "",
                                minute=meeting.start_at.hour * 60 + meeting.start_at.minute))
    return items


def _halves(request: LeaveRequest, day: date) -> list[str]:
    halves = [HalfDay.MORNING.value, HalfDay.AFTERNOON.value]
    if day == request.start_date and request.start_half == HalfDay.AFTERNOON.value:
        halves.remove(HalfDay.MORNING.value)
    if day == request.end_date and request.end_half == HalfDay.MORNING.value:
        halves.remove(HalfDay.AFTERNOON.value)
    return halves


def _leave(session: Session, monday: date, person_id: int, working: set[date]) -> tuple[list[MyWeekItem], float]:
    sunday = monday + timedelta(days=6)
    rows = session.exec(select(LeaveRequest, LeaveType).join(LeaveType, col(LeaveRequest.leave_type_id) == LeaveType.id)
                        .where(LeaveRequest.person_id == person_id,
                               col(LeaveRequest.status).in_(LEAVE_STATUSES),
                               LeaveRequest.start_date <= sunday, LeaveRequest.end_date >= monday)).all()
    items, halves_off = [], 0
    for request, leave_type in rows:
        status = STATUS_LABELS[request.status]
        period = f"{format_date(request.start_date)} – {format_date(request.end_date)}"
        for day in week_days(monday):
            if not request.start_date <= day <= request.end_date or day not in working:
                continue
            halves = _halves(request, day)
            if request.status == "approved":
                halves_off += len(halves)
            half = halves[0] if len(halves) == 1 else ""
            items.append(MyWeekItem(day, half, HALF_DAY_LABELS[HalfDay(half)] if half else "Cả ngày", LEAVE,
                                    leave_type.name, "", "", status, period))
    return items, halves_off / 2


def _duties(session: Session, monday: date, person_id: int) -> list[MyWeekItem]:
    rows = session.exec(select(DutyAssignment, DutyRoster).join(DutyRoster, col(DutyAssignment.roster_id) == DutyRoster.id)
                        .where(DutyAssignment.person_id == person_id, DutyAssignment.day >= monday,
                               DutyAssignment.day <= monday + timedelta(days=6))).all()
    return [MyWeekItem(a.day, "", "Cả ngày", DUTY, roster.title, ROLE_LABELS["duty"], detail=a.note)
            for a, roster in rows]


def _order(item: MyWeekItem) -> tuple[int, int, int, str]:
    half = {"": 0, HalfDay.MORNING.value: 1, HalfDay.AFTERNOON.value: 2}[item.half]
    kind = {LEAVE: 0, DUTY: 1, ENTRY: 2, MEETING: 2}[item.kind]
    return (kind, half, item.minute, item.title)


def my_week(session: Session, monday: date, person_id: int) -> MyWeek:
    """*person_id*'s week of *monday*; NotFound for an unknown person."""
    person = get_person(session, person_id)  # NotFound for an unknown id
    calendar = office_calendar(session)
    days = week_days(monday)
    working = {d for d in days if calendar.is_working_day(d)}
    entries, event_ids = _entries(session, monday, person_id)
    meetings = _meetings(session, monday, person_id, event_ids)
    leave, leave_days = _leave(session, monday, person_id, working)
    duties = _duties(session, monday, person_id)
    by_day: dict[date, list[MyWeekItem]] = defaultdict(list)
    for item in entries + meetings + leave + duties:
        by_day[item.day].append(item)
    week_list = []
    for day in days:
        info = calendar.describe(day)
        week_list.append(MyWeekDay(day, weekday_vi(day), info.is_working, info.name,
                                   sorted(by_day.get(day, []), key=_order)))
    busy = [i for i in entries + meetings if not i.cancelled]
    return MyWeek(person.id, person.full_name, person.position_title, person.unit_name, monday, week_list,
                  get_office(session), leave_days, len({d.day for d in duties}), len(busy))
