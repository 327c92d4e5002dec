"""Việc của tôi: everything that waits for one account, in one read.

- checklist items of the person's department (its unit or a parent unit whose code names a
  department of 003 §II.1) or given to them, not done, due within the next working days or
  overdue (the look-ahead and look-back are settings, :mod:`app.services.my_work.settings`);
- leave steps waiting for the person's decision — :func:`app.services.leave.approval.waiting_for`,
  the approval code's own rule (001 Điều 18; acting rules, the Thường trực as a body);
- written applications (đơn xin nghỉ, 001 Điều 18) the person still owes, and for whoever records
  leave (the clerk, who files them with the archive) everyone's;
- for whoever may publish the weekly schedule: this week unpublished or changed since its last
  version, and next week's from a number of days before its Monday;
- for whoever keeps duty rosters (001 Điều 18: the office is never empty): a holiday break
  coming with no roster, or a roster with days short of people.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from app.rules.meetings import department_label
from app.rules.roster import holiday_periods
from app.rules.schedule import iso_week, monday_of
from app.services.admin import settings
from app.services.admin.auth import AccountRole, Actor, Permission
from app.services.calendar import publish
from app.services.calendar.workdays import office_calendar
from app.services.leave.approval import waiting_for
from app.services.leave.read import RequestInfo, applications_due, format_days
from app.services.my_work import settings as reminders
from app.text import format_date, format_datetime
from db.models import (
    DutyAssignment,
    DutyRoster,
    Event,
    Meeting,
    MeetingChecklistItem,
    Person,
    ScheduleWeek,
    Unit,
)
from db.models.base import now_local


class WorkKind(StrEnum):
    """The groups of the list, in the order shown."""

    APPROVAL = "approval"  # a leave step waits for my decision
    CHECKLIST = "checklist"  # a meeting's preparation task of my department
    APPLICATION = "application"  # my own written application is still owed
    CHASE = "chase"  # someone's written application to collect (the clerk)
    SCHEDULE = "schedule"  # a week's schedule to publish
    ROSTER = "roster"  # a holiday duty roster to make or complete


KIND_LABELS = {
    WorkKind.APPROVAL: "Đơn nghỉ chờ tôi duyệt",
    WorkKind.CHECKLIST: "Việc chuẩn bị họp đến hạn",
    WorkKind.APPLICATION: "Đơn xin nghỉ của tôi chưa nộp",
    WorkKind.CHASE: "Đơn xin nghỉ giấy cần thu",
    WorkKind.SCHEDULE: "Lịch công tác tuần cần công bố",
    WorkKind.ROSTER: "Lịch trực ngày lễ cần lập",
}

# what an item's `state` says, for schedules and rosters
UNPUBLISHED, CHANGED, NO_ROSTER, SHORT = "unpublished", "changed", "no_roster", "short"


@dataclass(frozen=True)
class WorkItem:
    """One thing to do. *subject* and *context* are the office's data (a task, a person's name,
    a meeting's title); the UI builds its sentence from the fields, :attr:`text` is the Vietnamese
    one (command line, tooltips)."""

    kind: WorkKind
    key: str  # stable across reads: tells a new item from one already notified
    subject: str
    context: str
    day: date  # when it is due, or the day it is about (a leave's start, a week's Monday)
    due_at: datetime | None = None  # the time it is due, when it has one (checklist items)
    overdue: bool = False
    target_id: int | None = None  # the meeting, leave request or roster it opens
    state: str = ""  # UNPUBLISHED | CHANGED | NO_ROSTER | SHORT ("" for the other kinds)
    number: float = 0  # leave days; changes since publication; days short of people
    until: date | None = None  # the last day of a leave, a week or a holiday break
    text: str = ""


@dataclass(frozen=True)
class MyWork:
    """What waits for one account on *today*."""

    username: str
    person_id: int | None
    person_name: str
    departments: tuple[str, ...]  # the department codes whose checklist items are theirs
    today: date
    items: tuple[WorkItem, ...]
    tray_enabled: bool = True
    tray_minutes: int = 0

    def of_kind(self, kind: WorkKind) -> list[WorkItem]:
        return [i for i in self.items if i.kind is kind]

    @property
    def groups(self) -> list[tuple[WorkKind, list[WorkItem]]]:
        """The non-empty groups, in :class:`WorkKind` order."""
        return [(kind, found) for kind in WorkKind if (found := self.of_kind(kind))]

    @property
    def overdue(self) -> int:
        return sum(1 for i in self.items if i.overdue)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(i.key for i in self.items)


# -- checklist items ------------------------------------------------------------------------

def departments_of(session: Session, unit_id: int | None) -> tuple[str, ...]:
    """The codes of *unit_id* and its parent units (a checklist item names its department by code)."""
    units = {uid: (parent, code) for uid, parent, code in session.exec(select(Unit.id, Unit.parent_id, Unit.code))}
    codes, seen = [], set()
    while unit_id is not None and unit_id not in seen and unit_id in units:
        seen.add(unit_id)
        parent, code = units[unit_id]
        if code:
            codes.append(code)
        unit_id = parent
    return tuple(codes)


def _checklist(session: Session, person_id: int | None, departments: tuple[str, ...], now: datetime,
               everyone: bool) -> list[WorkItem]:
    cal = office_calendar(session)
    ahead = settings.get(session, reminders.CHECKLIST_DAYS_AHEAD)
    until = datetime.combine(cal.add_working_days(now.date(), ahead) if ahead else now.date(), time.max)
    since = now - timedelta(days=settings.get(session, reminders.OVERDUE_DAYS))
    mine: list[ColumnElement[bool]] = [col(MeetingChecklistItem.department).in_(departments)] if departments else []
    if person_id is not None:
        mine.append(col(MeetingChecklistItem.owner_id) == person_id)
    if not mine and not everyone:
        return []
    # the columns the list shows, not whole rows: a hundred checklist items as ORM objects cost
    # the window's database thread more than the query itself
    stmt = (sa_select(*(col(c) for c in (MeetingChecklistItem.id, MeetingChecklistItem.task, MeetingChecklistItem.due,
                                         MeetingChecklistItem.meeting_id, MeetingChecklistItem.department,
                                         Meeting.title, Meeting.start_at)))
            .join(Meeting, col(MeetingChecklistItem.meeting_id) == Meeting.id)
            .outerjoin(Event, col(Meeting.event_id) == Event.id)
            .where(col(MeetingChecklistItem.done_at).is_(None), col(MeetingChecklistItem.due) >= since,
                   col(MeetingChecklistItem.due) <= until,
                   or_(col(Event.id).is_(None), col(Event.status) != "cancelled"))  # a meeting called off needs nothing
            .order_by(col(MeetingChecklistItem.due), col(MeetingChecklistItem.id)))
    if mine and not everyone:
        stmt = stmt.where(or_(*mine))
    items = []
    for item_id, task, due, meeting_id, department, title, start in session.execute(stmt).all():
        overdue = due < now
        items.append(WorkItem(
            WorkKind.CHECKLIST, f"checklist:{item_id}", task, title, due.date(), due, overdue, meeting_id,
            text=f"{task} — {title} ({format_datetime(start)}); hạn {format_datetime(due)}"
                 f"{' (quá hạn)' if overdue else ''}; {department_label(department)}"))
    return items


# -- leave ----------------------------------------------------------------------------------

def _leave_text(r: RequestInfo) -> str:
    return f"{r.person_name}: {r.leave_type_name} {format_days(r.days)} ngày, {r.period_text}"


def _approvals(session: Session, actor: Actor, today: date) -> list[WorkItem]:
    items = []
    for r in waiting_for(session=session, actor=actor, today=today):
        step = r.current_step
        who = f" (bước {step.order}: {step.role_label})" if step is not None else ""
        items.append(WorkItem(WorkKind.APPROVAL, f"approval:{r.id}:{step.id if step else 0}", r.person_name,
                              r.leave_type_name, r.start, overdue=r.start <= today, target_id=r.id, number=r.days,
                              until=r.end, text=f"Chờ tôi duyệt — {_leave_text(r)}{who}"))
    return items


def _application_overdue(r: RequestInfo, today: date) -> bool:
    """Late: an emergency leave is over and the application is still missing, or a planned leave
    has begun without it (001 Điều 18: approval, and the application, come before the leave)."""
    return r.end < today if r.emergency else r.start <= today


def _applications(session: Session, actor: Actor, today: date) -> list[WorkItem]:
    chase = actor.can(Permission.LEAVE_RECORD)
    if actor.person_id is None and not chase:
        return []
    items = []
    for r in applications_due(session, person_id=None if chase else actor.person_id):
        own = r.person_id == actor.person_id
        kind = WorkKind.APPLICATION if own else WorkKind.CHASE
        lead = "Đơn xin nghỉ của tôi chưa nộp" if own else "Cần thu đơn xin nghỉ giấy"
        items.append(WorkItem(kind, f"{kind}:{r.id}", r.person_name, r.leave_type_name, r.start,
                              overdue=_application_overdue(r, today), target_id=r.id, number=r.days,
                              until=r.end, text=f"{lead} — {_leave_text(r)}" + (" (nghỉ đột xuất)" if r.emergency else "")))
    return items


# -- the weekly schedule ----------------------------------------------------------------------

def _schedule(session: Session, today: date) -> list[WorkItem]:
    """This week if unpublished or changed since; next week from SCHEDULE_DAYS_BEFORE days before it."""
    this = monday_of(today)
    weeks = [this]
    following = this + timedelta(days=7)
    if (following - today).days <= settings.get(session, reminders.SCHEDULE_DAYS_BEFORE):
        weeks.append(following)
    latest: dict[date, int] = dict(session.exec(select(col(ScheduleWeek.week_start), func.max(ScheduleWeek.version))
                               .where(col(ScheduleWeek.week_start).in_(weeks))
                               .group_by(col(ScheduleWeek.week_start))).all())
    items = []
    for monday in weeks:
        week = iso_week(monday)
        period = f"{format_date(monday)} – {format_date(monday + timedelta(days=6))}"
        if monday not in latest:
            items.append(WorkItem(WorkKind.SCHEDULE, f"schedule:{week}", week, period, monday,
                                  overdue=monday <= today, state=UNPUBLISHED, until=monday + timedelta(days=6),
                                  text=f"Lịch công tác tuần {week} ({period}) chưa công bố"))
            continue
        changes = publish.changes_since(session, monday)
        if changes:
            version = latest[monday]
            items.append(WorkItem(WorkKind.SCHEDULE, f"schedule:{week}:v{version}:{len(changes)}", week, period,
                                  monday, state=CHANGED, number=len(changes), until=monday + timedelta(days=6),
                                  text=f"Lịch công tác tuần {week} ({period}): {len(changes)} thay đổi "
                                       f"sau bản công bố số {version}"))
    return items


# -- duty rosters ----------------------------------------------------------------------------

def _rosters(session: Session, today: date) -> list[WorkItem]:
    horizon = today + timedelta(days=settings.get(session, reminders.ROSTER_DAYS_BEFORE))
    cal = office_calendar(session)
    breaks = [b for year in {today.year, horizon.year} for b in holiday_periods(cal, year)
              if b.end >= today and b.start <= horizon]
    if not breaks:
        return []
    rosters = session.exec(select(DutyRoster).where(DutyRoster.end_date >= min(b.start for b in breaks),
                                                    DutyRoster.start_date <= max(b.end for b in breaks))).all()
    items = []
    for period in sorted(breaks, key=lambda b: b.start):
        dates = f"{format_date(period.start)} – {format_date(period.end)}"
        covering = [r for r in rosters if r.start_date <= period.end and r.end_date >= period.start]
        if not covering:
            items.append(WorkItem(WorkKind.ROSTER, f"roster:{period.start.isoformat()}", period.name, dates,
                                  period.start, overdue=period.start <= today, state=NO_ROSTER, until=period.end,
                                  text=f"Chưa có lịch trực {period.name} ({dates})"))
            continue
        for roster in covering:
            days = {date.fromisoformat(d) for d in json.loads(roster.days or "[]")}
            staffed = Counter(session.exec(select(col(DutyAssignment.day)).where(
                DutyAssignment.roster_id == roster.id)).all())
            short = sorted(d for d in days if d >= today and staffed[d] < roster.per_day)
            if short:
                items.append(WorkItem(WorkKind.ROSTER, f"roster:{period.start.isoformat()}:{roster.id}:{len(short)}",
                                      roster.title, dates, short[0], overdue=short[0] <= today, target_id=roster.id,
                                      state=SHORT, number=len(short), until=period.end,
                                      text=f"{roster.title}: {len(short)} ngày chưa đủ người trực"))
    return items


# -- all of it -------------------------------------------------------------------------------

def my_work(session: Session, actor: Actor, *, now: datetime | None = None) -> MyWork:
    """What waits for *actor* at *now* (office time). An administrator without a linked person
    sees the whole office's checklist items and every approval (as the approval code lets them)."""
    now = now or now_local()
    today = now.date()
    person = session.get(Person, actor.person_id) if actor.person_id is not None else None
    person_id = person.id if person is not None else None
    departments = departments_of(session, person.unit_id) if person is not None else ()
    everyone = person is None and actor.role is AccountRole.ADMIN
    items: list[WorkItem] = []
    if actor.can(Permission.LEAVE_DECIDE):
        items += _approvals(session, actor, today)
    if actor.can(Permission.CHECKLIST_TICK):
        items += _checklist(session, person_id, departments, now, everyone)
    if actor.can(Permission.LEAVE_FILE) or actor.can(Permission.LEAVE_RECORD):
        items += _applications(session, actor, today)
    if actor.can(Permission.CALENDAR_PUBLISH):
        items += _schedule(session, today)
    if actor.can(Permission.LEAVE_RECORD):
        items += _rosters(session, today)
    order = list(WorkKind)
    items.sort(key=lambda i: (order.index(i.kind), not i.overdue, i.due_at or datetime.combine(i.day, time.min)))
    return MyWork(actor.username, person_id, person.full_name if person is not None else "", departments, today,
                  tuple(items), reminders.tray_enabled(session, actor),
                  settings.get(session, reminders.TRAY_MINUTES))

