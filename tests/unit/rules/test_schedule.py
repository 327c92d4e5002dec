"""The weekly schedule's rules: half-days, conflicts, changes between published versions."""

from dataclasses import replace
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.schedule import (
    AbsenceSpan,
    Booking,
    ChangeKind,
    ConflictKind,
    HalfDay,
    ScheduleEntry,
    day_month,
    day_month_year,
    diff_weeks,
    find_conflicts,
    format_time,
    half_day_of,
    half_day_span,
    iso_week,
    week_days,
)
from app.rules.workdays import WorkCalendar

CAL = WorkCalendar.vietnam()


def _b(key, start_h, end_h, people, day=2, kind="meeting"):
    return Booking(key, f"Việc {key}", datetime(2026, 3, day, start_h), datetime(2026, 3, day, end_h),
                   frozenset(people), kind)


def _entry(key, hour=8, **kw):
    start = datetime(2026, 3, 2, hour)
    base = ScheduleEntry(key=key, day=start.date(), half=half_day_of(start).value, start=start,
                         end=start.replace(hour=hour + 1), time_label=format_time(start), title=f"Họp {key}",
                         location="Phòng họp 1", status="published")
    return replace(base, **kw)


def test_before_noon_is_morning_and_from_noon_on_is_afternoon():
    assert half_day_of(datetime(2026, 3, 2, 11, 59)) is HalfDay.MORNING
    assert half_day_of(datetime(2026, 3, 2, 12, 0)) is HalfDay.AFTERNOON
    assert half_day_span(date(2026, 3, 2), "afternoon") == (datetime(2026, 3, 2, 13, 30), datetime(2026, 3, 2, 17))


def test_times_are_written_the_vietnamese_way():
    assert format_time(datetime(2026, 3, 2, 7, 30)) == "7h30"
    assert format_time(datetime(2026, 3, 2, 14, 0)) == "14h00"


def test_a_week_runs_monday_to_sunday_and_must_start_on_monday():
    days = week_days(date(2026, 3, 2))
    assert days[0] == date(2026, 3, 2) and days[-1] == date(2026, 3, 8)
    assert iso_week(date(2026, 3, 2)) == "2026-W10"
    with pytest.raises(ValueError, match="không phải Thứ Hai"):
        week_days(date(2026, 3, 3))


def test_a_leader_in_two_overlapping_events_is_a_conflict():
    found = find_conflicts([_b("a", 8, 10, {1}), _b("b", 9, 11, {1, 2}), _b("c", 10, 11, {2})],
                           names={1: "Nguyễn Văn Hùng"})
    assert [(c.kind, c.keys, c.person_id) for c in found] == [
        (ConflictKind.DOUBLE_BOOKED, ("a", "b"), 1), (ConflictKind.DOUBLE_BOOKED, ("b", "c"), 2)]
    assert "Nguyễn Văn Hùng" in found[0].message
    assert not found[0].is_warning


def test_back_to_back_events_do_not_conflict():
    assert find_conflicts([_b("a", 8, 10, {1}), _b("b", 10, 11, {1})]) == []


def test_a_leader_booked_while_away_is_a_conflict_but_not_on_the_trip_itself():
    away = [AbsenceSpan(1, date(2026, 3, 2), date(2026, 3, 3), "Nghỉ phép")]
    found = find_conflicts([_b("a", 8, 10, {1}), _b("t", 8, 10, {1}, day=3, kind="business_trip"),
                            _b("x", 8, 10, {2})], away)
    absent = [c for c in found if c.kind is ConflictKind.ABSENT]
    assert [c.keys for c in absent] == [("a",)]
    assert "Nghỉ phép" in absent[0].message


def test_an_event_on_a_day_off_is_only_a_warning():
    sunday = _b("s", 8, 10, {1}, day=8)
    found = find_conflicts([sunday, _b("m", 8, 10, {1})], is_working_day=CAL.is_working_day)
    assert [(c.kind, c.keys) for c in found] == [(ConflictKind.NON_WORKING_DAY, ("s",))]
    assert found[0].is_warning


def test_week_diff_finds_added_moved_cancelled_and_changed_entries():
    old = [_entry("keep"), _entry("move"), _entry("drop"), _entry("edit"), _entry("cancel")]
    new = [_entry("keep"), _entry("move", hour=14, half="afternoon"), _entry("edit", location="Hội trường"),
           _entry("cancel", status="cancelled"), _entry("new")]
    kinds = {c.key: (c.kind, c.fields) for c in diff_weeks(old, new)}
    assert kinds == {
        "move": (ChangeKind.MOVED, ("time",)),
        "drop": (ChangeKind.CANCELLED, ()),
        "edit": (ChangeKind.CHANGED, ("location",)),
        "cancel": (ChangeKind.CANCELLED, ()),
        "new": (ChangeKind.ADDED, ()),
    }
    lines = {c.key: c.describe() for c in diff_weeks(old, new)}
    assert lines["edit"] == "Điều chỉnh: Họp edit (địa điểm)"
    assert lines["move"] == "Đổi thời gian: Họp move (từ 8h00 02/03 sang 14h00 02/03)"


def test_an_unchanged_week_has_no_changes_and_a_new_cancelled_entry_is_not_news():
    old = [_entry("a")]
    assert diff_weeks(old, [_entry("a"), _entry("b", status="cancelled")]) == []


def test_entries_survive_a_round_trip_through_json_data():
    entry = _entry("s1@2026-03-02", leader_ids=(3, 1), rule_day=date(2026, 3, 2), title="Giao ban Văn phòng")
    assert ScheduleEntry.from_dict(entry.to_dict()) == entry


@given(st.dates(min_value=date(1000, 1, 1)))
def test_dates_written_from_their_fields_read_as_strftime_writes_them(day):
    assert day_month(day) == day.strftime("%d/%m")
    assert day_month_year(day) == day.strftime("%d/%m/%Y")
