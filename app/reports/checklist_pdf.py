"""The meeting checklist with owners and due dates, grouped by department (003 §II).

A4 landscape: STT · Công việc · Hạn hoàn thành · Người thực hiện · Kết quả · Ghi chú,
one band per department in the order of regulation 003, the header row repeated.
"""

from __future__ import annotations

import os
from itertools import groupby
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.reports.data.meetings import ChecklistEntry, MeetingPrintout
from app.reports.pdf import A4 as _A4
from app.reports.pdf import (
    P,
    build_pdf,
    content_width,
    grid_style,
    landscape,
    mm,
    office_header,
    title_block,
)
from app.rules.meetings import RULE_LABELS, DueRule, DueState
from app.text import format_date, format_datetime, weekday_vi

PAGE = landscape(_A4)
COLUMNS = ("STT", "Công việc", "Hạn hoàn thành", "Người thực hiện", "Kết quả", "Ghi chú")
WIDTHS = (0.045, 0.39, 0.18, 0.13, 0.155, 0.10)
WIDTHS_NO_NOTES = (0.045, 0.47, 0.19, 0.14, 0.155)  # no task has a note: no empty column


def due_text(entry: ChecklistEntry, *, with_rule: bool = True) -> str:
    """"17:00 Thứ Ba, 10/03/2026" and, for a rule, "(2 ngày làm việc trước)".

    The printed table leaves the rule out (one line a task; the window shows it)."""
    text = f"{entry.due:%H:%M} {weekday_vi(entry.due)}, {format_date(entry.due)}"
    if not with_rule:
        return text
    if entry.rule == DueRule.AT_START:
        text += f" ({RULE_LABELS[DueRule.AT_START]})"
    elif entry.rule:
        text += f" ({entry.number} {RULE_LABELS[DueRule(entry.rule)]})"
    return text


def result_text(entry: ChecklistEntry) -> str:
    if entry.done_at is None:
        return "Quá hạn" if entry.state is DueState.OVERDUE else ""
    done_by = f" — {entry.done_by}" if entry.done_by and entry.done_by != entry.owner_name else ""
    return f"Xong {format_datetime(entry.done_at)}{done_by}"


def checklist_flowables(printout: MeetingPrintout) -> list[Flowable]:
    width = content_width(PAGE)
    meeting = printout.meeting
    items: list[Flowable] = []
    if printout.office is not None:
        items.append(office_header(printout.office, day=printout.printed_at.date(), width=width))
    done = sum(1 for e in printout.checklist if e.done_at is not None)
    place = f" — Địa điểm: {meeting.location}" if meeting.location else ""
    items += title_block("Bảng phân công chuẩn bị", meeting.title,
                         f"Thời gian: {printout.when}{place}. Đã xong {done}/{len(printout.checklist)} việc.")
    with_notes = any(e.notes for e in printout.checklist)
    columns, widths = (COLUMNS, WIDTHS) if with_notes else (COLUMNS[:-1], WIDTHS_NO_NOTES)
    rows: list[list[object]] = [[P(h, "cell_head") for h in columns]]
    style = [*grid_style(), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    number = 0
    for label, group in groupby(printout.checklist, key=lambda e: e.department_label):
        rows.append([P(label, "cell_bold"), *[""] * (len(columns) - 1)])
        band = len(rows) - 1
        style += [("SPAN", (0, band), (-1, band)), ("BACKGROUND", (0, band), (-1, band), colors.HexColor("#e8e8e8"))]
        for entry in group:
            number += 1
            row: list[object] = [P(number, "cell_center"), P(entry.task, "cell_compact"), P(due_text(entry, with_rule=False), "cell_compact"),
                   P(entry.owner_name, "cell_compact"), P(result_text(entry), "cell_compact")]
            rows.append([*row, P(entry.notes, "cell_compact")] if with_notes else row)
            if entry.done_at is None and entry.state is DueState.OVERDUE:
                style.append(("TEXTCOLOR", (4, len(rows) - 1), (4, len(rows) - 1), colors.HexColor("#b91c1c")))
    table = Table(rows, colWidths=[w * width for w in widths], repeatRows=1)
    table.setStyle(TableStyle(style))
    items += [table, Spacer(1, 4 * mm), P(f"In lúc {format_datetime(printout.printed_at)}.", "small")]
    return items


def write_checklist(printout: MeetingPrintout, path: str | os.PathLike[str]) -> Path:
    return build_pdf(path, checklist_flowables(printout), pagesize=PAGE,
                     title=f"Bảng phân công chuẩn bị — {printout.meeting.title}")
