"""Duty rosters (001 Điều 18: the office keeps people on duty over holidays)."""

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.roster import days_off_around, fair_rotation, holiday_periods, lunar_year_name
from app.rules.workdays import WorkCalendar

CAL = WorkCalendar.vietnam()


def test_the_tet_break_of_2026_runs_from_saturday_to_the_sunday_after():
    tet = next(p for p in holiday_periods(CAL, 2026) if p.name == "Tết Nguyên Đán")
    assert (tet.start, tet.end) == (date(2026, 2, 14), date(2026, 2, 22))
    assert len(tet.days()) == 9


def test_the_national_day_break_includes_the_moved_day_off():
    national = next(p for p in holiday_periods(CAL, 2026) if p.name == "Quốc khánh")
    assert (national.start, national.end) == (date(2026, 8, 29), date(2026, 9, 2))


def test_a_working_day_is_in_no_break():
    assert days_off_around(CAL, date(2026, 3, 9)) == []
    assert days_off_around(CAL, date(2026, 3, 7)) == [date(2026, 3, 7), date(2026, 3, 8)]


def test_lunar_year_names():
    assert lunar_year_name(2026) == "Bính Ngọ"
    assert lunar_year_name(2024) == "Giáp Thìn"


DAYS = [date(2026, 2, 14) + timedelta(days=i) for i in range(9)]


def test_the_rotation_fills_every_day_and_nobody_twice_a_day():
    plan = fair_rotation(DAYS, [1, 2, 3, 4, 5], per_day=2)
    assert plan.short_days == []
    for people in plan.assignments.values():
        assert len(people) == 2 and len(set(people)) == 2


def test_the_rotation_is_balanced_with_duties_already_done_this_year():
    plan = fair_rotation(DAYS[:4], [1, 2, 3, 4], previous={1: 3, 2: 3})
    assert plan.counts() == {3: 2, 4: 2}


def test_people_on_leave_are_not_on_duty_those_days():
    plan = fair_rotation(DAYS, [1, 2, 3], unavailable={1: set(DAYS[:5])})
    assert all(1 not in plan.assignments[d] for d in DAYS[:5])


def test_days_nobody_can_take_are_reported_short():
    plan = fair_rotation(DAYS[:2], [1], per_day=1, unavailable={1: {DAYS[0]}})
    assert plan.short_days == [DAYS[0]]
    assert plan.assignments[DAYS[1]] == [1]


def test_partly_filled_days_need_only_the_rest():
    plan = fair_rotation(DAYS[:2], [1, 2, 3], per_day=2, need={DAYS[0]: 1})
    assert len(plan.assignments[DAYS[0]]) == 1
    assert len(plan.assignments[DAYS[1]]) == 2


def test_nobody_is_on_duty_two_days_running_when_others_are_free():
    plan = fair_rotation(DAYS, [1, 2])
    people = [plan.assignments[d][0] for d in DAYS]
    assert all(a != b for a, b in pairwise(people))


def test_an_empty_pool_or_no_one_a_day_is_an_error():
    with pytest.raises(ValueError, match="Chưa chọn"):
        fair_rotation(DAYS, [])
    with pytest.raises(ValueError, match="ít nhất một"):
        fair_rotation(DAYS, [1], per_day=0)


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=30),
       st.integers(min_value=1, max_value=3))
def test_duties_never_differ_by_more_than_one(pool_size, days, per_day):
    per_day = min(per_day, pool_size)
    plan = fair_rotation([date(2026, 1, 1) + timedelta(days=i) for i in range(days)], list(range(pool_size)),
                         per_day=per_day)
    counts = [plan.counts().get(p, 0) for p in range(pool_size)]
    assert max(counts) - min(counts) <= 1
