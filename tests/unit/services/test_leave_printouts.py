"""The leave printouts' data is gathered by one service function each, as plain frozen data
(app.reports.data.leave) that the renderers draw with no session."""

import dataclasses
from datetime import date

import pytest

from app.errors import InvalidInput, NotFound
from app.reports.data.leave import AbsenceReportData, LeaveFormData, RosterPrintData
from app.services.leave import requests as leave
from app.services.leave import roster as leave_roster
from app.services.leave.printouts import absence_report_data, leave_form_data, roster_data
from tests.unit.services.leave_office import small_office
from tests.unit.services.test_leave import TODAY, draft, filed_and_approved_by_the_deputy


@pytest.fixture
def office(session):
    return small_office(session)


@pytest.fixture
def filed(session, office, admin):
    return filed_and_approved_by_the_deputy(session, office, admin, "spec1", date(2026, 3, 9), date(2026, 3, 10))


def test_the_leave_form_data_holds_the_request_its_steps_and_the_balance_before_it(session, office, filed):
    data = leave_form_data(session=session, request_id=filed)
    assert isinstance(data, LeaveFormData)
    assert data.request.id == filed and data.request.person_name == "Nguyễn Thị Ánh"
    assert [s.decision for s in data.request.steps][:1] == ["approved"]
    assert data.balance is not None and data.balance.taken == 0  # this request itself left out
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.balance = None  # type: ignore[misc]


def test_a_leave_type_that_does_not_count_has_no_balance_on_its_form(session, office, admin):
    request_id = leave.file_request(session=session, actor=admin, today=TODAY,
                                    draft=draft(office, "spec2", date(2026, 3, 9), date(2026, 3, 9), kind="sick"))
    assert leave_form_data(session=session, request_id=request_id).balance is None


def test_an_unknown_request_has_no_form(session, office):
    with pytest.raises(NotFound):
        leave_form_data(session=session, request_id=9999)


def test_the_roster_data_holds_its_days_people_and_the_chief_who_signs(session, office, admin):
    roster_id = leave_roster.create_roster(session=session, actor=admin, title="Lịch trực Tết", per_day=1,
                                           start=date(2026, 2, 14), end=date(2026, 2, 16),
                                           pool=[office.people["spec1"], office.people["spec2"]])
    leave_roster.generate_rotation(session=session, actor=admin, roster_id=roster_id)
    data = roster_data(session=session, roster_id=roster_id)
    assert isinstance(data, RosterPrintData)
    assert [d.day for d in data.roster.days] == [date(2026, 2, 14), date(2026, 2, 15), date(2026, 2, 16)]
    assert all(len(d.people) == 1 for d in data.roster.days)
    assert data.chief_name == "Trần Thị Chánh" and data.office.name


def test_the_absence_report_data_holds_the_month_and_its_approved_requests(session, office, admin, filed):
    assert absence_report_data(session=session, year=2026, month=3).requests == ()  # not yet decided in full
    leave.decide(session=session, actor=admin, request_id=filed, approve=True, today=TODAY)
    data = absence_report_data(session=session, year=2026, month=3)
    assert isinstance(data, AbsenceReportData)
    assert (data.month.year, data.month.month, len(data.month.days)) == (2026, 3, 31)
    assert [r.id for r in data.requests] == [filed]
    assert [row.full_name for row in data.month.rows] == ["Nguyễn Thị Ánh"]
    assert data.scope == data.office.name and data.chief_name == "Trần Thị Chánh"


def test_an_absence_report_for_month_13_is_refused(session, office):
    with pytest.raises(InvalidInput, match="Tháng không hợp lệ"):
        absence_report_data(session=session, year=2026, month=13)
