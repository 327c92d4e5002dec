"""A meeting and its entry in the work calendar: created or linked with the meeting, moved and
cancelled with it, its leaders following the attendee list, and calendar edits coming back."""

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import select

from app.errors import Conflict, InvalidInput
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.meetings import attendees
from app.services.meetings import calendar_link as meeting_calendar
from app.services.meetings import preparation as meetings
from app.services.meetings.preparation import MeetingInput
from db.models import AuditLog, Event, Meeting, Unit
from tests.meeting_office import demo_office_copy

START = datetime(2026, 3, 10, 8)  # Tuesday of the week after the demo's published one
END = datetime(2026, 3, 10, 11, 30)


@pytest.fixture
def office(tmp_path_factory, tmp_path):
    database, ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    with database.session() as session:
        yield session, ctx
    database.dispose()


def _create(session, admin, ctx, kind="standing_committee", start=START, end=END, chair="secretary", **extra):
    return meetings.create_meeting(session=session, actor=admin, data=MeetingInput(
        kind, "Hội nghị Ban Thường vụ bàn công tác cán bộ", start, end, "Phòng họp số 1",
        ctx.people[chair] if chair else None, **extra))


def _event(session, meeting_id):
    return cal.get_event(session, meetings.get_meeting(session=session, meeting_id=meeting_id).event_id)


def _unit_id(session, code):
    return session.exec(select(Unit.id).where(Unit.code == code)).one()


def _item(session, meeting_id, prefix):
    return next(e for e in meetings.get_checklist(session=session, meeting_id=meeting_id)
                if e.task.startswith(prefix))


def test_creating_a_committee_meeting_creates_its_entry_prepared_by_tong_hop(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    event = _event(session, meeting_id)
    assert (event.title, event.kind, event.start, event.end, event.location) == (
        "Hội nghị Ban Thường vụ bàn công tác cán bộ", "meeting", START, END, "Phòng họp số 1")
    assert event.chair_id == ctx.people["secretary"] and event.leader_ids == []
    assert event.preparing_unit_id == _unit_id(session, "tong_hop")
    assert event.participants == "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy"
    assert event.status == "draft"


@pytest.mark.parametrize(("kind", "event_kind", "unit"), [
    ("reception", "reception", "hanh_chinh"),
    ("field_visit", "field_visit", "tong_hop"),
    ("gift_visit", "field_visit", "tai_chinh_quan_tri"),
    ("office_briefing", "meeting", "tong_hop"),
])
def test_each_kind_of_meeting_gets_its_kind_of_entry_and_preparing_unit(office, admin, kind, event_kind, unit):
    session, ctx = office
    event = _event(session, _create(session, admin, ctx, kind=kind))
    assert event.kind == event_kind and event.preparing_unit_id == _unit_id(session, unit)


def test_the_entry_lists_the_leaders_among_the_attendees_and_follows_the_list(office, admin):
    session, ctx = office
    p = ctx.people
    meeting_id = _create(session, admin, ctx)
    attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["btv"])
    specialist = ctx.staff_by_unit["tong_hop"][-1]
    attendees.add_people(session=session, actor=admin, meeting_id=meeting_id,
                         person_ids=[p["chief"], p["deputy1"], specialist])
    attendees.add_guest(session=session, actor=admin, meeting_id=meeting_id, full_name="Trần Quốc Việt")
    leaders = _event(session, meeting_id).leader_ids
    btv_without_chair = [pid for pid in ctx.bodies["btv"] if pid != p["secretary"]]
    assert set(leaders) == {*btv_without_chair, p["chief"], p["deputy1"]}
    assert leaders[:2] == [p["standing_deputy_secretary"], p["deputy_secretary"]]  # protocol order
    assert specialist not in leaders

    rows = {a.person_id: a.id for a in attendees.list_attendees(session=session, meeting_id=meeting_id)}
    attendees.remove_attendee(session=session, actor=admin, attendee_id=rows[p["deputy1"]])
    absent = ctx.bodies["btv"][5]
    attendees.notify_absence(session=session, actor=admin, attendee_id=rows[absent], reason="Đi công tác")
    leaders = _event(session, meeting_id).leader_ids
    assert p["deputy1"] not in leaders and absent not in leaders
    attendees.clear_absence_notice(session=session, actor=admin, attendee_id=rows[absent])
    assert absent in _event(session, meeting_id).leader_ids


def test_moving_a_meeting_moves_its_entry_and_keeps_done_items(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    done = _item(session, meeting_id, "Gửi giấy mời")
    meetings.tick_item(session=session, actor=admin, item_id=done.id, at=datetime(2026, 3, 5, 15))
    meetings.move_meeting(session=session, actor=admin, meeting_id=meeting_id,
                          start=datetime(2026, 3, 17, 14), end=datetime(2026, 3, 17, 17))
    event = _event(session, meeting_id)
    assert (event.start, event.end) == (datetime(2026, 3, 17, 14), datetime(2026, 3, 17, 17))
    moved = _item(session, meeting_id, "Gửi giấy mời")
    assert moved.due == datetime(2026, 3, 13, 17, 0)  # 2 working days before, recomputed
    assert moved.done_at == datetime(2026, 3, 5, 15) and moved.done_by == "system"


def test_moving_a_meeting_into_the_published_week_marks_its_entry_amended(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    meetings.move_meeting(session=session, actor=admin, meeting_id=meeting_id,
                          start=datetime(2026, 3, 5, 14), end=datetime(2026, 3, 5, 16))
    assert _event(session, meeting_id).status == "changed"  # the week of 2 March is published


def test_editing_only_the_notes_leaves_the_entry_alone_but_a_new_title_goes_to_it(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    before = _event(session, meeting_id)
    info = meetings.get_meeting(session=session, meeting_id=meeting_id)
    data = MeetingInput(info.kind, info.title, info.start, info.end, info.location, info.chair_id, notes="Ghi chú")
    meetings.update_meeting(session=session, actor=admin, meeting_id=meeting_id, data=data)
    assert _event(session, meeting_id).updated_at == before.updated_at
    data.title, data.location = "Hội nghị Ban Thường vụ (mở rộng)", "Hội trường Tỉnh ủy"
    meetings.update_meeting(session=session, actor=admin, meeting_id=meeting_id, data=data)
    event = _event(session, meeting_id)
    assert (event.title, event.location) == ("Hội nghị Ban Thường vụ (mở rộng)", "Hội trường Tỉnh ủy")


def test_cancelling_or_deleting_a_meeting_cancels_its_entry_which_stays_in_the_week(office, admin):
    session, ctx = office
    called_off = _create(session, admin, ctx, start=datetime(2026, 3, 4, 14), end=datetime(2026, 3, 4, 16))
    deleted = _create(session, admin, ctx, start=datetime(2026, 3, 5, 14), end=datetime(2026, 3, 5, 16))
    gone_event = meetings.get_meeting(session=session, meeting_id=deleted).event_id
    meetings.cancel_meeting(session=session, actor=admin, meeting_id=called_off)
    meetings.delete_meeting(session=session, actor=admin, meeting_id=deleted)
    assert meetings.get_meeting(session=session, meeting_id=called_off).cancelled
    assert session.get(Meeting, deleted) is None
    week = cal.week(session, date(2026, 3, 2))
    cancelled = {e.event_id for e in week.entries if e.cancelled}
    assert {_event(session, called_off).id, gone_event} <= cancelled


def test_a_meeting_without_an_entry_cannot_be_called_off(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    session.get(Meeting, meeting_id).event_id = None
    session.commit()
    with pytest.raises(InvalidInput):
        meetings.cancel_meeting(session=session, actor=admin, meeting_id=meeting_id)


def _calendar_entry(session, admin, ctx, **extra):
    p = ctx.people
    values = dict(title="Hội nghị Ban Thường vụ Tỉnh ủy quý I", start=datetime(2026, 3, 11, 7, 30),
                  end=datetime(2026, 3, 11, 11), location="Hội trường Tỉnh ủy", chair_id=p["secretary"],
                  leader_ids=[p["chief"], p["standing_deputy_secretary"]], preparing_unit_id=ctx.units["tong_hop"])
    return cal.create_event(session=session, actor=admin, data=EventInput(**{**values, **extra}))


def test_linking_an_existing_entry_takes_its_time_and_place_and_invites_its_leaders(office, admin):
    session, ctx = office
    p = ctx.people
    event_id = _calendar_entry(session, admin, ctx)
    count = len(cal.all_events(session))
    meeting_id = _create(session, admin, ctx, event_id=event_id)
    info = meetings.get_meeting(session=session, meeting_id=meeting_id)
    assert info.event_id == event_id and len(cal.all_events(session)) == count
    assert (info.start, info.end, info.location) == (datetime(2026, 3, 11, 7, 30), datetime(2026, 3, 11, 11),
                                                    "Hội trường Tỉnh ủy")
    invited = {a.person_id for a in attendees.list_attendees(session=session, meeting_id=meeting_id)}
    assert {p["secretary"], p["standing_deputy_secretary"], p["chief"]} <= invited
    event = cal.get_event(session, event_id)
    assert event.title == "Hội nghị Ban Thường vụ Tỉnh ủy quý I"  # the calendar's wording stays
    assert event.leader_ids == [p["chief"], p["standing_deputy_secretary"]]  # same leaders: left alone
    edits = session.exec(select(AuditLog).where(AuditLog.action == "event.update",
                                                AuditLog.target == f"event:{event_id}")).all()
    assert edits == []
    invitation = _item(session, meeting_id, "Gửi giấy mời")
    assert invitation.due == datetime(2026, 3, 9, 17, 0)  # from the entry's day, Wednesday 11 March


def test_an_entry_links_one_meeting_and_a_cancelled_one_none(office, admin):
    session, ctx = office
    event_id = _calendar_entry(session, admin, ctx)
    _create(session, admin, ctx, event_id=event_id)
    with pytest.raises(Conflict, match="đã gắn"):
        _create(session, admin, ctx, event_id=event_id)
    other = _calendar_entry(session, admin, ctx, title="Họp khác")
    cal.cancel_event(session=session, actor=admin, event_id=other)
    with pytest.raises(Conflict, match="hoãn/hủy"):
        _create(session, admin, ctx, event_id=other)


def test_linking_an_occurrence_of_a_published_series_makes_it_an_entry_of_its_own_unamended(office, admin):
    session, ctx = office
    monday = date(2026, 3, 2)
    series = next(c for c in meeting_calendar.day_entries(session=session, day=monday)
                  if c.occurrence is not None)
    meeting_id = _create(session, admin, ctx, kind="office_briefing", chair=None, event_id=series.event_id,
                         occurrence=series.occurrence)  # no chair chosen: the entry's
    linked = session.get(Event, meetings.get_meeting(session=session, meeting_id=meeting_id).event_id)
    assert linked.id != series.event_id and linked.series_id == series.event_id
    assert linked.recurrence_day == series.occurrence and linked.status == "published"
    entry = next(e for e in cal.week(session, monday).entries if e.event_id == linked.id)
    assert entry.title == series.title and entry.start == series.start and not entry.amendment
    assert meetings.get_meeting(session=session, meeting_id=meeting_id).chair_id == linked.chair_id


def test_a_series_needs_the_day_of_the_occurrence(office, admin):
    session, ctx = office
    series = next(c for c in meeting_calendar.day_entries(session=session, day=date(2026, 3, 9))
                  if c.occurrence is not None)
    with pytest.raises(InvalidInput):
        _create(session, admin, ctx, event_id=series.event_id)


def test_moving_the_entry_in_the_calendar_moves_the_meeting_and_its_due_dates(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    event_id = meetings.get_meeting(session=session, meeting_id=meeting_id).event_id
    data = cal.event_input(session, event_id)
    data.start, data.end = datetime(2026, 3, 17, 8), datetime(2026, 3, 17, 11)
    data.location = "Hội trường lớn Tỉnh ủy"
    cal.update_event(session=session, actor=admin, event_id=event_id, data=data)
    info = meetings.get_meeting(session=session, meeting_id=meeting_id)
    assert (info.start, info.end, info.location) == (datetime(2026, 3, 17, 8), datetime(2026, 3, 17, 11),
                                                    "Hội trường lớn Tỉnh ủy")
    assert _item(session, meeting_id, "Gửi giấy mời").due == datetime(2026, 3, 13, 17, 0)
    audit = session.exec(select(AuditLog).where(AuditLog.action == "meeting.follow_event")).all()
    assert [a.target for a in audit] == [f"meeting:{meeting_id}"]


def test_a_calendar_edit_the_checklist_cannot_follow_is_undone_whole(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    event_id = meetings.get_meeting(session=session, meeting_id=meeting_id).event_id

    def refuse(session, actor, row, change):  # noqa: ANN001, ARG001
        raise InvalidInput("không theo được")

    cal.event_listener(refuse)
    try:
        data = cal.event_input(session, event_id)
        data.start, data.end = datetime(2026, 3, 18, 8), datetime(2026, 3, 18, 9)
        with pytest.raises(InvalidInput):
            cal.update_event(session=session, actor=admin, event_id=event_id, data=data)
    finally:
        cal._LISTENERS.remove(refuse)
    assert cal.get_event(session, event_id).start == START
    assert meetings.get_meeting(session=session, meeting_id=meeting_id).start == START


def test_deleting_the_entry_in_the_calendar_unlinks_the_meeting(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    event_id = meetings.get_meeting(session=session, meeting_id=meeting_id).event_id
    cal.delete_event(session=session, actor=admin, event_id=event_id)
    assert meetings.get_meeting(session=session, meeting_id=meeting_id).event_id is None
    other = _calendar_entry(session, admin, ctx)
    meetings.link_event(session=session, actor=admin, meeting_id=meeting_id, event_id=other)
    info = meetings.get_meeting(session=session, meeting_id=meeting_id)
    assert info.event_id == other and info.start == datetime(2026, 3, 11, 7, 30)
    with pytest.raises(Conflict):
        meetings.link_event(session=session, actor=admin, meeting_id=meeting_id, event_id=other)


def test_the_day_lists_its_entries_with_the_meeting_prepared_for_each(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx)
    event_id = meetings.get_meeting(session=session, meeting_id=meeting_id).event_id
    choices = meeting_calendar.day_entries(session=session, day=START.date())
    mine = next(c for c in choices if c.event_id == event_id)
    assert mine.meeting_id == meeting_id and not mine.linkable
    assert meeting_calendar.meetings_by_event(session=session, event_ids=[event_id, 0]) == {event_id: meeting_id}
    link = meeting_calendar.calendar_link(session=session, meeting_id=meeting_id)
    assert (link.week_number, link.monday, link.entry_key) == (11, date(2026, 3, 9), f"e{event_id}")


def test_a_meeting_with_no_length_gets_an_entry_that_ends_after_it_starts(office, admin):
    session, ctx = office
    meeting_id = _create(session, admin, ctx, end=START)
    event = _event(session, meeting_id)
    assert event.end == START + timedelta(minutes=30)
    assert meetings.get_meeting(session=session, meeting_id=meeting_id).end == START


def test_every_demo_meeting_is_in_the_schedule_once(office):
    session, _ctx = office
    demo = meetings.list_meetings(session=session)
    assert demo and all(m.event_id is not None for m in demo)
    entries = cal.agenda(session, date(2025, 12, 1), date(2026, 4, 30))
    for meeting in demo:
        same_day = [e for e in entries if e.day == meeting.start.date() and e.kind == "meeting"
                    and ("Ban Thường vụ" in e.title or "Ban Chấp hành" in e.title)]
        if meeting.kind.value in ("standing_committee", "executive_committee"):
            assert [e.event_id for e in same_day] == [meeting.event_id], meeting.title
