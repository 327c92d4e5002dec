from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.workdays import DayKind, WorkCalendar

CAL = WorkCalendar.vietnam()
dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


def test_weekends_are_not_working_days():
    assert not CAL.is_working_day(date(2026, 3, 7))  # Saturday
    assert not CAL.is_working_day(date(2026, 3, 8))  # Sunday
    assert CAL.is_working_day(date(2026, 3, 9))


def test_lunar_tet_2026_is_five_days_off():
    assert [CAL.is_working_day(date(2026, 2, d)) for d in range(16, 21)] == [False] * 5


def test_hung_kings_day_moves_to_monday_when_it_falls_on_sunday():
    assert not CAL.is_working_day(date(2026, 4, 27))


def test_government_moved_saturday_is_a_working_day():
    assert CAL.is_working_day(date(2026, 8, 22))
    assert not CAL.is_working_day(date(2026, 8, 31))


def test_office_overrides_win_over_the_public_calendar():
    cal = WorkCalendar.vietnam(extra_days_off={date(2026, 3, 9)}, extra_working_days={date(2026, 3, 7)})
    assert not cal.is_working_day(date(2026, 3, 9))
    assert cal.is_working_day(date(2026, 3, 7))
    assert cal.describe(date(2026, 3, 9)).kind is DayKind.EXTRA_DAY_OFF


def test_a_day_cannot_be_both_off_and_working():
    with pytest.raises(ValueError):
        WorkCalendar.vietnam(extra_days_off={date(2026, 3, 9)}, extra_working_days={date(2026, 3, 9)})


def test_two_working_days_before_the_monday_after_tet_lands_before_tet():
    assert CAL.add_working_days(date(2026, 2, 23), -2) == date(2026, 2, 12)


def test_zero_days_returns_the_day_itself_or_the_next_working_day():
    assert CAL.add_working_days(date(2026, 3, 9), 0) == date(2026, 3, 9)
    assert CAL.add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 9)


def test_working_days_between_counts_both_ends():
    assert CAL.working_days_between(date(2026, 3, 9), date(2026, 3, 13)) == 5
    assert CAL.working_days_between(date(2026, 2, 14), date(2026, 2, 22)) == 0


def test_working_days_between_rejects_an_end_before_the_start():
    with pytest.raises(ValueError, match="trước ngày bắt đầu"):
        CAL.working_days_between(date(2026, 3, 9), date(2026, 3, 1))


def test_holiday_names_are_vietnamese():
    assert CAL.holiday_name(date(2026, 2, 17)) == "Tết Nguyên Đán"


@given(dates, st.integers(min_value=-60, max_value=60))
def test_adding_then_subtracting_returns_to_the_first_working_day_at_or_after(d, n):
    there = CAL.add_working_days(d, n)
    assert CAL.is_working_day(there)
    assert CAL.add_working_days(there, -n) == CAL.add_working_days(d, 0)


@given(dates, st.integers(min_value=0, max_value=90))
def test_working_days_between_agrees_with_counting(a, span):
    b = a + timedelta(days=span)
    counted = sum(CAL.is_working_day(a + timedelta(days=i)) for i in range(span + 1))
    assert CAL.working_days_between(a, b) == counted


@given(dates, st.integers(min_value=1, max_value=40))
def test_n_working_days_later_has_n_working_days_after_the_start(d, n):
    start = CAL.add_working_days(d, 0)
    end = CAL.add_working_days(d, n)
    assert CAL.working_days_between(start, end) == n + 1



def test_the_vietnamese_calendar_is_the_holidays_package_s_without_loading_every_other_country():
    import subprocess
    import sys

    script = """
import sys
from datetime import date, timedelta
from app.rules.workdays import WorkCalendar
cal = WorkCalendar.vietnam()
days = [date(2020, 1, 1) + timedelta(days=i) for i in range(4018)]  # 2020-2030
ours = [cal.describe(d) for d in days]
print(sum(1 for name in sys.modules if name.startswith("holidays.countries.")))
import holidays
public = WorkCalendar(holidays.country_holidays("VN", language="vi"))
print(ours == [public.describe(d) for d in days])
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["1", "True"]
