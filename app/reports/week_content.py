"""The printed weekly schedule as plain rows: one source for the PDF, the print preview
(HTML), DOCX and XLSX, so every output carries the same content.

Layout of the office's printed schedule: title "LỊCH CÔNG TÁC TUẦN", the date range, a grid
with a row per entry grouped by day (Thứ Hai … Chủ nhật) and half-day (Sáng / Chiều), then
the recipients (Nơi nhận) and the signer (the chief of office).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial

from sqlmodel import Session

from app.rules.schedule import CHANGE_LABELS, ChangeKind
from app.services.admin import settings
from app.services.calendar.events import ALL, ScheduleFilter, WeekEntry, WeekSchedule, week
from app.services.org.read import OfficeInfo, get_office, load_org
from app.text import format_date, nfc
from db.models.base import today_local

TITLE = "LỊCH CÔNG TÁC TUẦN"
COLUMNS = ("Ngày", "Buổi", "Thời gian", "Nội dung", "Chủ trì/Lãnh đạo", "Thành phần", "Địa điểm",
           "Đơn vị chuẩn bị")


@dataclass(frozen=True)
class PrintedRow:
    """One row of the grid. Day and half-day labels are set on the first row of their group."""

    day: date
    half: str
    first_of_day: bool
    first_of_half: bool
    day_label: str  # "Thứ Hai\n02/03/2026" on the first row of the day
    day_note: str  # holiday or override name
    working: bool
    half_label: str  # "Sáng" / "Chiều" on the first row of the half-day
    time: str = ""
    content: str = ""
    leaders: str = ""
    participants: str = ""
    location: str = ""
    preparing: str = ""
    mark: str = ""  # "Bổ sung", "Điều chỉnh", "Đổi thời gian", "Hoãn/hủy" after publication
    cancelled: bool = False
    empty: bool = False

    def cells(self) -> tuple[str, ...]:
        """The eight cells as plain text (the day cell holds the label and the holiday)."""
        day = self.day_label + (f"\n({self.day_note})" if self.day_note and self.first_of_day else "")
        content = (f"[{self.mark}] " if self.mark else "") + self.content
        return (day if self.first_of_day else "", self.half_label if self.first_of_half else "", self.time,
                content, self.leaders, self.participants, self.location, self.preparing)


@dataclass(frozen=True)
class WeekPrintout:
    office: OfficeInfo | None
    monday: date
    sunday: date
    title: str
    range_line: str  # "(Từ ngày 02/03/2026 đến ngày 08/03/2026)"
    filter_line: str
    version_line: str
    rows: list[PrintedRow]
    recipients: list[str]
    signer_lines: list[str]
    signer_name: str
    day: date  # the date in the header ("Lâm Đồng, ngày …")
    entry_count: int = 0
    changes: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return self.entry_count == 0


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


def rows_by_day(rows: list[PrintedRow]) -> list[list[PrintedRow]]:
    """The rows cut into one list per day (each starts with its ``first_of_day`` row)."""
    days: list[list[PrintedRow]] = []
    for row in rows:
        if row.first_of_day or not days:
            days.append([])
        days[-1].append(row)
    return days


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
