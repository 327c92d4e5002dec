"""Leave rules asked for by users of Frappe HR: a minimum notice per leave type (#5036) and
compensatory leave earned by duty on a day off (#5302), both the office's data."""

from datetime import date, datetime

import pytest

from app.errors import InvalidInput
from app.rules.leave import notice_given
from app.rules.workdays import WorkCalendar
from app.services.admin import settings
from app.services.leave import requests as leave
from app.services.leave import roster as leave_roster
from app.services.leave.approval import BeyondLimits
from app.services.leave.balance import COMPENSATORY_KEY, balances
from app.services.leave.read import list_types, type_by_code
from app.services.leave.types import LeaveTypeInput, save_leave_type
from tests.unit.services.leave_office import small_office

TODAY = date(2026, 3, 2)  # Monday
CAL = WorkCalendar.vietnam()


@pytest.fixture
def office(session):
    return small_office(session)


def ask_notice(session, admin, code, days, refuses):
    t = type_by_code(session, code)
    save_leave_type(session=session, actor=admin, type_id=t.id, data=LeaveTypeInput(
        t.code, t.name, t.symbol, t.paid, t.counts_against_annual, t.max_days, t.source, t.sort_order, t.active,
        days, refuses))


def draft(office, who, start, end=None, kind="annual"):
    return leave.LeaveDraft(office.people[who], office.types.get(kind) or 0, start, end or start, reason="Việc riêng")


# -- notice -------------------------------------------------------------------------------

def test_notice_counts_working_days_after_filing_up_to_the_start():
    assert notice_given(date(2026, 3, 2), date(2026, 3, 5), 3, CAL) is None  # Tue, Wed, Thu
    assert notice_given(date(2026, 3, 2), date(2026, 3, 4), 3, CAL) == 2
    assert notice_given(date(2026, 3, 6), date(2026, 3, 9), 3, CAL) == 1  # the weekend does not count
    assert notice_given(date(2026, 3, 2), date(2126, 3, 2), 0, CAL) is None


def test_a_short_notice_is_a_warning_the_approver_sees(session, office, admin):
    ask_notice(session, admin, "annual", 3, False)
    preview = leave.preview_request(session=session, draft=draft(office, "spec3", date(2026, 3, 4)), today=TODAY)
    assert any("báo trước ít nhất 3 ngày làm việc" in w for w in preview.warnings)
    request_id = leave.file_request(session=session, actor=office.staff("spec3"), today=TODAY,
                                    draft=draft(office, "spec3", date(2026, 3, 4), kind="annual"))
    with pytest.raises(BeyondLimits, match="báo trước"):
        leave.decide(session=session, actor=office.leader("deputy2"), request_id=request_id, approve=True,
                     today=TODAY)
    far = leave.preview_request(session=session, draft=draft(office, "spec3", date(2026, 3, 16)), today=TODAY)
    assert not any("báo trước" in w for w in far.warnings)


def test_a_type_set_to_refuse_refuses_a_short_notice_but_not_a_draft_or_an_emergency(session, office, admin):
    ask_notice(session, admin, "annual", 3, True)
    with pytest.raises(InvalidInput, match="báo trước ít nhất 3"):
        leave.file_request(session=session, actor=office.staff("spec3"), today=TODAY,
                           draft=draft(office, "spec3", date(2026, 3, 4)))
    draft_id = leave.file_request(session=session, actor=office.staff("spec3"), today=TODAY, submit=False,
                                  draft=draft(office, "spec3", date(2026, 3, 4)))
    with pytest.raises(InvalidInput, match="báo trước"):
        leave.submit_request(session=session, actor=office.staff("spec3"), request_id=draft_id, today=TODAY)
    leave.record_emergency(session=session, actor=office.clerk(), today=TODAY,
                           draft=draft(office, "spec1", TODAY), approved_by_id=office.people["deputy1"],
                           approved_at=datetime(2026, 3, 2, 7, 0))


def test_a_notice_outside_its_bounds_is_refused(session, office, admin):
    with pytest.raises(InvalidInput, match="báo trước"):
        ask_notice(session, admin, "annual", -1, False)
    with pytest.raises(InvalidInput, match="báo trước"):
        ask_notice(session, admin, "annual", 10_000, False)
    assert [t.min_notice_days for t in list_types(session)] == [0] * len(list_types(session))


# -- compensatory leave -----------------------------------------------------------------------

def on_duty(session, admin, office, who, *days):
    roster_id = leave_roster.create_roster(session=session, actor=admin, title="Lịch trực", start=min(days),
                                           end=max(days), days=list(days))
    for day in days:
        leave_roster.set_day(session=session, actor=admin, roster_id=roster_id, day=day,
                             person_ids=[office.people[who]])


def comp(session, office, who, today=TODAY):
    return balances(session=session, year=2026, person_ids=[office.people[who]], today=today)[0]


def test_duty_on_a_day_off_earns_compensatory_leave_shown_in_the_balance(session, office, admin):
    # Sunday 1 March and Saturday 7 March are days off; on 2 March only the first is done
    on_duty(session, admin, office, "spec2", date(2026, 3, 1), date(2026, 3, 7))
    assert (comp(session, office, "spec2").comp_earned, comp(session, office, "spec1").comp_earned) == (1.0, 0.0)
    assert comp(session, office, "spec2", date(2026, 3, 9)).comp_earned == 2.0
    settings.set_value(session=session, actor=admin, key=COMPENSATORY_KEY, value=2)  # the office's rule
    assert comp(session, office, "spec2").comp_earned == 2.0
    settings.set_value(session=session, actor=admin, key=COMPENSATORY_KEY, value=0)
    assert comp(session, office, "spec2", date(2026, 3, 9)).comp_earned == 0.0


def test_compensatory_leave_is_taken_from_the_days_earned_and_beyond_is_a_warning(session, office, admin):
    on_duty(session, admin, office, "spec2", date(2026, 3, 1))
    kind = type_by_code(session, "compensatory").id
    first = leave.LeaveDraft(office.people["spec2"], kind, date(2026, 3, 16), date(2026, 3, 16))
    preview = leave.preview_request(session=session, draft=first, today=TODAY)
    assert preview.balance.comp_remaining == 1.0 and not preview.warnings
    leave.file_request(session=session, actor=office.staff("spec2"), draft=first, today=TODAY)
    assert comp(session, office, "spec2").comp_remaining == 0.0
    second = leave.LeaveDraft(office.people["spec2"], kind, date(2026, 3, 18), date(2026, 3, 18))
    preview = leave.preview_request(session=session, draft=second, today=TODAY)
    assert any("Vượt số ngày nghỉ bù" in w for w in preview.warnings)
    balance = comp(session, office, "spec2")
    assert (balance.taken, balance.pending, balance.remaining) == (0.0, 0.0, balance.entitlement)  # annual untouched
