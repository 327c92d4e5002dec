"""What an .ics export of a week holds, as plain data: every event with an entry in the week,
a recurring one as its whole series (rule, excluded days, edited occurrences), under UIDs
that are unique across offices (:mod:`app.services.ics_identity`).

A series whose occurrences move to a working day (giao ban "day 25, or the next working
day") has no RRULE form for the move: the moved occurrences within a year after the week go
out as edited occurrences (RECURRENCE-ID) at their real time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from app.reports.data.calendar import IcsEvent as IcsEvent  # the renderer's type, re-exported
from app.rules.recurrence import WorkdayShift, expand, to_zone
from app.rules.schedule import ScheduleEntry
from app.services.calendar.ics_identity import export_uid, office_uuid
from app.services.calendar.read import (
    ALL,
    KIND_LABELS,
    Directory,
    ScheduleFilter,
    exdates_of,
    load_directory,
)
from app.services.calendar.views import week
from app.services.calendar.workdays import office_calendar
from db.models import Event
from db.models.base import id_of

SHIFT_HORIZON = timedelta(days=366)


def _description(session: Session, row: Event, directory: Directory) -> str:
    details = [("Chủ trì", directory.person(row.chair_id) if row.chair_id else ""),
               ("Thành phần", row.participants), ("Ghi chú", row.notes)]
    return "\n".join(f"{label}: {value}" for label, value in details if value)


def _on_clock(moment: datetime, row: Event) -> datetime:
    return to_zone(moment, row.tzid) if row.tzid else moment


def _occurrence_id(row: Event, day: date) -> datetime | date:
    """The RECURRENCE-ID of the occurrence the rule makes on *day* (the series' clock)."""
    if row.all_day:
        return day
    return datetime.combine(day, _on_clock(row.start_at, row).time())


def _event(row: Event, uid: str, directory: Directory, session: Session, **extra: Any) -> IcsEvent:
    start, end = _on_clock(row.start_at, row), _on_clock(row.end_at, row)
    event = IcsEvent(uid=uid, title=row.title, start=start, end=end, all_day=row.all_day, zone=row.tzid,
                     location=row.location, description=_description(session, row, directory),
                     category=KIND_LABELS.get(row.kind, row.kind), status=row.status, sequence=row.sequence,
                     last_modified=row.updated_at)
    return replace(event, **extra)


def _series(session: Session, row: Event, uid: str, directory: Directory, horizon: datetime) -> list[IcsEvent]:
    exceptions = session.exec(select(Event).where(Event.series_id == row.id).order_by(col(Event.recurrence_day))).all()
    edited = {e.recurrence_day for e in exceptions}
    events: list[IcsEvent] = []
    moved: list[IcsEvent] = []
    if row.workday_shift and WorkdayShift(row.workday_shift) is not WorkdayShift.KEEP:
        calendar = office_calendar(session)
        for occ in expand(row.rrule, row.start_at, row.end_at - row.start_at, row.start_at, horizon,
                          exdates=exdates_of(row), shift=row.workday_shift, is_working_day=calendar.is_working_day):
            if occ.moved and occ.rule_day not in edited:
                moved.append(_event(row, uid, directory, session, start=occ.start, end=occ.end, rrule="",
                                    zone="", recurrence_id=_occurrence_id(row, occ.rule_day),
                                    recurrence_zone=row.tzid))
    skipped = [d for d in exdates_of(row) if d not in edited]
    events.append(_event(row, uid, directory, session, rrule=row.rrule,
                         exdates=[_occurrence_id(row, d) for d in skipped]))
    events.extend(moved)
    for exception in exceptions:
        assert exception.recurrence_day is not None  # an edited occurrence names its day
        events.append(_event(exception, uid, directory, session, zone="", rrule="",
                             sequence=max(exception.sequence, row.sequence),
                             recurrence_id=_occurrence_id(row, exception.recurrence_day),
                             recurrence_zone=row.tzid))
    return events


def week_ics_events(session: Session, monday: date, filter: ScheduleFilter = ALL) -> list[IcsEvent]:
    """The VEVENTs of the week's export (series whole, once each), in start order."""
    schedule = week(session, monday, filter)
    return ics_events(session, schedule.entries, monday)


def ics_events(session: Session, entries: Iterable[ScheduleEntry], monday: date) -> list[IcsEvent]:
    """The VEVENTs behind the week's *entries* (a series once, whole, with its exceptions)."""
    office = office_uuid(session)
    directory = load_directory(session)
    entries = list(entries)
    directory.names_of(p for e in entries for p in e.leader_ids)  # the chairs' names in one query
    horizon = datetime.combine(monday, datetime.min.time()) + SHIFT_HORIZON
    seen: set[int] = set()
    result: list[IcsEvent] = []
    for entry in entries:
        row = session.get(Event, entry.event_id)
        if row is None:
            continue
        if row.series_id is not None:
            row = session.get(Event, row.series_id) or row
        if row.id in seen:
            continue
        seen.add(id_of(row))
        uid = export_uid(row.uid, office)
        if row.recurring:
            result.extend(_series(session, row, uid, directory, horizon))
        else:
            result.append(_event(row, uid, directory, session))
    return result


def week_calendar_name(monday: date) -> str:
    return f"Lịch công tác tuần {monday:%d/%m/%Y} – {monday + timedelta(days=6):%d/%m/%Y}"
