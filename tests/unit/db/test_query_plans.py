"""The reads of every visit go through their indexes (SQLite's EXPLAIN QUERY PLAN), not through
the whole table: the written applications still due, one kind of calendar entry in a window
(the business trips that make a leader away today), and every entry of a window (a week)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from sqlalchemy import event

from app.services.calendar.read import _trip_absences, series_window, window_rows
from app.services.leave.read import applications_due

DAY = date(2026, 3, 2)


def plans(session, read: Callable[[], object], table: str) -> list[str]:  # noqa: ANN001 - a Session
    """The query plan of each statement of *read* that reads *table*."""
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if re.search(rf"\bFROM {table}\b(?!_)", statement):
            statements.append((statement, parameters))

    connection = session.connection()
    event.listen(connection, "before_cursor_execute", seen)
    try:
        read()
    finally:
        event.remove(connection, "before_cursor_execute", seen)
    assert statements, f"no statement read {table}"
    return [" / ".join(row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
            for statement, parameters in statements]


def test_the_applications_still_due_are_read_from_their_partial_index(session):
    [plan] = plans(session, lambda: applications_due(session), "leave_request")
    assert "leave_request USING INDEX ix_leave_request_application_due" in plan


def test_the_business_trips_of_a_day_are_read_by_their_kind(session):
    singles, series = plans(session, lambda: _trip_absences(session, DAY, DAY), "event")
    assert "USING INDEX ix_event_kind_start" in singles and "USING INDEX ix_event_kind_start" in series


def test_the_single_events_of_a_week_are_tested_for_their_end_in_the_index(session):
    singles, _series = plans(session, lambda: window_rows(session, *series_window(DAY, DAY.replace(day=8))), "event")
    assert "USING INDEX ix_event_recurring_start_end" in singles
