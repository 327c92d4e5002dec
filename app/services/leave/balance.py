"""Annual leave balances per person per year: entitlement, carried over, taken, pending, remaining.

Sums are aggregated in SQL (one GROUP BY over the requests of the years needed), so a
table of 1,000 staff with ten years of history stays fast. A request across New Year is
split between the two years by its working days.

Definitions (shown in the UI):
- entitlement: :func:`app.rules.leave.annual_entitlement` (12 days + 1 per 5 full years,
  pro rata in the first year by Decree 145/2020 Art. 66 on the office's working days);
  12 (the setting) when the person's start date is unknown;
- carried: unused days of the previous year, at most the setting ``leave.carry_over_days``
  (0 by default: nothing carries; Labour Code 2019 Art. 113.4 allows merging up to 3 years).
  Leave taken is drawn first from the carried days;
- taken: approved leave of the types that count against the annual balance;
- pending: submitted, not yet decided, of those types;
- remaining: entitlement + carried − taken − pending (what one may still ask for);
- compensatory (nghỉ bù): days earned by duty on a day off of the office calendar, up to
  today, at the rate of the setting ``leave.compensatory_days_per_duty`` (Frappe HR #5302),
  less the leave of the type "compensatory" taken or pending in the year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, extract, func, or_
from sqlmodel import Session, col, select

from app.errors import NotFound
from app.reports.data.leave import Balance as Balance  # the printouts' type, re-exported
from app.rules.leave import HalfDay, LeavePeriod, annual_entitlement
from app.rules.workdays import WorkCalendar
from app.services.admin import settings
from app.services.admin.settings import SettingSpec, declare
from app.services.calendar.workdays import office_calendar
from app.services.leave.read import unit_and_descendants
from db.models import DutyAssignment, LeaveRequest, LeaveType, Person, Position, Unit
from db.models.base import now_local

CARRY_OVER_KEY = "leave.carry_over_days"
BASE_DAYS_KEY = "leave.annual_base_days"
CARRY_HISTORY_YEARS = 5  # how far back the chain of carried days is followed
COMPENSATORY_KEY = "leave.compensatory_days_per_duty"
COMPENSATORY_CODE = "compensatory"  # app.services.leave.types.COMPENSATORY_CODE

declare(
    SettingSpec(BASE_DAYS_KEY, "Số ngày nghỉ phép năm cơ bản (điều kiện bình thường)", 12, int,
                source="Bộ luật Lao động 2019 Điều 113.1", minimum=1, maximum=30),
    SettingSpec(CARRY_OVER_KEY, "Số ngày phép chưa nghỉ được chuyển sang năm sau (0 = không chuyển)", 0, int,
                source="Bộ luật Lao động 2019 Điều 113.4", minimum=0, maximum=48),
    SettingSpec(COMPENSATORY_KEY, "Số ngày nghỉ bù cho mỗi ngày trực vào ngày nghỉ (0 = không tính nghỉ bù)", 1,
                int, source="Quy định của cơ quan (lịch trực, Quy chế 001 Điều 18)", minimum=0, maximum=3),
)


@dataclass(frozen=True)
class _Person:
    id: int
    full_name: str
    position_title: str
    unit_name: str
    service_start: date | None
    rank: int


def _people(session: Session, *, person_ids: Iterable[int] | None, unit_id: int | None,
            include_inactive: bool) -> list[_Person]:
    # sqlmodel types select() up to four columns
    stmt = (select(Person.id, Person.full_name, Position.title, Unit.name,  # type: ignore[call-overload]
                   Person.service_start, Position.rank)
            .join(Position, col(Person.position_id) == Position.id, isouter=True)
            .join(Unit, col(Person.unit_id) == Unit.id, isouter=True))
    if person_ids is not None:
        stmt = stmt.where(col(Person.id).in_(list(person_ids)))
    if unit_id is not None:
        stmt = stmt.where(col(Person.unit_id).in_(unit_and_descendants(session, unit_id)))
    if not include_inactive:
        stmt = stmt.where(Person.active)
    if person_ids is None and unit_id is None:  # the office's staff, not the leadership bodies it serves
        stmt = stmt.where(or_(col(Unit.kind).is_(None), col(Unit.kind) != "body"))
    return [_Person(pid, name, title or "", unit or "", start, rank if rank is not None else 1000)
            for pid, name, title, unit, start, rank in session.exec(stmt).all()]


# (person, year, status, counts) -> days
_Sums = dict[tuple[int, int, str, bool], float]


def _sums(session: Session, first_year: int, last_year: int, person_ids: set[int] | None,
          cal: WorkCalendar, exclude_request_id: int | None, type_code: str | None = None) -> _Sums:
    """Days of approved and submitted leave per person, year, status and counting flag
    (of the leave type *type_code* only, if given)."""
    lo, hi = date(first_year, 1, 1), date(last_year, 12, 31)
    base: tuple[ColumnElement[bool] | bool, ...] = (col(LeaveRequest.status).in_(("approved", "submitted")),
                                                    LeaveRequest.start_date <= hi, LeaveRequest.end_date >= lo)
    if type_code is not None:
        base += (LeaveType.code == type_code,)
    if exclude_request_id is not None:
        base += (LeaveRequest.id != exclude_request_id,)
    if person_ids is not None and len(person_ids) <= 500:
        base += (col(LeaveRequest.person_id).in_(person_ids),)
    year = extract("year", col(LeaveRequest.start_date))
    same_year = year == extract("year", col(LeaveRequest.end_date))
    sums: _Sums = {}
    # sqlmodel types select() up to four columns
    stmt = (select(LeaveRequest.person_id, year, LeaveRequest.status,  # type: ignore[call-overload]
                   LeaveType.counts_against_annual, func.sum(LeaveRequest.days))
            .join(LeaveType, col(LeaveRequest.leave_type_id) == LeaveType.id)
            .where(*base, same_year)
            .group_by(LeaveRequest.person_id, year, LeaveRequest.status, LeaveType.counts_against_annual))
    for pid, y, status, counts, days in session.exec(stmt).all():
        key = (pid, int(y), status, bool(counts))
        sums[key] = sums.get(key, 0.0) + float(days or 0)
    # The few requests across New Year: split by working days in each year.
    # sqlmodel types select() up to four columns
    crossing = (select(LeaveRequest.person_id, LeaveRequest.status,  # type: ignore[call-overload]
                       LeaveType.counts_against_annual, LeaveRequest.start_date, LeaveRequest.start_half,
                       LeaveRequest.end_date, LeaveRequest.end_half)
                .join(LeaveType, col(LeaveRequest.leave_type_id) == LeaveType.id)
                .where(*base, ~same_year))
    for pid, status, counts, s, sh, e, eh in session.exec(crossing).all():
        period = LeavePeriod(s, HalfDay(sh), e, HalfDay(eh))
        for y in range(max(s.year, first_year), min(e.year, last_year) + 1):
            part = period.clipped(date(y, 1, 1), date(y, 12, 31))
            if part is not None:
                key = (pid, y, status, bool(counts))
                sums[key] = sums.get(key, 0.0) + part.days(cal)
    return sums


def _duty_days_off(session: Session, year: int, up_to: date, person_ids: set[int] | None,
                   cal: WorkCalendar) -> dict[int, int]:
    """person id → days of duty on a day off of the office calendar in *year*, up to *up_to*."""
    stmt = select(col(DutyAssignment.person_id), col(DutyAssignment.day)).where(
        DutyAssignment.day >= date(year, 1, 1), DutyAssignment.day <= min(up_to, date(year, 12, 31)))
    if person_ids is not None and len(person_ids) <= 500:
        stmt = stmt.where(col(DutyAssignment.person_id).in_(person_ids))
    counts: dict[int, int] = {}
    for pid, day in set(session.exec(stmt).all()):
        if not cal.is_working_day(day):
            counts[pid] = counts.get(pid, 0) + 1
    return counts


def _entitlement(person: _Person, year: int, base: int, cal: WorkCalendar) -> int:
    if person.service_start is None:
        return base
    return annual_entitlement(person.service_start, year, base=base, cal=cal)


def balances(*, session: Session, year: int, unit_id: int | None = None,
             person_ids: Iterable[int] | None = None, include_inactive: bool = False,
             exclude_request_id: int | None = None, today: date | None = None) -> list[Balance]:
    """The annual leave balance of every (active) person for *year*, in protocol order, with the
    compensatory days earned by duty on days off up to *today* (default: now)."""
    people = _people(session, person_ids=person_ids, unit_id=unit_id, include_inactive=include_inactive)
    if not people:
        return []
    base = int(settings.get(session, BASE_DAYS_KEY))
    cap = float(settings.get(session, CARRY_OVER_KEY))
    first_year = year - CARRY_HISTORY_YEARS if cap > 0 else year
    ids = {p.id for p in people}
    cal = office_calendar(session)
    subset = ids if person_ids is not None or unit_id is not None else None
    sums = _sums(session, first_year, year, subset, cal, exclude_request_id)
    rate = int(settings.get(session, COMPENSATORY_KEY))
    duty = _duty_days_off(session, year, today or now_local().date(), subset, cal) if rate else {}
    comp = _sums(session, year, year, subset, cal, exclude_request_id, COMPENSATORY_CODE)
    result = []
    for person in sorted(people, key=lambda p: (p.rank, p.full_name, p.id)):
        carried = 0.0
        if cap > 0:
            for y in range(first_year, year):
                own = _entitlement(person, y, base, cal)
                used_own = max(0.0, sums.get((person.id, y, "approved", True), 0.0) - carried)
                carried = min(cap, max(0.0, own - used_own))
        result.append(Balance(
            person.id, person.full_name, person.position_title, person.unit_name, person.service_start, year,
            float(_entitlement(person, year, base, cal)), carried,
            sums.get((person.id, year, "approved", True), 0.0),
            sums.get((person.id, year, "submitted", True), 0.0),
            sums.get((person.id, year, "approved", False), 0.0),
            float(duty.get(person.id, 0) * rate),
            sum(comp.get((person.id, year, status, False), 0.0) for status in ("approved", "submitted")),
        ))
    return result


def balance_of(*, session: Session, person_id: int, year: int, exclude_request_id: int | None = None) -> Balance:
    """One person's balance (*exclude_request_id*: leave a request out, to judge it on its own)."""
    found = balances(session=session, year=year, person_ids=[person_id], include_inactive=True,
                     exclude_request_id=exclude_request_id)
    if not found:
        raise NotFound(f"Không tìm thấy cán bộ có mã {person_id}.")
    return found[0]
