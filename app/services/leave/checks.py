"""Warnings on a leave that an approver may override: beyond the annual balance, beyond the
limit of its type (Labour Code 2019 Art. 115: 3 days for one's marriage …)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from app.rules.leave import HalfDay, LeavePeriod
from app.rules.workdays import WorkCalendar
from app.services.calendar.workdays import office_calendar
from app.services.leave.balance import balance_of
from app.services.leave.read import format_days
from db.models import LeaveRequest, LeaveType


def leave_warnings(session: Session, *, person_id: int, leave_type: LeaveType, period: LeavePeriod, days: float,
                   exclude_request_id: int | None = None, cal: WorkCalendar | None = None) -> list[str]:
    """What is beyond the rules in this leave (empty if nothing)."""
    warnings: list[str] = []
    if leave_type.max_days is not None and days > leave_type.max_days:
        warnings.append(f"“{leave_type.name}” tối đa {format_days(leave_type.max_days)} ngày mỗi lần; "
                        f"đơn xin {format_days(days)} ngày.")
    if leave_type.counts_against_annual:
        cal = cal or office_calendar(session)
        for year in range(period.start.year, period.end.year + 1):
            part = period.clipped(date(year, 1, 1), date(year, 12, 31))
            asked = part.days(cal) if part else 0.0
            if not asked:
                continue
            balance = balance_of(session=session, person_id=person_id, year=year,
                                 exclude_request_id=exclude_request_id)
            if asked > balance.remaining:
                warnings.append(f"Vượt số ngày phép năm {year}: còn {format_days(max(balance.remaining, 0))} "
                                f"ngày, xin {format_days(asked)} ngày.")
    return warnings


def warnings_for(session: Session, request: LeaveRequest) -> list[str]:
    """:func:`leave_warnings` of a stored request, judged without itself."""
    leave_type = session.get(LeaveType, request.leave_type_id)
    period = LeavePeriod(request.start_date, HalfDay(request.start_half), request.end_date, HalfDay(request.end_half))
    return leave_warnings(session, person_id=request.person_id, leave_type=leave_type, period=period,
                          days=request.days, exclude_request_id=request.id)
