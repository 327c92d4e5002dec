"""The weekly schedule as DOCX (:mod:`app.reports.week_docx`), XLSX
(:mod:`app.reports.week_xlsx`) and iCalendar (.ics, here), with the same content as the PDF.
Every file is written to a temporary file, then renamed. The data is gathered by
:mod:`app.services.calendar.printouts`."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from icalendar import Calendar

from app.errors import InvalidInput
from app.files import atomic_write
from app.reports.data.calendar import IcsEvent, WeekCalendar, WeekPrintout
from app.reports.week_docx import write_week_docx
from app.reports.week_xlsx import write_week_xlsx
from app.rules.recurrence import format_rule, parse_rule
from app.text import nfc

OFFICE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
FORMATS = (".docx", ".xlsx", ".ics", ".html")


# -- iCalendar ----------------------------------------------------------------------------

_ICS_STATUS = {"cancelled": "CANCELLED", "draft": "TENTATIVE"}


def _ics_time(value: datetime | date, zone: str, all_day: bool) -> datetime | date:
    if all_day or not isinstance(value, datetime):
        return value.date() if isinstance(value, datetime) else value
    return value.replace(tzinfo=ZoneInfo(zone) if zone else OFFICE_TZ)


def _ics_rule(rule: str, zone: str, all_day: bool) -> str:
    """The stored rule with UNTIL in UTC, as RFC 5545 wants it beside a zoned DTSTART."""
    parts = parse_rule(rule)
    until = parts.get("UNTIL")
    if until and not all_day and "T" in until:
        local = datetime.strptime(until.rstrip("Z"), "%Y%m%dT%H%M%S").replace(tzinfo=ZoneInfo(zone) if zone else OFFICE_TZ)
        parts["UNTIL"] = local.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    elif until and all_day:
        parts["UNTIL"] = until[:8]
    return format_rule(parts)


def week_calendar(events: Sequence[IcsEvent], name: str) -> Calendar:
    """An icalendar Calendar: a series with its RRULE, EXDATEs and edited occurrences
    (RECURRENCE-ID), SEQUENCE and LAST-MODIFIED on every event, cancelled ones CANCELLED."""
    from icalendar import Calendar, Event, vRecur

    calendar = Calendar()
    calendar.add("prodid", "-//VanPhong//Lich cong tac tuan//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", nfc(name))
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    stamp = datetime.now(ZoneInfo("UTC")).replace(microsecond=0)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", nfc(item.title))
        event.add("dtstart", _ics_time(item.start, item.zone, item.all_day))
        event.add("dtend", _ics_time(item.end, item.zone, item.all_day))
        if item.rrule:
            event.add("rrule", vRecur.from_ical(_ics_rule(item.rrule, item.zone, item.all_day)))
        for day in item.exdates:
            event.add("exdate", _ics_time(day, item.zone, item.all_day))
        if item.recurrence_id is not None:
            event.add("recurrence-id", _ics_time(item.recurrence_id, item.recurrence_zone, item.all_day
                                                 or not isinstance(item.recurrence_id, datetime)))
        if item.location:
            event.add("location", nfc(item.location))
        if item.description:
            event.add("description", nfc(item.description))
        if item.category:
            event.add("categories", [item.category])
        event.add("status", _ICS_STATUS.get(item.status, "CONFIRMED"))
        event.add("sequence", item.sequence)
        if item.last_modified is not None:
            event.add("last-modified", item.last_modified.replace(tzinfo=OFFICE_TZ).astimezone(ZoneInfo("UTC")))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def write_week_ics(events: Sequence[IcsEvent], name: str, path: str | os.PathLike[str]) -> Path:
    data = week_calendar(events, name).to_ical()
    return atomic_write(path, lambda tmp: Path(tmp).write_bytes(data))


# -- dispatch -----------------------------------------------------------------------------

def export_format(path: str | os.PathLike[str]) -> str:
    """The suffix of *path* if it is one `vanphong export week` writes (.docx, .xlsx, .ics, .html)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(f"Định dạng không hỗ trợ: {suffix or '(không có đuôi)'}; chọn .docx, .xlsx, .ics hoặc .html")
    return suffix


def write_week_export(data: WeekPrintout | WeekCalendar, path: str | os.PathLike[str]) -> Path:
    """Write the gathered week to *path*: the format follows the file's suffix (.docx, .xlsx,
    .ics, .html); an .ics wants the week's calendar, the others its printout."""
    suffix = export_format(path)
    if isinstance(data, WeekCalendar):
        if suffix != ".ics":
            raise InvalidInput(f"Lịch iCalendar chỉ ghi ra tệp .ics, không ghi ra {suffix}")
        return write_week_ics(data.events, data.name, path)
    if suffix == ".ics":
        raise InvalidInput("Tệp .ics cần các sự kiện của tuần, không phải bản in")
    if suffix == ".html":
        from app.reports.week_portal import write_week_page  # the portal page (imports this module)

        return write_week_page(data, path)
    writer = write_week_docx if suffix == ".docx" else write_week_xlsx
    return writer(data, path)
