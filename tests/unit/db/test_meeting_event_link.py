"""Migration 0005: meeting.event_id is a foreign key to event.id (ON DELETE SET NULL); the
migrated schema matches the models, and rebuilding the meeting table loses no child rows."""

from datetime import datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from db.engine import open_database
from db.migrate import alembic_config, upgrade
from db.models import Event, Meeting


def _tables_in(diff) -> set[str]:  # noqa: ANN001
    found = set()
    for item in diff if isinstance(diff, list) else [diff]:
        for part in item if isinstance(item, tuple) else [item]:
            name = getattr(part, "name", None) or getattr(getattr(part, "table", None), "name", None)
            if isinstance(part, str):
                found.add(part)
            elif name:
                found.add(name)
    return found


def test_the_migrated_schema_matches_the_meeting_model(database):
    with database.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
        keys = inspect(conn).get_foreign_keys("meeting")
    assert [d for d in diffs if "meeting" in _tables_in(d)] == []
    link = next(k for k in keys if k["constrained_columns"] == ["event_id"])
    assert link["referred_table"] == "event" and link["options"].get("ondelete") == "SET NULL"


def _meeting(**kw):
    values = dict(kind="custom", title="Họp", start_at=datetime(2026, 3, 10, 8), end_at=datetime(2026, 3, 10, 9))
    return Meeting(**{**values, **kw})


def test_a_meeting_cannot_point_at_a_missing_entry_and_is_unlinked_when_it_goes(session):
    session.add(_meeting(event_id=999))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        session.flush()
    session.rollback()
    event = Event(title="Họp", start_at=datetime(2026, 3, 10, 8), end_at=datetime(2026, 3, 10, 9))
    session.add(event)
    session.flush()
    meeting = _meeting(event_id=event.id)
    session.add(meeting)
    session.commit()
    session.delete(event)
    session.commit()
    session.refresh(meeting)
    assert meeting.event_id is None


def test_upgrading_an_office_with_meetings_keeps_their_checklists_and_attendees(tmp_path):
    db = open_database(tmp_path / "old.sqlite3")
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO meeting (id, kind, title, start_at, end_at, location, important, foreign_guests, notes,"
            " created_at, event_id) VALUES (1, 'custom', 'Họp', '2026-03-10 08:00:00', '2026-03-10 09:00:00', '',"
            " 0, 0, '', '2026-03-01 00:00:00', 77)")  # 77: an id from before the link was enforced
        conn.exec_driver_sql(
            "INSERT INTO checklist_item (meeting_id, sort_order, department, task, rule, number, due, done_by,"
            " notes) VALUES (1, 0, 'tong_hop', 'Dự thảo giấy mời', '', 0, '2026-03-09 17:00:00', '', '')")
        conn.exec_driver_sql(
            "INSERT INTO attendee (meeting_id, full_name, title, organisation, leader, role, member,"
            " invitation_via, absence_reason, absence_in_writing, permitted_by_standing, attendance,"
            " attendance_reason, notes) VALUES (1, 'Khách', '', '', 0, 'guest', 0, '', '', 0, 0, '', '', '')")
    assert upgrade(db, backup=False)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM checklist_item").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM attendee").scalar() == 1
        assert conn.exec_driver_sql("SELECT event_id FROM meeting").scalar() is None
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_the_migration_goes_back_down(tmp_path):
    db = open_database(tmp_path / "down.sqlite3")
    assert upgrade(db, backup=False)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        assert not [k for k in inspect(conn).get_foreign_keys("meeting") if k["constrained_columns"] == ["event_id"]]
    db.dispose()
