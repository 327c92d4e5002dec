"""Recurring events: RFC 5545 RRULE expansion with exception days and the working-day shift.

A series is an RRULE (python-dateutil) anchored at its first start.  Each occurrence is
identified by the day the rule produced (``rule_day``), even when the occurrence was moved:
exception days (EXDATE) and edited occurrences refer to that day.

The office's briefing (giao ban) is "monthly on day 25; if that is a day off, the chief
decides" (002 Điều 19.2; 000 Điều 11): a series can move an occurrence that falls on a day
off to the next — or the previous — working day (:class:`WorkdayShift`), the office chooses
per series.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

# Sub-daily rules make no sense for a leadership schedule (and would break one-occurrence-a-day).
FREQUENCIES = {"DAILY": "ngày", "WEEKLY": "tuần", "MONTHLY": "tháng", "YEARLY": "năm"}
_FORBIDDEN_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND", "DTSTART")
_WEEKDAYS = {"MO": "Thứ Hai", "TU": "Thứ Ba", "WE": "Thứ Tư", "TH": "Thứ Năm", "FR": "Thứ Sáu",
             "SA": "Thứ Bảy", "SU": "Chủ nhật"}
# How far a moved occurrence may travel: longer than any run of days off (Tết is ~9 days).
SHIFT_MARGIN = timedelta(days=20)
MAX_OCCURRENCES = 5000
OFFICE_ZONE = "Asia/Ho_Chi_Minh"
# A series kept in another time zone (imported: "every Monday 10:00 in Berlin") is expanded in
# that zone's wall time, then converted to office time; a day on either side covers any offset.
_ZONE_MARGIN = timedelta(days=2)


class WorkdayShift(StrEnum):
    """What to do with an occurrence that falls on a day off."""

    KEEP = ""
    NEXT = "next"  # move to the next working day
    PREVIOUS = "previous"  # move to the previous working day


SHIFT_LABELS = {
    WorkdayShift.KEEP: "giữ nguyên ngày",
    WorkdayShift.NEXT: "chuyển sang ngày làm việc kế tiếp",
    WorkdayShift.PREVIOUS: "chuyển về ngày làm việc liền trước",
}


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of a series."""

    rule_day: date  # the day the rule produced: the occurrence's identity
    start: datetime
    end: datetime

    @property
    def moved(self) -> bool:
        """True when the working-day shift moved it off its rule day."""
        return self.start.date() != self.rule_day


# -- time zones ---------------------------------------------------------------------------

@lru_cache(maxsize=64)
def zone_info(name: str) -> ZoneInfo:
    """The IANA zone *name*; ValueError (Vietnamese) if unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"Múi giờ không hợp lệ: {name}") from None


def to_zone(moment: datetime, zone: str) -> datetime:
    """Office wall time *moment* as wall time in *zone* (naive both)."""
    if not zone:
        return moment
    aware = moment.replace(tzinfo=zone_info(OFFICE_ZONE))
    return aware.astimezone(zone_info(zone)).replace(tzinfo=None)


def from_zone(moment: datetime, zone: str) -> datetime:
    """Wall time *moment* in *zone* as office wall time (naive both).

    A wall time skipped by a spring-forward transition is read with the offset before it,
    as RFC 5545 3.3.5 asks (02:30 on that night is 03:30 summer time).
    """
    if not zone:
        return moment
    aware = moment.replace(tzinfo=zone_info(zone))
    return aware.astimezone(zone_info(OFFICE_ZONE)).replace(tzinfo=None)


# -- the rule text ------------------------------------------------------------------------

def parse_rule(text: str) -> dict[str, str]:
    """The parts of an RRULE ("FREQ=MONTHLY;BYMONTHDAY=25"), keys upper-case, in order.

    Accepts an optional "RRULE:" prefix. Raises ValueError (Vietnamese) on a malformed rule.
    """
    body = (text or "").strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for chunk in body.split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        key, sep, value = chunk.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"Quy tắc lặp không hợp lệ: {text!r}")
        parts[key.strip().upper()] = value.strip().upper()
    if not parts:
        raise ValueError("Quy tắc lặp trống.")
    return parts


def format_rule(parts: dict[str, str]) -> str:
    """The RRULE text of *parts* (FREQ first)."""
    ordered = {"FREQ": parts["FREQ"], **{k: v for k, v in parts.items() if k != "FREQ"}}
    return ";".join(f"{k}={v}" for k, v in ordered.items())


def _format_until(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _parse_until(value: str) -> datetime:
    value = value.rstrip("Z")
    if "T" in value:
        return datetime.strptime(value, "%Y%m%dT%H%M%S")
    return datetime.combine(datetime.strptime(value, "%Y%m%d").date(), time(23, 59, 59))


def normalise_rule(text: str, dtstart: datetime, zone: str = "") -> str:
    """Check *text* and return it in canonical form ("" for no recurrence).

    UNTIL is made local and naive (events are in office time, or in the series' *zone*); a
    bare date UNTIL includes that whole day.
    """
    if not (text or "").strip():
        return ""
    dtstart = to_zone(dtstart, zone)
    parts = parse_rule(text)
    freq = parts.get("FREQ")
    if freq not in FREQUENCIES:
        raise ValueError("Chỉ hỗ trợ lặp theo ngày, tuần, tháng hoặc năm.")
    for key in _FORBIDDEN_PARTS:
        if key in parts:
            raise ValueError(f"Quy tắc lặp không được có {key}.")
    if "COUNT" in parts and "UNTIL" in parts:
        raise ValueError("Quy tắc lặp không thể có cả COUNT và UNTIL.")
    if "COUNT" in parts:
        try:
            count = int(parts["COUNT"])
        except ValueError:
            raise ValueError(f"Số lần lặp không hợp lệ: {parts['COUNT']}") from None
        if not 1 <= count <= MAX_OCCURRENCES:
            raise ValueError(f"Số lần lặp phải từ 1 đến {MAX_OCCURRENCES}.")
    if "UNTIL" in parts:
        try:
            until = _parse_until(parts["UNTIL"])
        except ValueError:
            raise ValueError(f"Ngày kết thúc lặp không hợp lệ: {parts['UNTIL']}") from None
        if until < dtstart:
            raise ValueError("Ngày kết thúc lặp phải sau lần đầu tiên.")
        parts["UNTIL"] = _format_until(until)
    canonical = format_rule(parts)
    try:
        _rule(canonical, dtstart)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"Quy tắc lặp không hợp lệ: {text!r}") from exc
    return canonical


def _rule(text: str, dtstart: datetime) -> rrule:
    # one RRULE line without forceset parses to an rrule, not an rruleset
    return rrulestr(text, dtstart=dtstart)  # type: ignore[return-value]


def monthly_on_day(day: int, *, interval: int = 1) -> str:
    """The RRULE of "monthly on day *day*" (giao ban on day 25: ``monthly_on_day(25)``)."""
    if not 1 <= day <= 31:
        raise ValueError("Ngày trong tháng phải từ 1 đến 31.")
    if interval < 1:
        raise ValueError("Khoảng lặp phải từ 1 trở lên.")
    rule = f"FREQ=MONTHLY;BYMONTHDAY={day}"
    return rule + (f";INTERVAL={interval}" if interval > 1 else "")


# -- expansion ----------------------------------------------------------------------------

def rule_days(text: str, dtstart: datetime, first: date, last: date) -> list[datetime]:
    """The starts the rule produces on days in [first, last] (before any shift or exception)."""
    if last < first:
        return []
    lo = max(datetime.combine(first, time.min), dtstart)
    hi = datetime.combine(last, time.max)
    if hi < lo:
        return []
    return list(_rule(text, dtstart).between(lo, hi, inc=True))


def _shifted(day: date, shift: WorkdayShift, is_working_day: Callable[[date], bool] | None) -> date:
    if shift is WorkdayShift.KEEP or is_working_day is None or is_working_day(day):
        return day
    step = timedelta(days=1 if shift is WorkdayShift.NEXT else -1)
    moved = day
    for _ in range(SHIFT_MARGIN.days):
        moved += step
        if is_working_day(moved):
            return moved
    return day  # no working day near: keep it (the office will see the warning)


def expand(
    text: str,
    dtstart: datetime,
    duration: timedelta,
    window_start: datetime,
    window_end: datetime,
    *,
    exdates: Iterable[date] = (),
    shift: WorkdayShift | str = WorkdayShift.KEEP,
    is_working_day: Callable[[date], bool] | None = None,
    zone: str = "",
) -> list[Occurrence]:
    """Occurrences of the series overlapping [window_start, window_end), in time order.

    *exdates* are rule days to skip. With a *shift*, an occurrence on a day off moves to
    the next/previous working day (*is_working_day*, e.g. ``WorkCalendar.is_working_day``).
    An empty *text* is a single event: its one occurrence if it overlaps. A zero *duration*
    (an instant, e.g. a deadline) overlaps the window when it starts inside it.

    With a *zone* (an IANA name), the rule runs on that zone's wall clock from *dtstart*
    (office time) seen there; rule days and *exdates* are that zone's days, and each
    occurrence is converted back to office time — so "Mondays 20:00 in New York" lands on
    Tuesday morning in Việt Nam, an hour earlier in summer.
    """
    if duration < timedelta(0):
        raise ValueError("Thời gian kết thúc phải sau thời gian bắt đầu.")
    if zone and text:
        return _expand_in_zone(text, dtstart, duration, window_start, window_end, set(exdates), zone)
    shift = WorkdayShift(shift)
    skip = set(exdates)
    if not text:
        starts = [dtstart]
    else:
        margin = duration + (SHIFT_MARGIN if shift is not WorkdayShift.KEEP else timedelta(0))
        starts = rule_days(text, dtstart, (window_start - margin).date(), (window_end + margin).date())
    result: list[Occurrence] = []
    taken: set[date] = set()
    for start in starts:
        rule_day = start.date()
        if rule_day in skip:
            continue
        day = _shifted(rule_day, shift, is_working_day)
        if day in taken:  # a daily rule shifted onto its neighbour: one meeting that day
            continue
        moved_start = datetime.combine(day, start.time())
        end = moved_start + duration
        if _overlaps(moved_start, end, window_start, window_end):
            taken.add(day)
            result.append(Occurrence(rule_day, moved_start, end))
    result.sort(key=lambda o: o.start)
    return result


def _overlaps(start: datetime, end: datetime, window_start: datetime, window_end: datetime) -> bool:
    if start == end:
        return window_start <= start < window_end
    return start < window_end and end > window_start


def _expand_in_zone(text: str, dtstart: datetime, duration: timedelta, window_start: datetime,
                    window_end: datetime, skip: set[date], zone: str) -> list[Occurrence]:
    anchor = to_zone(dtstart, zone)
    first = (to_zone(window_start, zone) - duration - _ZONE_MARGIN).date()
    last = (to_zone(window_end, zone) + _ZONE_MARGIN).date()
    result = []
    for start in rule_days(text, anchor, first, last):
        if start.date() in skip:
            continue
        # the end keeps the wall-clock length in the zone, as iCalendar readers compute it
        occ_start, occ_end = from_zone(start, zone), from_zone(start + duration, zone)
        if _overlaps(occ_start, occ_end, window_start, window_end):
            result.append(Occurrence(start.date(), occ_start, occ_end))
    result.sort(key=lambda o: o.start)
    return result


def last_end(text: str, dtstart: datetime, duration: timedelta, *,
             shift: WorkdayShift | str = WorkdayShift.KEEP, zone: str = "") -> datetime | None:
    """When the series' last occurrence ends (None if it never ends).

    With a shift the last one may move later: the margin is added so queries stay correct.
    """
    if not text:
        return dtstart + duration
    parts = parse_rule(text)
    if "COUNT" not in parts and "UNTIL" not in parts:
        return None
    anchor = to_zone(dtstart, zone)
    starts = list(_rule(text, anchor))
    if not starts:
        return dtstart + duration
    extra = SHIFT_MARGIN if WorkdayShift(shift) is WorkdayShift.NEXT else timedelta(0)
    return from_zone(starts[-1] + duration, zone) + extra


def has_occurrences(text: str, dtstart: datetime, zone: str = "") -> bool:
    """True if the rule produces at least one occurrence."""
    return first_start(text, dtstart, zone) is not None


def first_start(text: str, dtstart: datetime, zone: str = "") -> datetime | None:
    """The first start the rule produces (the anchor itself for a single event), office time."""
    if not text:
        return dtstart
    anchor = to_zone(dtstart, zone)
    found = _rule(text, anchor).after(anchor, inc=True)
    return from_zone(found, zone) if found is not None else None


# -- "this and following" -----------------------------------------------------------------

def end_before(text: str, dtstart: datetime, split_day: date) -> str:
    """The rule cut so that its last rule day is before *split_day*."""
    parts = parse_rule(text)
    parts.pop("COUNT", None)
    parts["UNTIL"] = _format_until(datetime.combine(split_day - timedelta(days=1), time(23, 59, 59)))
    return format_rule(parts)


def continue_from(text: str, dtstart: datetime, split_day: date, zone: str = "") -> str:
    """The rule for the part of the series from *split_day* on (COUNT reduced accordingly)."""
    parts = parse_rule(text)
    if "COUNT" in parts:
        anchor = to_zone(dtstart, zone)
        before = len(rule_days(text, anchor, anchor.date(), split_day - timedelta(days=1)))
        remaining = int(parts["COUNT"]) - before
        if remaining < 1:
            raise ValueError("Chuỗi lặp đã kết thúc trước ngày này.")
        parts["COUNT"] = str(remaining)
    return format_rule(parts)


# -- words --------------------------------------------------------------------------------

def describe(text: str, shift: WorkdayShift | str = WorkdayShift.KEEP) -> str:
    """The rule in Vietnamese, e.g. "Hằng tháng vào ngày 25; gặp ngày nghỉ thì chuyển sang …"."""
    if not text:
        return "Không lặp"
    parts = parse_rule(text)
    unit = FREQUENCIES.get(parts.get("FREQ", ""), "?")
    interval = int(parts.get("INTERVAL", "1") or 1)
    words = [f"Hằng {unit}" if interval == 1 else f"{interval} {unit} một lần"]
    if "BYDAY" in parts:
        days = [_WEEKDAYS.get(d[-2:], d) + (f" (thứ {d[:-2]})" if d[:-2] else "") for d in parts["BYDAY"].split(",")]
        words.append("vào " + ", ".join(days))
    if "BYMONTHDAY" in parts:
        words.append("vào ngày " + parts["BYMONTHDAY"].replace("-1", "cuối tháng"))
    if "COUNT" in parts:
        words.append(f"{parts['COUNT']} lần")
    if "UNTIL" in parts:
        words.append("đến ngày " + _parse_until(parts["UNTIL"]).strftime("%d/%m/%Y"))
    sentence = words[0] + (" " + ", ".join(words[1:]) if len(words) > 1 else "")
    shift = WorkdayShift(shift)
    if shift is not WorkdayShift.KEEP:
        sentence += "; gặp ngày nghỉ thì " + SHIFT_LABELS[shift]
    return sentence
