"""Recurrence: RRULE expansion, exception days, the giao ban working-day shift, splits."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.recurrence import (
    WorkdayShift,
    continue_from,
    describe,
    end_before,
    expand,
    last_end,
    monthly_on_day,
    normalise_rule,
    parse_rule,
    rule_days,
)
from app.rules.workdays import WorkCalendar

CAL = WorkCalendar.vietnam()
TWO_HOURS = timedelta(hours=2)


def _year(rule, start, **kw):
    return expand(rule, start, TWO_HOURS, datetime(2026, 1, 1), datetime(2027, 1, 1), **kw)


def test_weekly_rule_expands_between_two_dates():
    occ = expand("FREQ=WEEKLY;BYDAY=MO", datetime(2026, 3, 2, 8), TWO_HOURS,
                 datetime(2026, 3, 1), datetime(2026, 3, 31))
    assert [o.start for o in occ] == [datetime(2026, 3, d, 8) for d in (2, 9, 16, 23, 30)]
    assert all(o.end - o.start == TWO_HOURS for o in occ)


def test_exception_days_are_skipped():
    occ = expand("FREQ=WEEKLY;BYDAY=MO", datetime(2026, 3, 2, 8), TWO_HOURS,
                 datetime(2026, 3, 1), datetime(2026, 3, 31), exdates=[date(2026, 3, 9)])
    assert date(2026, 3, 9) not in [o.rule_day for o in occ]
    assert len(occ) == 4


def test_giao_ban_on_a_saturday_moves_to_the_next_working_day():
    # 25/04/2026 is a Saturday, and Monday 27/04 is the observed Hùng Kings' day off
    occ = _year(monthly_on_day(25), datetime(2026, 1, 25, 8), shift="next", is_working_day=CAL.is_working_day)
    april = next(o for o in occ if o.rule_day == date(2026, 4, 25))
    assert april.start == datetime(2026, 4, 28, 8)
    assert april.moved
    july = next(o for o in occ if o.rule_day == date(2026, 7, 25))  # Saturday
    assert july.start.date() == date(2026, 7, 27)


def test_giao_ban_can_move_to_the_previous_working_day_instead():
    occ = _year(monthly_on_day(25), datetime(2026, 1, 25, 8), shift="previous", is_working_day=CAL.is_working_day)
    april = next(o for o in occ if o.rule_day == date(2026, 4, 25))
    assert april.start == datetime(2026, 4, 24, 8)  # the Friday before


def test_without_a_shift_the_occurrence_stays_on_its_day_off():
    occ = _year(monthly_on_day(25), datetime(2026, 1, 25, 8))
    assert date(2026, 4, 25) in [o.start.date() for o in occ]


def test_a_shifted_occurrence_is_found_by_a_window_that_only_holds_its_new_day():
    occ = expand(monthly_on_day(25), datetime(2026, 1, 25, 8), TWO_HOURS, datetime(2026, 4, 27),
                 datetime(2026, 5, 4), shift="next", is_working_day=CAL.is_working_day)
    assert [o.start.date() for o in occ] == [date(2026, 4, 28)]


def test_a_single_event_has_one_occurrence_if_it_overlaps():
    start = datetime(2026, 3, 2, 8)
    assert len(expand("", start, TWO_HOURS, datetime(2026, 3, 2), datetime(2026, 3, 3))) == 1
    assert expand("", start, TWO_HOURS, datetime(2026, 3, 3), datetime(2026, 3, 4)) == []


def test_rules_are_normalised_and_bad_ones_rejected_in_vietnamese():
    assert normalise_rule("rrule:freq=weekly;byday=mo", datetime(2026, 3, 2)) == "FREQ=WEEKLY;BYDAY=MO"
    assert normalise_rule("", datetime(2026, 3, 2)) == ""
    assert normalise_rule("FREQ=DAILY;UNTIL=20260310", datetime(2026, 3, 2)) == "FREQ=DAILY;UNTIL=20260310T235959"
    for bad in ("FREQ=HOURLY", "FREQ=DAILY;BYHOUR=8", "nonsense", "FREQ=DAILY;COUNT=0",
                "FREQ=DAILY;COUNT=2;UNTIL=20260310"):
        with pytest.raises(ValueError) as info:
            normalise_rule(bad, datetime(2026, 3, 2))
        assert info.value.args[0]


def test_until_before_the_start_is_rejected():
    with pytest.raises(ValueError, match="sau lần đầu"):
        normalise_rule("FREQ=DAILY;UNTIL=20250101", datetime(2026, 3, 2))


def test_splitting_a_series_ends_the_first_part_before_the_split_day():
    start = datetime(2026, 3, 2, 8)
    head = end_before("FREQ=WEEKLY;BYDAY=MO;COUNT=10", start, date(2026, 3, 23))
    assert parse_rule(head)["UNTIL"] == "20260322T235959"
    assert "COUNT" not in parse_rule(head)
    days = [d.date() for d in rule_days(head, start, date(2026, 1, 1), date(2026, 12, 31))]
    assert days == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]


def test_the_following_part_keeps_the_remaining_count():
    tail = continue_from("FREQ=WEEKLY;BYDAY=MO;COUNT=10", datetime(2026, 3, 2, 8), date(2026, 3, 23))
    assert parse_rule(tail)["COUNT"] == "7"


def test_last_end_is_open_for_an_endless_rule_and_known_for_a_counted_one():
    start = datetime(2026, 3, 2, 8)
    assert last_end("FREQ=WEEKLY", start, TWO_HOURS) is None
    assert last_end("FREQ=WEEKLY;COUNT=3", start, TWO_HOURS) == datetime(2026, 3, 16, 10)
    assert last_end("", start, TWO_HOURS) == datetime(2026, 3, 2, 10)


def test_rules_are_described_in_vietnamese():
    assert describe(monthly_on_day(25), WorkdayShift.NEXT) == (
        "Hằng tháng vào ngày 25; gặp ngày nghỉ thì chuyển sang ngày làm việc kế tiếp")
    assert describe("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5") == "Hằng tuần vào Thứ Hai, Thứ Năm, 5 lần"
    assert describe("") == "Không lặp"


@settings(max_examples=60, deadline=None)
@given(day=st.integers(1, 28), shift=st.sampled_from(["next", "previous"]),
       year=st.integers(2024, 2030))
def test_shifted_monthly_occurrences_always_land_on_working_days_near_their_rule_day(day, shift, year):
    occ = expand(monthly_on_day(day), datetime(year, 1, day, 8), TWO_HOURS, datetime(year, 1, 1),
                 datetime(year + 1, 1, 1), shift=shift, is_working_day=CAL.is_working_day)
    assert len(occ) >= 11  # one a month (the first may move out of the year)
    for o in occ:
        assert CAL.is_working_day(o.start.date())
        gap = (o.start.date() - o.rule_day).days
        assert (0 <= gap <= 12) if shift == "next" else (-12 <= gap <= 0)
