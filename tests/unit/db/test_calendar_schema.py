"""The calendar's tables: the migration matches the models, and the schema's constraints hold."""

from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from db.models import Event, EventLeader, ScheduleWeek

CALENDAR_TABLES = {"event", "event_leader", "event_unit", "schedule_week"}


def _tables_in(diff) -> set[str]:  # noqa: ANN001
    found = set()
    for item in diff if isinstance(diff, list) else [diff]:
        for part in item if isinstance(item, tuple) else [item]:
            name = getattr(part, "name", None) or getattr(getattr(part, "table", None), "name", None)
            if isinstance(part, str) and part in CALENDAR_TABLES:
                found.add(part)
            elif name:
                found.add(name)
    return found


def test_the_migrated_schema_matches_the_calendar_models(database):
    with database.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), SQLModel.metadata)
    concerned = [d for d in diffs if _tables_in(d) & CALENDAR_TABLES]
    assert concerned == []


def _event(**kw):
    values = dict(title="Họp", start_at=datetime(2026, 3, 2, 8), end_at=datetime(2026, 3, 2, 9))
    return Event(**{**values, **kw})


@pytest.mark.parametrize(("values", "constraint"), [
    ({"end_at": datetime(2026, 3, 2, 7)}, "ck_event_times"),
    ({"kind": "party"}, "ck_event_kind"),
    ({"status": "done"}, "ck_event_status"),
    ({"half_day": "evening"}, "ck_event_half_day"),
    ({"all_day": True, "half_day": "morning"}, "ck_event_all_or_half"),
    ({"recurrence_day": date(2026, 3, 2)}, "ck_event_exception_series"),
])
def test_the_event_table_refuses_impossible_rows(session, values, constraint):
    session.add(_event(**values))
    with pytest.raises(IntegrityError, match=constraint):
        session.flush()


def test_a_leader_must_exist_and_a_week_version_is_published_once(session):
    event = _event()
    session.add(event)
    session.flush()
    session.add(EventLeader(event_id=event.id, person_id=999))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        session.flush()
    session.rollback()
    session.add_all([ScheduleWeek(week_start=date(2026, 3, 2), version=1),
                     ScheduleWeek(week_start=date(2026, 3, 2), version=1)])
    with pytest.raises(IntegrityError, match="UNIQUE"):
        session.flush()
