"""The absence calendar: who is away each day of a month, per unit (people × days).

Cells carry the timekeeping symbol of the leave type (P phép năm, R việc riêng, Ro không
lương, Ô ốm, TS thai sản, K khác), "½" for a half-day, and "CT"/"V" for absences from
other sources (business trips, delegations). Submitted, undecided leave is marked pending.
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta

from sqlmodel import Session, col, select

from app.reports.data.leave import (  # the printouts' types, re-exported
    AbsenceCell as AbsenceCell,
)
from app.reports.data.leave import (
    AbsenceMonth as AbsenceMonth,
)
from app.reports.data.leave import (
    AbsenceRow as AbsenceRow,
)
from app.reports.data.leave import (
    MonthDay as MonthDay,
)
from app.rules.leave import HalfDay
from app.services.calendar.workdays import office_calendar
from app.services.leave.read import unit_and_descendants
from app.services.org.read import absences_between
from app.text import fold
from db.models import LeaveRequest, LeaveType, Person, Position, Unit

WEEKDAY_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


_EMPTY = AbsenceCell("")


def absence_month(*, session: Session, year: int, month: int, unit_id: int | None = None,
                  include_pending: bool = True, only_absent: bool = False) -> AbsenceMonth:
    """People of *unit_id* (all staff if None) × the days of the month, with their absences."""
    cal = office_calendar(session)
    first = date(year, month, 1)
    last = date(year, month, _calendar.monthrange(year, month)[1])
    days = tuple(
        MonthDay(d, WEEKDAY_SHORT[d.weekday()], cal.is_working_day(d),
                 (cal.holiday_name(d) or "") if not cal.is_working_day(d) else "")
        for d in (first + timedelta(days=i) for i in range(last.day))
    )
    # sqlmodel types select() up to four columns
    stmt = (select(Person.id, Person.full_name, Position.title, Position.rank,  # type: ignore[call-overload]
                   Unit.name, Unit.kind)
            .join(Position, col(Person.position_id) == Position.id, isouter=True)
            .join(Unit, col(Person.unit_id) == Unit.id, isouter=True).where(Person.active))
    if unit_id is not None:
        stmt = stmt.where(col(Person.unit_id).in_(unit_and_descendants(session, unit_id)))
    people = [row for row in session.exec(stmt).all() if unit_id is not None or row[5] != "body"]
    grid: dict[int, list[AbsenceCell]] = {row[0]: [_EMPTY] * len(days) for row in people}
    totals: dict[int, float] = dict.fromkeys(grid, 0.0)

    statuses = ("approved", "submitted") if include_pending else ("approved",)
    leave_rows = session.exec(
        select(LeaveRequest, LeaveType).join(LeaveType, col(LeaveRequest.leave_type_id) == LeaveType.id)
        .where(col(LeaveRequest.status).in_(statuses), LeaveRequest.start_date <= last, LeaveRequest.end_date >= first)
    ).all()
    for request, leave_type in leave_rows:
        cells = grid.get(request.person_id)
        if cells is None:
            continue
        pending = request.status == "submitted"
        d = max(request.start_date, first)
        while d <= min(request.end_date, last):
            half = _half_of(request, d)
            symbol = (leave_type.symbol or "K") if half is None else "½" + (leave_type.symbol or "K")
            detail = leave_type.name + ("" if half is None else f" (buổi {half.label})")
            index = (d - first).days
            if days[index].working:
                cells[index] = AbsenceCell(symbol, pending, request.id, detail)
                if not pending:
                    totals[request.person_id] += 0.5 if half is not None else 1.0
            d += timedelta(days=1)
    for absence in absences_between(session, first, last):
        cells = grid.get(absence.person_id)
        if cells is None or absence.source == "leave":
            continue
        symbol = "CT" if "cong tac" in fold(absence.reason) or absence.source == "trip" else "V"
        d = max(absence.start, first)
        while d <= min(absence.end, last):
            index = (d - first).days
            if days[index].working and not cells[index].symbol:
                cells[index] = AbsenceCell(symbol, False, None, absence.reason)
            d += timedelta(days=1)

    rows = [AbsenceRow(pid, name, title or "", unit or "", tuple(grid[pid]), totals[pid])
            for pid, name, title, _rank, unit, _kind in sorted(
                people, key=lambda r: (r[3] if r[3] is not None else 1000, fold(r[1]), r[0]))]
    if only_absent:
        rows = [r for r in rows if any(c.symbol for c in r.cells)]
    return AbsenceMonth(year, month, unit_id, days, tuple(rows))


def _half_of(request: LeaveRequest, d: date) -> HalfDay | None:
    """The half-day taken on *d* if only half of it is leave, else None."""
    morning_only = d == request.end_date and request.end_half == HalfDay.MORNING.value
    afternoon_only = d == request.start_date and request.start_half == HalfDay.AFTERNOON.value
    if morning_only and not afternoon_only:
        return HalfDay.MORNING
    if afternoon_only and not morning_only:
        return HalfDay.AFTERNOON
    return None
