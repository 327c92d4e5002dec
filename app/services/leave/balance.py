"""Annual leave balances per person per year: entitlement, carried over, taken, pending, remaining.

Sums are aggregated in SQL (one GROUP BY over the requests of the years needed), so a
table of 1,000 staff with ten years of history stays fast. A request across New Year is
split between the two years by its working days.

Definitions (shown in the UI):
- entitlement: :func:`app.rules.leave.annual_entitlement` (12 days + 1 per 5 full years,
  pro rata in the first year); 12 (the setting) when the person's start date is unknown;
- carried: unused days of the previous year, at most the setting ``leave.carry_over_days``
  (0 by default: nothing carries; Labour Code 2019 Art. 113.4 allows merging up to 3 years).
  Leave taken is drawn first from the carried days;
- taken: approved leave of the types that count against the annual balance;
- pending: submitted, not yet decided, of those types;
- remaining: entitlement + carried − taken − pending (what one may still ask for).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, func, or_
from sqlmodel import Session, select

from app.errors import NotFound
from app.rules.leave import HalfDay, LeavePeriod, annual_entitlement
from app.rules.workdays import WorkCalendar
from app.services.admin import settings
from app.services.admin.settings import SettingSpec, declare
from app.services.calendar.workdays import office_calendar
from app.services.leave.read import unit_and_descendants
from db.models import LeaveRequest, LeaveType, Person, Position, Unit

CARRY_OVER_KEY = "leave.carry_over_days"
BASE_DAYS_KEY = "leave.annual_base_days"
CARRY_HISTORY_YEARS = 5  # how far back the chain of carried days is followed

declare(
    SettingSpec(BASE_DAYS_KEY, "Số ngày nghỉ phép năm cơ bản (điều kiện bình thường)", 12, int,
                source="Bộ luật Lao động 2019 Điều 113.1", minimum=1, maximum=30),
    SettingSpec(CARRY_OVER_KEY, "Số ngày phép chưa nghỉ được chuyển sang năm sau (0 = không chuyển)", 0, int,
                source="Bộ luật Lao động 2019 Điều 113.4", minimum=0, maximum=48),
)


@dataclass(frozen=True)
class Balance:
    person_id: int
    full_name: str
    position_title: str
    unit_name: str
    service_start: date | None
    year: int
    entitlement: float
    carried: float
    taken: float
    pending: float
    other_taken: float  # approved leave of types that do not count (sick, unpaid, việc riêng …)

    @property
    def remaining(self) -> float:
        return self.entitlement + self.carried - self.taken - self.pending


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
    stmt = (select(Person.id, Person.full_name, Position.title, Unit.name, Person.service_start, Position.rank)
            .join(Position, Person.position_id == Position.id, isouter=True)
            .join(Unit, Person.unit_id == Unit.id, isouter=True))
    if person_ids is not None:
        stmt = stmt.where(Person.id.in_(list(person_ids)))
    if unit_id is not None:
        stmt = stmt.where(Person.unit_id.in_(unit_and_descendants(session, unit_id)))
    if not include_inactive:
        stmt = stmt.where(Person.active)
    if person_ids is None and unit_id is None:  # the office's staff, not the leadership bodies it serves
        stmt = stmt.where(or_(Unit.kind.is_(None), Unit.kind != "body"))
    return [_Person(pid, name, title or "", unit or "", start, rank if rank is not None else 1000)
            for pid, name, title, unit, start, rank in session.exec(stmt).all()]


# (person, year, status, counts) -> days
_Sums = dict[tuple[int, int, str, bool], float]


def _sums(session: Session, first_year: int, last_year: int, person_ids: set[int] | None,
          cal: WorkCalendar, exclude_request_id: int | None) -> _Sums:
    """Days of approved and submitted leave per person, year, status and counting flag."""
    lo, hi = date(first_year, 1, 1), date(last_year, 12, 31)
    base = (LeaveRequest.status.in_(("approved", "submitted")),
            LeaveRequest.start_date <= hi, LeaveRequest.end_date >= lo)
    if exclude_request_id is not None:
        base += (LeaveRequest.id != exclude_request_id,)
    if person_ids is not None and len(person_ids) <= 500:
        base += (LeaveRequest.person_id.in_(person_ids),)
    year = extract("year", LeaveRequest.start_date)
    same_year = year == extract("year", LeaveRequest.end_date)
    sums: _Sums = {}
    stmt = (select(LeaveRequest.person_id, year, LeaveRequest.status, LeaveType.counts_against_annual,
                   func.sum(LeaveRequest.days))
            .join(LeaveType, LeaveRequest.leave_type_id == LeaveType.id)
            .where(*base, same_year)
            .group_by(LeaveRequest.person_id, year, LeaveRequest.status, LeaveType.counts_against_annual))
    for pid, y, status, counts, days in session.exec(stmt).all():
        key = (pid, int(y), status, bool(counts))
        sums[key] = sums.get(key, 0.0) + float(days or 0)
    # The few requests across New Year: split by working days in each year.
    crossing = (select(LeaveRequest.person_id, LeaveRequest.status, LeaveType.counts_against_annual,
                       LeaveRequest.start_date, LeaveRequest.start_half, LeaveRequest.end_date, LeaveRequest.end_half)
                .join(LeaveType, LeaveRequest.leave_type_id == LeaveType.id)
                .where(*base, ~same_year))
    for pid, status, counts, s, sh, e, eh in session.exec(crossing).all():
        period = LeavePeriod(s, HalfDay(sh), e, HalfDay(eh))
        for y in range(max(s.year, first_year), min(e.year, last_year) + 1):
            part = period.clipped(date(y, 1, 1), date(y, 12, 31))
            if part is not None:
                key = (pid, y, status, bool(counts))
                sums[key] = sums.get(key, 0.0) + part.days(cal)
    return sums


def _entitlement(person: _Person, year: int, base: int) -> int:
    if person.service_start is None:
        return base
    return annual_entitlement(person.service_start, year, base=base)


def balances(*, session: Session, year: int, unit_id: int | None = None,
             person_ids: Iterable[int] | None = None, include_inactive: bool = False,
             exclude_request_id: int | None = None) -> list[Balance]:
    """The annual leave balance of every (active) person for *year*, in protocol order."""
    people = _people(session, person_ids=person_ids, unit_id=unit_id, include_inactive=include_inactive)
    if not people:
        return []
    base = int(settings.get(session, BASE_DAYS_KEY))
    cap = float(settings.get(session, CARRY_OVER_KEY))
    first_year = year - CARRY_HISTORY_YEARS if cap > 0 else year
    ids = {p.id for p in people}
    sums = _sums(session, first_year, year, ids if person_ids is not None or unit_id is not None else None,
                 office_calendar(session), exclude_request_id)
    result = []
    for person in sorted(people, key=lambda p: (p.rank, p.full_name, p.id)):
        carried = 0.0
        if cap > 0:
            for y in range(first_year, year):
                own = _entitlement(person, y, base)
                used_own = max(0.0, sums.get((person.id, y, "approved", True), 0.0) - carried)
                carried = min(cap, max(0.0, own - used_own))
        result.append(Balance(
            person.id, person.full_name, person.position_title, person.unit_name, person.service_start, year,
            float(_entitlement(person, year, base)), carried,
            sums.get((person.id, year, "approved", True), 0.0),
            sums.get((person.id, year, "submitted", True), 0.0),
            sums.get((person.id, year, "approved", False), 0.0),
        ))
    return result


def balance_of(*, session: Session, person_id: int, year: int, exclude_request_id: int | None = None) -> Balance:
    """One person's balance (*exclude_request_id*: leave a request out, to judge it on its own)."""
    found = balances(session=session, year=year, person_ids=[person_id], include_inactive=True,
                     exclude_request_id=exclude_request_id)
    if not found:
        raise NotFound(f"Không tìm thấy cán bộ có mã {person_id}.")
    return found[0]
