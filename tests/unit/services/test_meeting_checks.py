"""Before saving a meeting: its clashes in the work calendar, and the body's members proposed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import select

from app.rules.meetings import MeetingKind
from app.services.meetings import meeting_checks
from app.services.meetings import preparation as meetings
from app.services.meetings.attendees import list_attendees
from db.models import Attendee
from tests.paperwork_office import btv_meeting


@pytest.fixture
def office(demo_db):
    with demo_db.session() as session:
        yield session


def test_a_new_meeting_at_the_time_of_another_with_the_same_chair_is_a_clash(office):
    existing = meetings.get_meeting(session=office, meeting_id=btv_meeting(office))
    data = meetings.MeetingInput(MeetingKind.CUSTOM, "Họp thử", existing.start, existing.end,
                                 chair_id=existing.chair_id)
    clashes = meeting_checks.meeting_clashes(session=office, data=data)
    assert any("trùng lịch" in c.message and not c.is_warning for c in clashes)
    assert meeting_checks.meeting_clashes(session=office, data=data, meeting_id=existing.id) == []


def test_a_meeting_on_a_sunday_is_a_warning_and_a_bad_form_gives_none(office):
    sunday = datetime(2026, 3, 8, 8, 0)
    data = meetings.MeetingInput(MeetingKind.CUSTOM, "Họp thử", sunday, sunday + timedelta(hours=2))
    clashes = meeting_checks.meeting_clashes(session=office, data=data)
    assert [c.is_warning for c in clashes] == [True] and "Chủ nhật" in clashes[0].message
    empty_title = meetings.MeetingInput(MeetingKind.CUSTOM, " ", sunday, sunday)
    assert meeting_checks.meeting_clashes(session=office, data=empty_title) == []


def test_a_btv_meeting_proposes_the_members_and_inviting_them_counts_them_for_the_quorum(office, admin):
    proposal = meeting_checks.body_proposal(session=office, kind="standing_committee")
    assert proposal.body_id is not None and len(proposal.members) >= 9
    assert meeting_checks.body_proposal(session=office, kind="reception").members == ()
    start = datetime(2026, 4, 6, 8, 0)
    meeting_id = meetings.create_meeting(session=office, actor=admin, data=meetings.MeetingInput(
        MeetingKind.STANDING_COMMITTEE, "Hội nghị BTV tháng 4", start, start + timedelta(hours=3), invite_body=True))
    listed = list_attendees(session=office, meeting_id=meeting_id)
    assert sorted(a.full_name for a in listed) == sorted(proposal.members)
    assert office.exec(select(Attendee).where(Attendee.meeting_id == meeting_id, Attendee.member)).all()
