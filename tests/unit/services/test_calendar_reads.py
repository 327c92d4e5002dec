"""The calendar pane's read (the week, its conflicts, the leaders of the filter, the programme's
notice, the meetings of the entries) runs few statements, each without the ORM's work around it
(app.services.plain_reads): the same answers as before, from fewer and cheaper statements."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import FrozenInstanceError, fields
from datetime import date, datetime

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlmodel import col, select

from app.rules.recurrence import monthly_on_day
from app.rules.schedule import ScheduleEntry
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.calendar.read import load_directory
from app.services.calendar.views import WeekEntry, week_entry
from app.services.meetings import calendar_link, programme
from app.services.org import edit as org
from app.services.org.edit import PersonInput
from app.services.plain_reads import rows
from db.models import Person, Unit
from tests.unit.services.test_calendar import office  # noqa: F401 - the tiny office fixture

MONDAY = date(2026, 3, 2)


@contextmanager
def counted(session: Session) -> Iterator[dict[str, int]]:
    """How many statements the block sends to the database, and how many of them go through
    the ORM's execute (Session.execute / Session.exec)."""
    counts = {"statements": 0, "orm": 0}

    def statement(*_args: object) -> None:
        counts["statements"] += 1

    def orm(_state: object) -> None:
        counts["orm"] += 1

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", statement)
    event.listen(session, "do_orm_execute", orm)
    try:
        yield counts
    finally:
        event.remove(connection, "before_cursor_execute", statement)
        event.remove(session, "do_orm_execute", orm)


def run_counted(session: Session, read: Callable[[], object]) -> dict[str, int]:
    session.commit()  # what the read caches per transaction is read again
    with counted(session) as counts:
        read()
    return counts


@pytest.fixture
def busy_week(session, admin, office):  # noqa: F811 - the fixture imported above
    """A week with a single event, a recurring one and a leader on leave."""
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Họp Thường trực", start=datetime(2026, 3, 3, 8), end=datetime(2026, 3, 3, 10),
        chair_id=office["secretary"], leader_ids=[office["standing"], office["chief"]], location="Phòng họp 1"))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Giao ban tháng", start=datetime(2026, 3, 2, 14), end=datetime(2026, 3, 2, 16),
        rrule=monthly_on_day(2), chair_id=office["chief"]))
    return office


def test_the_weeks_read_runs_every_statement_without_the_orm(session, busy_week):
    counts = run_counted(session, lambda: cal.week(session, MONDAY))
    assert counts["statements"] > 0
    assert counts["orm"] == 0


def test_the_leaders_of_the_filter_are_read_in_two_statements_without_the_orm(session, busy_week):
    counts = run_counted(session, lambda: cal.leader_choices(session))
    assert counts == {"statements": 2, "orm": 0}


def test_the_directory_of_the_calendar_is_read_in_two_statements(session, busy_week):
    counts = run_counted(session, lambda: load_directory(session))
    assert counts == {"statements": 2, "orm": 0}
    directory = load_directory(session)
    assert directory.standing == {busy_week["secretary"], busy_week["standing"]}
    assert directory.office_leaders == {busy_week["chief"], busy_week["deputy"]}
    assert directory.units[busy_week["tong_hop"]] == "Phòng Tổng hợp"


def test_the_programmes_notice_reads_both_months_in_one_statement(session, busy_week):
    counts = run_counted(session, lambda: programme.due_status(session=session, today=date(2026, 3, 20)))
    assert counts["orm"] == 0
    assert counts["statements"] <= 3  # the settings, the office, both months' programmes
    due = programme.due_status(session=session, today=date(2026, 3, 20))
    assert [(d.month, d.issued_label) for d in due] == [(3, ""), (4, "")]


def test_the_meetings_of_the_entries_are_read_without_the_orm(session, busy_week):
    ids = [e.event_id for e in cal.week(session, MONDAY).entries]
    counts = run_counted(session, lambda: calendar_link.meetings_by_event(session=session, event_ids=ids))
    assert counts == {"statements": 1, "orm": 0}


def test_plain_rows_see_what_the_session_holds_as_session_execute_would(session, admin, office):  # noqa: F811
    unit = session.exec(select(Unit).where(Unit.code == "tong_hop")).one()
    session.add(Person(full_name="Người Mới", unit_id=unit.id))
    names = rows(session, select(col(Person.full_name)).where(col(Person.full_name) == "Người Mới"))
    assert [name for name, in names] == ["Người Mới"]
    [row] = rows(session, select(col(Person.full_name), col(Person.unit_id)).where(col(Person.full_name) == "Người Mới"))
    assert (row.full_name, row.unit_id) == ("Người Mới", unit.id)


def test_plain_rows_leave_the_held_rows_alone_where_autoflush_is_off(session, admin, office):  # noqa: F811
    unit = session.exec(select(Unit).where(Unit.code == "tong_hop")).one()
    with session.no_autoflush:
        session.add(Person(full_name="Người Chưa Ghi", unit_id=unit.id))
        assert rows(session, select(col(Person.id)).where(col(Person.full_name) == "Người Chưa Ghi")) == []


def test_a_new_leader_is_a_choice_at_once(session, admin, office):  # noqa: F811 - leaders read in one go
    choices = {c.name: c.group for c in cal.leader_choices(session)}
    assert choices == {"Nguyễn Văn Hùng": "standing", "Trần Thị Lan": "standing", "Lê Minh Đức": "office",
                       "Phạm Thu Hà": "office"}
    btv = org.create_unit(session=session, actor=admin, name="Ban Thường vụ", parent_id=None, kind="body", code="btv")
    position = session.exec(select(Person.position_id).where(Person.id == office["specialist"])).one()
    newcomer = org.create_person(session=session, actor=admin, data=PersonInput(
        full_name="Đỗ Văn Bình", unit_id=office["tong_hop"], position_id=position))
    org.set_body_membership(session=session, actor=admin, body_id=btv, person_ids=[newcomer, office["secretary"]])
    choices = {c.name: c.group for c in cal.leader_choices(session)}
    assert choices["Đỗ Văn Bình"] == "btv"
    assert choices["Nguyễn Văn Hùng"] == "standing"  # a member of both: the Thường trực first


def test_a_decorated_entry_is_the_one_its_constructor_would_make(session, busy_week):
    entry = cal.week(session, MONDAY).entries[0]
    base = {f.name: getattr(entry, f.name) for f in fields(ScheduleEntry)}
    decoration = {"status": "changed", "amendment": "moved", "conflicts": ("Trùng lịch",), "conflict_level": "error",
                  "series_event_id": 7}
    made = week_entry(ScheduleEntry(**base), **decoration)
    expected = WeekEntry(**{**base, **decoration})
    assert made == expected and hash(made) == hash(expected)
    assert {f.name: getattr(made, f.name) for f in fields(WeekEntry)} == {f.name: getattr(expected, f.name)
                                                                         for f in fields(WeekEntry)}
    with pytest.raises(FrozenInstanceError):
        made.title = "Khác"  # type: ignore[misc]
