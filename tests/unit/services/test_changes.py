"""A write's change set: the rows its transaction committed, by table, gathered by the session
(no service names what it changed)."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import delete
from sqlmodel import select

from app.rules.meeting_templates import MeetingKind
from app.services import changes
from app.services.admin import settings
from app.services.admin.auth import SYSTEM
from app.services.changes import Changes
from app.services.meetings import preparation as meetings
from app.services.meetings.preparation import MeetingInput
from app.services.org import edit as units
from app.services.unit_of_work import unit_of_work
from db.models import Meeting, Setting, Unit


def test_a_committed_write_reports_the_rows_it_added_by_table(session):
    unit_id = units.create_unit(session=session, actor=SYSTEM, name="Phòng Thử", parent_id=None, code="thu")
    found = changes.take(session)
    assert found.tables == {"unit"}  # the audit row is not a change a view shows
    assert found.ids("unit") == {unit_id}
    assert changes.take(session) == changes.NONE  # taken once


def test_a_rolled_back_write_reports_nothing(session):
    with pytest.raises(RuntimeError), unit_of_work(session):
        session.add(Unit(name="Phòng Bỏ", code="bo", kind="department"))
        session.flush()
        raise RuntimeError("boom")
    assert not changes.take(session)
    assert session.exec(select(Unit).where(Unit.code == "bo")).first() is None


def test_an_update_reports_the_changed_row_and_not_the_rows_only_read(session):
    first = units.create_unit(session=session, actor=SYSTEM, name="Phòng A", parent_id=None, code="a")
    units.create_unit(session=session, actor=SYSTEM, name="Phòng B", parent_id=None, code="b")
    changes.take(session)
    units.rename_unit(session=session, actor=SYSTEM, unit_id=first, name="Phòng A mới", short_name=None)
    assert changes.take(session).rows == {"unit": {first}}


def test_a_bulk_statement_reports_its_table_with_the_rows_unknown(session):
    with unit_of_work(session):
        session.execute(delete(Setting).where(Setting.key == "không.có"))
    found = changes.take(session)
    assert found.touches({"setting"}) and found.ids("setting") is None


def test_a_setting_reports_its_key(session):
    settings.set_value(session=session, actor=SYSTEM, key="backup.keep", value=3)
    assert changes.take(session).ids("setting") == {"backup.keep"}


def test_a_composite_use_case_reports_every_table_it_wrote(demo_db):
    with demo_db.session() as session:
        meeting_id = meetings.create_meeting(session=session, actor=SYSTEM, data=MeetingInput(
            MeetingKind.STANDING_MEMBERS, "Họp thử", datetime(2026, 3, 12, 8), datetime(2026, 3, 12, 10),
            "Phòng họp số 1", demo_db.demo.people["secretary"]))
        found = changes.take(session)
        meeting = session.get(Meeting, meeting_id)
        assert found.ids("meeting") == {meeting_id}
        assert meeting.event_id in found.ids("event")
        assert found.touches({"checklist_item"}) and found.touches({"attendee"})
        assert "audit_log" not in found.tables


def test_change_sets_merge_and_an_unknown_table_stays_unknown():
    merged = Changes({"unit": frozenset({1})}) | Changes({"unit": frozenset({2}), "event": None})
    assert merged.ids("unit") == {1, 2} and merged.ids("event") is None
    assert (merged | Changes({"event": frozenset({5})})).ids("event") is None
    assert merged.ids("leave_request") == frozenset()
    assert merged.only({"unit", "event"}) and not merged.only({"unit"})
