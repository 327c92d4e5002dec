from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.meeting_templates import (
    DEFAULT_NUMBERS,
    DEFAULT_TEMPLATES,
    INVITE_DAYS_BTV,
    MINUTES_DAYS,
    Department,
    DueRule,
    TemplateItem,
)
from app.rules.meetings import (
    AttendanceRecord,
    DueState,
    MeetingKind,
    absences_by_person,
    absences_in_year,
    checklist,
    due_for,
    due_state,
    over_absence_limit,
    quorum_met,
    quorum_needed,
)
from app.rules.workdays import WorkCalendar

CAL = WorkCalendar.vietnam()


def _task(items, key_suffix):
    return next(i for i in items if i.template.key.endswith(key_suffix))


def test_enums_accept_their_string_values():
    assert MeetingKind("standing_committee") is MeetingKind.STANDING_COMMITTEE
    assert [k.value for k in MeetingKind] == [
        "executive_committee", "standing_committee", "standing_members", "reception", "field_visit",
        "gift_visit", "office_briefing", "custom"]


def test_checklist_items_have_department_task_and_due():
    items = checklist("standing_committee", datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 11, 30), CAL)
    assert items
    for item in items:
        assert item.department in {d.value for d in Department}
        assert item.task
        assert isinstance(item.due, datetime)
        assert item.template in DEFAULT_TEMPLATES[MeetingKind.STANDING_COMMITTEE]


def test_leadership_meetings_share_the_work_between_the_three_departments():
    for kind in (MeetingKind.EXECUTIVE_COMMITTEE, MeetingKind.STANDING_COMMITTEE, MeetingKind.STANDING_MEMBERS):
        departments = {t.department for t in DEFAULT_TEMPLATES[kind]}
        assert departments == {Department.TONG_HOP, Department.HANH_CHINH, Department.TAI_CHINH_QUAN_TRI}


def test_every_kind_has_a_default_template_citing_its_source():
    for kind in MeetingKind:
        assert DEFAULT_TEMPLATES[kind], kind
    for kind in (MeetingKind.EXECUTIVE_COMMITTEE, MeetingKind.RECEPTION, MeetingKind.FIELD_VISIT,
                 MeetingKind.GIFT_VISIT):
        assert all(t.source.startswith("003") for t in DEFAULT_TEMPLATES[kind])


def test_bch_invitations_go_three_working_days_before():
    # Thursday 12 March 2026: Mon 9, Tue 10, Wed 11 are the three working days before.
    items = checklist("executive_committee", datetime(2026, 3, 12, 8), datetime(2026, 3, 12, 17), CAL)
    assert _task(items, "hc.invitations").due == datetime(2026, 3, 9, 17, 0)


def test_btv_invitations_go_two_working_days_before_skipping_the_weekend():
    # Tuesday 10 March 2026 → Friday 6 March.
    items = checklist("standing_committee", datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 11), CAL)
    assert _task(items, "hc.invitations").due == datetime(2026, 3, 6, 17, 0)


def test_thuong_truc_invitations_go_two_working_days_before():
    items = checklist("standing_members", datetime(2026, 3, 12, 14), datetime(2026, 3, 12, 16), CAL)
    assert _task(items, "hc.invitations").due == datetime(2026, 3, 10, 17, 0)


def test_important_items_send_the_documents_five_working_days_before():
    start = datetime(2026, 3, 16, 8)  # Monday
    normal = checklist("standing_committee", start, start + timedelta(hours=3), CAL)
    important = checklist("standing_committee", start, start + timedelta(hours=3), CAL, important=True)
    assert _task(normal, "hc.invitations").due == datetime(2026, 3, 12, 17)
    assert _task(important, "hc.invitations").due == datetime(2026, 3, 9, 17)
    # the tasks before sending move back with it
    assert _task(important, "th.draft_invitation").due == datetime(2026, 3, 6, 17)


def test_monday_after_tet_gets_its_invitation_deadline_before_tet():
    # Tết 2026: Monday 16 – Friday 20 February are days off.
    start = datetime(2026, 2, 23, 8)
    items = checklist("executive_committee", start, start + timedelta(hours=4), CAL)
    due = _task(items, "hc.invitations").due
    assert due == datetime(2026, 2, 11, 17, 0)
    assert due.date() < date(2026, 2, 16)
    assert _task(items, "th.minute_taker").due == datetime(2026, 2, 13, 17, 0)  # last working day before Tết


def test_office_overrides_move_deadlines():
    cal = WorkCalendar.vietnam(extra_days_off={date(2026, 3, 6)})
    items = checklist("standing_committee", datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 11), cal)
    assert _task(items, "hc.invitations").due == datetime(2026, 3, 5, 17, 0)


def test_reception_room_is_ready_thirty_minutes_before():
    start = datetime(2026, 3, 11, 9, 30)
    items = checklist("reception", start, start + timedelta(hours=1), CAL)
    assert _task(items, "qt.room_ready").due == datetime(2026, 3, 11, 9, 0)


def test_flags_are_only_prepared_for_foreign_guests():
    start = datetime(2026, 3, 11, 9, 30)
    plain = checklist("reception", start, start + timedelta(hours=1), CAL)
    foreign = checklist("reception", start, start + timedelta(hours=1), CAL, foreign_guests=True)
    assert not any(i.template.key.endswith("qt.flags") for i in plain)
    assert _task(foreign, "qt.flags").due == datetime(2026, 3, 11, 9, 0)


def test_field_visit_documents_reach_the_office_leaders_three_working_days_before():
    start = datetime(2026, 3, 13, 7, 30)  # Friday
    items = checklist("field_visit", start, start + timedelta(hours=8), CAL)
    assert _task(items, "th.documents").due == datetime(2026, 3, 10, 17, 0)


def test_minutes_are_due_seven_working_days_after_the_end():
    # Ends Wednesday 11 March 2026 → 7 working days: Thursday 12 … Friday 20 March.
    items = checklist("executive_committee", datetime(2026, 3, 10, 8), datetime(2026, 3, 11, 17), CAL)
    assert _task(items, "th.minutes").due == datetime(2026, 3, 20, 17, 0)


def test_minutes_after_a_saturday_meeting_count_from_monday():
    due = due_for(DueRule.WORKING_DAYS_AFTER, 1, datetime(2026, 3, 14, 8), datetime(2026, 3, 14, 11), CAL)
    assert due == datetime(2026, 3, 16, 17, 0)


def test_a_saturday_meeting_counts_back_from_friday():
    due = due_for(DueRule.WORKING_DAYS_BEFORE, 1, datetime(2026, 3, 14, 8), datetime(2026, 3, 14, 11), CAL)
    assert due == datetime(2026, 3, 13, 17, 0)


def test_zero_days_before_is_due_at_the_start_not_after_it():
    start = datetime(2026, 3, 10, 8)
    assert due_for(DueRule.WORKING_DAYS_BEFORE, 0, start, start, CAL) == start


def test_at_start_and_minutes_before():
    start = datetime(2026, 3, 10, 8)
    assert due_for("at_start", 0, start, start, CAL) == start
    assert due_for("minutes_before", 45, start, start, CAL) == datetime(2026, 3, 10, 7, 15)


def test_the_deadline_time_is_a_parameter():
    items = checklist("standing_committee", datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 11), CAL,
                      deadline=time(16, 30))
    assert _task(items, "hc.invitations").due == datetime(2026, 3, 6, 16, 30)


def test_numbers_come_from_the_office_settings():
    start = datetime(2026, 3, 12, 8)
    items = checklist("standing_committee", start, start, CAL, numbers={INVITE_DAYS_BTV: 3, MINUTES_DAYS: 10})
    assert _task(items, "hc.invitations").due == datetime(2026, 3, 9, 17)
    assert _task(items, "th.minutes").due == datetime(2026, 3, 26, 17)


def test_custom_templates_replace_the_defaults():
    item = TemplateItem("le_tan", "Chuẩn bị hoa", DueRule.MINUTES_BEFORE, amount=90)
    start = datetime(2026, 3, 12, 8)
    items = checklist("custom", start, start, CAL, {MeetingKind.CUSTOM: (item,)})
    assert [(i.department, i.task, i.due) for i in items] == [("le_tan", "Chuẩn bị hoa", datetime(2026, 3, 12, 6, 30))]


def test_items_come_sorted_by_due_time():
    items = checklist("executive_committee", datetime(2026, 3, 12, 8), datetime(2026, 3, 12, 17), CAL)
    assert [i.due for i in items] == sorted(i.due for i in items)


def test_an_end_before_the_start_is_refused():
    with pytest.raises(ValueError, match="trước thời gian bắt đầu"):
        checklist("custom", datetime(2026, 3, 12, 8), datetime(2026, 3, 12, 7), CAL)


def test_an_unknown_kind_is_refused_with_a_readable_message():
    with pytest.raises(ValueError, match="Loại cuộc họp không hợp lệ"):
        checklist("party", datetime(2026, 3, 12, 8), datetime(2026, 3, 12, 9), CAL)


def test_dates_without_time_are_refused():
    with pytest.raises(ValueError):
        checklist("custom", date(2026, 3, 12), date(2026, 3, 12), CAL)


def test_a_template_naming_an_unknown_setting_is_refused():
    item = TemplateItem("hanh_chinh", "X", DueRule.WORKING_DAYS_BEFORE, setting="meetings.nothing")
    with pytest.raises(ValueError, match="Thiếu thiết lập"):
        item.number({})


working_starts = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0))


@settings(max_examples=60, deadline=None)
@given(working_starts, st.integers(min_value=1, max_value=10))
def test_days_before_fall_on_working_days_before_the_start(start, n):
    due = due_for(DueRule.WORKING_DAYS_BEFORE, n, start, start + timedelta(hours=3), CAL)
    assert due < start
    assert CAL.is_working_day(due.date())
    # exactly n working days lie in [due day, start day)
    assert CAL.working_days_between(due.date(), start.date() - timedelta(days=1)) == n


@settings(max_examples=60, deadline=None)
@given(working_starts, st.integers(min_value=1, max_value=10))
def test_days_after_fall_on_working_days_after_the_end(end, n):
    due = due_for(DueRule.WORKING_DAYS_AFTER, n, end - timedelta(hours=3), end, CAL)
    assert due > end
    assert CAL.is_working_day(due.date())
    assert CAL.working_days_between(end.date() + timedelta(days=1), due.date()) == n


# -- due state ----------------------------------------------------------------------------

def test_due_state_marks_overdue_soon_and_later():
    now = datetime(2026, 3, 6, 10)  # Friday
    assert due_state(datetime(2026, 3, 6, 9), now, CAL) is DueState.OVERDUE
    assert due_state(datetime(2026, 3, 9, 17), now, CAL) is DueState.SOON  # Monday: the next working day
    assert due_state(datetime(2026, 3, 10, 8), now, CAL) is DueState.LATER
    assert due_state(datetime(2026, 3, 6, 9), now, CAL, done=True) is DueState.DONE


# -- quorum ------------------------------------------------------------------------------

@pytest.mark.parametrize(("members", "present", "met"), [
    (0, 0, False),  # no members: no valid meeting
    (1, 0, False), (1, 1, True),
    (2, 1, False), (2, 2, True),
    (3, 1, False), (3, 2, True),
    (29, 19, False), (29, 20, True),
    (30, 19, False), (30, 20, True), (30, 30, True),
])
def test_quorum_needs_two_thirds_of_the_members(members, present, met):
    assert quorum_met(members, present) is met


@pytest.mark.parametrize(("members", "needed"), [(0, 0), (1, 1), (2, 2), (3, 2), (29, 20), (30, 20)])
def test_quorum_needed_is_the_ceiling_of_two_thirds(members, needed):
    assert quorum_needed(members) == needed
    if members:
        assert quorum_met(members, needed) and not quorum_met(members, needed - 1)


@pytest.mark.parametrize(("members", "present"), [(-1, 0), (3, -1), (3, 4), (0, 1)])
def test_impossible_counts_are_refused(members, present):
    with pytest.raises(ValueError):
        quorum_met(members, present)


def test_quorum_counts_must_be_integers():
    with pytest.raises(ValueError):
        quorum_met(3.0, 2)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        quorum_met(True, 1)  # type: ignore[arg-type]


# -- absences (004 Điều 10.1) --------------------------------------------------------------

def test_absences_are_counted_per_calendar_year():
    records = [
        AttendanceRecord(1, date(2025, 12, 30), "absent"),
        AttendanceRecord(1, date(2026, 1, 5), "absent"),
        AttendanceRecord(1, date(2026, 2, 2), "present"),
        AttendanceRecord(1, date(2026, 3, 2), "absent"),
        AttendanceRecord(2, date(2026, 3, 2), "late"),
        AttendanceRecord(2, date(2027, 1, 4), "absent"),
    ]
    assert absences_by_person(records, 2026) == {1: 2}
    assert absences_in_year(records, 1, 2025) == 1
    assert absences_in_year(records, 2, 2026) == 0  # late is not absent
    assert absences_in_year(records, 2, 2027) == 1


def test_absences_at_a_meeting_count_only_up_to_its_day():
    from app.rules.meetings import absences_by_person, absences_in_year

    records = [AttendanceRecord(1, date(2026, m, 5), "absent") for m in (2, 4, 9)]
    assert absences_by_person(records, 2026, up_to=date(2026, 4, 5)) == {1: 2}
    assert absences_in_year(records, 1, 2026, up_to=date(2026, 1, 31)) == 0
    assert absences_in_year(records, 1, 2026) == 3


def test_more_than_two_absences_a_year_is_over_the_limit():
    assert not over_absence_limit(2)
    assert over_absence_limit(3)
    assert over_absence_limit(2, limit=1)
    assert DEFAULT_NUMBERS["meetings.absence_limit_per_year"] == 2
