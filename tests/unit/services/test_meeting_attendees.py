from datetime import datetime

import pytest

from app.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.rules.meetings import AttendanceStatus
from app.services.meetings import attendees, documents
from app.services.meetings import preparation as meetings
from app.services.meetings.documents import DocumentInput
from app.services.meetings.preparation import MeetingInput
from tests.meeting_office import demo_office_copy


@pytest.fixture
def office(tmp_path_factory, tmp_path):
    database, ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    with database.session() as session:
        yield session, ctx
    database.dispose()


def _meeting(session, admin, kind="standing_committee", start=datetime(2026, 3, 10, 8), chair=None):
    return meetings.create_meeting(session=session, actor=admin, data=MeetingInput(
        kind, "Hội nghị", start, start.replace(hour=11), chair_id=chair))


def _by_person(session, meeting_id):
    return {a.person_id: a for a in attendees.list_attendees(session=session, meeting_id=meeting_id)}


def test_adding_a_body_invites_its_members_once_in_protocol_order(office, admin):
    session, ctx = office
    meeting_id = _meeting(session, admin, chair=ctx.people["secretary"])
    added = attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["btv"])
    assert added == len(ctx.bodies["btv"]) - 1  # the chair was already there
    assert attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["btv"]) == 0
    rows = attendees.list_attendees(session=session, meeting_id=meeting_id)
    assert [a.person_id for a in rows[:3]] == ctx.bodies["thuong_truc"]
    assert all(a.member for a in rows)
    assert rows[0].role == "chair" and rows[0].title == "Bí thư Tỉnh ủy"


def test_people_outside_the_body_do_not_count_for_the_quorum(office, admin):
    session, ctx = office
    meeting_id = _meeting(session, admin)
    attendees.add_unit(session=session, actor=admin, meeting_id=meeting_id, unit_id=ctx.units["hanh_chinh"],
                       role="service")
    attendees.add_people(session=session, actor=admin, meeting_id=meeting_id, person_ids=[ctx.people["btv1"]])
    guest = attendees.add_guest(session=session, actor=admin, meeting_id=meeting_id, full_name="Trần Văn Khách",
                                title="Giám đốc Sở Tài chính", organisation="Sở Tài chính")
    rows = attendees.list_attendees(session=session, meeting_id=meeting_id)
    assert [a.person_id for a in rows if a.member] == [ctx.people["btv1"]]
    assert rows[-1].role == "service" and any(a.id == guest and a.is_guest for a in rows)
    with pytest.raises(InvalidInput):
        attendees.add_guest(session=session, actor=admin, meeting_id=meeting_id, full_name=" ")
    with pytest.raises(NotFound):
        attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["hanh_chinh"])


def test_the_live_quorum_follows_the_attendance(office, admin):
    session, ctx = office
    meeting_id = _meeting(session, admin)
    attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["btv"])
    rows = attendees.list_attendees(session=session, meeting_id=meeting_id)
    members = len(rows)
    status = attendees.quorum_status(session=session, meeting_id=meeting_id)
    assert (status.applies, status.members, status.present, status.met) == (True, members, 0, False)
    needed = status.needed
    attendees.set_attendance(session=session, actor=admin, attendee_ids=[a.id for a in rows[: needed - 1]],
                             status="present")
    assert not attendees.quorum_status(session=session, meeting_id=meeting_id).met
    attendees.set_attendance(session=session, actor=admin, attendee_ids=[rows[needed - 1].id], status="late",
                             reason="Tắc đường")
    assert attendees.quorum_status(session=session, meeting_id=meeting_id).met
    tally = attendees.attendance_tally(session=session, meeting_id=meeting_id)
    assert (tally.present, tally.late, tally.absent, tally.not_taken) == (needed - 1, 1, 0, members - needed)


def test_quorum_status_names_members_missing_from_the_list(office, admin):
    session, ctx = office
    meeting_id = _meeting(session, admin)
    attendees.add_people(session=session, actor=admin, meeting_id=meeting_id, person_ids=ctx.bodies["btv"][:5])
    status = attendees.quorum_status(session=session, meeting_id=meeting_id)
    assert status.members == 5 and len(status.not_invited) == len(ctx.bodies["btv"]) - 5


def test_reception_meetings_have_no_quorum_rule(office, admin):
    session, _ctx = office
    meeting_id = _meeting(session, admin, kind="reception")
    assert not attendees.quorum_status(session=session, meeting_id=meeting_id).applies


def test_an_advance_absence_notice_becomes_the_reason_when_absent(office, admin):
    session, ctx = office
    meeting_id = _meeting(session, admin)
    attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["btv"])
    member = _by_person(session, meeting_id)[ctx.people["btv2"]]
    attendees.notify_absence(session=session, actor=admin, attendee_id=member.id, reason="Đi công tác nước ngoài",
                             in_writing=True, permitted_by_standing=True, notified_at=datetime(2026, 3, 6, 9))
    attendees.set_attendance(session=session, actor=admin, attendee_ids=[member.id], status=AttendanceStatus.ABSENT)
    row = _by_person(session, meeting_id)[ctx.people["btv2"]]
    assert row.attendance is AttendanceStatus.ABSENT and row.attendance_reason == "Đi công tác nước ngoài"
    assert row.permitted_by_standing and row.absence_in_writing
    tally = attendees.attendance_tally(session=session, meeting_id=meeting_id)
    assert [a.person_id for a in tally.absentees] == [ctx.people["btv2"]]
    attendees.clear_absence_notice(session=session, actor=admin, attendee_id=member.id)
    assert _by_person(session, meeting_id)[ctx.people["btv2"]].absence_notified_at is None
    with pytest.raises(InvalidInput):
        attendees.notify_absence(session=session, actor=admin, attendee_id=member.id, reason="")
    with pytest.raises(InvalidInput):
        attendees.set_attendance(session=session, actor=admin, attendee_ids=[member.id], status="asleep")


def test_invitations_record_when_and_how(office, admin):
    session, ctx = office
    meeting_id = _meeting(session, admin)
    attendees.add_body(session=session, actor=admin, meeting_id=meeting_id, body_id=ctx.units["thuong_truc"])
    ids = [a.id for a in attendees.list_attendees(session=session, meeting_id=meeting_id)]
    assert attendees.record_invitations(session=session, actor=admin, attendee_ids=ids, via="Hộp thư công vụ",
                                        sent_at=datetime(2026, 3, 5, 16, 20, 33)) == 3
    rows = attendees.list_attendees(session=session, meeting_id=meeting_id)
    assert {(a.invitation_sent_at, a.invitation_via) for a in rows} == {(datetime(2026, 3, 5, 16, 20),
                                                                        "Hộp thư công vụ")}
    with pytest.raises(InvalidInput):
        attendees.record_invitations(session=session, actor=admin, attendee_ids=ids, via=" ")


def test_absences_this_year_count_only_this_kind_in_this_year(office, admin):
    session, ctx = office
    member = ctx.people["btv4"]  # no absences in the demo

    def btv_absent(start):
        meeting_id = _meeting(session, admin, start=start)
        attendees.add_people(session=session, actor=admin, meeting_id=meeting_id, person_ids=[member])
        row = _by_person(session, meeting_id)[member]
        attendees.set_attendance(session=session, actor=admin, attendee_ids=[row.id], status="absent")
        return meeting_id

    btv_absent(datetime(2025, 12, 29, 8))
    btv_absent(datetime(2026, 4, 6, 8))
    other = _meeting(session, admin, kind="standing_members", start=datetime(2026, 4, 7, 8))
    attendees.add_people(session=session, actor=admin, meeting_id=other, person_ids=[member])
    attendees.set_attendance(session=session, actor=admin, attendee_ids=[_by_person(session, other)[member].id],
                             status="absent")
    last = btv_absent(datetime(2026, 5, 4, 8))
    row = _by_person(session, last)[member]
    assert row.absences_this_year == 2 and not row.over_limit  # 29/12/2025 and the Thường trực one do not count
    third = btv_absent(datetime(2026, 6, 1, 8))
    row = _by_person(session, third)[member]
    assert row.absences_this_year == 3 and row.over_limit
    assert attendees.absences_in(session=session, kind="standing_committee", year=2025) == {member: 1}


def test_the_demo_member_absent_three_times_is_flagged(office, admin):
    session, ctx = office
    today = meetings.list_meetings(session=session, start=datetime(2026, 3, 2), end=datetime(2026, 3, 3))[0]
    flagged = [a for a in attendees.list_attendees(session=session, meeting_id=today.id) if a.over_limit]
    assert [a.person_id for a in flagged] == [ctx.bodies["btv"][5]]


def test_someone_holding_a_copy_to_return_cannot_be_removed(office, admin):
    session, ctx = office
    meeting_id = _meeting(session, admin)
    attendees.add_people(session=session, actor=admin, meeting_id=meeting_id, person_ids=[ctx.people["btv1"]])
    attendee = _by_person(session, meeting_id)[ctx.people["btv1"]]
    doc = documents.add_document(session=session, actor=admin, meeting_id=meeting_id,
                                 data=DocumentInput("Tờ trình nhân sự", secret=True, copies=2, to_be_retrieved=True))
    documents.give_copies(session=session, actor=admin, document_id=doc, attendee_ids=[attendee.id])
    with pytest.raises(Conflict, match="còn giữ tài liệu"):
        attendees.remove_attendee(session=session, actor=admin, attendee_id=attendee.id)
    [copy] = documents.list_copies(session=session, meeting_id=meeting_id)
    documents.return_copy(session=session, actor=admin, copy_id=copy.id)
    attendees.remove_attendee(session=session, actor=admin, attendee_id=attendee.id)
    assert ctx.people["btv1"] not in _by_person(session, meeting_id)


def test_a_viewer_cannot_take_attendance(office, admin, viewer):
    session, ctx = office
    meeting_id = _meeting(session, admin, chair=ctx.people["secretary"])
    [chair] = attendees.list_attendees(session=session, meeting_id=meeting_id)
    with pytest.raises(Forbidden):
        attendees.set_attendance(session=session, actor=viewer, attendee_ids=[chair.id], status="present")
