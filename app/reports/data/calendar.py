"""The work calendar's data as its printouts draw it: the printed week (rows of the grid,
recipients, signer), iCalendar events, and one person's week (filled by
:mod:`app.services.calendar.printouts` and :mod:`app.services.calendar.my_week`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.reports.data.org import OfficeInfo
from app.rules.schedule import HALF_DAY_LABELS, HalfDay

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


@dataclass(frozen=True)
class IcsEvent:
    """One VEVENT: a single event, a series (``rrule``) or an edited occurrence (``recurrence_id``)."""

    uid: str
    title: str
    start: datetime  # on the ``zone`` clock (office time when zone is "")
    end: datetime
    all_day: bool
    zone: str  # "" = Asia/Ho_Chi_Minh
    location: str = ""
    description: str = ""
    category: str = ""
    status: str = "draft"
    sequence: int = 0
    last_modified: datetime | None = None  # office time
    rrule: str = ""  # UNTIL on the zone clock, naive
    exdates: list[datetime | date] = field(default_factory=list)
    recurrence_id: datetime | date | None = None
    recurrence_zone: str = ""  # the series' clock, for RECURRENCE-ID


@dataclass(frozen=True)
class WeekCalendar:
    """An iCalendar file's content: its name (X-WR-CALNAME) and events."""

    name: str
    events: tuple[IcsEvent, ...]
    stem: str = ""  # the file name without .ics, when one of a set (a leader's calendar)


# -- one person's week (app.services.calendar.my_week) ------------------------------------------

ENTRY, MEETING, LEAVE, DUTY = "entry", "meeting", "leave", "duty"
KIND_LABELS = {ENTRY: "Lịch công tác", MEETING: "Họp", LEAVE: "Nghỉ", DUTY: "Trực"}


@dataclass(frozen=True)
class MyWeekItem:
    """One line of the person's day."""

    day: date
    half: str  # "morning" | "afternoon" | "" (the whole day)
    time: str  # "8h00", "Cả ngày", "Sáng"…
    kind: str  # ENTRY | MEETING | LEAVE | DUTY
    title: str
    role: str = ""  # a label of ROLE_LABELS or app.rules.protocol.ROLE_LABELS
    location: str = ""
    status: str = ""  # a label of STATUS_LABELS ("" for the normal case)
    detail: str = ""  # the leave's period, a duty's note
    cancelled: bool = False
    minute: int = 0  # start, minutes after midnight (for the order within the day)

    @property
    def half_label(self) -> str:
        return HALF_DAY_LABELS[HalfDay(self.half)] if self.half else "Cả ngày"


@dataclass(frozen=True)
class MyWeekDay:
    day: date
    weekday: str
    working: bool
    day_name: str
    items: list[MyWeekItem]


@dataclass(frozen=True)
class MyWeek:
    person_id: int
    person_name: str
    position_title: str
    unit_name: str
    monday: date
    days: list[MyWeekDay]
    office: OfficeInfo | None = None
    leave_days: float = 0.0  # working half-days on leave this week, in days
    duty_days: int = 0
    entry_count: int = 0  # entries and meetings, not cancelled
    notes: list[str] = field(default_factory=list)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def items(self) -> list[MyWeekItem]:
        return [i for d in self.days for i in d.items]
