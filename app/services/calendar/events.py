"""The work calendar and the weekly leadership schedule (lịch công tác tuần).

Stable API (the meetings pane and outside tests use it)::

    create_event(*, session, actor, data: EventInput) -> int
    update_event(*, session, actor, event_id, data, scope="all", occurrence=None) -> int
    cancel_event(*, session, actor, event_id, scope="all", occurrence=None) -> int
    delete_event(*, session, actor, event_id, scope="all", occurrence=None) -> None
    get_event(session, event_id) -> EventInfo
    week(session, monday, filter) -> WeekSchedule      month(...), agenda(...), conflicts(...)
    publish_week(*, session, actor, monday) -> PublishedWeek    changes_since(session, monday, version)

For a recurring event, *scope* is "this" (the occurrence produced on day *occurrence*),
"following" (that one and the later ones) or "all".  Edits after a week is published mark
the entries as amended (status "changed").

Other panes follow their own entries through :func:`event_listener` (the meetings pane keeps
a meeting's time and place in step with its entry): the calendar calls them inside the
transaction of the change and never imports them, so imports stay one way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.errors import InvalidInput
from app.rules.recurrence import continue_from, end_before, first_start
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.event_input import (
    SCOPES,
    EventInfo,
    EventInput,
    LeaderChoice,
    add_exdate,
    check_event,
    event_info,
    event_input,
    leader_choices,
    load_event,
    occurrence_start,
    refresh_range,
    set_links,
    set_schedule_fields,
    status_after_edit,
    status_for_new,
)
from app.services.calendar.publish import (
    PublishedWeek,
    changes_since,
    latest_version,
    publish_week,
    snapshot,
    versions,
)
from app.services.calendar.read import (
    ALL,
    KIND_LABELS,
    STATUS_LABELS,
    ScheduleFilter,
    exdates_of,
    load_directory,
    office_hours,
    resolve_leader,
)
from app.services.calendar.views import (
    HalfDayRow,
    MonthDay,
    MonthSchedule,
    WeekDay,
    WeekEntry,
    WeekSchedule,
    agenda,
    conflicts,
    month,
    week,
)
from app.services.calendar.workdays import office_calendar
from db.models import Event
from db.models.base import id_of

__all__ = [
    "ALL",
    "KIND_LABELS",
    "SCOPES",
    "STATUS_LABELS",
    "EventInfo",
    "EventInput",
    "EventSummary",
    "HalfDayRow",
    "LeaderChoice",
    "MonthDay",
    "MonthSchedule",
    "PublishedWeek",
    "ScheduleFilter",
    "WeekDay",
    "WeekEntry",
    "WeekSchedule",
    "agenda",
    "all_events",
    "cancel_event",
    "changes_since",
    "check_event",
    "conflicts",
    "create_event",
    "delete_event",
    "event_input",
    "event_listener",
    "get_event",
    "latest_version",
    "leader_choices",
    "load_directory",
    "month",
    "publish_week",
    "resolve_leader",
    "snapshot",
    "update_event",
    "versions",
    "week",
]


# -- listeners ------------------------------------------------------------------------------

EventListener = Callable[[Session, Actor, Event, str], None]
_LISTENERS: list[EventListener] = []


def event_listener(func: EventListener) -> EventListener:
    """Register ``func(session, actor, row, change)``, called when an event row is "updated",
    "cancelled" or "deleted" (before it goes), inside that change's transaction: an error it
    raises undoes the change."""
    if func not in _LISTENERS:
        _LISTENERS.append(func)
    return func


def _tell_listeners(session: Session, actor: Actor, row: Event, change: str) -> None:
    session.flush()
    for listener in _LISTENERS:
        listener(session, actor, row, change)


@dataclass(frozen=True)
class EventSummary:
    """One event row in short (for lists and scripts)."""

    id: int
    start: datetime
    end: datetime
    title: str
    kind: str
    status: str
    rrule: str


def all_events(session: Session) -> list[EventSummary]:
    """Every event row (series counted once), in start order."""
    # sqlmodel types select() up to four columns
    rows = session.exec(select(Event.id, Event.start_at, Event.end_at, Event.title,  # type: ignore[call-overload]
                               Event.kind, Event.status, Event.rrule).order_by(col(Event.start_at), col(Event.id))).all()
    return [EventSummary(*row) for row in rows]


def get_event(session: Session, event_id: int) -> EventInfo:
    """The event (a single event, a series, or an edited occurrence) as plain data."""
    return event_info(session, load_event(session, event_id))


def _check_scope(scope: str) -> str:
    if scope not in SCOPES:
        raise InvalidInput(f"Phạm vi sửa không hợp lệ: {scope} (this, following, all).")
    return scope


def _needs_occurrence(occurrence: date | None) -> date:
    if occurrence is None:
        raise InvalidInput("Hãy chọn buổi cần sửa trong chuỗi lặp.")
    if isinstance(occurrence, datetime):
        return occurrence.date()
    return occurrence


def create_event(*, session: Session, actor: Actor, data: EventInput) -> int:
    """Add an event (single or recurring); returns its id."""
    require(actor, Permission.CALENDAR_WRITE)
    data = data.clean(office_hours(session), session)
    row = Event(title=data.title, start_at=data.start, end_at=data.finish, uid=data.uid or uuid4().hex)
    set_schedule_fields(row, data, actor)
    if data.rrule:
        row.series_key = "s" + row.uid[:16]
        row.exdates = _dates_json(data.exdates)
    row.status = data.status or status_for_new(session, row)
    with write(session, actor, "event.create", "event", data.title):
        session.add(row)
        session.flush()
        set_links(session, id_of(row), data, new=True)
    return id_of(row)


def _dates_json(days: Iterable[date]) -> str:
    return json.dumps(sorted({d.isoformat() for d in days}))


def update_event(*, session: Session, actor: Actor, event_id: int, data: EventInput, scope: str = "all",
                 occurrence: date | None = None) -> int:
    """Change an event; returns the id of the row that now holds the edited entry."""
    require(actor, Permission.CALENDAR_WRITE)
    scope = _check_scope(scope)
    row = load_event(session, event_id)
    data = data.clean(office_hours(session), session)
    if row.recurrence_day is not None:  # an edited occurrence
        if scope == "this":
            return _update_in_place(session, actor, row, data.without_recurrence())
        occurrence, row = row.recurrence_day, load_event(session, row.series_id)
    if not row.recurring:
        return _update_in_place(session, actor, row, data)
    if scope == "all":
        return _update_series(session, actor, row, data, occurrence)
    day = _needs_occurrence(occurrence)
    if scope == "this":
        return _update_occurrence(session, actor, row, day, data.without_recurrence())
    first = first_start(row.rrule, row.start_at, row.tzid)
    if first is None or day <= first.date():
        return _update_series(session, actor, row, data, day)
    return _split_series(session, actor, row, day, data)


def _update_in_place(session: Session, actor: Actor, row: Event, data: EventInput) -> int:
    status = data.status or status_after_edit(session, row, data)
    becomes_series = bool(data.rrule) and not row.recurring
    with write(session, actor, "event.update", f"event:{row.id}", data.title):
        row.start_at, row.end_at = data.start, data.finish
        set_schedule_fields(row, data, actor)
        if becomes_series and not row.series_key:
            row.series_key = "s" + row.uid[:16]
        row.status = status
        session.add(row)
        set_links(session, id_of(row), data)
        _tell_listeners(session, actor, row, "updated")
    return id_of(row)


def _update_series(session: Session, actor: Actor, row: Event, data: EventInput, occurrence: date | None) -> int:
    """Scope "all": move the series by the change made to one occurrence (or to the anchor)."""
    if occurrence is not None:
        shown = occurrence_start(row, occurrence, office_calendar(session))
        start = row.start_at + (data.start - shown)
    else:
        start = data.start
    end = start + (data.finish - data.start)
    status = data.status or status_after_edit(session, row, data)
    with write(session, actor, "event.update", f"event:{row.id}", f"{data.title} (cả chuỗi)"):
        row.start_at, row.end_at = start, end
        set_schedule_fields(row, data, actor)
        row.status = status
        if not data.rrule:  # no longer recurring: its edited occurrences go
            session.execute(delete(Event).where(col(Event.series_id) == row.id))
            row.exdates = "[]"
        session.add(row)
        set_links(session, id_of(row), data)
    return id_of(row)


def _exception_row(session: Session, row: Event, day: date) -> Event | None:
    return session.exec(select(Event).where(Event.series_id == row.id, Event.recurrence_day == day)).first()


def _update_occurrence(session: Session, actor: Actor, row: Event, day: date, data: EventInput) -> int:
    """Scope "this": the occurrence becomes its own row; the series skips that day."""
    data = data.without_recurrence()
    existing = _exception_row(session, row, day)
    if existing is not None:
        return _update_in_place(session, actor, existing, data)
    status = data.status or ("changed" if row.status in ("published", "changed")
                             else status_after_edit(session, row, data))
    exception = Event(title=data.title, start_at=data.start, end_at=data.finish, uid=uuid4().hex,
                      series_id=row.id, recurrence_day=day, series_key=row.series_key)
    set_schedule_fields(exception, data, actor)
    exception.status = status
    with write(session, actor, "event.update", f"event:{row.id}", f"{data.title} (buổi {day:%d/%m/%Y})"):
        add_exdate(row, day)
        session.add(row)
        session.add(exception)
        session.flush()
        set_links(session, id_of(exception), data, new=True)
    return id_of(exception)


def _split_series(session: Session, actor: Actor, row: Event, day: date, data: EventInput) -> int:
    """Scope "following": the series ends before *day*; a new series (same identity) goes on."""
    shown = occurrence_start(row, day, office_calendar(session))
    # undo a working-day shift; a series in another zone has none, its rule day is that zone's
    anchor = data.start if row.tzid else datetime.combine(day, row.start_at.time()) + (data.start - shown)
    rule = data.rrule
    if rule and rule == row.rrule:
        rule = continue_from(row.rrule, row.start_at, day, row.tzid)
    tail = Event(title=data.title, start_at=anchor, end_at=anchor + (data.finish - data.start), uid=uuid4().hex,
                 series_key=row.series_key, split_from_id=row.id)
    set_schedule_fields(tail, data.with_rule(rule), actor)
    kept = exdates_of(row)
    tail.exdates = _dates_json(d for d in kept if d >= day)
    tail.status = data.status or ("changed" if row.status in ("published", "changed")
                                  else status_for_new(session, tail))
    with write(session, actor, "event.update", f"event:{row.id}", f"{data.title} (từ {day:%d/%m/%Y})"):
        row.rrule = end_before(row.rrule, row.start_at, day)
        row.exdates = _dates_json(d for d in kept if d < day)
        refresh_range(row)
        session.add(row)
        session.add(tail)
        session.flush()
        set_links(session, id_of(tail), data, new=True)
        for exception in session.exec(select(Event).where(Event.series_id == row.id,
                                                          col(Event.recurrence_day) >= day)).all():
            exception.series_id = tail.id
            session.add(exception)
    return id_of(tail)


def _removal_target(session: Session, actor: Actor, event_id: int, scope: str,
                    occurrence: date | None) -> tuple[str, Event, date | None]:
    """What a cancel or delete acts on: an edited occurrence stands for its series (and its
    day) unless only that occurrence is meant."""
    require(actor, Permission.CALENDAR_WRITE)
    scope = _check_scope(scope)
    row = load_event(session, event_id)
    if row.recurrence_day is not None and scope != "this":
        occurrence, row = row.recurrence_day, load_event(session, row.series_id)
    return scope, row, occurrence


def cancel_event(*, session: Session, actor: Actor, event_id: int, scope: str = "all",
                 occurrence: date | None = None) -> int:
    """Mark an event (or some occurrences) as cancelled (hoãn/hủy); it stays visible, struck out."""
    scope, row, occurrence = _removal_target(session, actor, event_id, scope, occurrence)
    if not row.recurring or scope == "all" or row.recurrence_day is not None:
        with write(session, actor, "event.cancel", f"event:{row.id}", row.title):
            row.status = "cancelled"
            session.add(row)
            if row.recurring:
                for exception in session.exec(select(Event).where(Event.series_id == row.id)).all():
                    exception.status = "cancelled"
                    session.add(exception)
            _tell_listeners(session, actor, row, "cancelled")
        return id_of(row)
    day = _needs_occurrence(occurrence)
    if scope == "this":
        data = event_input(session, id_of(row), day)
        data.status = "cancelled"
        return _update_occurrence(session, actor, row, day, data)
    first = first_start(row.rrule, row.start_at, row.tzid)
    if first is None or day <= first.date():
        return cancel_event(session=session, actor=actor, event_id=id_of(row), scope="all")
    with write(session, actor, "event.cancel", f"event:{row.id}", f"{row.title} (từ {day:%d/%m/%Y})"):
        _truncate(session, row, day, cancel_exceptions=True)
    return id_of(row)


def _truncate(session: Session, row: Event, day: date, *, cancel_exceptions: bool) -> None:
    row.rrule = end_before(row.rrule, row.start_at, day)
    refresh_range(row)
    session.add(row)
    for exception in session.exec(select(Event).where(Event.series_id == row.id,
                                                      col(Event.recurrence_day) >= day)).all():
        if cancel_exceptions:
            exception.status = "cancelled"
            session.add(exception)
        else:
            session.delete(exception)


def delete_event(*, session: Session, actor: Actor, event_id: int, scope: str = "all",
                 occurrence: date | None = None) -> None:
    """Remove an event (or some occurrences) for good; cancelling keeps a trace instead."""
    scope, row, occurrence = _removal_target(session, actor, event_id, scope, occurrence)
    if not row.recurring or scope == "all" or row.recurrence_day is not None:
        with write(session, actor, "event.delete", f"event:{row.id}", row.title):
            _tell_listeners(session, actor, row, "deleted")
            session.delete(row)
        return
    day = _needs_occurrence(occurrence)
    first = first_start(row.rrule, row.start_at, row.tzid)
    if scope == "following" and (first is None or day <= first.date()):
        delete_event(session=session, actor=actor, event_id=id_of(row), scope="all")
        return
    with write(session, actor, "event.delete", f"event:{row.id}", f"{row.title} ({scope} {day:%d/%m/%Y})"):
        if scope == "this":
            add_exdate(row, day)
            session.add(row)
            exception = _exception_row(session, row, day)
            if exception is not None:
                _tell_listeners(session, actor, exception, "deleted")
                session.delete(exception)
        else:
            _truncate(session, row, day, cancel_exceptions=False)
