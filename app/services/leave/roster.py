"""Duty rosters (lịch trực) for holidays and Tết (001 Điều 18: the office must never be empty).

Pick the days (by default the days off of a holiday period in the office calendar), the
pool of people, generate a fair rotation (balanced with the duties already given this
year; people on leave those days are skipped), then edit by hand.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from app.errors import Conflict, InvalidInput, NotFound
from app.reports.data.leave import (  # the printouts' types, re-exported
    DutyPerson as DutyPerson,
)
from app.reports.data.leave import (
    RosterDay as RosterDay,
)
from app.reports.data.leave import (
    RosterInfo as RosterInfo,
)
from app.rules.leave import HalfDay, LeavePeriod
from app.rules.roster import HolidayPeriod, fair_rotation, holiday_periods
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.workdays import office_calendar
from app.services.lookup import get_or_raise
from app.services.org.read import get_person
from app.text import nfc, weekday_vi
from db.models import DutyAssignment, DutyRoster, LeaveRequest, Person, Position
from db.models.base import id_of


@dataclass(frozen=True)
class RosterSummary:
    id: int
    title: str
    start: date
    end: date
    days: int
    assigned: int


def holiday_breaks(*, session: Session, year: int) -> list[HolidayPeriod]:
    """The holiday breaks of *year* in the office calendar (Tết, 30/4–1/5, 2/9 …)."""
    return holiday_periods(office_calendar(session), year)


def default_days(*, session: Session, start: date, end: date) -> list[date]:
    """The days off between *start* and *end* (weekends, holidays, moved days off)."""
    cal = office_calendar(session)
    return [d for d in _date_range(start, end) if not cal.is_working_day(d)]


def _date_range(start: date, end: date) -> list[date]:
    return [date.fromordinal(o) for o in range(start.toordinal(), end.toordinal() + 1)]


def _roster(session: Session, roster_id: int) -> DutyRoster:
    return get_or_raise(session, DutyRoster, roster_id, f"Không tìm thấy lịch trực số {roster_id}.")


def list_rosters(*, session: Session, year: int | None = None) -> list[RosterSummary]:
    stmt = select(DutyRoster).order_by(col(DutyRoster.start_date).desc())
    if year is not None:
        stmt = stmt.where(DutyRoster.start_date >= date(year, 1, 1), DutyRoster.start_date <= date(year, 12, 31))
    result = []
    for roster in session.exec(stmt).all():
        assigned = session.exec(select(col(DutyAssignment.day)).where(DutyAssignment.roster_id == roster.id)
                                .distinct()).all()
        result.append(RosterSummary(id_of(roster), roster.title, roster.start_date, roster.end_date,
                                    len(json.loads(roster.days)), len(assigned)))
    return result


def get_roster(*, session: Session, roster_id: int) -> RosterInfo:
    roster = _roster(session, roster_id)
    cal = office_calendar(session)
    rows = session.exec(
        select(DutyAssignment, Person, Position.title)
        .join(Person, col(DutyAssignment.person_id) == Person.id)
        .join(Position, col(Person.position_id) == Position.id, isouter=True)
        .where(DutyAssignment.roster_id == roster_id).order_by(col(DutyAssignment.day), col(DutyAssignment.id))
    ).all()
    by_day: dict[date, list[DutyPerson]] = {}
    for assignment, person, title in rows:
        by_day.setdefault(assignment.day, []).append(
            DutyPerson(id_of(person), person.full_name, title or "", person.phone, assignment.manual))
    days = sorted({*(date.fromisoformat(d) for d in json.loads(roster.days)), *by_day})
    return RosterInfo(id_of(roster), roster.title, roster.start_date, roster.end_date, roster.per_day, roster.note,
                      tuple(json.loads(roster.pool)),
                      tuple(RosterDay(d, weekday_vi(d), cal.holiday_name(d) or "", tuple(by_day.get(d, [])))
                            for d in days))


def create_roster(*, session: Session, actor: Actor, title: str, start: date, end: date,
                  days: Sequence[date] | None = None, pool: Sequence[int] = (), per_day: int = 1,
                  note: str = "") -> int:
    """A new roster for [start, end]; *days* default to the days off in that range."""
    require(actor, Permission.LEAVE_RECORD)
    title = nfc(title)
    if not title:
        raise InvalidInput("Hãy đặt tên lịch trực (ví dụ: Lịch trực Tết Nguyên Đán 2026).")
    if end < start:
        raise InvalidInput("Ngày kết thúc lịch trực phải từ ngày bắt đầu trở đi.")
    if (end - start).days > 62:
        raise InvalidInput("Một lịch trực dài tối đa 2 tháng.")
    if per_day < 1:
        raise InvalidInput("Mỗi ngày phải có ít nhất một người trực.")
    chosen = sorted(set(days)) if days is not None else default_days(session=session, start=start, end=end)
    if not chosen:
        raise InvalidInput("Khoảng thời gian này không có ngày nghỉ nào; hãy chọn ngày trực.")
    if any(d < start or d > end for d in chosen):
        raise InvalidInput("Ngày trực phải nằm trong khoảng thời gian của lịch trực.")
    _check_pool(session, pool)
    roster = DutyRoster(title=title, start_date=start, end_date=end, per_day=per_day, note=nfc(note),
                        days=json.dumps([d.isoformat() for d in chosen]), pool=json.dumps(list(dict.fromkeys(pool))),
                        created_by=actor.username)
    with write(session, actor, "roster.create", "duty_roster", title):
        session.add(roster)
    return id_of(roster)


def _check_pool(session: Session, pool: Sequence[int]) -> None:
    """Every person of *pool* exists and is still working here (one query)."""
    found = {pid: (name, active) for pid, name, active in session.exec(
        select(Person.id, Person.full_name, Person.active).where(col(Person.id).in_(list(pool)))).all()}
    for pid in pool:
        if pid not in found:
            raise NotFound(f"Không tìm thấy cán bộ có mã {pid}.")
        if not found[pid][1]:
            raise InvalidInput(f"{found[pid][0]} không còn công tác.")


def delete_roster(*, session: Session, actor: Actor, roster_id: int) -> None:
    require(actor, Permission.LEAVE_RECORD)
    roster = _roster(session, roster_id)
    with write(session, actor, "roster.delete", f"duty_roster:{roster_id}", roster.title):
        session.delete(roster)


def duty_counts(session: Session, year: int, *, exclude_roster_id: int | None = None) -> tuple[dict[int, int], dict[int, date]]:
    """Duties per person in *year* (and each one's last duty day), other rosters only."""
    stmt = select(col(DutyAssignment.person_id), col(DutyAssignment.day)).where(
        DutyAssignment.day >= date(year, 1, 1), DutyAssignment.day <= date(year, 12, 31))
    if exclude_roster_id is not None:
        stmt = stmt.where(DutyAssignment.roster_id != exclude_roster_id)
    counts: dict[int, int] = {}
    last: dict[int, date] = {}
    for pid, day in session.exec(stmt).all():
        counts[pid] = counts.get(pid, 0) + 1
        if pid not in last or day > last[pid]:
            last[pid] = day
    return counts, last


def on_leave(session: Session, person_ids: Sequence[int], days: Sequence[date]) -> dict[int, set[date]]:
    """Days of *days* on which each person has approved or submitted leave (any part of the day)."""
    if not days or not person_ids:
        return {}
    first, last = min(days), max(days)
    wanted = set(days)
    rows = session.exec(select(LeaveRequest).where(
        col(LeaveRequest.person_id).in_(list(person_ids)), col(LeaveRequest.status).in_(("approved", "submitted")),
        LeaveRequest.start_date <= last, LeaveRequest.end_date >= first)).all()
    result: dict[int, set[date]] = {}
    for r in rows:
        period = LeavePeriod(r.start_date, HalfDay(r.start_half), r.end_date, HalfDay(r.end_half))
        result.setdefault(r.person_id, set()).update(d for d in _date_range(period.start, period.end) if d in wanted)
    return result


def generate_rotation(*, session: Session, actor: Actor, roster_id: int, pool: Sequence[int] | None = None,
                      keep_manual: bool = True) -> RosterInfo:
    """Fill the roster with a fair rotation of *pool* (the roster's stored pool if None).
    Assignments made by hand stay (unless *keep_manual* is False)."""
    require(actor, Permission.LEAVE_RECORD)
    roster = _roster(session, roster_id)
    pool = list(dict.fromkeys(pool if pool is not None else json.loads(roster.pool)))
    if not pool:
        raise InvalidInput("Hãy chọn danh sách người trực.")
    _check_pool(session, pool)
    days = [date.fromisoformat(d) for d in json.loads(roster.days)]
    existing = session.exec(select(DutyAssignment).where(DutyAssignment.roster_id == roster_id)).all()
    manual = [a for a in existing if a.manual and keep_manual]
    previous, last = duty_counts(session, roster.start_date.year, exclude_roster_id=roster_id)
    for a in manual:
        previous[a.person_id] = previous.get(a.person_id, 0) + 1
    taken = {d: [a.person_id for a in manual if a.day == d] for d in days}
    unavailable = on_leave(session, pool, days)
    for d, people in taken.items():  # a person already set by hand that day is not drawn again
        for pid in people:
            unavailable.setdefault(pid, set()).add(d)
    need = {d: roster.per_day - len(taken[d]) for d in days if len(taken[d]) < roster.per_day}
    with write(session, actor, "roster.generate", f"duty_roster:{roster_id}", f"{len(pool)} người"):
        for a in existing:
            if a not in manual:
                session.delete(a)
        session.flush()
        roster.pool = json.dumps(pool)
        session.add(roster)
        plan = fair_rotation(list(need), pool, per_day=roster.per_day, need=need, previous=previous,
                             last_duty=last, unavailable=unavailable)
        for d, people in plan.assignments.items():
            for pid in people:
                session.add(DutyAssignment(roster_id=roster_id, day=d, person_id=pid))
    return get_roster(session=session, roster_id=roster_id)


def set_day(*, session: Session, actor: Actor, roster_id: int, day: date, person_ids: Sequence[int]) -> None:
    """Set by hand who is on duty on *day* (kept when the rotation is generated again)."""
    require(actor, Permission.LEAVE_RECORD)
    roster = _roster(session, roster_id)
    if not roster.start_date <= day <= roster.end_date:
        raise InvalidInput("Ngày trực phải nằm trong khoảng thời gian của lịch trực.")
    people = [get_person(session, pid) for pid in dict.fromkeys(person_ids)]
    away = on_leave(session, [p.id for p in people], [day])
    for person in people:
        if day in away.get(person.id, set()):
            raise Conflict(f"{person.full_name} nghỉ phép ngày {day:%d/%m/%Y}, không thể phân công trực.")
    days = {date.fromisoformat(d) for d in json.loads(roster.days)}
    with write(session, actor, "roster.edit", f"duty_roster:{roster_id}", f"{day}: {len(people)} người"):
        for a in session.exec(select(DutyAssignment).where(DutyAssignment.roster_id == roster_id,
                                                           DutyAssignment.day == day)).all():
            session.delete(a)
        session.flush()
        for person in people:
            session.add(DutyAssignment(roster_id=roster_id, day=day, person_id=person.id, manual=True))
        if day not in days:
            roster.days = json.dumps(sorted(d.isoformat() for d in days | {day}))
            session.add(roster)
