"""Read side of the work calendar: the entries of a time window, expanded from single
events and recurring series, with their names resolved, their conflicts and amendments.

The week, month and agenda views (:mod:`app.services.calendar.views`) are built on
:func:`entries_between`.  Business trips of leaders are an absence source for the org
chart (``source="trip"``).
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol

from sqlalchemy import bindparam, literal, or_, union_all
from sqlalchemy import select as sa_select
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col, select

from app.errors import InvalidInput
from app.rules.recurrence import SHIFT_MARGIN, expand
from app.rules.schedule import (
    DEFAULT_HOURS,
    NOON,
    AbsenceSpan,
    Booking,
    HalfDay,
    ScheduleConflict,
    ScheduleEntry,
    day_month,
    entry_order,
    find_conflicts,
    format_time,
    half_day_of,
)
from app.rules.workdays import WorkCalendar
from app.services.admin import settings
from app.services.admin.settings import SettingSpec
from app.services.calendar.workdays import office_calendar
from app.services.org.read import ABSENCE_SOURCE_MODULES, ABSENCE_SOURCES, Absence, absence_source
from app.services.plain_reads import rows as plain_rows
from app.services.read_cache import cached
from app.text import fold, weekday_vi
from db.models import BodyMember, Event, EventLeader, EventUnit, Person, Position, Unit
from db.models.base import id_of, stored_id

# Longest single event: business trips included. Bounds the window queries (see bench).
MAX_EVENT_DAYS = 62
MAX_EVENT_SPAN = timedelta(days=MAX_EVENT_DAYS)
STANDING_BODY_CODE = "thuong_truc"
OFFICE_LEADER_ROLES = ("chief", "deputy_chief")
LEADERSHIP_ROLES = ("secretary", "standing_deputy_secretary", "deputy_secretary")
KIND_LABELS = {
    "meeting": "Họp, hội nghị",
    "field_visit": "Đi cơ sở",
    "reception": "Tiếp khách",
    "business_trip": "Công tác",
    "other": "Khác",
}
STATUS_LABELS = {"draft": "Dự kiến", "published": "Đã công bố", "changed": "Điều chỉnh", "cancelled": "Hoãn/hủy"}

settings.declare(
    SettingSpec("calendar.noon", "Lịch: giờ chia buổi sáng/chiều (HH:MM)", "12:00", str, minimum=None),
    SettingSpec("calendar.morning_hours", "Lịch: giờ làm việc buổi sáng (HH:MM-HH:MM)", "07:30-11:30", str,
                minimum=None),
    SettingSpec("calendar.afternoon_hours", "Lịch: giờ làm việc buổi chiều (HH:MM-HH:MM)", "13:30-17:00", str,
                minimum=None),
    SettingSpec("calendar.recipients", "Lịch tuần in ra: nơi nhận (phân cách bằng dấu ;)",
                "Thường trực Tỉnh ủy (b/c); Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy; Lãnh đạo Văn phòng; "
                "Các phòng, đơn vị thuộc Văn phòng; Lưu Văn phòng", str, minimum=None),
    SettingSpec("calendar.signer_authority",
                "Lịch tuần in ra: thẩm quyền ký (trống: T/L BAN THƯỜNG VỤ nếu là cơ quan Đảng)", "", str,
                minimum=None),
)


# -- settings -----------------------------------------------------------------------------

def _parse_time(text: str) -> time:
    hours, _, minutes = text.strip().replace("h", ":").partition(":")
    return time(int(hours), int(minutes or 0))


@dataclass(frozen=True)
class OfficeHours:
    """Where Sáng ends and the hours of a whole half-day (from the office's settings)."""

    noon: time = NOON
    hours: dict[HalfDay, tuple[time, time]] | None = None  # None: DEFAULT_HOURS

    def span(self, day: date, half: HalfDay | str) -> tuple[datetime, datetime]:
        start, end = (self.hours or DEFAULT_HOURS)[HalfDay(half)]
        return datetime.combine(day, start), datetime.combine(day, end)


def office_hours(session: Session) -> OfficeHours:
    """The office's hours; a malformed setting falls back to the default."""
    def pair(key: str, default: tuple[time, time]) -> tuple[time, time]:
        try:
            first, second = str(settings.get(session, key)).split("-")
            result = (_parse_time(first), _parse_time(second))
            return result if result[0] < result[1] else default
        except (ValueError, KeyError):
            return default
    try:
        noon = _parse_time(str(settings.get(session, "calendar.noon")))
    except (ValueError, KeyError):
        noon = NOON
    return OfficeHours(noon, {
        HalfDay.MORNING: pair("calendar.morning_hours", DEFAULT_HOURS[HalfDay.MORNING]),
        HalfDay.AFTERNOON: pair("calendar.afternoon_hours", DEFAULT_HOURS[HalfDay.AFTERNOON]),
    })


# -- who is who ---------------------------------------------------------------------------

class Directory:
    """Names of people and units, and the leader groups used by the filters.

    People's names are read when first asked, those of many people in one query
    (:meth:`names_of`): a week names a few dozen of the office's people, and reading all of
    them (a thousand in a big office) was a tenth of the calendar's read.
    """

    def __init__(self, session: Session, units: dict[int, str], standing: frozenset[int],
                 office_leaders: frozenset[int]) -> None:
        self._session = session
        self.units = units
        self.standing = standing  # members of the Thường trực
        self.office_leaders = office_leaders  # chief and deputy chiefs
        self._names: dict[int, str] = {}
        self._unknown: set[int] = set()  # ids asked for that name no person

    def names_of(self, ids: Iterable[int | None]) -> dict[int, str]:
        """person id -> full name for *ids* (those naming no person left out)."""
        wanted = {pid for pid in ids if pid is not None}
        missing = sorted(pid for pid in wanted if pid not in self._names and pid not in self._unknown)
        for chunk in _chunks(missing):
            self._names.update((stored_id(pid), name) for pid, name in plain_rows(self._session, _NAMES, {"ids": chunk}))
        self._unknown.update(pid for pid in missing if pid not in self._names)
        return {pid: self._names[pid] for pid in wanted if pid in self._names}

    def person(self, pid: int | None) -> str:
        if pid is None:
            return ""
        name = self._names.get(pid)  # most often known: read with the others of its window
        return name if name is not None else self.names_of((pid,)).get(pid, f"#{pid}")


_NAMES = sa_select(col(Person.id), col(Person.full_name)).where(col(Person.id).in_(bindparam("ids", expanding=True)))


def load_directory(session: Session) -> Directory:
    """Units and groups, read once per transaction (the calendar's reads and checks all want it);
    people's names as they are asked for."""
    return cached(session, "calendar.directory", _DIRECTORY_TABLES, lambda: _read_directory(session))


_DIRECTORY_TABLES = frozenset({"person", "position", "unit", "body_member"})


# The leader groups in one statement: the members of the Thường trực, then the office's leaders
_GROUPS: Any = union_all(
    sa_select(col(BodyMember.person_id), literal("standing")).join(Unit, col(Unit.id) == col(BodyMember.body_id))
    .where(col(Unit.code) == STANDING_BODY_CODE),
    sa_select(col(Person.id), literal("office")).join(Position, col(Position.id) == col(Person.position_id))
    .where(col(Position.role).in_(OFFICE_LEADER_ROLES)))
_UNITS = sa_select(col(Unit.id), col(Unit.name))


def _read_directory(session: Session) -> Directory:
    groups = plain_rows(session, _GROUPS)
    return Directory(
        session,
        units={stored_id(uid): name for uid, name in plain_rows(session, _UNITS)},
        standing=frozenset(stored_id(pid) for pid, group in groups if group == "standing"),
        office_leaders=frozenset(stored_id(pid) for pid, group in groups if group == "office"),
    )


@dataclass(frozen=True)
class ScheduleFilter:
    """Which entries a view shows: all, one leader's, the Thường trực's or the office leaders'."""

    leader_id: int | None = None
    group: str = ""  # "" | "standing" | "office"

    def __post_init__(self) -> None:
        if self.group not in ("", "standing", "office"):
            raise InvalidInput(f"Bộ lọc không hợp lệ: {self.group}")

    def keeps(self, entry: ScheduleEntry, directory: Directory) -> bool:
        ids = set(entry.leader_ids)
        if self.leader_id is not None and self.leader_id not in ids:
            return False
        if self.group == "standing" and not ids & directory.standing:
            return False
        return not (self.group == "office" and not ids & directory.office_leaders)

    def label(self, directory: Directory) -> str:
        if self.leader_id is not None:
            return f"Lịch của Đ/c {directory.person(self.leader_id)}"
        return {"standing": "Lịch của Thường trực", "office": "Lịch của Lãnh đạo Văn phòng"}.get(self.group, "")


ALL = ScheduleFilter()


def resolve_leader(session: Session, text: str) -> int:
    """A leader's id from an id or a name (diacritics ignored); InvalidInput if unknown or ambiguous."""
    text = (text or "").strip()
    if text.isascii() and text.isdigit():
        if session.get(Person, int(text)) is None:
            raise InvalidInput(f"Không tìm thấy lãnh đạo có mã {text}.")
        return int(text)
    wanted = fold(text[:200])
    if not wanted:
        raise InvalidInput("Hãy cho biết tên hoặc mã của lãnh đạo.")
    rows = session.exec(select(Person.id, Person.full_name)
                        .where(col(Person.search_key).contains(wanted, autoescape=True))).all()
    exact = [pid for pid, name in rows if fold(name) == wanted]
    if len(exact) == 1:
        return stored_id(exact[0])
    if len(rows) == 1:
        return stored_id(rows[0][0])
    if not rows:
        raise InvalidInput(f"Không tìm thấy lãnh đạo: {text}")
    raise InvalidInput(f"Có {len(rows)} người tên «{text}»; hãy dùng mã số (vanphong list people).")


# -- expansion ----------------------------------------------------------------------------

def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _links(session: Session, table: type[EventLeader] | type[EventUnit], column: Mapped[int],
           start: datetime, end: datetime, kind: str | None) -> dict[int, list[int]]:
    """event id -> the people (or units) linked to it, for the events of the window [start, end)
    (:func:`window_rows`): the links are read by the window's own conditions, not by a list of
    a few hundred ids each bound as a parameter."""
    found: dict[int, list[int]] = {}
    for event_id, other in plain_rows(session, _links_statement(table, column, kind is not None),
                                      _window_parameters(start, end, kind)):
        found.setdefault(event_id, []).append(other)
    return found


@functools.cache
def _links_statement(table: type[EventLeader] | type[EventUnit], column: Mapped[int], of_kind: bool) -> Any:
    singles, series = _window_conditions(of_kind)
    ids = union_all(sa_select(col(Event.id)).where(*singles), sa_select(col(Event.id)).where(*series))
    return sa_select(col(table.event_id), column).where(col(table.event_id).in_(ids)).order_by(col(table.id))


class EventFields(Protocol):
    """The columns of an event an entry is made of: an :class:`Event`, or a row of
    :data:`WINDOW_COLUMNS` read by :func:`window_rows`."""

    id: int | None
    title: str
    kind: str
    start_at: datetime
    end_at: datetime
    all_day: bool
    half_day: str | None
    location: str
    chair_id: int | None
    participants: str
    preparing_unit_id: int | None
    preparing_text: str
    status: str
    recurring: bool
    rrule: str
    exdates: str
    workday_shift: str
    tzid: str
    recurrence_day: date | None
    series_key: str


# The columns window_rows reads (plain rows, not ORM objects: a week's ~200 rows cost more to
# build and to read attribute by attribute as objects than to read from the database)
WINDOW_COLUMNS = tuple(col(c) for c in (
    Event.id, Event.title, Event.kind, Event.start_at, Event.end_at, Event.all_day, Event.half_day,
    Event.location, Event.chair_id, Event.participants, Event.preparing_unit_id, Event.preparing_text,
    Event.status, Event.recurring, Event.rrule, Event.exdates, Event.workday_shift, Event.tzid,
    Event.recurrence_day, Event.series_key))


# The window's statements are made once, with parameters (building them again for every read
# was a tenth of a week's read): _window_parameters gives their values.

@functools.cache
def _window_conditions(of_kind: bool) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The conditions of the single events and of the series that may have an occurrence
    overlapping the window (of one kind, if *of_kind*)."""
    kind = (col(Event.kind) == bindparam("kind"),) if of_kind else ()
    singles = (col(Event.recurring) == False,  # noqa: E712
               col(Event.start_at) >= bindparam("lookback"), col(Event.start_at) < bindparam("end"),
               or_(col(Event.end_at) > bindparam("start"), col(Event.start_at) == bindparam("start")),  # an instant
               *kind)
    series = (col(Event.recurring) == True,  # noqa: E712
              col(Event.start_at) < bindparam("series_end"),
              or_(col(Event.range_end).is_(None), col(Event.range_end) > bindparam("series_start")), *kind)
    return singles, series


@functools.cache
def _rows_statements(of_kind: bool) -> tuple[Any, Any]:
    singles, series = _window_conditions(of_kind)
    return sa_select(*WINDOW_COLUMNS).where(*singles), sa_select(*WINDOW_COLUMNS).where(*series)


def _window_parameters(start: datetime, end: datetime, kind: str | None) -> dict[str, Any]:
    values: dict[str, Any] = {"lookback": start - MAX_EVENT_SPAN, "start": start, "end": end,
                              "series_end": end + SHIFT_MARGIN, "series_start": start - SHIFT_MARGIN}
    if kind is not None:
        values["kind"] = kind
    return values


def window_rows(session: Session, start: datetime, end: datetime, kind: str | None = None) -> list[EventFields]:
    """Event rows (:data:`WINDOW_COLUMNS`) that may have an occurrence overlapping [start, end)
    (of *kind* only, if given)."""
    singles, series = _rows_statements(kind is not None)
    values = _window_parameters(start, end, kind)
    return [*plain_rows(session, singles, values), *plain_rows(session, series, values)]  # Row: columns as attributes


def entry_key(row: EventFields, rule_day: date | None = None) -> str:
    if row.recurrence_day is not None:
        return f"{row.series_key}@{row.recurrence_day.isoformat()}"
    if rule_day is not None:
        return f"{row.series_key}@{rule_day.isoformat()}"
    return f"e{row.id}"


def time_label(start: datetime, end: datetime, *, all_day: bool, half_day: str | None) -> str:
    last = (end - timedelta(microseconds=1)).date()
    if all_day:
        if last == start.date():
            return "Cả ngày"
        return (f"{start.day:02d}–{day_month(last)}" if last.month == start.month
                else f"{day_month(start)}–{day_month(last)}")
    text = "Cả buổi" if half_day else format_time(start)
    if last > start.date():
        text += f" (đến {day_month(last)})"
    return text


def exdates_of(row: EventFields) -> list[date]:
    try:
        return [date.fromisoformat(d) for d in json.loads(row.exdates or "[]")]
    except (ValueError, TypeError):
        return []


def entries_between(session: Session, start: datetime, end: datetime, *,
                    calendar: WorkCalendar | None = None, hours: OfficeHours | None = None,
                    directory: Directory | None = None, kind: str | None = None) -> list[ScheduleEntry]:
    """Every entry (cancelled ones included) overlapping [start, end), in schedule order (only
    those of *kind*, if given).

    A multi-day entry is listed once, on its first day inside the window.
    """
    rows = window_rows(session, start, end, kind)
    if not rows:
        return []
    calendar = calendar or office_calendar(session)
    hours = hours or office_hours(session)
    directory = directory or load_directory(session)
    leaders = _links(session, EventLeader, col(EventLeader.person_id), start, end, kind)
    units = _links(session, EventUnit, col(EventUnit.unit_id), start, end, kind)
    directory.names_of([*(r.chair_id for r in rows), *(p for people in leaders.values() for p in people)])
    entries: list[ScheduleEntry] = []
    for row in rows:
        duration = row.end_at - row.start_at
        occurrences: list[tuple[date | None, datetime, datetime]]
        if row.recurring:
            occurrences = [(o.rule_day, o.start, o.end) for o in expand(
                row.rrule, row.start_at, duration, start, end, exdates=exdates_of(row),
                shift=row.workday_shift, is_working_day=calendar.is_working_day, zone=row.tzid)]
        else:
            occurrences = [(row.recurrence_day, row.start_at, row.end_at)]
        for rule_day, occ_start, occ_end in occurrences:
            entries.append(_entry(row, rule_day, occ_start, occ_end, start, hours, directory,
                                  leaders.get(id_of(row), []), units.get(id_of(row), [])))
    entries.sort(key=entry_order)
    return entries


def _entry(row: EventFields, rule_day: date | None, start: datetime, end: datetime, window_start: datetime,
           hours: OfficeHours, directory: Directory, leader_ids: list[int], unit_ids: list[int]) -> ScheduleEntry:
    day = max(start.date(), window_start.date())
    if row.all_day or day > start.date():
        half = HalfDay.MORNING
    elif row.half_day:
        half = HalfDay(row.half_day)
    else:
        half = half_day_of(start, hours.noon)
    others = [pid for pid in leader_ids if pid != row.chair_id]
    people = ([row.chair_id] if row.chair_id is not None else []) + others
    participants = "; ".join(x for x in (row.participants, ", ".join(
        directory.units.get(u, "") for u in unit_ids)) if x)
    return ScheduleEntry(
        key=entry_key(row, rule_day if row.recurring else None),
        day=day, half=half.value, start=start, end=end,
        time_label=time_label(start, end, all_day=row.all_day, half_day=row.half_day),
        title=row.title, kind=row.kind,
        chair=f"Đ/c {directory.person(row.chair_id)}" if row.chair_id is not None else "",
        leaders=", ".join(f"Đ/c {directory.person(pid)}" for pid in others),
        participants=participants, location=row.location,
        preparing=directory.units.get(row.preparing_unit_id, "") if row.preparing_unit_id else row.preparing_text,
        status=row.status, leader_ids=tuple(people), event_id=id_of(row),
        rule_day=rule_day,
    )


# -- conflicts ----------------------------------------------------------------------------

def bookings_of(entries: Iterable[ScheduleEntry]) -> list[Booking]:
    return [Booking(e.key, e.title, e.start, e.end, frozenset(e.leader_ids), e.kind)
            for e in entries if not e.cancelled and e.leader_ids]


def absence_spans(session: Session, first: date, last: date) -> list[AbsenceSpan]:
    """Absences from every source except the calendar's own trips (those are bookings): the
    trips' source is not even asked (it would read the window's entries a second time)."""
    for name in ABSENCE_SOURCE_MODULES:
        importlib.import_module(name)
    return [AbsenceSpan(a.person_id, a.start, a.end, a.reason)
            for source in ABSENCE_SOURCES if source is not _trip_absences
            for a in source(session, first, last) if a.source != "trip"]


def series_window(first: date, last: date) -> tuple[datetime, datetime]:
    return datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)


@absence_source
def _trip_absences(session: Session, first: date, last: date) -> list[Absence]:
    """Leaders away on a business trip (kind business_trip, not cancelled)."""
    start, end = series_window(first, last)
    found: list[Absence] = []
    for entry in entries_between(session, start, end, kind="business_trip"):
        if not entry.cancelled:
            last_day = (entry.end - timedelta(microseconds=1)).date()
            found.extend(Absence(pid, entry.start.date(), last_day, entry.title, None, "trip")
                         for pid in entry.leader_ids)
    return found


def find_entry_conflicts(session: Session, entries: Sequence[ScheduleEntry], first: date, last: date,
                         calendar: WorkCalendar, directory: Directory) -> list[ScheduleConflict]:
    return find_booking_conflicts(session, bookings_of(entries), first, last, calendar, directory)


def find_booking_conflicts(session: Session, bookings: Sequence[Booking], first: date, last: date,
                           calendar: WorkCalendar, directory: Directory) -> list[ScheduleConflict]:
    """The conflicts among *bookings* and with the absences and days off of [first, last], the
    people named by the bookings' names read in one query."""
    return find_conflicts(bookings, absence_spans(session, first, last),
                          calendar.is_working_day, directory.names_of(p for b in bookings for p in b.person_ids),
                          lambda d: calendar.holiday_name(d) or weekday_vi(d))
