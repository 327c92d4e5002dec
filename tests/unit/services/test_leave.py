"""Leave requests through the service layer: filing, approvers from the org chart, deciding,
permissions, validation, the emergency path, absences."""

from datetime import date, datetime

import pytest

from app.errors import Conflict, Forbidden, InvalidInput
from app.services.admin.auth import AccountRole, Actor
from app.services.leave import requests as leave
from app.services.leave.approval import BeyondLimits, waiting_for
from app.services.leave.read import applications_due, get_request
from app.services.org import edit as org
from tests.unit.services.leave_office import small_office

TODAY = date(2026, 3, 2)  # Monday
MON, TUE, WED, THU, FRI = (date(2026, 3, d) for d in (9, 10, 11, 12, 13))


@pytest.fixture
def office(session):
    return small_office(session)


def draft(office, who, start, end=None, *, kind="annual", start_half="morning", end_half="afternoon", handover=None):
    return leave.LeaveDraft(office.people[who], office.types[kind], start, end or start, start_half, end_half,
                            "Việc gia đình", office.people[handover] if handover else None, "0912 000 000")


def file(session, office, who, start, end=None, **kw):
    actor = kw.pop("actor", None) or office.staff(who)
    return leave.file_request(session=session, actor=actor, draft=draft(office, who, start, end, **kw), today=TODAY)


def filed_and_approved_by_the_deputy(session, office, actor, who, start, end=None, **kw):
    """A request filed by `actor` for `who` and approved by the overseeing deputy (its chief's step still due)."""
    request_id = leave.file_request(session=session, actor=actor, today=TODAY, draft=draft(office, who, start, end, **kw))
    leave.decide(session=session, actor=office.leader("deputy1"), request_id=request_id, approve=True, today=TODAY)
    return request_id


def approvers(session, request_id):
    return [(s.approver_role, s.approver_id, s.decision) for s in get_request(session, request_id).steps]


# -- approvers from the org chart --------------------------------------------------------

def test_staff_day_off_goes_to_the_overseeing_deputy_then_the_chief(session, office):
    request_id = file(session, office, "spec1", MON)
    p = office.people
    assert approvers(session, request_id) == [("deputy_chief", p["deputy1"], "pending"), ("chief", p["chief"], "pending")]
    assert get_request(session, request_id).status == "submitted"


def test_staff_half_day_goes_to_the_overseeing_deputy_only(session, office):
    request_id = file(session, office, "spec3", MON, end_half="morning")
    assert approvers(session, request_id) == [("deputy_chief", office.people["deputy2"], "pending")]
    assert get_request(session, request_id).days == 0.5


def test_a_deputy_two_days_goes_to_the_chief_then_the_thuong_truc_as_a_body(session, office):
    request_id = file(session, office, "deputy2", MON, TUE, actor=office.leader("deputy2"))
    p = office.people
    assert approvers(session, request_id) == [("chief", p["chief"], "pending"),
                                              ("standing_body", None, "pending")]
    assert get_request(session, request_id).steps[1].approver_name == "Thường trực"


def test_the_chief_asks_the_standing_deputy_secretary_and_the_deputies_are_informed(session, office):
    preview = leave.preview_request(session=session, draft=draft(office, "chief", MON), today=TODAY)
    assert [s.person_id for s in preview.chain] == [office.people["sds"]]
    assert preview.informed == ("Phó Chánh Văn phòng",)


def test_a_unit_nobody_oversees_goes_to_the_standing_deputy_with_a_note(session, office):
    preview = leave.preview_request(session=session, draft=draft(office, "loner", MON, end_half="morning"), today=TODAY)
    assert preview.chain[0].person_id == office.people["deputy1"]
    assert "thường trực" in preview.chain[0].note


def test_whoever_acts_for_an_absent_approver_is_resolved(session, office, admin):
    org.add_delegation(session=session, actor=admin, principal_id=office.people["deputy1"],
                       acting_id=office.people["deputy2"], start_date=TODAY, end_date=FRI, reason="Đi công tác")
    request_id = file(session, office, "spec1", MON, end_half="morning")
    step = get_request(session, request_id).steps[0]
    assert (step.approver_id, step.acting_for_id) == (office.people["deputy2"], office.people["deputy1"])


def test_a_requester_who_would_approve_their_own_leave_is_refused(session, office, admin):
    # the chief is away without naming anyone: the standing deputy (deputy1) acts for the chief
    org.add_delegation(session=session, actor=admin, principal_id=office.people["chief"],
                       acting_id=office.people["deputy1"], start_date=TODAY, end_date=FRI, reason="Nghỉ phép")
    with pytest.raises(Conflict, match="chính mình"):
        file(session, office, "deputy1", MON, end_half="morning", actor=office.leader("deputy1"))


def test_an_office_without_a_rule_for_the_position_says_so(session, office, admin):
    from app.services.leave.approval import delete_rule, list_rules

    for rule in list_rules(session):
        if rule.requester_role == "head":
            delete_rule(session=session, actor=admin, rule_id=rule.id)
    with pytest.raises(InvalidInput, match="Chưa có quy tắc"):
        file(session, office, "head_th", MON)


# -- deciding ----------------------------------------------------------------------------

def test_approving_every_step_approves_the_request(session, office):
    request_id = file(session, office, "spec1", MON, handover="spec2")
    leave.decide(session=session, actor=office.leader("deputy1"), request_id=request_id, approve=True, today=TODAY)
    assert get_request(session, request_id).status == "submitted"
    leave.decide(session=session, actor=office.leader("chief"), request_id=request_id, approve=True,
                 comment="Đồng ý", today=TODAY)
    request = get_request(session, request_id)
    assert request.status == "approved"
    assert [s.decision for s in request.steps] == ["approved", "approved"]
    assert request.steps[1].comment == "Đồng ý"


def test_a_rejection_needs_a_reason_and_ends_the_request(session, office):
    request_id = file(session, office, "spec1", MON)
    with pytest.raises(InvalidInput, match="lý do"):
        leave.decide(session=session, actor=office.leader("deputy1"), request_id=request_id, approve=False,
                     today=TODAY)
    leave.decide(session=session, actor=office.leader("deputy1"), request_id=request_id, approve=False,
                 comment="Đang chuẩn bị hội nghị", today=TODAY)
    request = get_request(session, request_id)
    assert request.status == "rejected"
    assert [s.decision for s in request.steps] == ["rejected", "skipped"]


def test_a_viewer_cannot_decide(session, office, viewer):
    request_id = file(session, office, "spec1", MON)
    with pytest.raises(Forbidden):
        leave.decide(session=session, actor=viewer, request_id=request_id, approve=True, today=TODAY)


def test_a_staff_account_cannot_decide(session, office):
    request_id = file(session, office, "spec1", MON)
    with pytest.raises(Forbidden):
        leave.decide(session=session, actor=office.staff("spec2"), request_id=request_id, approve=True, today=TODAY)


def test_a_leader_who_is_not_the_resolved_approver_cannot_decide(session, office):
    request_id = file(session, office, "spec1", MON)
    with pytest.raises(Forbidden, match="Lê Văn Một"):
        leave.decide(session=session, actor=office.leader("deputy2"), request_id=request_id, approve=True,
                     today=TODAY)
    with pytest.raises(Forbidden):  # the chief's turn comes after the deputy's
        leave.decide(session=session, actor=office.leader("chief"), request_id=request_id, approve=True, today=TODAY)
    assert get_request(session, request_id).steps[0].decision == "pending"


def test_an_admin_may_decide_any_step(session, office, admin):
    request_id = file(session, office, "spec1", MON, end_half="morning")
    leave.decide(session=session, actor=admin, request_id=request_id, approve=True, today=TODAY)
    assert get_request(session, request_id).status == "approved"


def test_nobody_approves_their_own_leave_not_even_an_admin(session, office):
    request_id = file(session, office, "spec1", MON, end_half="morning")
    own_admin = Actor("admin2", AccountRole.ADMIN, person_id=office.people["spec1"])
    with pytest.raises(Forbidden, match="chính mình"):
        leave.decide(session=session, actor=own_admin, request_id=request_id, approve=True, today=TODAY)


def test_who_acts_for_an_approver_away_on_the_day_of_decision_may_decide(session, office, admin):
    request_id = file(session, office, "spec1", MON, end_half="morning")
    org.add_delegation(session=session, actor=admin, principal_id=office.people["deputy1"],
                       acting_id=office.people["deputy2"], start_date=date(2026, 3, 3), end_date=FRI)
    assert [r.id for r in waiting_for(session=session, actor=office.leader("deputy2"), today=date(2026, 3, 3))] \
        == [request_id]
    leave.decide(session=session, actor=office.leader("deputy2"), request_id=request_id, approve=True,
                 today=date(2026, 3, 3))
    step = get_request(session, request_id).steps[0]
    assert (step.approver_id, step.acting_for_id) == (office.people["deputy2"], office.people["deputy1"])


def test_waiting_for_me_lists_only_the_current_step_of_each_request(session, office, admin):
    request_id = file(session, office, "spec1", MON)
    assert [r.id for r in waiting_for(session=session, actor=office.leader("deputy1"), today=TODAY)] == [request_id]
    assert waiting_for(session=session, actor=office.leader("chief"), today=TODAY) == []
    leave.decide(session=session, actor=office.leader("deputy1"), request_id=request_id, approve=True, today=TODAY)
    assert waiting_for(session=session, actor=office.leader("deputy1"), today=TODAY) == []
    assert [r.id for r in waiting_for(session=session, actor=office.leader("chief"), today=TODAY)] == [request_id]
    assert [r.id for r in waiting_for(session=session, actor=admin, today=TODAY)] == [request_id]


# -- validation -------------------------------------------------------------------------------

def test_an_end_before_the_start_is_refused_with_a_clear_message(session, office):
    with pytest.raises(InvalidInput, match="trước ngày bắt đầu"):
        file(session, office, "spec1", TUE, MON)


def test_a_request_over_a_weekend_only_is_refused(session, office):
    with pytest.raises(InvalidInput, match="không có ngày làm việc"):
        file(session, office, "spec1", date(2026, 3, 7), date(2026, 3, 8))


def test_an_overlapping_request_of_the_same_person_is_refused(session, office):
    first = file(session, office, "spec1", MON, WED)
    with pytest.raises(Conflict, match=f"đơn số {first}"):
        file(session, office, "spec1", WED, FRI)


def test_morning_and_afternoon_of_the_same_day_do_not_overlap(session, office):
    file(session, office, "spec1", MON, end_half="morning")
    file(session, office, "spec1", MON, start_half="afternoon")


def test_a_cancelled_request_no_longer_blocks_its_days(session, office):
    first = file(session, office, "spec1", MON, WED)
    leave.cancel_request(session=session, actor=office.staff("spec1"), request_id=first, reason="Đổi kế hoạch")
    assert [s.decision for s in get_request(session, first).steps] == ["skipped", "skipped"]
    file(session, office, "spec1", WED, FRI)


def test_the_handover_person_must_be_someone_else(session, office):
    with pytest.raises(InvalidInput, match="người khác"):
        file(session, office, "spec1", MON, handover="spec1")


def test_exceeding_the_balance_is_a_warning_the_approver_may_override(session, office, admin):
    # spec2 started on 1/1/2024: 12 days in 2026
    first = file(session, office, "spec2", date(2026, 4, 1), date(2026, 4, 16))  # 12 working days
    leave.decide(session=session, actor=admin, request_id=first, approve=True, today=TODAY)
    leave.decide(session=session, actor=admin, request_id=first, approve=True, today=TODAY)
    preview = leave.preview_request(session=session, draft=draft(office, "spec2", MON), today=TODAY)
    assert any("Vượt số ngày phép năm 2026: còn 0 ngày, xin 1 ngày" in w for w in preview.warnings)
    second = file(session, office, "spec2", MON)
    with pytest.raises(BeyondLimits):
        leave.decide(session=session, actor=office.leader("deputy1"), request_id=second, approve=True, today=TODAY)
    leave.decide(session=session, actor=office.leader("deputy1"), request_id=second, approve=True,
                 comment="Việc gia đình cấp bách", override_balance=True, today=TODAY)
    note = get_request(session, second).balance_override_note
    assert "deputy1 duyệt vượt mức" in note and "Việc gia đình cấp bách" in note


def test_a_type_limit_is_a_warning(session, office):
    preview = leave.preview_request(session=session, draft=draft(office, "spec1", MON, THU, kind="marriage"),
                                    today=TODAY)
    assert any("tối đa 3 ngày" in w for w in preview.warnings)


def test_a_leave_longer_than_a_day_needs_a_written_application(session, office):
    assert leave.preview_request(session=session, draft=draft(office, "spec1", MON, TUE), today=TODAY).needs_application
    assert not leave.preview_request(session=session, draft=draft(office, "spec1", MON), today=TODAY).needs_application


# -- permissions to file ------------------------------------------------------------------------

def test_a_viewer_cannot_file_leave(session, office, viewer):
    with pytest.raises(Forbidden):
        file(session, office, "spec1", MON, actor=viewer)


def test_staff_file_only_their_own_leave_and_the_clerk_files_for_anyone(session, office):
    with pytest.raises(Forbidden, match="chính mình"):
        file(session, office, "spec1", MON, actor=office.staff("spec2"))
    request_id = file(session, office, "spec1", MON, actor=office.clerk())
    assert get_request(session, request_id).created_by == "vanthu"


def test_another_staff_member_cannot_cancel_a_request(session, office):
    request_id = file(session, office, "spec1", MON)
    with pytest.raises(Forbidden):
        leave.cancel_request(session=session, actor=office.staff("spec2"), request_id=request_id)


def test_a_draft_is_kept_until_it_is_submitted(session, office):
    request_id = leave.file_request(session=session, actor=office.staff("spec1"), draft=draft(office, "spec1", MON),
                                    submit=False, today=TODAY)
    assert get_request(session, request_id).status == "draft"
    assert get_request(session, request_id).steps == ()
    leave.submit_request(session=session, actor=office.staff("spec1"), request_id=request_id, today=TODAY)
    assert get_request(session, request_id).status == "submitted"
    assert len(get_request(session, request_id).steps) == 2


# -- emergency (001 Điều 18: by phone, application afterwards) ------------------------------------

def emergency(session, office, actor=None):
    return leave.record_emergency(
        session=session, actor=actor or office.clerk(), today=TODAY,
        draft=draft(office, "spec3", TODAY, date(2026, 3, 3), kind="sick", handover="clerk"),
        approved_by_id=office.people["deputy2"], approved_at=datetime(2026, 3, 2, 7, 15))


def test_an_emergency_keeps_the_chiefs_step_and_is_flagged_until_the_application_is_in(session, office):
    request_id = emergency(session, office)
    request = get_request(session, request_id)
    # 001 Điều 18.3: from 1 day the chief approves too; the deputy's phone call does not skip that
    assert request.status == "submitted" and request.emergency and request.application_due
    assert [(s.approver_id, s.decision, s.by_phone) for s in request.steps] == [
        (office.people["deputy2"], "approved", True), (office.people["chief"], "pending", False)]
    assert "07:15 02/03/2026" in request.steps[0].comment
    assert [r.id for r in applications_due(session)] == [request_id]
    leave.record_phone_approval(session=session, actor=office.clerk(), request_id=request_id, today=TODAY,
                                approved_by_id=office.people["chief"], approved_at=datetime(2026, 3, 2, 7, 40))
    assert get_request(session, request_id).status == "approved"
    leave.mark_application_received(session=session, actor=office.clerk(), request_id=request_id,
                                    received_on=date(2026, 3, 4))
    assert applications_due(session) == []
    assert get_request(session, request_id).application_received_on == date(2026, 3, 4)


def test_only_the_clerk_or_an_admin_records_an_emergency(session, office):
    with pytest.raises(Forbidden):
        emergency(session, office, actor=office.staff("spec3"))
    with pytest.raises(Forbidden):
        emergency(session, office, actor=office.leader("deputy2"))


# -- absences -----------------------------------------------------------------------------

def test_approved_leave_shows_as_away_with_the_handover_person_acting(session, office, admin):
    request_id = file(session, office, "head_th", MON, TUE, handover="spec1")
    assert office.people["head_th"] not in org.away_on(session, MON)  # not yet approved
    for _ in range(2):
        leave.decide(session=session, actor=admin, request_id=request_id, approve=True, today=TODAY)
    absence = org.away_on(session, TUE)[office.people["head_th"]]
    assert (absence.source, absence.reason) == ("leave", "Nghỉ phép năm")
    assert org.who_acts_for(session, office.people["head_th"], MON).id == office.people["spec1"]
    assert office.people["head_th"] not in org.away_on(session, WED)


def test_a_chief_on_leave_without_a_handover_is_replaced_by_the_standing_deputy(session, office, admin):
    request_id = file(session, office, "chief", MON, actor=office.leader("chief"))
    leave.decide(session=session, actor=admin, request_id=request_id, approve=True, today=TODAY)
    assert org.who_acts_for(session, office.people["chief"], MON).id == office.people["deputy1"]
