"""Warnings on a leave that an approver may override: beyond the annual balance, beyond the
limit of its type (Labour Code 2019 Art. 115: 3 days for one's marriage …)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from app.errors import InvalidInput
from app.rules.leave import HalfDay, LeavePeriod, notice_given
from app.rules.workdays import WorkCalendar
from app.services.calendar.workdays import office_calendar
from app.services.leave.balance import COMPENSATORY_CODE, balance_of
from app.services.leave.read import format_days
from app.services.lookup import get_or_raise
from db.models import LeaveRequest, LeaveType


def notice_problem(session: Session, leave_type: LeaveType, start: date, filed: date,
                   cal: WorkCalendar | None = None) -> str:
    """"" or why the notice before *start* is shorter than the type asks (Frappe HR #5036)."""
    given = notice_given(filed, start, leave_type.min_notice_days, cal or office_calendar(session))
    if given is None:
        return ""
    return (f"“{leave_type.name}” cần báo trước ít nhất {leave_type.min_notice_days} ngày làm việc; "
            f"đơn này báo trước {given} ngày.")


def check_notice(session: Session, leave_type: LeaveType, start: date, filed: date) -> None:
    """Refuse a request whose type refuses too short a notice (the emergency path is exempt:
    001 Điều 18 lets sickness and family emergencies be approved by phone)."""
    problem = notice_problem(session, leave_type, start, filed) if leave_type.notice_refuses else ""
    if problem:
        raise InvalidInput(problem + " Trường hợp ốm đau, việc đột xuất: văn thư ghi nhận nghỉ đột xuất.")


def leave_warnings(session: Session, *, person_id: int, leave_type: LeaveType, period: LeavePeriod, days: float,
                   exclude_request_id: int | None = None, cal: WorkCalendar | None = None,
                   filed: date | None = None) -> list[str]:
    """What is beyond the rules in this leave (empty if nothing); *filed*: the day it was filed,
    to judge the notice (None: not judged, as for an emergency)."""
    warnings: list[str] = []
    if filed is not None:
        problem = notice_problem(session, leave_type, period.start, filed, cal)
        if problem:
            warnings.append(problem)
    if leave_type.max_days is not None and days > leave_type.max_days:
        warnings.append(f"“{leave_type.name}” tối đa {format_days(leave_type.max_days)} ngày mỗi lần; "
                        f"đơn xin {format_days(days)} ngày.")
    if leave_type.code == COMPENSATORY_CODE:
        balance = balance_of(session=session, person_id=person_id, year=period.start.year,
                             exclude_request_id=exclude_request_id)
        if days > balance.comp_remaining:
            warnings.append(f"Vượt số ngày nghỉ bù: còn {format_days(max(balance.comp_remaining, 0))} ngày "
                            f"(trực ngày nghỉ), xin {format_days(days)} ngày.")
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
    leave_type = get_or_raise(session, LeaveType, request.leave_type_id,
                              f"Không tìm thấy loại nghỉ số {request.leave_type_id}.")
    period = LeavePeriod(request.start_date, HalfDay(request.start_half), request.end_date, HalfDay(request.end_half))
    filed = None if request.emergency else (request.submitted_at or request.created_at).date()
    return leave_warnings(session, person_id=request.person_id, leave_type=leave_type, period=period,
                          days=request.days, exclude_request_id=request.id, filed=filed)
