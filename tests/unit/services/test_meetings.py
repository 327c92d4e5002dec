from datetime import datetime

import pytest
from sqlmodel import select

from app.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.rules.meetings import DueState, MeetingKind
from app.services.admin import settings
from app.services.admin.auth import AccountRole, Actor
from app.services.meetings import preparation as meetings
from app.services.meetings import templates
from app.services.meetings.preparation import MeetingInput
from app.services.meetings.templates import TemplateItemInput
from db.models import AuditLog, Person
from tests.meeting_office import demo_office_copy

START = datetime(2026, 3, 10, 8)  # Tuesday
END = datetime(2026, 3, 10, 11, 30)


@pytest.fixture
def office(tmp_path_factory, tmp_path):
    database, ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    with database.session() as session:
        yield session, ctx
    database.dispose()


def _btv(session, admin, ctx, start=START, end=END, **extra):
    return meetings.create_meeting(session=session, actor=admin, data=MeetingInput(
        "standing_committee", "Hội nghị Ban Thường vụ tháng 3", start, end, "Phòng họp số 1",
        ctx.people["secretary"], **extra))


def _item(session, meeting_id, suffix):
    entries = meetings.get_checklist(session=session, meeting_id=meeting_id, now=datetime(2026, 3, 2, 8))
    return next(e for e in entries if e.task.startswith(suffix))


def test_creating_a_meeting_generates_its_dated_checklist(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    entries = meetings.get_checklist(session=session, meeting_id=meeting_id, now=datetime(2026, 3, 2, 8))
    assert len(entries) == len(templates.list_template(session=session, kind="standing_committee"))
    invitation = _item(session, meeting_id, "Gửi giấy mời")
    assert invitation.due == datetime(2026, 3, 6, 17, 0)
    assert invitation.department_label == "Phòng Hành chính"
    assert next(e.department for e in entries) == "tong_hop"  # grouped in 003's order
    info = meetings.get_meeting(session=session, meeting_id=meeting_id, now=datetime(2026, 3, 2, 8))
    assert (info.total, info.done, info.overdue) == (len(entries), 0, 0)
    assert info.chair_name and info.event_id is not None and info.event_status == "draft"


def test_tasks_go_to_the_head_of_their_department_by_default(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    assert _item(session, meeting_id, "Gửi giấy mời").owner_id == ctx.people["head_hanh_chinh"]
    assert _item(session, meeting_id, "Kiểm tra hệ thống điện").owner_id == ctx.people["head_tai_chinh_quan_tri"]


def test_the_chair_is_put_on_the_attendee_list(office, admin):
    from app.services.meetings.attendees import list_attendees

    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    [chair] = list_attendees(session=session, meeting_id=meeting_id)
    assert chair.person_id == ctx.people["secretary"] and chair.role == "chair" and chair.member


def test_invalid_meetings_are_refused_with_readable_messages(office, admin):
    session, _ctx = office
    with pytest.raises(InvalidInput, match="Tên cuộc họp"):
        meetings.create_meeting(session=session, actor=admin, data=MeetingInput("custom", "  ", START, END))
    with pytest.raises(InvalidInput, match="kết thúc"):
        meetings.create_meeting(session=session, actor=admin, data=MeetingInput("custom", "Họp", END, START))
    with pytest.raises(InvalidInput, match="Loại cuộc họp"):
        meetings.create_meeting(session=session, actor=admin, data=MeetingInput("party", "Họp", START, END))
    with pytest.raises(NotFound):
        meetings.create_meeting(session=session, actor=admin,
                                data=MeetingInput("custom", "Họp", START, END, chair_id=99999))
    with pytest.raises(NotFound):
        meetings.get_meeting(session=session, meeting_id=99999)


def test_a_viewer_cannot_create_meetings(office, viewer):
    session, ctx = office
    with pytest.raises(Forbidden):
        _btv(session, viewer, ctx)


def test_moving_a_meeting_recomputes_due_dates_and_keeps_done_items(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    done = _item(session, meeting_id, "Gửi giấy mời")
    meetings.tick_item(session=session, actor=admin, item_id=done.id, at=datetime(2026, 3, 5, 15))
    manual = meetings.add_item(session=session, actor=admin, meeting_id=meeting_id, department="hanh_chinh",
                               task="Mời báo chí", due=datetime(2026, 3, 9, 10))
    meetings.move_meeting(session=session, actor=admin, meeting_id=meeting_id,
                          start=datetime(2026, 3, 17, 14), end=datetime(2026, 3, 17, 17))
    moved = {e.id: e for e in meetings.get_checklist(session=session, meeting_id=meeting_id)}
    assert moved[done.id].due == datetime(2026, 3, 13, 17, 0)
    assert moved[done.id].done_at == datetime(2026, 3, 5, 15) and moved[done.id].done_by
    assert moved[manual].due == datetime(2026, 3, 16, 16)  # shifted by a week and six hours
    assert len(moved) == 31


def test_regenerating_after_a_move_keeps_done_items_and_their_who_and_when(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    done = _item(session, meeting_id, "Gửi giấy mời")
    meetings.tick_item(session=session, actor=admin, item_id=done.id, at=datetime(2026, 3, 5, 15))
    ticked_by = _item(session, meeting_id, "Gửi giấy mời").done_by
    meetings.move_meeting(session=session, actor=admin, meeting_id=meeting_id,
                          start=datetime(2026, 3, 24, 8), end=datetime(2026, 3, 24, 11))
    settings.set_value(session=session, actor=admin, key="meetings.invite_days.standing_committee", value=4)
    added, updated, removed = meetings.regenerate_checklist(session=session, actor=admin, meeting_id=meeting_id)
    assert (added, removed) == (0, 0) and updated == 30
    again = next(e for e in meetings.get_checklist(session=session, meeting_id=meeting_id) if e.id == done.id)
    assert again.due == datetime(2026, 3, 18, 17, 0)  # 4 working days before Tuesday 24 March
    assert again.done_at == datetime(2026, 3, 5, 15)
    assert again.done_by == ticked_by == "system"


def test_marking_a_meeting_important_brings_the_documents_forward(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    meetings.update_meeting(session=session, actor=admin, meeting_id=meeting_id, data=MeetingInput(
        "standing_committee", "Hội nghị Ban Thường vụ tháng 3", START, END, important=True))
    assert _item(session, meeting_id, "Gửi giấy mời").due == datetime(2026, 3, 3, 17, 0)


def test_a_reception_with_foreign_guests_gets_the_flags_task(office, admin):
    session, _ctx = office
    meeting_id = meetings.create_meeting(session=session, actor=admin, data=MeetingInput(
        "reception", "Tiếp đoàn Lào", datetime(2026, 3, 11, 9, 30), datetime(2026, 3, 11, 11)))
    assert not any("cờ" in e.task for e in meetings.get_checklist(session=session, meeting_id=meeting_id))
    meetings.update_meeting(session=session, actor=admin, meeting_id=meeting_id, data=MeetingInput(
        "reception", "Tiếp đoàn Lào", datetime(2026, 3, 11, 9, 30), datetime(2026, 3, 11, 11), foreign_guests=True))
    flags = _item(session, meeting_id, "Bố trí cờ")
    assert flags.due == datetime(2026, 3, 11, 9, 0)


def test_ticking_records_who_and_when_and_unticking_clears_it(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    item = _item(session, meeting_id, "Gửi giấy mời")
    clerk = Actor("vanthu", AccountRole.CLERK, person_id=ctx.staff_by_unit["hanh_chinh"][-1])
    meetings.tick_item(session=session, actor=clerk, item_id=item.id, at=datetime(2026, 3, 6, 9))
    ticked = _item(session, meeting_id, "Gửi giấy mời")
    assert ticked.done and ticked.done_at == datetime(2026, 3, 6, 9) and ticked.state is DueState.DONE
    assert ticked.done_by == session.get(Person, clerk.person_id).full_name
    meetings.untick_item(session=session, actor=clerk, item_id=item.id)
    assert _item(session, meeting_id, "Gửi giấy mời").done_at is None
    actions = [a.action for a in session.exec(select(AuditLog).order_by(AuditLog.id.desc()).limit(2))]
    assert actions == ["checklist.untick", "checklist.tick"]


def test_staff_can_only_tick_the_items_they_own(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    specialist = ctx.staff_by_unit["tong_hop"][-1]
    staff = Actor("chuyenvien", AccountRole.STAFF, person_id=specialist)
    mine = _item(session, meeting_id, "Phân công công chức ghi biên bản")
    other = _item(session, meeting_id, "Gửi giấy mời")
    meetings.assign_owner(session=session, actor=admin, item_id=mine.id, owner_id=specialist)
    meetings.tick_item(session=session, actor=staff, item_id=mine.id)
    meetings.set_item_notes(session=session, actor=staff, item_id=mine.id, notes="Đã phân công đồng chí Hạnh")
    assert _item(session, meeting_id, "Phân công công chức ghi biên bản").done
    with pytest.raises(Forbidden):
        meetings.tick_item(session=session, actor=staff, item_id=other.id)
    with pytest.raises(Forbidden):
        meetings.untick_item(session=session, actor=Actor("x", AccountRole.STAFF), item_id=mine.id)
    with pytest.raises(Forbidden):
        meetings.assign_owner(session=session, actor=staff, item_id=other.id, owner_id=specialist)
    with pytest.raises(Forbidden):
        meetings.tick_item(session=session, actor=Actor("v", AccountRole.VIEWER, person_id=specialist),
                           item_id=mine.id)


def test_overdue_items_are_counted_in_the_progress(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    info = meetings.get_meeting(session=session, meeting_id=meeting_id, now=datetime(2026, 3, 9, 9))
    entries = meetings.get_checklist(session=session, meeting_id=meeting_id, now=datetime(2026, 3, 9, 9))
    overdue = [e for e in entries if e.state is DueState.OVERDUE]
    assert info.overdue == len(overdue) > 0
    assert all(e.due < datetime(2026, 3, 9, 9) for e in overdue)
    assert any(e.state is DueState.SOON for e in entries)


def test_items_added_by_hand_can_be_edited_and_deleted(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    item_id = meetings.add_item(session=session, actor=admin, meeting_id=meeting_id, department="hanh_chinh",
                                task="  Mời  báo chí ", due=datetime(2026, 3, 9, 10))
    meetings.update_item(session=session, actor=admin, item_id=item_id, department="tong_hop",
                         task="Mời phóng viên", due=datetime(2026, 3, 9, 11))
    entry = next(e for e in meetings.get_checklist(session=session, meeting_id=meeting_id) if e.id == item_id)
    assert (entry.department, entry.task, entry.due, entry.rule) == ("tong_hop", "Mời phóng viên",
                                                                    datetime(2026, 3, 9, 11), "")
    meetings.delete_item(session=session, actor=admin, item_id=item_id)
    with pytest.raises(InvalidInput):
        meetings.add_item(session=session, actor=admin, meeting_id=meeting_id, department="hanh_chinh", task="",
                          due=datetime(2026, 3, 9, 10))


def test_edited_templates_shape_new_checklists(office, admin):
    session, ctx = office
    item_id = templates.add_template_item(session=session, actor=admin, kind="standing_committee",
                                          data=TemplateItemInput("hanh_chinh", "Đặt hoa tươi", "minutes_before",
                                                                 amount=90))
    first = templates.list_template(session=session, kind="standing_committee")[0]
    templates.remove_template_item(session=session, actor=admin, item_id=first.id)
    templates.move_template_item(session=session, actor=admin, item_id=item_id, step=-100)
    assert templates.list_template(session=session, kind="standing_committee")[0].task == "Đặt hoa tươi"
    meeting_id = _btv(session, admin, ctx)
    tasks = {e.task: e.due for e in meetings.get_checklist(session=session, meeting_id=meeting_id)}
    assert tasks["Đặt hoa tươi"] == datetime(2026, 3, 10, 6, 30)
    assert first.task not in tasks
    templates.reset_template(session=session, actor=admin, kind="standing_committee")
    assert next(t.task for t in templates.list_template(session=session, kind="standing_committee")) == first.task


def test_template_items_are_validated(office, admin):
    session, _ctx = office
    with pytest.raises(InvalidInput):
        templates.add_template_item(session=session, actor=admin, kind="custom",
                                    data=TemplateItemInput("hanh_chinh", "X", "someday"))
    with pytest.raises(InvalidInput):
        templates.add_template_item(session=session, actor=admin, kind="custom",
                                    data=TemplateItemInput("hanh_chinh", "X", "working_days_before", amount=-1))
    with pytest.raises(InvalidInput):
        templates.add_template_item(session=session, actor=admin, kind="custom",
                                    data=TemplateItemInput("hanh_chinh", "X", "working_days_before",
                                                           setting_key="meetings.nothing"))


def test_the_meeting_settings_are_declared_with_their_sources():
    from app.services.admin.settings import CATALOGUE

    for key, default in (("meetings.invite_days.executive_committee", 3),
                         ("meetings.invite_days.standing_committee", 2),
                         ("meetings.invite_days.standing_members", 2), ("meetings.invite_days.important", 5),
                         ("meetings.minutes_days", 7), ("meetings.reception_ready_minutes", 30),
                         ("meetings.field_visit_documents_days", 3), ("meetings.absence_limit_per_year", 2)):
        assert CATALOGUE[key].default == default and CATALOGUE[key].source


def test_listing_meetings_filters_by_time_and_kind(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    week = meetings.list_meetings(session=session, start=datetime(2026, 3, 9), end=datetime(2026, 3, 16))
    assert meeting_id in [m.id for m in week]
    assert all(datetime(2026, 3, 9) <= m.start < datetime(2026, 3, 16) for m in week)
    assert all(m.kind is MeetingKind.EXECUTIVE_COMMITTEE
               for m in meetings.list_meetings(session=session, kind="executive_committee"))


def test_the_pages_of_meetings_follow_the_scope_and_reach_a_wanted_meeting(office, admin):
    session, ctx = office
    now = datetime(2026, 3, 2, 9)
    for day in range(3, 13):  # ten more upcoming meetings
        _btv(session, admin, ctx, start=datetime(2026, 4, day, 8), end=datetime(2026, 4, day, 11))
    _btv(session, admin, ctx, start=datetime(2025, 6, 2, 8), end=datetime(2025, 6, 2, 11))  # a past one
    every = meetings.list_meetings(session=session, now=now)
    upcoming = [m.id for m in every if m.end >= datetime(2026, 3, 2)]
    past = [m.id for m in sorted((m for m in every if m.end < datetime(2026, 3, 2)), key=lambda m: m.start,
                                 reverse=True)]
    first, more = meetings.meeting_page(session=session, scope="upcoming", now=now, limit=4)
    assert [m.id for m in first] == upcoming[:4] and more
    rest, more = meetings.meeting_page(session=session, scope="upcoming", now=now, offset=4, limit=100)
    assert [m.id for m in first + rest] == upcoming and not more
    assert [m.id for m in meetings.meeting_page(session=session, scope="past", now=now, limit=100)[0]] == past
    assert [m.id for m in meetings.meeting_page(session=session, scope="all", now=now, limit=100)[0]] == \
        [m.id for m in every]
    through, more = meetings.meeting_page(session=session, scope="upcoming", now=now, limit=2, through=upcoming[7])
    assert [m.id for m in through][:8] == upcoming[:8] and more
    # a meeting the scope does not hold does not lengthen the page
    assert len(meetings.meeting_page(session=session, scope="upcoming", now=now, limit=2, through=past[0])[0]) == 2
    with pytest.raises(InvalidInput):
        meetings.meeting_page(session=session, scope="later", now=now)


def test_deleting_a_meeting_removes_its_checklist(office, admin):
    session, ctx = office
    meeting_id = _btv(session, admin, ctx)
    meetings.delete_meeting(session=session, actor=admin, meeting_id=meeting_id)
    with pytest.raises(NotFound):
        meetings.get_checklist(session=session, meeting_id=meeting_id)
    with pytest.raises(Conflict):  # today's demo BTV meeting still has secret copies out
        demo_btv = next(m for m in meetings.list_meetings(session=session, start=datetime(2026, 3, 2),
                                                            end=datetime(2026, 3, 3)))
        meetings.delete_meeting(session=session, actor=admin, meeting_id=demo_btv.id)


def test_a_wiped_template_is_seeded_again_from_the_defaults(office, admin):
    from sqlalchemy import delete

    from db.models import ChecklistTemplate

    session, _ctx = office
    session.execute(delete(ChecklistTemplate).where(ChecklistTemplate.kind == "gift_visit"))
    session.commit()
    items = templates.list_template(session=session, kind="gift_visit")
    assert items and all(i.id for i in items)
    assert items[0].task.startswith("Bố trí lịch đi thăm")
