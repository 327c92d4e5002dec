"""What each leave printout shows, gathered from the services as plain data
(:mod:`app.reports.data.leave`); :mod:`app.reports.leave` lays it out and draws it."""

from __future__ import annotations

from sqlmodel import Session

from app.errors import InvalidInput
from app.reports.data.leave import AbsenceReportData, LeaveFormData, RosterPrintData
from app.reports.data.org import OfficeInfo
from app.rules.leave import Role
from app.services.leave.absence_calendar import absence_month
from app.services.leave.balance import balance_of
from app.services.leave.read import get_request, list_requests
from app.services.leave.roster import get_roster
from app.services.org.read import get_office, load_org
from db.models.base import now_local

NO_OFFICE = OfficeInfo(0, "Văn phòng", "", "", "", "party", "")


def _office(session: Session) -> OfficeInfo:
    return get_office(session) or NO_OFFICE


def _chief_name(session: Session) -> str:
    chiefs = load_org(session).with_role(Role.CHIEF.value)
    return chiefs[0].full_name if chiefs else ""


def leave_form_data(*, session: Session, request_id: int) -> LeaveFormData:
    """The application form of *request_id* (NotFound for an unknown id)."""
    request = get_request(session, request_id)
    balance = None
    if request.counts_against_annual:
        balance = balance_of(session=session, person_id=request.person_id, year=request.start.year,
                             exclude_request_id=request.id)
    return LeaveFormData(_office(session), request, balance)


def roster_data(*, session: Session, roster_id: int) -> RosterPrintData:
    """The duty roster *roster_id* (NotFound for an unknown id)."""
    return RosterPrintData(_office(session), get_roster(session=session, roster_id=roster_id),
                           _chief_name(session), now_local().date())


def absence_report_data(*, session: Session, year: int, month: int, unit_id: int | None = None) -> AbsenceReportData:
    """Who was away each day of *month* (approved leave only) and the month's approved requests."""
    if not 1 <= month <= 12:
        raise InvalidInput(f"Tháng không hợp lệ: {month}")
    data = absence_month(session=session, year=year, month=month, unit_id=unit_id, include_pending=False,
                         only_absent=True)
    office = _office(session)
    org = load_org(session)
    scope = org.units[unit_id].name if unit_id is not None and unit_id in org.units else office.name
    first, last = data.days[0].day, data.days[-1].day
    requests = list_requests(session, unit_id=unit_id, status="approved", start=first, end=last)
    return AbsenceReportData(office, scope, data, tuple(requests), _chief_name(session), now_local().date())
