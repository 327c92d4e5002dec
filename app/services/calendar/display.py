"""What the lobby display shows: the latest *published* version of a week, as the printout's
rows, and a cheap probe of the newest version number so a screen can poll for a new one.

A lobby screen shows only what the office has published: a draft may still change and has
not been approved. Published version N shows the entries of that version with the changes
since version N-1 marked as the printout marks them ("Bổ sung", "Điều chỉnh", "Đổi thời
gian", "Hoãn/hủy"). A week with no published version shows a clear message, unless the screen
was started with drafts allowed (``vanphong display --draft``): then the current entries,
labelled as a draft.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from functools import partial

from sqlmodel import Session, func, select

from app.reports.data.calendar import PrintedRow
from app.rules.schedule import (
    HALF_DAY_LABELS,
    HalfDay,
    ScheduleEntry,
    diff_weeks,
    entry_order,
    week_days,
)
from app.services.calendar.printouts import printed_rows
from app.services.calendar.publish import PublishedWeek, versions
from app.services.calendar.views import HalfDayRow, WeekDay, WeekEntry, WeekSchedule, week
from app.services.calendar.workdays import office_calendar
from app.services.org.read import get_office
from app.text import format_date, weekday_vi
from db.models import ScheduleWeek

PUBLISHED, DRAFT, UNPUBLISHED = "published", "draft", "unpublished"
_ENTRY_FIELDS = tuple(f.name for f in fields(ScheduleEntry))


@dataclass(frozen=True)
class DisplayWeek:
    """One week as the screen shows it."""

    monday: date
    state: str  # PUBLISHED | DRAFT | UNPUBLISHED
    version: int  # the published version shown (0: none)
    office_name: str
    parent_body: str
    range_line: str  # "Từ ngày 23/11/2026 đến ngày 29/11/2026"
    version_line: str  # "Bản công bố lần 2 (điều chỉnh, bổ sung bản lần 1) — 16:30 ngày 27/11/2026"
    rows: list[PrintedRow]
    entry_count: int

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)


def published_version(session: Session, monday: date) -> int:
    """The newest published version of the week (0 if none): one indexed aggregate, cheap
    enough to poll every few seconds on SQLite or over the network on PostgreSQL."""
    found = session.exec(select(func.max(ScheduleWeek.version)).where(ScheduleWeek.week_start == monday)).one()
    return int(found or 0)


def _snapshot(session: Session, monday: date, version: int) -> list[ScheduleEntry]:
    row = session.exec(select(ScheduleWeek).where(ScheduleWeek.week_start == monday,
                                                  ScheduleWeek.version == version)).first()
    return [ScheduleEntry.from_dict(d) for d in json.loads(row.snapshot or "[]")] if row else []


def published_schedule(session: Session, monday: date, published: PublishedWeek) -> WeekSchedule:
    """The week as published in *published*, its changes since the version before marked."""
    entries = sorted((e for e in _snapshot(session, monday, published.version)
                      if monday <= e.day <= monday + timedelta(days=6)), key=entry_order)
    amendments: dict[str, str] = {}
    if published.version > 1:
        previous = _snapshot(session, monday, published.version - 1)
        amendments = {c.key: c.kind.value for c in diff_weeks(previous, entries)}
    by_slot: dict[tuple[date, str], list[WeekEntry]] = defaultdict(list)
    for entry in entries:
        values = {f: getattr(entry, f) for f in _ENTRY_FIELDS}
        by_slot[(entry.day, entry.half)].append(WeekEntry(**values, amendment=amendments.get(entry.key, "")))
    calendar = office_calendar(session)
    days = []
    for day in week_days(monday):
        info = calendar.describe(day)
        morning, afternoon = (HalfDayRow(h.value, HALF_DAY_LABELS[h], by_slot.get((day, h.value), []))
                              for h in (HalfDay.MORNING, HalfDay.AFTERNOON))
        days.append(WeekDay(day, weekday_vi(day), info.is_working, info.name, (morning, afternoon)))
    return WeekSchedule(monday, days, published=published)


def _moment(value: datetime) -> str:
    return f"{value:%H:%M} ngày {format_date(value.date())}"


def display_week(session: Session, monday: date, *, show_draft: bool = False) -> DisplayWeek:
    """The week for the screen: its latest published version, or the draft if allowed."""
    office = get_office(session)
    found = versions(session, monday)
    range_line = f"Từ ngày {format_date(monday)} đến ngày {format_date(monday + timedelta(days=6))}"
    week_of = partial(DisplayWeek, monday=monday, office_name=office.name if office else "",
                      parent_body=office.parent_body if office else "", range_line=range_line)
    if found:
        published = found[-1]
        schedule = published_schedule(session, monday, published)
        line = f"Bản công bố lần {published.version}"
        if published.version > 1:
            line += f" (điều chỉnh, bổ sung bản lần {published.version - 1})"
        line += f" — {_moment(published.published_at)}"
        rows = printed_rows(schedule)
        return week_of(state=PUBLISHED, version=published.version, version_line=line, rows=rows,
                       entry_count=len([e for e in schedule.entries if not e.cancelled]))
    if show_draft:
        schedule = week(session, monday)
        return week_of(state=DRAFT, version=0,
                       version_line="DỰ THẢO — chưa công bố, có thể còn thay đổi",
                       rows=printed_rows(schedule, include_cancelled=False),
                       entry_count=len([e for e in schedule.entries if not e.cancelled]))
    return week_of(state=UNPUBLISHED, version=0,
                   version_line="Lịch công tác tuần này chưa được công bố.", rows=[], entry_count=0)
