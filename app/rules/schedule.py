"""The weekly leadership schedule (lịch công tác tuần): half-days, conflicts, week changes.

Pure functions over plain data. An entry of the schedule is a :class:`ScheduleEntry`,
the unit of a published snapshot; the office must see who is double-booked or booked
while away (004 Điều 15.2) and what changed since a published version (điều chỉnh,
bổ sung).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any


class HalfDay(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"


HALF_DAY_LABELS = {HalfDay.MORNING: "Sáng", HalfDay.AFTERNOON: "Chiều"}
NOON = time(12, 0)  # before noon is Sáng, from noon on Chiều
# Office hours of a whole half-day entered without a precise time (editable settings).
DEFAULT_HOURS = {
    HalfDay.MORNING: (time(7, 30), time(11, 30)),
    HalfDay.AFTERNOON: (time(13, 30), time(17, 0)),
}


def half_day_of(moment: datetime, noon: time = NOON) -> HalfDay:
    """Sáng for a start before *noon*, Chiều otherwise."""
    return HalfDay.MORNING if moment.time() < noon else HalfDay.AFTERNOON


def half_day_span(day: date, half: HalfDay | str,
                  hours: Mapping[HalfDay, tuple[time, time]] | None = None) -> tuple[datetime, datetime]:
    """Start and end of the whole half-day *half* of *day* in office hours."""
    start, end = (hours or DEFAULT_HOURS)[HalfDay(half)]
    return datetime.combine(day, start), datetime.combine(day, end)


def format_time(moment: datetime | time) -> str:
    """Time as Vietnamese schedules write it: "7h30", "14h00"."""
    return f"{moment.hour}h{moment.minute:02d}"


# Dates written from their fields, not by strftime: with PySide loaded, each strftime call
# imports the time module again through PySide's import hook (~6 µs, against ~0.7 µs), and a
# week's conflicts write hundreds of dates.

def day_month(day: date) -> str:
    """dd/mm: "02/03"."""
    return f"{day.day:02d}/{day.month:02d}"


def day_month_year(day: date) -> str:
    """dd/mm/yyyy: "02/03/2026"."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_days(monday: date) -> list[date]:
    """The seven days Thứ Hai … Chủ nhật of the week starting *monday*."""
    if monday.weekday() != 0:
        raise ValueError(f"Ngày {monday:%d/%m/%Y} không phải Thứ Hai.")
    return [monday + timedelta(days=i) for i in range(7)]


def iso_week(monday: date) -> str:
    """"2026-W10" for the week of *monday*."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """True if [a_start, a_end) and [b_start, b_end) share a moment."""
    return a_start < b_end and b_start < a_end


# -- entries ------------------------------------------------------------------------------

# Fields whose change is an amendment (điều chỉnh) of a published entry.
COMPARED_FIELDS = ("title", "chair", "leaders", "participants", "location", "preparing")


@dataclass(frozen=True)
class ScheduleEntry:
    """One row of the printed schedule, as published.

    ``key`` identifies the entry across versions: "e12" for a single event,
    "<series>@2026-03-25" for an occurrence of a series (the day its rule produced).
    """

    key: str
    day: date
    half: str  # HalfDay value
    start: datetime
    end: datetime
    time_label: str  # "8h00", "Cả ngày", "Cả buổi"
    title: str
    kind: str = "meeting"
    chair: str = ""
    leaders: str = ""
    participants: str = ""
    location: str = ""
    preparing: str = ""
    status: str = "draft"
    leader_ids: tuple[int, ...] = ()  # chair first, then the other leaders
    event_id: int = 0
    rule_day: date | None = None  # set for an occurrence of a series

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    def to_dict(self) -> dict[str, Any]:
        data = {f: getattr(self, f) for f in _ENTRY_FIELDS}
        for name in ("day", "rule_day"):
            data[name] = data[name].isoformat() if data[name] else None
        for name in ("start", "end"):
            data[name] = data[name].isoformat()
        data["leader_ids"] = list(self.leader_ids)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScheduleEntry:
        values = {k: data[k] for k in _ENTRY_FIELDS if k in data}
        values["day"] = date.fromisoformat(values["day"])
        values["rule_day"] = date.fromisoformat(values["rule_day"]) if values.get("rule_day") else None
        values["start"] = datetime.fromisoformat(values["start"])
        values["end"] = datetime.fromisoformat(values["end"])
        values["leader_ids"] = tuple(values.get("leader_ids") or ())
        return cls(**values)


_ENTRY_FIELDS = tuple(f for f in ScheduleEntry.__dataclass_fields__)


def entry_order(entry: ScheduleEntry) -> tuple[date, bool, datetime, str, str]:
    """Order of entries within the schedule: by day, half-day, time, then title."""
    return (entry.day, entry.half != HalfDay.MORNING, entry.start, entry.title, entry.key)


# -- conflicts ----------------------------------------------------------------------------

class ConflictKind(StrEnum):
    DOUBLE_BOOKED = "double_booked"  # a leader in two overlapping events
    ABSENT = "absent"  # a leader booked while on leave or away
    NON_WORKING_DAY = "non_working_day"  # an event on a day off (a warning)


@dataclass(frozen=True)
class Booking:
    """What conflict detection needs of an entry."""

    key: str
    title: str
    start: datetime
    end: datetime
    person_ids: frozenset[int] = frozenset()
    kind: str = "meeting"


@dataclass(frozen=True)
class AbsenceSpan:
    """A person away on the days [start, end]."""

    person_id: int
    start: date
    end: date
    reason: str = ""


@dataclass(frozen=True)
class ScheduleConflict:
    kind: ConflictKind
    keys: tuple[str, ...]  # the entries concerned
    day: date
    message: str
    person_id: int | None = None

    @property
    def is_warning(self) -> bool:
        """A day-off booking is a warning; the others are errors the office must resolve."""
        return self.kind is ConflictKind.NON_WORKING_DAY


def _day_span(start: datetime, end: datetime) -> tuple[date, date]:
    last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
    return start.date(), last


def find_conflicts(
    bookings: Iterable[Booking],
    absences: Iterable[AbsenceSpan] = (),
    is_working_day: Callable[[date], bool] | None = None,
    names: Mapping[int, str] | None = None,
    day_name: Callable[[date], str | None] | None = None,
) -> list[ScheduleConflict]:
    """Double bookings, bookings of absent leaders, and events on days off.

    A business trip is itself the absence, so it is not checked against absences (it is
    still checked against the leader's other events).
    """
    names = names or {}
    items = sorted(bookings, key=lambda b: (b.start, b.end, b.key))
    found: list[ScheduleConflict] = []

    def who(pid: int) -> str:
        return names.get(pid) or f"Cán bộ #{pid}"

    def when(b: Booking) -> str:
        whole_days = b.start.time() == time.min and b.end.time() == time.min
        return day_month(b.start) if whole_days else f"{format_time(b.start)} {day_month(b.start)}"

    # a leader in two overlapping events: sweep each leader's bookings in start order
    by_person: dict[int, list[Booking]] = defaultdict(list)
    for booking in items:
        for pid in booking.person_ids:
            by_person[pid].append(booking)
    for pid, own in by_person.items():
        active: list[Booking] = []
        for booking in own:
            active = [b for b in active if b.end > booking.start]
            for other in active:
                found.append(ScheduleConflict(
                    ConflictKind.DOUBLE_BOOKED, (other.key, booking.key), booking.start.date(),
                    f"Đ/c {who(pid)} trùng lịch: «{other.title}» ({when(other)}) "
                    f"và «{booking.title}» ({when(booking)}).",
                    pid))
            active.append(booking)

    # a leader booked while away
    away: dict[int, list[AbsenceSpan]] = defaultdict(list)
    for absence in absences:
        away[absence.person_id].append(absence)
    for booking in items:
        if booking.kind == "business_trip":
            continue
        first, last = _day_span(booking.start, booking.end)
        for pid in sorted(booking.person_ids):
            for absence in away.get(pid, ()):
                if absence.start <= last and absence.end >= first:
                    reason = f" ({absence.reason})" if absence.reason else ""
                    found.append(ScheduleConflict(
                        ConflictKind.ABSENT, (booking.key,), max(first, absence.start),
                        f"Đ/c {who(pid)} vắng từ {day_month(absence.start)} đến {day_month(absence.end)}{reason} "
                        f"nhưng có lịch «{booking.title}».",
                        pid))
                    break

    # an event on a day off: a warning
    if is_working_day is not None:
        for booking in items:
            day = booking.start.date()
            if not is_working_day(day):
                label = (day_name(day) if day_name else None) or "ngày nghỉ"
                found.append(ScheduleConflict(
                    ConflictKind.NON_WORKING_DAY, (booking.key,), day,
                    f"«{booking.title}» vào {day_month_year(day)} là {label}."))
    return found


# -- changes between versions ------------------------------------------------------------

class ChangeKind(StrEnum):
    ADDED = "added"  # bổ sung
    MOVED = "moved"  # đổi thời gian
    CANCELLED = "cancelled"  # hoãn, hủy
    CHANGED = "changed"  # điều chỉnh nội dung, thành phần, địa điểm…


CHANGE_LABELS = {
    ChangeKind.ADDED: "Bổ sung",
    ChangeKind.MOVED: "Đổi thời gian",
    ChangeKind.CANCELLED: "Hoãn/hủy",
    ChangeKind.CHANGED: "Điều chỉnh",
}
FIELD_LABELS = {
    "title": "nội dung", "chair": "chủ trì", "leaders": "lãnh đạo dự", "participants": "thành phần",
    "location": "địa điểm", "preparing": "đơn vị chuẩn bị", "time": "thời gian",
}


@dataclass(frozen=True)
class WeekChange:
    kind: ChangeKind
    key: str
    before: ScheduleEntry | None
    after: ScheduleEntry | None
    fields: tuple[str, ...] = field(default=())

    @property
    def entry(self) -> ScheduleEntry:
        """The entry as it is now (as it was, for a removed one)."""
        entry = self.after or self.before
        assert entry is not None  # a change has the entry before it, after it, or both
        return entry

    def describe(self) -> str:
        """One Vietnamese line: "Điều chỉnh: Họp … (địa điểm, thành phần)"."""
        text = f"{CHANGE_LABELS[self.kind]}: {self.entry.title}"
        if self.kind is ChangeKind.MOVED and self.before and self.after:
            text += (f" (từ {format_time(self.before.start)} {day_month(self.before.start)} "
                     f"sang {format_time(self.after.start)} {day_month(self.after.start)})")
        elif self.fields:
            text += " (" + ", ".join(FIELD_LABELS.get(f, f) for f in self.fields) + ")"
        return text


def diff_weeks(old: Sequence[ScheduleEntry], new: Sequence[ScheduleEntry]) -> list[WeekChange]:
    """What changed from the schedule *old* (a published version) to *new*.

    An entry missing from *new* or cancelled in it is CANCELLED; one missing from *old* is
    ADDED; a new time is MOVED (other field changes listed too); other edits are CHANGED.
    """
    before = {e.key: e for e in old if not e.cancelled}
    after = {e.key: e for e in new}
    changes: list[WeekChange] = []
    for key, entry in after.items():
        previous = before.get(key)
        if previous is None:
            if not entry.cancelled:
                changes.append(WeekChange(ChangeKind.ADDED, key, None, entry))
            continue
        if entry.cancelled:
            changes.append(WeekChange(ChangeKind.CANCELLED, key, previous, entry))
            continue
        fields = tuple(f for f in COMPARED_FIELDS if getattr(previous, f) != getattr(entry, f))
        if (previous.start, previous.end) != (entry.start, entry.end):
            changes.append(WeekChange(ChangeKind.MOVED, key, previous, entry, ("time", *fields)))
        elif fields:
            changes.append(WeekChange(ChangeKind.CHANGED, key, previous, entry, fields))
    for key, entry in before.items():
        if key not in after:
            changes.append(WeekChange(ChangeKind.CANCELLED, key, entry, None))
    changes.sort(key=lambda c: entry_order(c.entry))
    return changes


def entries_as_dicts(entries: Iterable[ScheduleEntry]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in entries]
