"""Việc của tôi: each kind of item, for whom it is, and the reminder switches."""

from datetime import date, datetime, timedelta

import pytest

from app.services.admin import settings
from app.services.admin.auth import SYSTEM, AccountRole, Actor
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.calendar.publish import publish_week
from app.services.leave import requests as leave
from app.services.leave.approval import decide, waiting_for
from app.services.leave.roster import create_roster, set_day
from app.services.meetings import checklist, preparation
from app.services.meetings.preparation import MeetingInput
from app.services.my_work import settings as reminders
from app.services.my_work.read import CHANGED, NO_ROSTER, SHORT, UNPUBLISHED, WorkKind, my_work
from app.services.org import edit as org
from tests.unit.services.leave_office import small_office

TODAY = date(2026, 3, 2)  # a Monday
NOW = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def office(session):
    return small_office(session)


def keys(work, kind):
    return [i.key for i in work.of_kind(kind)]


def ids(work, kind):
    return [i.target_id for i in work.of_kind(kind)]


# -- checklist items ----------------------------------------------------------------------------

@pytest.fixture
def meeting(session, office):
    """A meeting three months away: its template tasks are not due yet."""
    return preparation.create_meeting(session=session, actor=office.clerk(), data=MeetingInput(
        kind="custom", title="Hội nghị sơ kết", start=datetime(2026, 6, 2, 8), end=datetime(2026, 6, 2, 11),
        chair_id=office.people["chief"]))


def add(session, office, meeting, department, due, task="Gửi giấy mời", owner=None):
    return checklist.add_item(session=session, actor=office.clerk(), meeting_id=meeting, department=department,
                              task=task, due=due, owner_id=office.people[owner] if owner else None)


def test_a_checklist_item_due_tomorrow_is_for_its_department_only(session, office, meeting):
    item = add(session, office, meeting, "hanh_chinh", datetime(2026, 3, 3, 17))
    clerk = my_work(session, office.clerk(), now=NOW)
    assert keys(clerk, WorkKind.CHECKLIST) == [f"checklist:{item}"]
    entry = clerk.of_kind(WorkKind.CHECKLIST)[0]
    assert (entry.subject, entry.context, entry.target_id, entry.overdue) == (
        "Gửi giấy mời", "Hội nghị sơ kết", meeting, False)
    assert "hanh_chinh" in clerk.departments
    assert my_work(session, office.staff("spec1"), now=NOW).of_kind(WorkKind.CHECKLIST) == []


def test_an_overdue_item_is_listed_and_marked_until_it_is_ticked(session, office, meeting):
    item = add(session, office, meeting, "tong_hop", datetime(2026, 2, 27, 17))
    work = my_work(session, office.staff("spec1"), now=NOW)
    assert [(i.key, i.overdue) for i in work.of_kind(WorkKind.CHECKLIST)] == [(f"checklist:{item}", True)]
    assert work.overdue == 1
    checklist.tick_item(session=session, actor=office.clerk(), item_id=item)
    assert my_work(session, office.staff("spec1"), now=NOW).items == ()


def test_items_beyond_the_look_ahead_wait_until_the_setting_reaches_them(session, office, meeting):
    add(session, office, meeting, "tong_hop", datetime(2026, 3, 6, 17))  # Friday: 4 working days ahead
    assert my_work(session, office.staff("spec1"), now=NOW).items == ()
    settings.set_value(session=session, actor=SYSTEM, key=reminders.CHECKLIST_DAYS_AHEAD, value=4)
    assert len(my_work(session, office.staff("spec1"), now=NOW).of_kind(WorkKind.CHECKLIST)) == 1


def test_overdue_items_older_than_the_look_back_are_dropped(session, office, meeting):
    add(session, office, meeting, "tong_hop", NOW - timedelta(days=40))
    assert my_work(session, office.staff("spec1"), now=NOW).items == ()
    settings.set_value(session=session, actor=SYSTEM, key=reminders.OVERDUE_DAYS, value=60)
    assert len(my_work(session, office.staff("spec1"), now=NOW).of_kind(WorkKind.CHECKLIST)) == 1


def test_an_item_given_to_someone_of_another_department_is_theirs_too(session, office, meeting):
    add(session, office, meeting, "hanh_chinh", datetime(2026, 3, 3, 17), owner="spec1")
    assert len(my_work(session, office.staff("spec1"), now=NOW).of_kind(WorkKind.CHECKLIST)) == 1


def test_a_meeting_called_off_needs_nothing_more(session, office, meeting):
    add(session, office, meeting, "hanh_chinh", datetime(2026, 3, 3, 17))
    preparation.cancel_meeting(session=session, actor=office.clerk(), meeting_id=meeting)
    assert my_work(session, office.clerk(), now=NOW).of_kind(WorkKind.CHECKLIST) == []


# -- approvals ----------------------------------------------------------------------------------

def file(session, office, who, start, end=None):
    draft = leave.LeaveDraft(office.people[who], office.types["annual"], start, end or start, "morning",
                             "afternoon", "Việc gia đình", None, "")
    return leave.file_request(session=session, actor=office.staff(who), draft=draft, today=TODAY)


def test_the_overseeing_deputy_sees_the_approval_and_nobody_else_does(session, office):
    request = file(session, office, "spec1", date(2026, 3, 10))
    assert ids(my_work(session, office.leader("deputy1"), now=NOW), WorkKind.APPROVAL) == [request]
    for other in ("deputy2", "chief", "head_th"):
        assert my_work(session, office.leader(other), now=NOW).of_kind(WorkKind.APPROVAL) == []


def test_a_specialist_sees_no_approvals(session, office):
    file(session, office, "spec2", date(2026, 3, 10))
    for account in (office.staff("spec1"), Actor("spec1", AccountRole.LEADER, person_id=office.people["spec1"])):
        assert my_work(session, account, now=NOW).of_kind(WorkKind.APPROVAL) == []


def test_the_chief_sees_a_two_day_leave_only_once_the_deputy_has_approved(session, office):
    request = file(session, office, "spec1", date(2026, 3, 10), date(2026, 3, 11))
    assert my_work(session, office.leader("chief"), now=NOW).of_kind(WorkKind.APPROVAL) == []
    decide(session=session, actor=office.leader("deputy1"), request_id=request, approve=True, today=TODAY)
    assert my_work(session, office.leader("deputy1"), now=NOW).of_kind(WorkKind.APPROVAL) == []
    assert ids(my_work(session, office.leader("chief"), now=NOW), WorkKind.APPROVAL) == [request]


def test_a_head_acting_for_an_absent_deputy_may_not_approve_for_them(session, office):
    # 001 Điều 18.3: only a Phó Chánh Văn phòng (or the chief) acts for a deputy chief
    org.add_delegation(session=session, actor=SYSTEM, principal_id=office.people["deputy1"],
                       acting_id=office.people["head_th"], start_date=TODAY, end_date=TODAY + timedelta(days=5))
    request = file(session, office, "spec1", date(2026, 3, 10))
    assert my_work(session, office.leader("head_th"), now=NOW).of_kind(WorkKind.APPROVAL) == []
    seen = {key: ids(my_work(session, office.leader(key), now=NOW), WorkKind.APPROVAL)
            for key in ("deputy1", "deputy2", "chief")}
    assert request in [i for found in seen.values() for i in found]


def test_approvals_are_exactly_what_the_approval_code_lets_each_account_decide(session, office):
    file(session, office, "spec1", date(2026, 3, 10))
    file(session, office, "spec3", date(2026, 3, 12), date(2026, 3, 13))
    file(session, office, "deputy1", date(2026, 3, 16))
    for key in ("chief", "deputy1", "deputy2", "head_th", "sds"):
        actor = office.leader(key)
        expected = [r.id for r in waiting_for(session=session, actor=actor, today=TODAY)]
        assert sorted(ids(my_work(session, actor, now=NOW), WorkKind.APPROVAL)) == sorted(expected)


# -- written applications -------------------------------------------------------------------------

def test_a_leave_over_one_day_is_owed_by_its_requester_and_chased_by_the_clerk(session, office):
    two_days = file(session, office, "spec1", date(2026, 3, 10), date(2026, 3, 11))
    file(session, office, "spec2", date(2026, 3, 12))  # one day: no written application
    assert ids(my_work(session, office.staff("spec1"), now=NOW), WorkKind.APPLICATION) == [two_days]
    assert my_work(session, office.staff("spec2"), now=NOW).of_kind(WorkKind.APPLICATION) == []
    assert ids(my_work(session, office.clerk(), now=NOW), WorkKind.CHASE) == [two_days]
    assert my_work(session, office.staff("spec2"), now=NOW).of_kind(WorkKind.CHASE) == []
    leave.mark_application_received(session=session, actor=office.clerk(), request_id=two_days,
                                    received_on=TODAY)
    assert my_work(session, office.clerk(), now=NOW).items == ()
    assert my_work(session, office.staff("spec1"), now=NOW).items == ()


def test_an_application_is_late_once_the_leave_has_begun(session, office):
    request = file(session, office, "spec1", date(2026, 3, 10), date(2026, 3, 11))
    assert not my_work(session, office.staff("spec1"), now=NOW).of_kind(WorkKind.APPLICATION)[0].overdue
    later = datetime(2026, 3, 10, 9)
    owed = my_work(session, office.staff("spec1"), now=later).of_kind(WorkKind.APPLICATION)[0]
    assert (owed.target_id, owed.overdue, owed.until) == (request, True, date(2026, 3, 11))


# -- the weekly schedule ---------------------------------------------------------------------------

def test_this_weeks_unpublished_schedule_is_for_whoever_may_publish(session, office):
    work = my_work(session, office.leader("chief"), now=NOW)
    assert [(i.state, i.subject, i.overdue) for i in work.of_kind(WorkKind.SCHEDULE)] == [
        (UNPUBLISHED, "2026-W10", True)]
    assert my_work(session, office.clerk(), now=NOW).of_kind(WorkKind.SCHEDULE) == []
    assert my_work(session, office.staff("spec1"), now=NOW).of_kind(WorkKind.SCHEDULE) == []


def test_next_weeks_schedule_is_due_from_the_set_number_of_days_before_its_monday(session, office):
    publish_week(session=session, actor=SYSTEM, monday=TODAY)
    assert my_work(session, office.leader("chief"), now=NOW).of_kind(WorkKind.SCHEDULE) == []
    friday = datetime(2026, 3, 6, 9)
    assert [i.subject for i in my_work(session, office.leader("chief"), now=friday).of_kind(WorkKind.SCHEDULE)] \
        == ["2026-W11"]
    settings.set_value(session=session, actor=SYSTEM, key=reminders.SCHEDULE_DAYS_BEFORE, value=2)
    assert my_work(session, office.leader("chief"), now=friday).of_kind(WorkKind.SCHEDULE) == []


def test_a_change_after_publication_asks_for_a_new_version(session, office):
    publish_week(session=session, actor=SYSTEM, monday=TODAY)
    cal.create_event(session=session, actor=SYSTEM, data=EventInput(
        title="Làm việc với Sở Nội vụ", start=datetime(2026, 3, 4, 14), chair_id=office.people["chief"]))
    (item,) = my_work(session, office.leader("chief"), now=NOW).of_kind(WorkKind.SCHEDULE)
    assert (item.state, item.number, item.overdue) == (CHANGED, 1, False)
    publish_week(session=session, actor=SYSTEM, monday=TODAY)
    assert my_work(session, office.leader("chief"), now=NOW).of_kind(WorkKind.SCHEDULE) == []


# -- duty rosters ------------------------------------------------------------------------------

BEFORE_MAY_DAY = datetime(2026, 4, 28, 9)  # after Giỗ Tổ (25–27/4); 30/4 – 3/5 is two days away


def test_a_holiday_break_coming_without_a_roster_is_for_whoever_keeps_rosters(session, office):
    (item,) = my_work(session, office.clerk(), now=BEFORE_MAY_DAY).of_kind(WorkKind.ROSTER)
    assert (item.state, item.day, item.overdue) == (NO_ROSTER, date(2026, 4, 30), False)
    assert my_work(session, office.staff("spec1"), now=BEFORE_MAY_DAY).of_kind(WorkKind.ROSTER) == []
    assert my_work(session, office.clerk(), now=NOW).of_kind(WorkKind.ROSTER) == []  # nothing within 14 days
    settings.set_value(session=session, actor=SYSTEM, key=reminders.ROSTER_DAYS_BEFORE, value=1)
    assert my_work(session, office.clerk(), now=BEFORE_MAY_DAY).of_kind(WorkKind.ROSTER) == []


def test_a_roster_with_days_short_of_people_stays_until_every_day_is_staffed(session, office):
    roster = create_roster(session=session, actor=office.clerk(), title="Lịch trực 30/4 – 1/5",
                           start=date(2026, 4, 30), end=date(2026, 5, 3))
    (item,) = my_work(session, office.clerk(), now=BEFORE_MAY_DAY).of_kind(WorkKind.ROSTER)
    assert (item.state, item.target_id, item.number) == (SHORT, roster, 4)
    for day in (date(2026, 4, 30), date(2026, 5, 1), date(2026, 5, 2), date(2026, 5, 3)):
        set_day(session=session, actor=office.clerk(), roster_id=roster, day=day, person_ids=[office.people["spec3"]])
    assert my_work(session, office.clerk(), now=BEFORE_MAY_DAY).of_kind(WorkKind.ROSTER) == []


# -- the whole list and the switches -------------------------------------------------------------

def test_nothing_to_do_is_an_empty_list(session, office):
    work = my_work(session, office.staff("spec2"), now=NOW)
    assert (work.items, work.groups, work.overdue, work.person_name) == ((), [], 0, "Đỗ Văn Bình")


def test_groups_come_in_a_fixed_order_with_overdue_items_first(session, office, meeting):
    add(session, office, meeting, "hanh_chinh", datetime(2026, 3, 3, 17), task="Sau")
    add(session, office, meeting, "hanh_chinh", datetime(2026, 2, 27, 17), task="Trước")
    file(session, office, "spec1", date(2026, 3, 10), date(2026, 3, 11))
    work = my_work(session, office.clerk(), now=NOW)
    assert [kind for kind, _ in work.groups] == [WorkKind.CHECKLIST, WorkKind.CHASE]
    assert [i.subject for i in work.of_kind(WorkKind.CHECKLIST)] == ["Trước", "Sau"]


def test_an_administrator_without_a_person_sees_the_whole_offices_items(session, office, meeting):
    add(session, office, meeting, "tong_hop", datetime(2026, 3, 3, 17))
    add(session, office, meeting, "hanh_chinh", datetime(2026, 3, 3, 17))
    assert len(my_work(session, SYSTEM, now=NOW).of_kind(WorkKind.CHECKLIST)) == 2


def test_the_tray_reminder_is_on_by_default_and_each_user_may_turn_it_off(session, office):
    spec1, spec2 = office.staff("spec1"), office.staff("spec2")
    assert my_work(session, spec1, now=NOW).tray_enabled
    assert my_work(session, spec1, now=NOW).tray_minutes == 15
    reminders.set_own_tray(session=session, actor=spec1, enabled=False)
    assert not my_work(session, spec1, now=NOW).tray_enabled
    assert my_work(session, spec2, now=NOW).tray_enabled
    reminders.set_own_tray(session=session, actor=spec1, enabled=True)
    assert my_work(session, spec1, now=NOW).tray_enabled


def test_the_office_turns_the_tray_reminder_off_with_an_interval_of_zero(session, office):
    settings.set_value(session=session, actor=SYSTEM, key=reminders.TRAY_MINUTES, value=0)
    assert not my_work(session, office.staff("spec1"), now=NOW).tray_enabled
    with pytest.raises(Exception, match="không được quá"):
        settings.set_value(session=session, actor=SYSTEM, key=reminders.TRAY_MINUTES, value=100_000)
