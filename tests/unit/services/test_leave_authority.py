"""Leave authority as the office's rules (001 Điều 5, 18): who may act for an approver, phone
approvals, the Thường trực as a body, and the written application of every leave over a day."""

from datetime import date, datetime

import pytest

from app.errors import Forbidden, InvalidInput
from app.rules.leave import DEFAULT_ACTING_RULES, Role, may_act_for, phone_approval_error
from app.services.admin.auth import AccountRole, Actor
from app.services.leave import requests as leave
from app.services.leave.approval import (
    list_acting_rules,
    list_rules,
    reset_rules,
    save_acting_rule,
    waiting_for,
)
from app.services.leave.read import applications_due, get_request
from app.services.org import edit as org
from app.services.org.edit import PersonInput
from tests.unit.services.leave_office import small_office

TODAY = date(2026, 3, 2)  # Monday
MON, TUE, WED = date(2026, 3, 9), date(2026, 3, 10), date(2026, 3, 11)
PHONED = datetime(2026, 3, 2, 7, 15)


@pytest.fixture
def office(session):
    return small_office(session)


def draft(office, who, start, end=None, *, kind="annual", handover=None):
    return leave.LeaveDraft(office.people[who], office.types[kind], start, end or start, "morning", "afternoon",
                            "Ốm", office.people[handover] if handover else None, "")


def file(session, office, who, start, end=None, actor=None):
    return leave.file_request(session=session, actor=actor or office.staff(who), today=TODAY,
                              draft=draft(office, who, start, end))


def emergency(session, office, who, approved_by, *, end=None, actor=None):
    return leave.record_emergency(session=session, actor=actor or office.clerk(), today=TODAY,
                                  draft=draft(office, who, TODAY, end, kind="sick"),
                                  approved_by_id=office.people[approved_by], approved_at=PHONED)


def steps(session, request_id):
    return [(s.approver_role, s.approver_id, s.decision) for s in get_request(session, request_id).steps]


# -- pure rules ---------------------------------------------------------------------------------

def test_only_a_deputy_chief_or_the_chief_may_act_for_a_deputy_chief():
    assert may_act_for(Role.DEPUTY_CHIEF, Role.DEPUTY_CHIEF)
    assert may_act_for(Role.DEPUTY_CHIEF, Role.CHIEF)
    assert not may_act_for(Role.DEPUTY_CHIEF, Role.HEAD)
    assert not may_act_for(Role.DEPUTY_CHIEF, Role.SPECIALIST)
    assert may_act_for(Role.CHIEF, Role.DEPUTY_CHIEF)
    assert not may_act_for(Role.CHIEF, Role.HEAD)
    assert not may_act_for(Role.SPECIALIST, Role.DEPUTY_CHIEF, DEFAULT_ACTING_RULES)  # no rule: nobody


def test_a_phone_approval_must_come_from_a_decider_never_the_requester_or_the_recorder():
    assert phone_approval_error(5, requester=1, recorder=2, step_deciders={5}) == ""
    assert "người xin nghỉ" in phone_approval_error(1, requester=1, recorder=2, step_deciders={1})
    assert "Người ghi nhận" in phone_approval_error(2, requester=1, recorder=2, step_deciders={2})
    assert "thẩm quyền" in phone_approval_error(7, requester=1, recorder=2, step_deciders={5})


# -- who may act for an absent approver -----------------------------------------------------------

def deputy1_on_leave_with_head_handling_the_work(session, office, admin):
    """deputy1 (overseeing Tổng hợp) is on approved leave this week; the head of Tổng hợp handles it."""
    request_id = leave.file_request(session=session, actor=office.leader("deputy1"), today=TODAY,
                                    draft=draft(office, "deputy1", TODAY, date(2026, 3, 6), handover="head_th"))
    while get_request(session, request_id).status == "submitted":
        leave.decide(session=session, actor=admin, request_id=request_id, approve=True, today=TODAY)
    assert org.who_acts_for(session, office.people["deputy1"], TODAY).id == office.people["head_th"]


def test_a_department_head_handling_an_absent_deputys_work_does_not_approve_leave(session, office, admin):
    deputy1_on_leave_with_head_handling_the_work(session, office, admin)
    request_id = leave.file_request(session=session, actor=office.staff("spec1"), today=TODAY,
                                    draft=draft(office, "spec1", date(2026, 3, 5), date(2026, 3, 5)))
    first = get_request(session, request_id).steps[0]
    # 001 Điều 18.3: a Phó Chánh Văn phòng agrees — the other deputy, present, acts for deputy1
    assert (first.approver_id, first.acting_for_id) == (office.people["deputy2"], office.people["deputy1"])
    assert "không có thẩm quyền" in first.comment
    with pytest.raises(Forbidden):
        leave.decide(session=session, actor=office.leader("head_th"), request_id=request_id, approve=True,
                     today=TODAY)
    assert request_id not in [r.id for r in waiting_for(session=session, actor=office.leader("head_th"), today=TODAY)]
    leave.decide(session=session, actor=office.leader("deputy2"), request_id=request_id, approve=True, today=TODAY)
    assert steps(session, request_id)[0] == ("deputy_chief", office.people["deputy2"], "approved")


def test_the_absent_deputy_back_at_work_may_still_decide_the_step_routed_away(session, office, admin):
    deputy1_on_leave_with_head_handling_the_work(session, office, admin)
    request_id = file(session, office, "spec1", date(2026, 3, 5))
    leave.decide(session=session, actor=office.leader("deputy1"), request_id=request_id, approve=True, today=MON)
    step = get_request(session, request_id).steps[0]
    assert (step.approver_id, step.acting_for_id, step.decision) == (office.people["deputy1"], None, "approved")


def test_an_acting_rule_the_office_edits_takes_effect(session, office, admin):
    deputy1_on_leave_with_head_handling_the_work(session, office, admin)
    save_acting_rule(session=session, actor=admin, approver_role="deputy_chief",
                     acting_roles=["deputy_chief", "chief", "head"], source="Quyết định của Chánh Văn phòng")
    request_id = file(session, office, "spec1", date(2026, 3, 5))
    assert get_request(session, request_id).steps[0].approver_id == office.people["head_th"]
    leave.decide(session=session, actor=office.leader("head_th"), request_id=request_id, approve=True, today=TODAY)
    save_acting_rule(session=session, actor=admin, approver_role="deputy_chief", acting_roles=[])
    assert "deputy_chief" not in [r.approver_role for r in list_acting_rules(session)]
    reset_rules(session=session, actor=admin)
    assert {(r.approver_role, r.acting_roles) for r in list_acting_rules(session)} == {
        (r.approver.value, tuple(a.value for a in r.acting)) for r in DEFAULT_ACTING_RULES}


def test_acting_rules_are_checked_and_only_an_admin_edits_them(session, office, viewer):
    with pytest.raises(InvalidInput, match="Chức vụ không hợp lệ"):
        save_acting_rule(session=session, actor=SYSTEM_ADMIN, approver_role="deputy_chief", acting_roles=["boss"])
    with pytest.raises(InvalidInput, match="tập thể"):
        save_acting_rule(session=session, actor=SYSTEM_ADMIN, approver_role="standing_body", acting_roles=["chief"])
    for actor in (viewer, office.leader("chief"), office.clerk()):
        with pytest.raises(Forbidden):
            save_acting_rule(session=session, actor=actor, approver_role="chief", acting_roles=["head"])


SYSTEM_ADMIN = Actor(username="admin", role=AccountRole.ADMIN)


def test_the_migration_seeds_the_acting_rules_and_names_the_thuong_truc_as_a_body(session):
    assert {(r.approver_role, r.acting_roles) for r in list_acting_rules(session)} == {
        (r.approver.value, tuple(a.value for a in r.acting)) for r in DEFAULT_ACTING_RULES}
    deputy_two_days = next(r for r in list_rules(session) if r.requester_role == "deputy_chief" and r.from_days == 2)
    assert deputy_two_days.approvers == ("chief", "standing_body")


# -- phone approvals ----------------------------------------------------------------------------------

def test_a_phone_approval_by_a_specialist_is_refused_and_nothing_is_stored(session, office):
    before = len(leave.list_requests(session))
    with pytest.raises(InvalidInput, match="thẩm quyền"):
        emergency(session, office, "spec3", "spec1")
    assert len(leave.list_requests(session)) == before


def test_the_clerk_cannot_record_her_own_leave_approved_by_a_colleague(session, office):
    with pytest.raises(InvalidInput, match="thẩm quyền"):
        emergency(session, office, "clerk", "spec3")


def test_nobody_records_a_phone_approval_they_gave_themself_nor_one_from_the_requester(session, office):
    recorder = Actor(username="pho2", role=AccountRole.CLERK, person_id=office.people["deputy2"])
    with pytest.raises(InvalidInput, match="Người ghi nhận"):
        emergency(session, office, "spec3", "deputy2", actor=recorder)
    with pytest.raises(InvalidInput, match="người xin nghỉ"):
        emergency(session, office, "spec3", "spec3")


def test_a_phone_approval_for_a_later_step_must_come_from_that_steps_approver(session, office):
    request_id = emergency(session, office, "spec3", "deputy2", end=date(2026, 3, 4))
    assert steps(session, request_id) == [("deputy_chief", office.people["deputy2"], "approved"),
                                          ("chief", office.people["chief"], "pending")]
    assert [p.id for p in leave.phone_deciders(session=session, request_id=request_id, today=TODAY)] == [
        office.people["chief"]]
    with pytest.raises(InvalidInput, match="thẩm quyền"):
        leave.record_phone_approval(session=session, actor=office.clerk(), request_id=request_id, today=TODAY,
                                    approved_by_id=office.people["deputy2"], approved_at=PHONED)
    leave.record_phone_approval(session=session, actor=office.clerk(), request_id=request_id, today=TODAY,
                                approved_by_id=office.people["chief"], approved_at=PHONED)
    request = get_request(session, request_id)
    assert request.status == "approved"
    assert (request.steps[1].by_phone, request.steps[1].decided_by) == (True, "vanthu")


def test_a_half_day_emergency_approved_by_the_overseeing_deputy_is_approved_at_once(session, office):
    request_id = leave.record_emergency(
        session=session, actor=office.clerk(), today=TODAY, approved_by_id=office.people["deputy2"],
        approved_at=PHONED, draft=leave.LeaveDraft(office.people["spec3"], office.types["sick"], TODAY, TODAY,
                                                   "morning", "morning", "Ốm"))
    assert get_request(session, request_id).status == "approved"


def test_a_phone_approval_in_the_future_is_refused(session, office):
    with pytest.raises(InvalidInput, match="tương lai"):
        leave.record_emergency(session=session, actor=office.clerk(), today=TODAY,
                               draft=draft(office, "spec3", TODAY, kind="sick"),
                               approved_by_id=office.people["deputy2"], approved_at=datetime(2026, 3, 5, 8, 0))


# -- the Thường trực as a body ----------------------------------------------------------------------

def add_secretary(session, office, admin):
    position = org.create_position(session=session, actor=admin, role="secretary", title="Bí thư Tỉnh ủy", rank=1)
    office.people["secretary"] = org.create_person(session=session, actor=admin, data=PersonInput(
        full_name="Hà Văn Bí", unit_id=office.units["thuong_truc"], position_id=position))


def test_any_member_of_the_thuong_truc_records_its_approval_and_is_stored(session, office, admin):
    add_secretary(session, office, admin)
    request_id = file(session, office, "deputy2", MON, TUE, actor=office.leader("deputy2"))
    leave.decide(session=session, actor=office.leader("chief"), request_id=request_id, approve=True, today=TODAY)
    secretary = Actor(username="bithu", role=AccountRole.LEADER, person_id=office.people["secretary"])
    sds = office.leader("sds")
    assert request_id in [r.id for r in waiting_for(session=session, actor=secretary, today=TODAY)]
    assert request_id in [r.id for r in waiting_for(session=session, actor=sds, today=TODAY)]
    with pytest.raises(Forbidden):
        leave.decide(session=session, actor=office.leader("deputy1"), request_id=request_id, approve=True,
                     today=TODAY)
    leave.decide(session=session, actor=secretary, request_id=request_id, approve=True, today=TODAY)
    request = get_request(session, request_id)
    assert request.status == "approved"
    assert (request.steps[1].approver_role, request.steps[1].approver_id, request.steps[1].decided_by) == (
        "standing_body", office.people["secretary"], "bithu")


def test_an_office_without_a_thuong_truc_says_so(session, office, admin):
    from db.models import Unit

    unit = session.get(Unit, office.units["thuong_truc"])
    unit.code = "other"
    session.add(unit)
    session.commit()
    preview = leave.preview_request(session=session, draft=draft(office, "deputy2", MON, TUE), today=TODAY)
    assert "chưa có Thường trực" in preview.chain_error


# -- the written application ----------------------------------------------------------------------------

def test_every_leave_over_one_day_waits_for_its_written_application(session, office, admin):
    one_day = file(session, office, "spec1", MON)
    two_days = file(session, office, "spec2", MON, TUE)
    assert [r.id for r in applications_due(session)] == [two_days]
    assert not get_request(session, one_day).application_due
    leave.mark_application_received(session=session, actor=office.clerk(), request_id=two_days, received_on=TODAY)
    assert applications_due(session) == []
