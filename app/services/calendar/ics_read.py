"""Reading an iCalendar (.ics) file into the office's terms, without a database.

Each UID becomes one :class:`IcsSeries`: the master VEVENT with its rule, its excluded days and
its edited instances (RECURRENCE-ID, wherever they are in the file), plus extra dates
(RDATE). Times become office time (Asia/Ho_Chi_Minh, naive) except a recurring rule, which
stays on its own zone's clock (``tzid``): "every Monday 20:00 in New York" is Tuesday 08:00
in Việt Nam in summer and 09:00 in winter, and only the zone's own rule knows which.
Floating times are office time; a calendar's X-WR-TIMEZONE applies to its UTC times, as
Google means it. An event whose DTEND equals its DTSTART is an instant; a timed event with
neither DTEND nor DURATION too; an all-day one without them lasts its day (RFC 5545 3.6.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, overload
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from app.errors import InvalidInput
from app.rules.recurrence import OFFICE_ZONE, format_rule, parse_rule, to_zone
from app.text import nfc

if TYPE_CHECKING:  # icalendar is imported when a file is read, not with this module
    from icalendar import Calendar, Component, vRecur

MAX_BYTES = 20 * 1024 * 1024
NO_TITLE = "(Không có tiêu đề)"
_OFFICE = ZoneInfo(OFFICE_ZONE)
# Zones whose clock is the office's all year: a rule there needs no zone of its own.
_OFFICE_CLOCKS = {OFFICE_ZONE, "Asia/Saigon"}


@dataclass(frozen=True)
class IcsTimes:
    """When one VEVENT happens, in office time (all-day: midnight to midnight after the last day)."""

    start: datetime
    end: datetime
    all_day: bool


@dataclass
class IcsInstance:
    """An edited occurrence (RECURRENCE-ID) or an extra date (RDATE) of a series."""

    rule_day: date  # the day the rule produced, on the series' clock
    times: IcsTimes
    title: str
    location: str
    notes: str
    cancelled: bool


@dataclass
class IcsSeries:
    """Everything the file says under one UID."""

    uid: str
    title: str = NO_TITLE
    location: str = ""
    notes: str = ""
    categories: list[str] = field(default_factory=list)
    cancelled: bool = False
    sequence: int = 0
    last_modified: datetime | None = None  # office time
    times: IcsTimes | None = None
    rrule: str = ""  # UNTIL on the series' clock
    tzid: str = ""  # the series' clock ("" = office time)
    exdates: set[date] = field(default_factory=set)
    instances: list[IcsInstance] = field(default_factory=list)  # edited occurrences
    extra: list[IcsInstance] = field(default_factory=list)  # RDATEs
    orphan: bool = False  # only edited instances, no master: stored as single events
    problem: str = ""

    @property
    def recurring(self) -> bool:
        return bool(self.rrule)


def read_calendar(content: bytes) -> Calendar:
    """The parsed calendar; InvalidInput if *content* is not one."""
    from icalendar import Calendar

    if len(content) > MAX_BYTES:
        raise InvalidInput("Tệp lịch quá lớn (tối đa 20 MB).")
    try:
        return Calendar.from_ical(content)
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        raise InvalidInput(f"Tệp không phải lịch iCalendar (.ics) hợp lệ: {exc}") from exc


def read_ics(content: bytes) -> list[IcsSeries]:
    """The series of the file, in file order of their first component."""
    calendar = read_calendar(content)
    wall = str(calendar.get("x-wr-timezone") or "").strip()
    reader = _Reader(_known_zone(wall))
    masters: dict[str, IcsSeries] = {}
    edits: dict[str, list[Component]] = {}
    order: list[str] = []
    for number, component in enumerate(calendar.walk("VEVENT")):
        uid = nfc(str(component.get("uid") or "")) or f"(không có UID #{number + 1})"
        if uid not in masters and uid not in edits:
            order.append(uid)
        if component.get("recurrence-id") is not None:
            edits.setdefault(uid, []).append(component)
        elif uid in masters:
            masters[uid + f" #{number + 1}"] = _duplicate(uid, number)
            order.append(uid + f" #{number + 1}")
        else:
            masters[uid] = reader.series(uid, component)
    result = []
    for uid in order:
        if uid in masters:
            series = masters[uid]
            for component in edits.get(uid, []):
                reader.add_instance(series, component)
            result.append(series)
        else:
            result.extend(reader.orphan(uid, component) for component in edits[uid])
    return result


def _duplicate(uid: str, number: int) -> IcsSeries:
    return IcsSeries(uid=uid, problem=f"Mã UID {uid} lặp lại trong tệp (mục thứ {number + 1}): chỉ nhập mục đầu.")


def _known_zone(name: str) -> str:
    if not name:
        return ""
    try:
        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return ""
    return name


def _text(component: Component, name: str) -> str:
    value = component.get(name)
    return nfc(str(value)) if value is not None else ""


def _zone_name(zone: tzinfo | None) -> str | None:
    """The IANA name of *zone*, "UTC" for UTC, None for a zone without a name."""
    if zone is None:
        return ""
    key = getattr(zone, "key", None) or getattr(zone, "zone", None)
    if key:
        return "UTC" if key in ("UTC", "Etc/UTC", "Z") else str(key)
    if zone is UTC or (zone.utcoffset(None) == timedelta(0) and str(zone).upper() in ("UTC", "UTC+00:00")):
        return "UTC"
    return None


class _Reader:
    def __init__(self, wall_zone: str) -> None:
        self.wall_zone = wall_zone

    # -- times ----------------------------------------------------------------------------

    def clock_of(self, value: date) -> str:
        """The zone a date-time's rule runs in ("" = office time; dates and floating)."""
        value = self.wall(value)
        if not isinstance(value, datetime) or value.tzinfo is None:
            return ""
        name = _zone_name(value.tzinfo)
        if name == "UTC" and self.wall_zone:
            name = self.wall_zone
        if name is None or name in _OFFICE_CLOCKS:
            return ""
        return name

    @overload
    def wall(self, value: datetime) -> datetime: ...
    @overload
    def wall(self, value: date) -> date: ...
    def wall(self, value: date) -> date:
        """*value* read with the calendar's X-WR-TIMEZONE: its floating and UTC times are that zone's."""
        if not self.wall_zone or not isinstance(value, datetime):
            return value
        if value.tzinfo is None:
            return value.replace(tzinfo=ZoneInfo(self.wall_zone))
        if _zone_name(value.tzinfo) == "UTC":
            return value.astimezone(ZoneInfo(self.wall_zone))
        return value

    @overload
    def office(self, value: datetime) -> datetime: ...
    @overload
    def office(self, value: date) -> date: ...
    def office(self, value: date) -> date:
        """A date stays a date; a date-time becomes naive office time (floating is office time)."""
        value = self.wall(value)
        if isinstance(value, datetime) and value.tzinfo is not None:
            return value.astimezone(_OFFICE).replace(tzinfo=None)
        return value

    def times(self, component: Component) -> IcsTimes:
        start_prop = component.get("dtstart")
        if start_prop is None:
            raise InvalidInput("Thiếu thời gian bắt đầu.")
        raw_start = self.wall(start_prop.dt)
        end_prop, duration = component.get("dtend"), component.get("duration")
        raw_end = self.wall(end_prop.dt) if end_prop is not None else None
        if raw_end is None and duration is not None:
            length = duration.dt
            if not isinstance(raw_start, datetime) and length % timedelta(days=1):
                raw_start = datetime.combine(raw_start, time.min)  # a date and hours: timed from midnight
            raw_end = _wall_add(raw_start, length)
        # a date mixed with a date-time: the date is midnight on the other one's clock
        if isinstance(raw_end, datetime) and not isinstance(raw_start, datetime):
            raw_start = datetime.combine(raw_start, time.min, tzinfo=raw_end.tzinfo)
        if isinstance(raw_start, datetime) and raw_end is not None and not isinstance(raw_end, datetime):
            raw_end = datetime.combine(raw_end, time.min, tzinfo=raw_start.tzinfo)
        if isinstance(raw_start, datetime) and isinstance(raw_end, datetime):
            # a floating time beside a zoned one is on that zone's clock
            if raw_start.tzinfo is None and raw_end.tzinfo is not None:
                raw_start = raw_start.replace(tzinfo=raw_end.tzinfo)
            elif raw_end.tzinfo is None and raw_start.tzinfo is not None:
                raw_end = raw_end.replace(tzinfo=raw_start.tzinfo)
        if isinstance(raw_start, datetime):
            start = self.office(raw_start)
            return IcsTimes(start, self.office(raw_end) if raw_end is not None else start, False)
        end_day = raw_end if raw_end is not None else raw_start + timedelta(days=1)
        return IcsTimes(datetime.combine(raw_start, time.min), datetime.combine(end_day, time.min), True)

    def rule_day(self, value: date, clock: str) -> date:
        """The day *value* (a RECURRENCE-ID, EXDATE, RDATE) is on the series' clock."""
        if not isinstance(value, datetime):
            return value
        return self.on_clock(value, clock).date()

    def on_clock(self, value: datetime, clock: str) -> datetime:
        value = self.wall(value)
        if value.tzinfo is None:
            return value
        return to_zone(value.astimezone(_OFFICE).replace(tzinfo=None), clock)

    # -- components -----------------------------------------------------------------------

    def series(self, uid: str, component: Component) -> IcsSeries:
        series = IcsSeries(uid=uid, title=_text(component, "summary") or NO_TITLE,
                           location=_text(component, "location"), notes=_text(component, "description"),
                           categories=_categories(component),
                           cancelled=str(component.get("status", "")).upper() == "CANCELLED",
                           sequence=_sequence(component), last_modified=self._modified(component))
        try:
            series.times = self.times(component)
            start = component.get("dtstart").dt
            rules = component.get("rrule")
            if rules is not None:
                if isinstance(rules, list):
                    if len(rules) > 1:
                        raise InvalidInput("Có nhiều quy tắc lặp (RRULE) trong một sự kiện: chưa hỗ trợ.")
                    rules = rules[0]
                series.tzid = self.clock_of(start)
                series.rrule = self.rule_text(rules, series.tzid, start)
                series.exdates = self.excluded(component, series)
            series.extra = self.extra_dates(component, series)
        except InvalidInput as exc:
            series.problem = str(exc)
        except (ValueError, TypeError, AttributeError) as exc:
            series.problem = f"Không đọc được sự kiện: {exc}"
        return series

    def rule_text(self, recur: vRecur, clock: str, start: date) -> str:
        parts = parse_rule(recur.to_ical().decode())  # type: ignore[no-untyped-call]  # unannotated in icalendar
        until = recur.get("UNTIL")
        if until:
            value = until[0] if isinstance(until, list) else until
            if isinstance(value, datetime) and not isinstance(start, datetime):
                # a date-time UNTIL on an all-day series (Outlook): compared as it is written
                parts["UNTIL"] = value.replace(tzinfo=None).strftime("%Y%m%dT%H%M%S")
            elif isinstance(value, datetime):
                parts["UNTIL"] = self.on_clock(value, clock).strftime("%Y%m%dT%H%M%S")
            elif isinstance(start, datetime):
                # a date UNTIL on a timed series: the whole day counts
                parts["UNTIL"] = datetime.combine(value, time(23, 59, 59)).strftime("%Y%m%dT%H%M%S")
            else:
                parts["UNTIL"] = value.strftime("%Y%m%d")
        return format_rule(parts)

    def anchor(self, series: IcsSeries) -> datetime:
        """The series' first start on its own clock."""
        assert series.times is not None
        return to_zone(series.times.start, series.tzid)

    def produces(self, series: IcsSeries, moment: datetime) -> bool:
        """True if the rule produces an occurrence at *moment* (on the series' clock)."""
        rule = rrulestr(series.rrule, dtstart=self.anchor(series))
        return bool(rule.between(moment, moment, inc=True))

    def excluded(self, component: Component, series: IcsSeries) -> set[date]:
        assert series.times is not None
        days: set[date] = set()
        for value in _date_values(component, "exdate"):
            if isinstance(value, datetime) and not series.times.all_day:
                moment = self.on_clock(value, series.tzid)
                if self.produces(series, moment):
                    days.add(moment.date())
            else:
                days.add(value.date() if isinstance(value, datetime) else value)
        return days

    def extra_dates(self, component: Component, series: IcsSeries) -> list[IcsInstance]:
        assert series.times is not None
        length = series.times.end - series.times.start
        found: list[IcsInstance] = []
        for value in _date_values(component, "rdate"):
            if isinstance(value, tuple):  # a PERIOD: start and end (or duration)
                first, other = value
                start = self.office(first)
                end = self.office(other if isinstance(other, datetime) else _wall_add(first, other))
            elif isinstance(value, datetime):
                start = self.office(value)
                end = self.office(_wall_add(value, length)) if value.tzinfo else start + length
            else:
                start = datetime.combine(value, time.min) if series.times.all_day else datetime.combine(
                    value, self.office(component.get("dtstart").dt).time())
                end = start + length
            moment = to_zone(start, series.tzid)
            if series.rrule and self.produces(series, moment):
                continue  # the rule makes it already
            if start == series.times.start and not series.rrule:
                continue
            found.append(IcsInstance(moment.date(), IcsTimes(start, end, series.times.all_day), series.title,
                                     series.location, series.notes, series.cancelled))
        return found

    def add_instance(self, series: IcsSeries, component: Component) -> None:
        if series.problem or series.times is None:
            return
        try:
            instance = self.instance(series, component)
        except InvalidInput as exc:
            series.problem = f"Buổi sửa riêng không đọc được: {exc}"
            return
        only = not series.recurring and not any(e.rule_day == instance.rule_day for e in series.extra)
        if only and instance.rule_day == to_zone(series.times.start, series.tzid).date():
            # an edit of a single event's only occurrence: the edit is the event
            series.times, series.title = instance.times, instance.title
            series.location, series.notes, series.cancelled = instance.location, instance.notes, instance.cancelled
            return
        series.extra = [e for e in series.extra if e.rule_day != instance.rule_day]
        series.instances = [i for i in series.instances if i.rule_day != instance.rule_day] + [instance]

    def instance(self, series: IcsSeries, component: Component) -> IcsInstance:
        assert series.times is not None
        rid = component.get("recurrence-id").dt
        if isinstance(rid, datetime) and series.times.all_day and rid.tzinfo is None:
            rid = rid.date()
        return IcsInstance(self.rule_day(rid, series.tzid), self.times(component),
                           _text(component, "summary") or NO_TITLE, _text(component, "location"),
                           _text(component, "description"),
                           str(component.get("status", "")).upper() == "CANCELLED")

    def orphan(self, uid: str, component: Component) -> IcsSeries:
        rid = component.get("recurrence-id").dt
        key = rid.isoformat() if not isinstance(rid, datetime) else self.office(rid).strftime("%Y%m%dT%H%M")
        series = self.series(f"{uid}#{key}", component)
        series.orphan, series.rrule, series.tzid, series.exdates, series.extra = True, "", "", set(), []
        return series

    def _modified(self, component: Component) -> datetime | None:
        value = component.get("last-modified") or component.get("dtstamp")
        moment = getattr(value, "dt", None)
        if isinstance(moment, datetime):
            return self.office(moment).replace(microsecond=0)
        return None


@overload
def _wall_add(moment: datetime, length: timedelta) -> datetime: ...
@overload
def _wall_add(moment: date, length: timedelta) -> date: ...
def _wall_add(moment: date, length: timedelta) -> date:
    """*moment* + *length* on its own wall clock (as iCalendar readers add a DURATION)."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        zone = moment.tzinfo
        return (moment.replace(tzinfo=None) + length).replace(tzinfo=zone)
    return moment + length


def _date_values(component: Component, name: str) -> list[Any]:
    """The dates, date-times and periods of a property (icalendar's own values)."""
    raw = component.get(name)
    if raw is None:
        return []
    values: list[Any] = []
    for group in raw if isinstance(raw, list) else [raw]:
        values.extend(item.dt for item in getattr(group, "dts", []))
    return values


def _categories(component: Component) -> list[str]:
    raw = component.get("categories")
    found: list[str] = []
    for group in raw if isinstance(raw, list) else ([raw] if raw is not None else []):
        found.extend(nfc(str(c)) for c in getattr(group, "cats", []))
    return found


def _sequence(component: Component) -> int:
    try:
        return int(component.get("sequence", 0))
    except (TypeError, ValueError):
        return 0
