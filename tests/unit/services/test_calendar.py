"""Calendar services: events, recurrence scopes, conflicts, publishing and amendments, filters."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.errors import Forbidden, InvalidInput, NotFound
from app.rules.recurrence import monthly_on_day
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput, ScheduleFilter
from app.services.org import edit as org
from app.services.org.edit import PersonInput

MONDAY = date(2026, 3, 2)


@pytest.fixture
def office(session, admin):
    """A tiny office: the Thường trực (secretary, standing deputy), the chief, a deputy, a department."""
    pos = {role: org.create_position(session=session, actor=admin, role=role, title=title, rank=rank)
           for role, title, rank in [("secretary", "Bí thư", 1), ("standing_deputy_secretary", "Phó Bí thư Thường trực", 2),
                                     ("chief", "Chánh Văn phòng", 10), ("deputy_chief", "Phó Chánh Văn phòng", 11),
                                     ("specialist", "Chuyên viên", 30)]}
    tt = org.create_unit(session=session, actor=admin, name="Thường trực Tỉnh ủy", parent_id=None, kind="body",
                         code="thuong_truc")
    vp = org.create_unit(session=session, actor=admin, name="Văn phòng Tỉnh ủy", parent_id=None, kind="office")
    th = org.create_unit(session=session, actor=admin, name="Phòng Tổng hợp", parent_id=vp, code="tong_hop")

    def person(name, role, unit):
        return org.create_person(session=session, actor=admin, data=PersonInput(
            full_name=name, unit_id=unit, position_id=pos[role]))

    people = {
        "secretary": person("Nguyễn Văn Hùng", "secretary", tt),
        "standing": person("Trần Thị Lan", "standing_deputy_secretary", tt),
        "chief": person("Lê Minh Đức", "chief", vp),
        "deputy": person("Phạm Thu Hà", "deputy_chief", vp),
        "specialist": person("Võ Văn Nam", "specialist", th),
    }
    org.set_body_membership(session=session, actor=admin, body_id=tt,
                            person_ids=[people["secretary"], people["standing"]])
    return {**people, "tong_hop": th}


def _event(title, start, end=None, **kw):
    return EventInput(title=title, start=start, end=end, **kw)


def _titles(schedule):
    return [e.title for e in schedule.entries]


def test_an_event_appears_in_its_week_on_its_day_and_half_day(session, admin, office):
    event_id = cal.create_event(session=session, actor=admin, data=_event(
        "Họp Thường trực  Tỉnh ủy", datetime(2026, 3, 3, 14), datetime(2026, 3, 3, 16),
        chair_id=office["secretary"], leader_ids=[office["standing"]], location="Phòng họp số 1",
        preparing_unit_id=office["tong_hop"], participants="Các đồng chí Ủy viên BTV"))
    schedule = cal.week(session, MONDAY)
    tuesday = schedule.days[1]
    assert tuesday.weekday == "Thứ Ba" and tuesday.day == date(2026, 3, 3)
    (entry,) = tuesday.rows[1].entries
    assert tuesday.rows[1].label == "Chiều"
    assert (entry.time_label, entry.chair, entry.leaders) == ("14h00", "Đ/c Nguyễn Văn Hùng", "Đ/c Trần Thị Lan")
    assert (entry.preparing, entry.location, entry.event_id) == ("Phòng Tổng hợp", "Phòng họp số 1", event_id)
    assert entry.title == "Họp Thường trực  Tỉnh ủy" and entry.status == "draft"
    assert [len(d.entries) for d in schedule.days] == [0, 1, 0, 0, 0, 0, 0]


def test_text_is_stored_nfc(session, admin, office):
    decomposed = "Ho\u0323p giao ban"  # "Họp" with a combining dot below
    event_id = cal.create_event(session=session, actor=admin, data=_event(decomposed, datetime(2026, 3, 2, 8)))
    assert cal.get_event(session, event_id).title == "Họp giao ban"


def test_a_whole_half_day_and_whole_days_get_office_hours(session, admin, office):
    half = cal.create_event(session=session, actor=admin, data=_event(
        "Làm việc tại cơ quan", datetime(2026, 3, 4), half_day="afternoon"))
    trip = cal.create_event(session=session, actor=admin, data=_event(
        "Đi công tác Hà Nội", datetime(2026, 3, 4), datetime(2026, 3, 6), all_day=True, kind="business_trip"))
    info = cal.get_event(session, half)
    assert (info.start, info.end) == (datetime(2026, 3, 4, 13, 30), datetime(2026, 3, 4, 17))
    trip_info = cal.get_event(session, trip)
    assert (trip_info.start, trip_info.end) == (datetime(2026, 3, 4), datetime(2026, 3, 7))
    labels = {e.title: e.time_label for e in cal.week(session, MONDAY).entries}
    assert labels == {"Làm việc tại cơ quan": "Cả buổi", "Đi công tác Hà Nội": "04–06/03"}


def test_bad_input_is_refused_with_a_vietnamese_message(session, admin, office):
    with pytest.raises(InvalidInput, match="không được để trống"):
        cal.create_event(session=session, actor=admin, data=_event("  ", datetime(2026, 3, 2, 8)))
    with pytest.raises(InvalidInput, match="kết thúc phải sau"):
        cal.create_event(session=session, actor=admin, data=_event("Họp", datetime(2026, 3, 2, 8),
                                                                   datetime(2026, 3, 2, 7)))
    with pytest.raises(NotFound):
        cal.create_event(session=session, actor=admin, data=_event("Họp", datetime(2026, 3, 2, 8), chair_id=999))
    with pytest.raises(InvalidInput, match="ngày, tuần, tháng"):
        cal.create_event(session=session, actor=admin, data=_event("Họp", datetime(2026, 3, 2, 8),
                                                                   rrule="FREQ=HOURLY"))


def test_a_viewer_cannot_write_the_calendar(session, viewer, office):
    with pytest.raises(Forbidden):
        cal.create_event(session=session, actor=viewer, data=_event("Họp", datetime(2026, 3, 2, 8)))
    with pytest.raises(Forbidden):
        cal.publish_week(session=session, actor=viewer, monday=MONDAY)


def test_double_booking_and_absence_are_visible_in_the_week(session, admin, office):
    chief = office["chief"]
    cal.create_event(session=session, actor=admin, data=_event("Họp A", datetime(2026, 3, 2, 8),
                                                               datetime(2026, 3, 2, 10), chair_id=chief))
    cal.create_event(session=session, actor=admin, data=_event("Tiếp khách B", datetime(2026, 3, 2, 9),
                                                               chair_id=chief, kind="reception"))
    org.add_delegation(session=session, actor=admin, principal_id=office["deputy"], acting_id=chief,
                       start_date=date(2026, 3, 4), end_date=date(2026, 3, 5), reason="Nghỉ phép")
    cal.create_event(session=session, actor=admin, data=_event("Dự hội nghị", datetime(2026, 3, 5, 8),
                                                               leader_ids=[office["deputy"]]))
    cal.create_event(session=session, actor=admin, data=_event("Trực", datetime(2026, 3, 8, 8),
                                                               leader_ids=[office["specialist"]]))
    entries = {e.title: e for e in cal.week(session, MONDAY).entries}
    assert entries["Họp A"].conflict_level == "error" and entries["Tiếp khách B"].conflict_level == "error"
    assert "trùng lịch" in entries["Họp A"].conflicts[0]
    assert "vắng" in entries["Dự hội nghị"].conflicts[0]
    assert entries["Trực"].conflict_level == "warning"
    assert "Chủ nhật" in entries["Trực"].conflicts[0]
    kinds = sorted(c.kind.value for c in cal.conflicts(session, MONDAY, date(2026, 3, 8)))
    assert kinds == ["absent", "double_booked", "non_working_day"]


def test_conflicts_are_checked_before_saving(session, admin, office):
    cal.create_event(session=session, actor=admin, data=_event("Họp A", datetime(2026, 3, 2, 8),
                                                               datetime(2026, 3, 2, 10), chair_id=office["chief"]))
    candidate = _event("Họp B", datetime(2026, 3, 2, 9), leader_ids=[office["chief"]])
    found = cal.check_event(session, candidate)
    assert [c.kind.value for c in found] == ["double_booked"]
    assert cal.check_event(session, replace(candidate, start=datetime(2026, 3, 2, 14))) == []


def test_editing_an_event_does_not_conflict_with_itself(session, admin, office):
    event_id = cal.create_event(session=session, actor=admin, data=_event(
        "Họp A", datetime(2026, 3, 2, 8), chair_id=office["chief"]))
    data = cal.event_input(session, event_id)
    assert cal.check_event(session, replace(data, location="Hội trường"), event_id=event_id) == []


def _giao_ban(session, admin, shift="next"):
    return cal.create_event(session=session, actor=admin, data=_event(
        "Giao ban Văn phòng", datetime(2026, 1, 25, 8), datetime(2026, 1, 25, 10),
        rrule=monthly_on_day(25), workday_shift=shift))


def test_the_giao_ban_series_moves_off_days_off(session, admin, office):
    _giao_ban(session, admin)
    days = [e.day for e in cal.agenda(session, date(2026, 1, 1), date(2026, 12, 31))]
    assert date(2026, 4, 28) in days and date(2026, 4, 25) not in days
    assert date(2026, 3, 25) in days and len(days) == 12


def test_editing_one_occurrence_leaves_the_others(session, admin, office):
    series = _giao_ban(session, admin)
    data = cal.event_input(session, series, date(2026, 3, 25))
    assert data.start == datetime(2026, 3, 25, 8)
    new_id = cal.update_event(session=session, actor=admin, event_id=series, scope="this",
                              occurrence=date(2026, 3, 25), data=replace(data, start=datetime(2026, 3, 26, 14),
                                                                         end=datetime(2026, 3, 26, 16)))
    entries = cal.agenda(session, date(2026, 2, 1), date(2026, 4, 30))
    assert [(e.day, e.time_label) for e in entries] == [
        (date(2026, 2, 25), "8h00"), (date(2026, 3, 26), "14h00"), (date(2026, 4, 28), "8h00")]
    moved = entries[1]
    assert moved.event_id == new_id and moved.series_event_id == series and moved.rule_day == date(2026, 3, 25)
    # editing it again as "this" updates the same exception
    again = cal.update_event(session=session, actor=admin, event_id=new_id, scope="this",
                             data=replace(cal.event_input(session, new_id), location="Phòng 2"))
    assert again == new_id


def test_this_and_following_splits_the_series_and_keeps_the_identity(session, admin, office):
    series = _giao_ban(session, admin)
    before = {e.rule_day: e.key for e in cal.agenda(session, date(2026, 1, 1), date(2026, 12, 31))}
    data = cal.event_input(session, series, date(2026, 6, 25))
    tail = cal.update_event(session=session, actor=admin, event_id=series, scope="following",
                            occurrence=date(2026, 6, 25),
                            data=replace(data, start=data.start.replace(hour=14), end=data.end.replace(hour=16),
                                         location="Hội trường"))
    entries = cal.agenda(session, date(2026, 1, 1), date(2026, 12, 31))
    assert len(entries) == 12
    assert {e.rule_day: e.key for e in entries} == before
    early = [e for e in entries if e.day < date(2026, 6, 1)]
    late = [e for e in entries if e.day >= date(2026, 6, 1)]
    assert {(e.time_label, e.location, e.event_id) for e in early} == {("8h00", "", series)}
    assert {(e.time_label, e.location, e.event_id) for e in late} == {("14h00", "Hội trường", tail)}


def test_editing_all_moves_every_occurrence(session, admin, office):
    series = _giao_ban(session, admin)
    data = cal.event_input(session, series, date(2026, 4, 25))  # shown on 28/04
    cal.update_event(session=session, actor=admin, event_id=series, scope="all", occurrence=date(2026, 4, 25),
                     data=replace(data, start=data.start.replace(hour=9), end=data.end.replace(hour=11)))
    entries = cal.agenda(session, date(2026, 1, 1), date(2026, 12, 31))
    assert len(entries) == 12 and {e.time_label for e in entries} == {"9h00"}


def test_cancel_and_delete_with_scopes(session, admin, office):
    series = _giao_ban(session, admin)
    cal.cancel_event(session=session, actor=admin, event_id=series, scope="this", occurrence=date(2026, 2, 25))
    cal.delete_event(session=session, actor=admin, event_id=series, scope="this", occurrence=date(2026, 3, 25))
    cal.cancel_event(session=session, actor=admin, event_id=series, scope="following", occurrence=date(2026, 10, 25))
    entries = cal.agenda(session, date(2026, 1, 1), date(2026, 12, 31))
    assert [(e.day.month, e.status) for e in entries][:3] == [(1, "draft"), (2, "cancelled"), (4, "draft")]
    assert max(e.day for e in entries) < date(2026, 10, 1)
    cal.delete_event(session=session, actor=admin, event_id=series, scope="all")
    assert cal.agenda(session, date(2026, 1, 1), date(2026, 12, 31)) == []
    with pytest.raises(NotFound):
        cal.get_event(session, series)


def test_a_recurring_scope_needs_the_occurrence(session, admin, office):
    series = _giao_ban(session, admin)
    with pytest.raises(InvalidInput, match="chọn buổi"):
        cal.update_event(session=session, actor=admin, event_id=series, scope="this",
                         data=cal.event_input(session, series))
    with pytest.raises(InvalidInput, match="Phạm vi"):
        cal.update_event(session=session, actor=admin, event_id=series, scope="some",
                         data=cal.event_input(session, series))


def test_publishing_snapshots_the_week_and_later_edits_are_amendments(session, admin, office):
    a = cal.create_event(session=session, actor=admin, data=_event("Họp A", datetime(2026, 3, 2, 8)))
    b = cal.create_event(session=session, actor=admin, data=_event("Họp B", datetime(2026, 3, 3, 8)))
    c = cal.create_event(session=session, actor=admin, data=_event("Họp C", datetime(2026, 3, 4, 8)))
    published = cal.publish_week(session=session, actor=admin, monday=MONDAY)
    assert (published.version, published.entry_count, published.published_by) == (1, 3, admin.username)
    assert cal.get_event(session, a).status == "published"
    schedule = cal.week(session, MONDAY)
    assert schedule.published.version == 1 and schedule.changes == []

    cal.update_event(session=session, actor=admin, event_id=a,
                     data=replace(cal.event_input(session, a), location="Hội trường lớn"))
    cal.update_event(session=session, actor=admin, event_id=b,
                     data=replace(cal.event_input(session, b), start=datetime(2026, 3, 3, 14), end=None))
    cal.cancel_event(session=session, actor=admin, event_id=c)
    d = cal.create_event(session=session, actor=admin, data=_event("Họp D", datetime(2026, 3, 5, 8)))
    assert cal.get_event(session, a).status == "changed"
    assert cal.get_event(session, d).status == "changed"  # added to a published week
    changes = {c.entry.title: c.kind.value for c in cal.changes_since(session, MONDAY, 1)}
    assert changes == {"Họp A": "changed", "Họp B": "moved", "Họp C": "cancelled", "Họp D": "added"}
    amended = {e.title: e.amendment for e in cal.week(session, MONDAY).entries}
    assert amended == {"Họp A": "changed", "Họp B": "moved", "Họp C": "cancelled", "Họp D": "added"}

    second = cal.publish_week(session=session, actor=admin, monday=MONDAY)
    assert second.version == 2
    assert cal.changes_since(session, MONDAY, 2) == []
    assert len(cal.changes_since(session, MONDAY, 1)) == 4
    assert [v.version for v in cal.versions(session, MONDAY)] == [1, 2]


def test_changes_since_an_unknown_version_is_a_clear_error(session, admin, office):
    with pytest.raises(NotFound, match="chưa có bản công bố"):
        cal.changes_since(session, MONDAY, 3)


def test_filters_show_one_leader_the_standing_members_or_the_office_leaders(session, admin, office):
    cal.create_event(session=session, actor=admin, data=_event("Họp TT", datetime(2026, 3, 2, 8),
                                                               chair_id=office["secretary"]))
    cal.create_event(session=session, actor=admin, data=_event("Giao ban VP", datetime(2026, 3, 2, 14),
                                                               chair_id=office["chief"]))
    cal.create_event(session=session, actor=admin, data=_event("Dự lễ", datetime(2026, 3, 3, 8),
                                                               leader_ids=[office["deputy"], office["standing"]]))
    cal.create_event(session=session, actor=admin, data=_event("Việc khác", datetime(2026, 3, 3, 14)))
    assert _titles(cal.week(session, MONDAY, ScheduleFilter(group="standing"))) == ["Họp TT", "Dự lễ"]
    assert _titles(cal.week(session, MONDAY, ScheduleFilter(group="office"))) == ["Giao ban VP", "Dự lễ"]
    one = cal.week(session, MONDAY, ScheduleFilter(leader_id=office["deputy"]))
    assert _titles(one) == ["Dự lễ"] and one.filter_label == "Lịch của Đ/c Phạm Thu Hà"
    assert len(cal.week(session, MONDAY).entries) == 4


def test_leaders_are_found_by_name_without_diacritics(session, admin, office):
    assert cal.resolve_leader(session, "tran thi lan") == office["standing"]
    assert cal.resolve_leader(session, str(office["chief"])) == office["chief"]
    with pytest.raises(InvalidInput, match="Không tìm thấy"):
        cal.resolve_leader(session, "Không Có Ai")


def test_leader_choices_list_the_standing_members_and_the_office_leaders_in_rank_order(session, office):
    choices = cal.leader_choices(session)
    assert [c.name for c in choices] == ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Đức", "Phạm Thu Hà"]
    assert [c.group for c in choices] == ["standing", "standing", "office", "office"]


def test_business_trips_count_as_absences_for_the_org_chart(session, admin, office):
    cal.create_event(session=session, actor=admin, data=_event(
        "Công tác Hà Nội", datetime(2026, 3, 4), datetime(2026, 3, 5), all_day=True, kind="business_trip",
        leader_ids=[office["deputy"]]))
    away = org.away_on(session, date(2026, 3, 5))
    assert away[office["deputy"]].source == "trip" and away[office["deputy"]].reason == "Công tác Hà Nội"
    assert office["deputy"] not in org.away_on(session, date(2026, 3, 6))


def test_a_week_with_a_holiday_names_it(session, office):
    schedule = cal.week(session, date(2026, 4, 27))  # Monday 27/04: Hùng Kings' day (observed)
    monday = schedule.days[0]
    assert not monday.working and monday.day_name
    assert schedule.is_empty
