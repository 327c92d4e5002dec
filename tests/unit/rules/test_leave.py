"""Rules of DOMAIN.md section 4: leave length, approval authority (001 Điều 18), written
applications, entitlement (Labour Code 2019 Art. 113–114), carry-over."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.leave import (
    DEFAULT_RULES,
    ApprovalRule,
    HalfDay,
    LeavePeriod,
    Role,
    annual_entitlement,
    approval_chain,
    carried_over,
    informed_roles,
    leave_days,
    needs_written_application,
    periods_overlap,
    seniority_years,
)
from app.rules.workdays import WorkCalendar

CAL = WorkCalendar.vietnam()
M, A = HalfDay.MORNING, HalfDay.AFTERNOON
MONDAY = date(2026, 3, 9)


# -- leave_days ------------------------------------------------------------------------

def test_a_whole_working_day_is_one_day():
    assert leave_days(MONDAY, M, MONDAY, A, CAL) == 1.0


def test_a_morning_alone_is_half_a_day():
    assert leave_days(MONDAY, M, MONDAY, M, CAL) == 0.5
    assert leave_days(MONDAY, A, MONDAY, A, CAL) == 0.5


def test_afternoon_to_next_morning_is_one_day():
    assert leave_days(MONDAY, A, MONDAY + timedelta(days=1), M, CAL) == 1.0


def test_friday_afternoon_to_monday_morning_skips_the_weekend():
    assert leave_days(date(2026, 3, 6), A, date(2026, 3, 9), M, CAL) == 1.0


def test_half_days_across_tet_count_only_the_working_halves():
    # Tết Bính Ngọ 2026: Monday 16/2 – Friday 20/2 off, with the weekends around it
    assert leave_days(date(2026, 2, 13), A, date(2026, 2, 23), M, CAL) == 1.0


def test_a_week_across_tet_counts_no_holiday():
    assert leave_days(date(2026, 2, 12), M, date(2026, 2, 24), A, CAL) == 4.0


def test_a_request_covering_only_tet_is_an_error_not_zero():
    with pytest.raises(ValueError, match="không có ngày làm việc"):
        leave_days(date(2026, 2, 16), M, date(2026, 2, 20), A, CAL)


def test_a_weekend_alone_is_an_error():
    with pytest.raises(ValueError, match="không có ngày làm việc"):
        leave_days(date(2026, 3, 7), M, date(2026, 3, 8), A, CAL)


def test_a_moved_working_saturday_counts_and_the_moved_day_off_does_not():
    assert leave_days(date(2026, 8, 22), M, date(2026, 8, 22), A, CAL) == 1.0
    assert leave_days(date(2026, 8, 28), M, date(2026, 9, 3), A, CAL) == 2.0  # Fri 28 + Thu 3


def test_an_office_day_off_is_not_a_leave_day():
    cal = WorkCalendar.vietnam(extra_days_off={MONDAY})
    assert leave_days(MONDAY, M, MONDAY + timedelta(days=1), A, cal) == 1.0


def test_an_end_before_the_start_is_an_error():
    with pytest.raises(ValueError, match="trước ngày bắt đầu"):
        leave_days(MONDAY, M, MONDAY - timedelta(days=1), A, CAL)


def test_ending_in_the_morning_of_a_day_that_starts_in_the_afternoon_is_an_error():
    with pytest.raises(ValueError, match="buổi chiều"):
        leave_days(MONDAY, A, MONDAY, M, CAL)


def test_half_days_are_accepted_as_strings():
    assert leave_days(MONDAY, "afternoon", MONDAY, "afternoon", CAL) == 0.5
    assert HalfDay("morning") is HalfDay.MORNING


def test_an_unknown_half_day_is_a_vietnamese_value_error():
    with pytest.raises(ValueError, match="Buổi không hợp lệ"):
        leave_days(MONDAY, "evening", MONDAY, "afternoon", CAL)


dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))


@given(dates, st.integers(min_value=0, max_value=40))
def test_whole_days_count_the_working_days_between(start, length):
    end = start + timedelta(days=length)
    working = CAL.working_days_between(start, end)
    if working == 0:
        with pytest.raises(ValueError):
            leave_days(start, M, end, A, CAL)
    else:
        assert leave_days(start, M, end, A, CAL) == working


@given(dates, st.integers(min_value=1, max_value=40))
def test_starting_in_the_afternoon_takes_half_a_day_off_a_working_start(start, length):
    end = start + timedelta(days=length)
    whole = CAL.working_days_between(start, end)
    expected = whole - (0.5 if CAL.is_working_day(start) else 0)
    if expected == 0:
        return
    assert leave_days(start, A, end, A, CAL) == expected
    assert (leave_days(start, A, end, A, CAL) * 2).is_integer()


def test_periods_sharing_a_half_day_overlap_and_morning_and_afternoon_do_not():
    morning = LeavePeriod.of(MONDAY, M, MONDAY, M)
    afternoon = LeavePeriod.of(MONDAY, A, MONDAY, A)
    day = LeavePeriod.of(MONDAY, M, MONDAY, A)
    assert not periods_overlap(morning, afternoon)
    assert periods_overlap(day, afternoon)
    assert periods_overlap(LeavePeriod.of(MONDAY - timedelta(days=3), M, MONDAY, M), morning)


# -- approval authority (001 Điều 18) ----------------------------------------------------

def test_the_chief_asks_the_standing_deputy_secretary_for_any_length():
    assert approval_chain(Role.CHIEF, 0.5) == [Role.STANDING_DEPUTY_SECRETARY]
    assert approval_chain(Role.CHIEF, 10) == [Role.STANDING_DEPUTY_SECRETARY]


def test_the_deputies_are_informed_when_the_chief_is_away():
    assert informed_roles(Role.CHIEF, 1) == [Role.DEPUTY_CHIEF]


def test_a_deputy_chief_asks_the_chief_from_one_half_day():
    assert approval_chain(Role.DEPUTY_CHIEF, 0.5) == [Role.CHIEF]
    assert approval_chain(Role.DEPUTY_CHIEF, 1.5) == [Role.CHIEF]


def test_deputy_leave_of_two_days_needs_the_standing_members():
    assert approval_chain(Role.DEPUTY_CHIEF, 2) == [Role.CHIEF, Role.STANDING_BODY]  # 001 Điều 18.2: the Thường trực


@pytest.mark.parametrize("role", ["head", "deputy_head", "specialist", "staff"])
def test_staff_half_day_goes_to_the_overseeing_deputy_only(role):
    assert approval_chain(role, 0.5) == [Role.DEPUTY_CHIEF]


@pytest.mark.parametrize("role", ["head", "deputy_head", "specialist", "staff"])
def test_staff_leave_of_one_day_goes_on_to_the_chief(role):
    assert approval_chain(role, 1) == [Role.DEPUTY_CHIEF, Role.CHIEF]
    assert approval_chain(role, 7.5) == [Role.DEPUTY_CHIEF, Role.CHIEF]


def test_an_unknown_role_is_a_vietnamese_value_error():
    with pytest.raises(ValueError, match="Chức vụ không hợp lệ"):
        approval_chain("boss", 1)
    with pytest.raises(ValueError, match="Chức vụ không hợp lệ"):
        Role("boss")


def test_roles_accept_their_string_values():
    assert Role("standing_deputy_secretary") is Role.STANDING_DEPUTY_SECRETARY
    assert approval_chain("chief", 1) == ["standing_deputy_secretary"]


def test_a_leadership_member_without_a_rule_is_an_error():
    with pytest.raises(ValueError, match="Chưa có quy tắc"):
        approval_chain(Role.SECRETARY, 1)


@pytest.mark.parametrize("days", [0, -1, float("nan")])
def test_a_length_that_is_not_positive_is_an_error(days):
    with pytest.raises(ValueError, match="số dương"):
        approval_chain(Role.STAFF, days)


def test_edited_rules_take_effect():
    rules = [*DEFAULT_RULES, ApprovalRule(Role.SPECIALIST, 5, (Role.DEPUTY_CHIEF, Role.CHIEF,
                                                               Role.STANDING_DEPUTY_SECRETARY))]
    assert approval_chain(Role.SPECIALIST, 4.5, rules) == [Role.DEPUTY_CHIEF, Role.CHIEF]
    assert approval_chain(Role.SPECIALIST, 5, rules) == [Role.DEPUTY_CHIEF, Role.CHIEF,
                                                          Role.STANDING_DEPUTY_SECRETARY]


def test_a_leave_shorter_than_every_threshold_needs_no_approval():
    rules = [ApprovalRule(Role.STAFF, 1, (Role.DEPUTY_CHIEF,))]
    assert approval_chain(Role.STAFF, 0.5, rules) == []


def test_a_rule_cannot_make_a_role_approve_itself_or_have_no_approver():
    with pytest.raises(ValueError, match="tự phê duyệt"):
        ApprovalRule(Role.CHIEF, 1, (Role.CHIEF,))
    with pytest.raises(ValueError, match="ít nhất một"):
        ApprovalRule(Role.STAFF, 1, ())
    with pytest.raises(ValueError, match="lớn hơn 0"):
        ApprovalRule(Role.STAFF, 0, (Role.CHIEF,))


# -- written application -------------------------------------------------------------------

def test_more_than_one_day_needs_a_written_application():
    assert not needs_written_application(0.5)
    assert not needs_written_application(1)
    assert needs_written_application(1.5)


# -- entitlement (Labour Code 2019 Art. 113–114) ------------------------------------------------

def test_twelve_days_under_five_years_of_service():
    assert annual_entitlement(date(2023, 3, 1), 2026) == 12


def test_exactly_five_years_of_service_adds_a_day_that_year():
    assert annual_entitlement(date(2021, 3, 1), 2026) == 13
    assert annual_entitlement(date(2021, 12, 31), 2026) == 13  # five years on 31/12


def test_one_day_short_of_five_years_adds_nothing():
    assert annual_entitlement(date(2022, 1, 1), 2026) == 12
    assert seniority_years(date(2022, 1, 1), date(2026, 12, 31)) == 4


def test_each_full_five_years_adds_a_day():
    assert annual_entitlement(date(2016, 6, 1), 2026) == 14
    assert annual_entitlement(date(1996, 1, 1), 2026) == 18


def test_a_start_on_29_february_counts_its_anniversary_on_28_february():
    assert seniority_years(date(2020, 2, 29), date(2025, 2, 28)) == 5


def test_the_first_year_is_pro_rata_by_months_worked():
    assert annual_entitlement(date(2026, 1, 1), 2026) == 12
    assert annual_entitlement(date(2026, 7, 1), 2026) == 6
    assert annual_entitlement(date(2026, 7, 16), 2026) == 6  # half of July remains: it counts
    assert annual_entitlement(date(2026, 7, 17), 2026) == 5
    assert annual_entitlement(date(2026, 12, 20), 2026) == 0


def test_a_starting_month_counts_when_half_of_its_working_days_remain_decree_145_art_66_2():
    # July 2026 has 23 working days: from Thursday 16 July 12 remain (≥ 50%), from Friday 17 only 11
    assert annual_entitlement(date(2026, 7, 16), 2026, cal=CAL) == 6
    assert annual_entitlement(date(2026, 7, 17), 2026, cal=CAL) == 5
    # August 2026: from Monday 17, 15 of 31 calendar days remain but 11 of its 21 working days do
    assert annual_entitlement(date(2026, 8, 17), 2026) == 4
    assert annual_entitlement(date(2026, 8, 17), 2026, cal=CAL) == 5


def test_pro_rata_rounds_halves_up():
    assert annual_entitlement(date(2026, 10, 1), 2026, base=14) == 4  # 14 × 3 / 12 = 3.5
    assert annual_entitlement(date(2026, 8, 1), 2026, base=14) == 6  # 5.83


def test_a_year_before_the_service_start_owes_nothing():
    assert annual_entitlement(date(2027, 1, 1), 2026) == 0


def test_an_impossible_year_is_an_error():
    with pytest.raises(ValueError, match="Năm không hợp lệ"):
        annual_entitlement(date(2020, 1, 1), 0)


def test_nothing_carries_over_by_default_and_at_most_the_limit_otherwise():
    assert carried_over(5, 0) == 0
    assert carried_over(5, 3) == 3
    assert carried_over(2, 3) == 2
    assert carried_over(-1, 3) == 0
    with pytest.raises(ValueError):
        carried_over(2, -1)
