"""Reading a spreadsheet's column of dates one way, and saying when that way is a guess.

A sheet typed in Việt Nam writes 01/07/2012 for 1 July. A spreadsheet program set to an
English locale turns such text into a real date of 7 January when it can (day ≤ 12) and leaves
it as text when it cannot (25/07/2012) — so one column ends up holding real dates and text,
and half the dates are silently swapped. This module never decides that alone: it reads every
text date of the column in one order (day first, unless the column itself shows month first),
and it returns warnings the user must confirm when the column mixes real dates and text, or
holds text dates that read both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

DAY_FIRST, MONTH_FIRST = "dd/mm/yyyy", "mm/dd/yyyy"
_TEXT_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
MAX_LISTED = 8


@dataclass
class DateColumn:
    """The dates of one column as read, the rows that could not be read, and the warnings."""

    label: str
    dates: dict[int, date] = field(default_factory=dict)  # spreadsheet row -> date
    errors: dict[int, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    order: str = DAY_FIRST
    real_dates_swapped: bool = False
    mixed: bool = False  # real dates and text in the same column


def _rows(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:MAX_LISTED])
    return shown + (f" và {len(rows) - MAX_LISTED} dòng khác" if len(rows) > MAX_LISTED else "")


def _real(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        try:
            converted = from_excel(value)
        except (ValueError, OverflowError, TypeError):
            return None
        return converted.date() if isinstance(converted, datetime) else None
    return None


def _swap(day: date) -> date:
    """The date with day and month exchanged (only called when the day is ≤ 12)."""
    return date(day.year, day.day, day.month)


def read_date_column(label: str, cells: list[tuple[int, object]], *,
                     real_dates_swapped: bool = False) -> DateColumn:
    """Read *cells* ((row, value), empty ones left out) as one column of dates.

    With *real_dates_swapped*, the cells the spreadsheet stored as real dates are taken to
    have been typed day first and read month first: their day and month are exchanged back.
    """
    column = DateColumn(label, real_dates_swapped=real_dates_swapped)
    texts: dict[int, tuple[int, int, int]] = {}
    real_rows: list[int] = []
    for row, value in cells:
        real = _real(value)
        if real is not None:
            real_rows.append(row)
            column.dates[row] = _swap(real) if real_dates_swapped and real.day <= 12 else real
            continue
        text = str(value).strip()
        if iso := _ISO_DATE.match(text):
            _store(column, row, text, int(iso[1]), int(iso[2]), int(iso[3]))
        elif match := _TEXT_DATE.match(text):
            texts[row] = (int(match[1]), int(match[2]), int(match[3]))
        else:
            column.errors[row] = f"{label} không hợp lệ: “{text}” (dạng đúng: dd/mm/yyyy)"
    day_first = [r for r, (a, b, _) in texts.items() if a > 12 >= b]
    month_first = [r for r, (a, b, _) in texts.items() if b > 12 >= a]
    if month_first and not day_first:
        column.order = MONTH_FIRST
    for row, (a, b, year) in texts.items():
        if column.order == DAY_FIRST and row in month_first:
            column.errors[row] = (f"{label} “{a:02d}/{b:02d}/{year}” ghi tháng trước ngày, khác các dòng còn lại "
                                  f"của cột (ngày trước tháng)")
            continue
        day, month = (a, b) if column.order == DAY_FIRST else (b, a)
        _store(column, row, f"{a:02d}/{b:02d}/{year}", year, month, day)
    _warn(column, real_rows, texts)
    return column


def _store(column: DateColumn, row: int, text: str, year: int, month: int, day: int) -> None:
    try:
        column.dates[row] = date(year, month, day)
    except ValueError:
        column.errors[row] = f"{column.label} không hợp lệ: “{text}” (dạng đúng: dd/mm/yyyy)"


def _warn(column: DateColumn, real_rows: list[int], texts: dict[int, tuple[int, int, int]]) -> None:
    label = column.label
    if real_rows and texts:
        column.mixed = True
        doubtful = [r for r in real_rows if r in column.dates and column.dates[r].day <= 12
                    and column.dates[r].day != column.dates[r].month]
        message = (f"Cột “{label}” trộn {len(real_rows)} ô kiểu ngày với {len(texts)} ô kiểu chữ "
                   f"(ô chữ ở dòng {_rows(sorted(texts))}). Thường là do bảng tính đặt ngôn ngữ khác đã "
                   f"đọc một phần ngày theo kiểu tháng/ngày.")
        if doubtful and not column.real_dates_swapped:
            message += (f" Các ô kiểu ngày ở dòng {_rows(doubtful)} có thể đã bị đảo ngày và tháng: "
                        f"hãy đối chiếu với bản gốc (hoặc chọn đọc lại chúng theo kiểu ngày/tháng).")
        elif column.real_dates_swapped:
            message += " Các ô kiểu ngày đã được đổi lại ngày và tháng theo lựa chọn của bạn."
        column.warnings.append(message)
    ambiguous = sorted(r for r, (a, b, _) in texts.items() if a <= 12 and b <= 12 and a != b and r in column.dates)
    settled = any(a > 12 >= b or b > 12 >= a for a, b, _ in texts.values())  # the column shows its order
    if ambiguous and not settled:
        column.warnings.append(
            f"{len(ambiguous)} ô “{label}” hiểu được hai cách (ngày và tháng đều không quá 12), được đọc theo "
            f"{column.order}: dòng {_rows(ambiguous)}.")
    if column.order == MONTH_FIRST:
        column.warnings.append(f"Cột “{label}” ghi tháng trước ngày (mm/dd/yyyy); cả cột được đọc theo kiểu đó.")
