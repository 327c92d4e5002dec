"""One iCalendar file per leader for the week, for the portal or the leaders' phones.

`vanphong export week YYYY-Www --per-leader -o DIR` and the calendar pane's button write
``DIR/<leader-name>.ics`` (the name without accents, e.g. ``nguyen-thi-anh-tuyet.ics``) for
every leader who can be on the schedule, even one with no entry that week, so the set of
files (and the links to them on the portal) stays the same from week to week. Each file holds
the entries that leader chairs or attends, with the same fields as the whole week's .ics.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from sqlmodel import Session

from app.errors import InvalidInput
from app.reports.week_export import write_week_ics
from app.services.calendar.events import leader_choices, week
from app.services.calendar.ics_export import ics_events
from app.text import fold, format_date


def file_stem(name: str) -> str:
    """"Nguyễn Thị Ánh Tuyết" -> "nguyen-thi-anh-tuyet" (ASCII, safe on every file system)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "lanh-dao"


def export_leader_calendars(session: Session, monday: date, folder: str | os.PathLike[str]) -> list[Path]:
    """Write one .ics per leader into *folder* (which must exist); returns the files written."""
    target = Path(folder)
    if not target.is_dir():
        raise InvalidInput(f"Thư mục không tồn tại: {target}")
    leaders = leader_choices(session)
    if not leaders:
        raise InvalidInput("Chưa có lãnh đạo nào trong sơ đồ tổ chức để xuất lịch riêng.")
    schedule = week(session, monday)
    dates = f"{format_date(monday)} – {format_date(schedule.sunday)}"
    written: list[Path] = []
    used: set[str] = set()
    for leader in leaders:
        stem = file_stem(leader.name)
        if stem in used:
            stem = f"{stem}-{leader.id}"
        used.add(stem)
        entries = [e for e in schedule.entries if leader.id in e.leader_ids]
        name = f"Lịch công tác tuần {dates} — Đ/c {leader.name}"
        written.append(write_week_ics(ics_events(session, entries, monday), name, target / f"{stem}.ics"))
    return written
