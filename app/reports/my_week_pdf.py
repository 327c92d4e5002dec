"""One person's week on one A4 page: the office header of its layout, the person, the
week's dates, their entries, meetings, leave and duty days by day, and a summary line."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from app.reports.data.calendar import ENTRY, KIND_LABELS, MyWeek, MyWeekDay, MyWeekItem
from app.reports.data.leave import format_days
from app.reports.pdf import (
    A4,
    Margins,
    P,
    build_pdf,
    content_width,
    grid_style,
    mm,
    office_header,
    title_block,
)
from app.text import format_date, nfc

TITLE = "LỊCH LÀM VIỆC TUẦN"
COLUMNS = ("Ngày", "Buổi", "Thời gian", "Nội dung", "Vai trò", "Địa điểm", "Ghi chú")
WIDTHS_MM = (27, 16, 16, 54, 17, 26, 24)  # 180 mm, scaled to the frame
OFF_DAY_SHADE = colors.HexColor("#eeeeee")


def _p(text: str, style: str = "cell", *, strike: bool = False, bold: bool = False) -> Paragraph:
    value = escape(nfc(text)).replace("\n", "<br/>")
    if strike and value:
        value = f"<strike>{value}</strike>"
    if bold and value:
        value = f"<b>{value}</b>"
    return P(value, style, markup=True)


def _day_cell(day: MyWeekDay) -> list[Paragraph]:
    cell = [_p(day.weekday, "cell_center", bold=True), _p(format_date(day.day), "cell_center")]
    if day.day_name:
        cell.append(_p(f"({day.day_name})", "cell_center"))
    return cell


def _item_row(item: MyWeekItem) -> list[object]:
    content = item.title if item.kind == ENTRY else f"{KIND_LABELS[item.kind]}: {item.title}"
    note = "; ".join(x for x in (item.status, item.detail) if x)
    return ["", _p(item.half_label, "cell_center"), _p(item.time, "cell_center", strike=item.cancelled),
            _p(content, strike=item.cancelled), _p(item.role, "cell_center"), _p(item.location), _p(note)]


def summary_line(week: MyWeek) -> str:
    """"5 lượt công tác, họp; nghỉ 1,5 ngày; trực 1 ngày." """
    parts = [f"{week.entry_count} lượt công tác, họp"]
    if week.leave_days:
        parts.append(f"nghỉ {format_days(week.leave_days)} ngày")
    if week.duty_days:
        parts.append(f"trực {week.duty_days} ngày")
    return "Tổng cộng: " + "; ".join(parts) + "."


def grid(week: MyWeek, width: float) -> Table:
    scale = width / (sum(WIDTHS_MM) * mm)
    data: list[list[object]] = [[_p(c, "cell_head") for c in COLUMNS]]
    style = grid_style()
    for day in week.days:
        first = len(data)
        rows: list[list[object]] = [_item_row(i) for i in day.items] or [["", "", "", _p("—", "cell_center"), "", "", ""]]
        rows[0][0] = _day_cell(day)
        data += rows
        if len(rows) > 1:
            style.append(("SPAN", (0, first), (0, first + len(rows) - 1)))
        if not day.working:
            style.append(("BACKGROUND", (0, first), (-1, first + len(rows) - 1), OFF_DAY_SHADE))
    table = Table(data, colWidths=[w * mm * scale for w in WIDTHS_MM], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def flowables(week: MyWeek, *, day: date | None = None) -> list[Flowable]:
    margins = Margins()
    width = content_width(A4, margins)
    items: list[Flowable] = []
    if week.office is not None:
        items.append(office_header(week.office, day=day or date.today(), width=width))
    who = f"Đồng chí {week.person_name}"
    if week.position_title:
        who += f" — {week.position_title}"
    if week.unit_name:
        who += f", {week.unit_name}"
    items += title_block(TITLE, who, f"(Từ ngày {format_date(week.monday)} đến ngày {format_date(week.sunday)})")
    items.append(grid(week, width))
    items += [Spacer(1, 3 * mm), P(summary_line(week), "small")]
    height = A4[1] - margins.top - margins.bottom - 2 * mm
    return [KeepInFrame(width, height, items, mode="shrink")]  # always one page: a long week shrinks


def write_my_week_pdf(week: MyWeek, path: str | os.PathLike[str], *, day: date | None = None) -> Path:
    """Write *week* to *path* (atomically) as one A4 portrait page."""
    title = f"{TITLE} — {week.person_name} ({format_date(week.monday)} – {format_date(week.sunday)})"
    return build_pdf(path, flowables(week, day=day), pagesize=A4, title=title)
