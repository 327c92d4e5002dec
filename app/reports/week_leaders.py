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
from collections.abc import Sequence
from pathlib import Path

from app.errors import InvalidInput
from app.reports.data.calendar import WeekCalendar
from app.reports.week_export import write_week_ics
from app.text import fold


def file_stem(name: str) -> str:
    """"Nguyễn Thị Ánh Tuyết" -> "nguyen-thi-anh-tuyet" (ASCII, safe on every file system)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "lanh-dao"


def check_folder(folder: str | os.PathLike[str]) -> Path:
    """*folder* as a Path; InvalidInput if it does not exist."""
    target = Path(folder)
    if not target.is_dir():
        raise InvalidInput(f"Thư mục không tồn tại: {target}")
    return target


def write_leader_calendars(calendars: Sequence[WeekCalendar], folder: str | os.PathLike[str]) -> list[Path]:
    """Write each leader's calendar (gathered by
    :func:`app.services.calendar.printouts.leader_calendars`) as ``folder/<stem>.ics``."""
    target = check_folder(folder)
    return [write_week_ics(c.events, c.name, target / f"{c.stem}.ics") for c in calendars]
