"""What the printed week shows, gathered from the services as plain data
(:mod:`app.reports.data.calendar`): the grid's rows, recipients and signer for the PDF, DOCX,
XLSX and HTML (:func:`week_printout`), the iCalendar events of the week (:func:`week_calendar`)
and of each leader (:func:`leader_calendars`). :mod:`app.reports` draws them.

Layout of the office's printed schedule: title "LỊCH CÔNG TÁC TUẦN", the date range, a grid
with a row per entry grouped by day (Thứ Hai … Chủ nhật) and half-day (Sáng / Chiều), then
the recipients (Nơi nhận) and the signer (the chief of office).
"""

from __future__ import annotations

import os
from datetime import date
from functools import partial
from pathlib import Path

from sqlmodel import Session

from app.errors import InvalidInput
from app.reports.data.calendar import TITLE, PrintedRow, WeekCalendar, WeekPrintout
from app.reports.data.org import OfficeInfo
from app.reports.week_export import export_format, write_week_export
from app.reports.week_leaders import check_folder, file_stem, write_leader_calendars
from app.reports.week_pdf import write_week_pdf
from app.rules.schedule import CHANGE_LABELS, ChangeKind
from app.services.admin import settings
from app.services.calendar.events import (
    ALL,
    ScheduleFilter,
    WeekEntry,
    WeekSchedule,
    leader_choices,
    week,
)
from app.services.calendar.ics_export import ics_events, week_calendar_name, week_ics_events
from app.services.org.read import get_office, load_org
from app.text import format_date, nfc
from db.models.base import today_local


def leaders_cell(entry: WeekEntry) -> str:
    """Chair and other leaders: "Chủ trì: Đ/c A\nDự: Đ/c B" (or just the names)."""
    if entry.chair and entry.leaders:
        return f"Chủ trì: {entry.chair}\nDự: {entry.leaders}"
    return entry.chair or entry.leaders


def _mark(entry: WeekEntry) -> str:
    if entry.amendment:
        return CHANGE_LABELS[ChangeKind(entry.amendment)]
    return "Hoãn/hủy" if entry.cancelled else ""


def printed_rows(schedule: WeekSchedule, *, include_cancelled: bool | None = None) -> list[PrintedRow]:
    """The grid rows of *schedule*; every half-day gets at least one (empty) row.

    Cancelled entries are printed (marked) only once the week has been published.
    """
    if include_cancelled is None:
        include_cancelled = schedule.published is not None
    rows: list[PrintedRow] = []
    for day in schedule.days:
        label = f"{day.weekday}\n{format_date(day.day)}"
        first_of_day = True
        for half in day.rows:
            entries = [e for e in half.entries if include_cancelled or not e.cancelled]
            for index, entry in enumerate(entries or [None]):
                row = partial(PrintedRow, day=day.day, half=half.half, first_of_day=first_of_day,
                              first_of_half=index == 0, day_label=label, day_note=day.day_name,
                              working=day.working, half_label=half.label)
                if entry is None:
                    rows.append(row(empty=True))
                else:
                    rows.append(row(time=entry.time_label, content=entry.title,
                                    leaders=leaders_cell(entry), participants=entry.participants,
                                    location=entry.location, preparing=entry.preparing,
                                    mark=_mark(entry), cancelled=entry.cancelled))
                first_of_day = False
    return rows


def _signer(session: Session, office: OfficeInfo | None) -> tuple[list[str], str]:
    authority = nfc(str(settings.get(session, "calendar.signer_authority")))
    if not authority and (office is None or office.kind == "party"):
        authority = "T/L BAN THƯỜNG VỤ"
    lines = [line for line in (authority.upper(), "CHÁNH VĂN PHÒNG") if line]
    chiefs = load_org(session).with_role("chief")
    return lines, chiefs[0].full_name if chiefs else ""


def week_printout(session: Session, monday: date, filter: ScheduleFilter = ALL, *,
                  day: date | None = None) -> WeekPrintout:
    """Everything the printed week shows."""
    schedule = week(session, monday, filter)
    office = get_office(session)
    names = [nfc(r).rstrip(".;") for r in str(settings.get(session, "calendar.recipients")).split(";")]
    names = [r for r in names if r]
    recipients = [r + (";" if i < len(names) - 1 else ".") for i, r in enumerate(names)]
    signer_lines, signer_name = _signer(session, office)
    published = schedule.published
    version_line = ""
    if published is not None and schedule.changes:
        version_line = f"(Điều chỉnh, bổ sung so với bản công bố lần {published.version})"
    return WeekPrintout(
        office=office, monday=schedule.monday, sunday=schedule.sunday, title=TITLE,
        range_line=f"(Từ ngày {format_date(schedule.monday)} đến ngày {format_date(schedule.sunday)})",
        filter_line=schedule.filter_label, version_line=version_line, rows=printed_rows(schedule),
        recipients=recipients, signer_lines=signer_lines, signer_name=signer_name,
        day=day or today_local(), entry_count=len([e for e in schedule.entries if not e.cancelled]),
        changes=[c.describe() for c in schedule.changes])


def week_calendar(session: Session, monday: date, filter: ScheduleFilter = ALL) -> WeekCalendar:
    """The week's entries as iCalendar events (the whole week's .ics)."""
    return WeekCalendar(week_calendar_name(monday), tuple(week_ics_events(session, monday, filter)))


def week_export_data(session: Session, monday: date, path: str | os.PathLike[str], filter: ScheduleFilter = ALL,
                     *, day: date | None = None) -> WeekPrintout | WeekCalendar:
    """What `vanphong export week` writes to *path*: the calendar for an .ics, else the printout
    (InvalidInput for a suffix it does not write)."""
    if export_format(path) == ".ics":
        return week_calendar(session, monday, filter)
    return week_printout(session, monday, filter, day=day)


def leader_calendars(session: Session, monday: date) -> list[WeekCalendar]:
    """One calendar per leader who can be on the schedule, even one with no entry that week (so
    the set of files stays the same from week to week), with a file stem unique in the set."""
    leaders = leader_choices(session)
    if not leaders:
        raise InvalidInput("Chưa có lãnh đạo nào trong sơ đồ tổ chức để xuất lịch riêng.")
    schedule = week(session, monday)
    dates = f"{format_date(monday)} – {format_date(schedule.sunday)}"
    calendars: list[WeekCalendar] = []
    used: set[str] = set()
    for leader in leaders:
        stem = file_stem(leader.name)
        if stem in used:
            stem = f"{stem}-{leader.id}"
        used.add(stem)
        entries = [e for e in schedule.entries if leader.id in e.leader_ids]
        calendars.append(WeekCalendar(f"Lịch công tác tuần {dates} — Đ/c {leader.name}",
                                      tuple(ics_events(session, entries, monday)), stem))
    return calendars


# -- gathered, then written (the command line, scripts and tests) --------------------------------

def week_pdf(session: Session, monday: date, path: str | os.PathLike[str], filter: ScheduleFilter = ALL,
             *, day: date | None = None) -> Path:
    """`vanphong print week`: gather the week, then write its PDF."""
    return write_week_pdf(week_printout(session, monday, filter, day=day), path)


def export_week(session: Session, monday: date, path: str | os.PathLike[str], filter: ScheduleFilter = ALL,
                *, day: date | None = None) -> Path:
    """`vanphong export week`: gather the week, then write it; the format follows the suffix."""
    return write_week_export(week_export_data(session, monday, path, filter, day=day), path)


def export_leader_calendars(session: Session, monday: date, folder: str | os.PathLike[str]) -> list[Path]:
    """Write one .ics per leader into *folder* (which must exist); returns the files written."""
    check_folder(folder)
    return write_leader_calendars(leader_calendars(session, monday), folder)
