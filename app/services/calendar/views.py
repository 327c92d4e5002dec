"""The views of the calendar as plain data: the week laid out like the printed schedule,
the month, an agenda list, and the conflicts of a period."""

from __future__ import annotations

import calendar as _calendar
from collections import defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from app.rules.schedule import (
    HALF_DAY_LABELS,
    HalfDay,
    ScheduleConflict,
    ScheduleEntry,
    WeekChange,
    diff_weeks,
    monday_of,
    week_days,
)
from app.rules.workdays import WorkCalendar
from app.services.calendar.publish import PublishedWeek, latest_snapshots, latest_version
from app.services.calendar.read import (
    ALL,
    Directory,
    ScheduleFilter,
    entries_between,
    find_entry_conflicts,
    load_directory,
    series_window,
)
from app.services.calendar.workdays import office_calendar
from app.services.plain_reads import rows as plain_rows
from app.text import weekday_vi
from db.models import Event
from db.models.base import stored_id


@dataclass(frozen=True)
class WeekEntry(ScheduleEntry):
    """An entry as a view shows it: with its amendment and its conflicts."""

    amendment: str = ""  # "" | ChangeKind value: added / moved / changed / cancelled (since publication)
    conflicts: tuple[str, ...] = ()  # Vietnamese messages
    conflict_level: str = ""  # "" | "warning" | "error"
    series_event_id: int | None = None  # the series row, for an occurrence of a recurring event

    @property
    def amended(self) -> bool:
        return bool(self.amendment)

    @property
    def recurring(self) -> bool:
        return self.series_event_id is not None


@dataclass(frozen=True)
class HalfDayRow:
    half: str  # HalfDay value
    label: str  # "Sáng" / "Chiều"
    entries: list[WeekEntry]


@dataclass(frozen=True)
class WeekDay:
    day: date
    weekday: str  # "Thứ Hai"
    working: bool
    day_name: str  # holiday or override name, "" on an ordinary day
    rows: tuple[HalfDayRow, HalfDayRow]

    @property
    def entries(self) -> list[WeekEntry]:
        return [e for row in self.rows for e in row.entries]


@dataclass(frozen=True)
class WeekSchedule:
    monday: date
    days: list[WeekDay]
    filter_label: str = ""
    published: PublishedWeek | None = None
    changes: list[WeekChange] = field(default_factory=list)  # since the latest published version
    conflicts: list[ScheduleConflict] = field(default_factory=list)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def entries(self) -> list[WeekEntry]:
        return [e for d in self.days for e in d.entries]

    @property
    def is_empty(self) -> bool:
        return not self.entries


_BASE_FIELDS = tuple(f.name for f in fields(ScheduleEntry))


def _decorate(entries: list[ScheduleEntry], conflicts: list[ScheduleConflict],
              snapshots: dict[date, list[ScheduleEntry]], series_rows: dict[int, int | None]) -> list[WeekEntry]:
    """Attach conflicts and amendments (against each week's latest snapshot) to entries."""
    messages: dict[str, list[ScheduleConflict]] = defaultdict(list)
    for conflict in conflicts:
        for key in conflict.keys:
            messages[key].append(conflict)
    amendments: dict[str, str] = {}
    by_week: dict[date, list[ScheduleEntry]] = defaultdict(list)
    for entry in entries:
        by_week[monday_of(entry.day)].append(entry)
    for monday, week_entries in by_week.items():
        if monday in snapshots:
            for change in diff_weeks(snapshots[monday], week_entries):
                amendments[change.key] = change.kind.value
    result = []
    for entry in entries:
        found = messages.get(entry.key, [])
        level = "" if not found else ("warning" if all(c.is_warning for c in found) else "error")
        amendment = amendments.get(entry.key, "")
        values = {f: getattr(entry, f) for f in _BASE_FIELDS}
        if not entry.cancelled:  # a series row's status says little about one week: derive it
            published = monday_of(entry.day) in snapshots
            values["status"] = ("changed" if amendment else "published") if published else "draft"
        result.append(WeekEntry(**values, amendment=amendment,
                                conflicts=tuple(c.message for c in found), conflict_level=level,
                                series_event_id=series_rows.get(entry.event_id)))
    return result


_SERIES_ROWS = (sa_select(col(Event.id), col(Event.recurring), col(Event.series_id))
                .where(col(Event.id).in_(bindparam("ids", expanding=True))))


def _series_rows(session: Session, entries: list[ScheduleEntry]) -> dict[int, int | None]:
    """event id -> the series row id an entry belongs to (None for a single event)."""
    ids = sorted({e.event_id for e in entries if e.rule_day is not None})
    result: dict[int, int | None] = {}
    for i in range(0, len(ids), 500):
        for event_id, recurring, series_id in plain_rows(session, _SERIES_ROWS, {"ids": ids[i:i + 500]}):
            result[stored_id(event_id)] = event_id if recurring else series_id
    return result


@dataclass(frozen=True)
class _Window:
    entries: list[WeekEntry]  # decorated and filtered
    conflicts: list[ScheduleConflict]  # of the kept entries
    raw: list[ScheduleEntry]  # every entry, undecorated (for diffs)
    snapshots: dict[date, list[ScheduleEntry]]  # latest published entries per Monday


def _window(session: Session, first: date, last: date, filter: ScheduleFilter, calendar: WorkCalendar,
            directory: Directory) -> _Window:
    start, end = series_window(first, last)
    raw = entries_between(session, start, end, calendar=calendar, directory=directory)
    conflicts = find_entry_conflicts(session, raw, first, last, calendar, directory)
    mondays = {monday_of(first) + timedelta(weeks=i) for i in range((last - monday_of(first)).days // 7 + 1)}
    snapshots = latest_snapshots(session, mondays)
    decorated = _decorate(raw, conflicts, snapshots, _series_rows(session, raw))
    if filter != ALL:
        decorated = [e for e in decorated if filter.keeps(e, directory)]
        kept = {e.key for e in decorated}
        conflicts = [c for c in conflicts if set(c.keys) & kept]
    return _Window(decorated, conflicts, raw, snapshots)


def decorated_entries(session: Session, first: date, last: date, filter: ScheduleFilter = ALL, *,
                      calendar: WorkCalendar | None = None,
                      directory: Directory | None = None) -> tuple[list[WeekEntry], list[ScheduleConflict]]:
    """Entries of the days [first, last] with conflicts and amendments, then filtered."""
    window = _window(session, first, last, filter, calendar or office_calendar(session),
                     directory or load_directory(session))
    return window.entries, window.conflicts


def week(session: Session, monday: date, filter: ScheduleFilter = ALL) -> WeekSchedule:
    """The week laid out like the printed schedule: Thứ Hai … Chủ nhật, each Sáng / Chiều."""
    days = week_days(monday)
    calendar = office_calendar(session)
    directory = load_directory(session)
    window = _window(session, days[0], days[-1], filter, calendar, directory)
    by_slot: dict[tuple[date, str], list[WeekEntry]] = defaultdict(list)
    for entry in window.entries:
        by_slot[(entry.day, entry.half)].append(entry)
    week_days_ = []
    for day in days:
        info = calendar.describe(day)
        morning, afternoon = (HalfDayRow(h.value, HALF_DAY_LABELS[h], by_slot.get((day, h.value), []))
                              for h in (HalfDay.MORNING, HalfDay.AFTERNOON))
        week_days_.append(WeekDay(day, weekday_vi(day), info.is_working, info.name, (morning, afternoon)))
    published = latest_version(session, monday) if monday in window.snapshots else None
    changes: list[WeekChange] = []
    if published is not None:
        changes = [c for c in diff_weeks(window.snapshots[monday], window.raw)
                   if filter == ALL or filter.keeps(c.entry, directory)]
    return WeekSchedule(monday, week_days_, filter.label(directory), published, changes, window.conflicts)


# -- month and agenda ---------------------------------------------------------------------

@dataclass(frozen=True)
class MonthDay:
    day: date
    in_month: bool
    working: bool
    day_name: str
    entries: list[WeekEntry]


@dataclass(frozen=True)
class MonthSchedule:
    year: int
    month: int
    weeks: list[list[MonthDay]]  # Monday-first rows covering the month
    filter_label: str = ""

    @property
    def entries(self) -> list[WeekEntry]:
        return [e for w in self.weeks for d in w for e in d.entries]


def month(session: Session, year: int, month: int, filter: ScheduleFilter = ALL) -> MonthSchedule:
    """The month as Monday-first weeks (days of the neighbouring months included, greyed)."""
    weeks_ = _calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    first, last = weeks_[0][0], weeks_[-1][-1]
    calendar = office_calendar(session)
    directory = load_directory(session)
    entries, _conflicts = decorated_entries(session, first, last, filter, calendar=calendar, directory=directory)
    by_day: dict[date, list[WeekEntry]] = defaultdict(list)
    for entry in entries:
        by_day[entry.day].append(entry)
    rows = []
    for week_ in weeks_:
        row = []
        for day in week_:
            info = calendar.describe(day)
            row.append(MonthDay(day, day.month == month, info.is_working, info.name, by_day.get(day, [])))
        rows.append(row)
    return MonthSchedule(year, month, rows, filter.label(directory))


def agenda(session: Session, start: date, end: date, filter: ScheduleFilter = ALL) -> list[WeekEntry]:
    """Entries of the days [start, end] in order, for a list view."""
    entries, _conflicts = decorated_entries(session, start, end, filter)
    return entries


def conflicts(session: Session, start: date, end: date) -> list[ScheduleConflict]:
    """Every conflict of the days [start, end]: double bookings, absent leaders, days off."""
    _entries, found = decorated_entries(session, start, end)
    return found

