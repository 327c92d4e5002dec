"""Where an entry dropped on another day or half-day of the week lands in time."""

from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.rules.schedule import HalfDay
from app.rules.schedule_moves import moved_span

MORNING, AFTERNOON = HalfDay.MORNING, HalfDay.AFTERNOON


def test_another_day_same_half_day_keeps_the_clock_time_and_length():
    assert moved_span(datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 10), from_half=MORNING,
                      to_day=date(2026, 3, 4), to_half=MORNING, half_start=time(7, 30)) == (
        datetime(2026, 3, 4, 8), datetime(2026, 3, 4, 10))


def test_the_other_half_day_starts_when_it_starts_in_the_office_hours():
    assert moved_span(datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 9, 30), from_half=MORNING,
                      to_day=date(2026, 3, 3), to_half=AFTERNOON, half_start=time(13, 30)) == (
        datetime(2026, 3, 3, 13, 30), datetime(2026, 3, 3, 15))


def test_a_trip_of_several_days_moves_whole():
    assert moved_span(datetime(2026, 3, 3), datetime(2026, 3, 6), from_half=MORNING, to_day=date(2026, 3, 5),
                      to_half=AFTERNOON, half_start=time(13, 30), whole_days=True) == (
        datetime(2026, 3, 5), datetime(2026, 3, 8))


@given(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
       st.timedeltas(min_value=timedelta(minutes=15), max_value=timedelta(days=5)),
       st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 1, 1)), st.sampled_from(list(HalfDay)),
       st.sampled_from(list(HalfDay)), st.booleans())
def test_a_moved_entry_lands_on_the_day_it_was_dropped_on_with_its_length(start, length, day, source, target,
                                                                          whole):
    new_start, new_end = moved_span(start, start + length, from_half=source, to_day=day, to_half=target,
                                    half_start=time(13, 30), whole_days=whole)
    assert new_start.date() == day and new_end - new_start == length
