"""The weekly leadership schedule as a PDF: A4 landscape, the office header, the title and
date range, the grid (day and half-day cells merged), recipients and the signer.

The day and half-day cells are merged by drawing no line between the rows of a group
(rather than with table spans), so a long day can break across pages.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.reports.numbering import document_number
from app.reports.pdf import (
    A4,
    LANDSCAPE_MARGINS,
    P,
    SignedTable,
    build_pdf,
    content_width,
    landscape,
    mm,
    office_header,
    recipients_and_signer,
    title_block,
)
from app.reports.week_content import COLUMNS, PrintedRow, WeekPrintout
from app.text import nfc

PAGE = landscape(A4)
# Column widths in mm for a 262 mm wide grid (A4 landscape minus 20 + 15 mm margins).
WIDTHS_MM = (21, 13, 19, 65, 47, 45, 28, 24)
OFF_DAY_SHADE = colors.HexColor("#eeeeee")


def _cell(text: str, style: str = "cell", *, bold: bool = False, italic: bool = False, strike: bool = False) -> Paragraph:
    value = escape(nfc(text)).replace("\n", "<br/>")
    if strike and value:
        value = f"<strike>{value}</strike>"
    if bold and value:
        value = f"<b>{value}</b>"
    if italic and value:
        value = f"<i>{value}</i>"
    return P(value, style, markup=True)


def _day_cell(row: PrintedRow) -> str | list[Paragraph]:
    if not row.first_of_day:
        return ""
    weekday, _, day = row.day_label.partition("\n")
    parts = [_cell(weekday, "cell_center", bold=True), _cell(day, "cell_center")]
    if row.day_note:
        parts.append(_cell(f"({row.day_note})", "cell_center", italic=True))
    return parts


def _content_cell(row: PrintedRow) -> str | Paragraph:
    if row.empty:
        return ""
    text = escape(nfc(row.content)).replace("\n", "<br/>")
    if row.cancelled:
        text = f"<strike>{text}</strike>"
    if row.mark:
        text = f"<b><i>({escape(row.mark)})</i></b> {text}"
    return P(text, "cell", markup=True)


def _cell_id(cell: object) -> int:
    """Identity of a cell's flowable (ReportLab wraps cell flowables in tuples when it lays out)."""
    return id(cell[0]) if isinstance(cell, (list, tuple)) and cell else id(cell)


class WeekGrid(Table):
    """The grid; a part that starts a new page in the middle of a day repeats its day and
    half-day labels (with "(tiếp theo)") in its first row."""

    continuation: dict[int, tuple[list[Paragraph], Paragraph]] = {}  # noqa: RUF012 - id(time cell of a row) -> (day cell, half-day cell)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab's signature
        parts = super().split(availWidth, availHeight)
        for part in parts[1:]:
            assert isinstance(part, WeekGrid)  # Table.split makes its parts of its own class
            part.continuation = self.continuation
            # the cells of the part; a private attribute the stubs leave out
            rows: list[list[object]] = part._cellvalues  # type: ignore[attr-defined]
            labels = self.continuation.get(_cell_id(rows[1][2])) if len(rows) > 1 else None
            if labels is not None:
                if rows[1][0] == "":
                    rows[1][0] = labels[0]
                if rows[1][1] == "":
                    rows[1][1] = labels[1]
        return parts


def grid(printout: WeekPrintout, width: float) -> Table:
    """The schedule grid with its repeated header row."""
    scale = width / (sum(WIDTHS_MM) * mm)
    widths = [w * mm * scale for w in WIDTHS_MM]
    data: list[list[object]] = [[_cell(c, "cell_head") for c in COLUMNS]]
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), "Serif"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2f2f2")),
        ("BOX", (0, 0), (-1, -1), 0.7, colors.black),
        ("INNERGRID", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for column in range(len(COLUMNS) - 1):
        style.append(("LINEAFTER", (column, 0), (column, -1), 0.5, colors.black))
    continuation: dict[int, tuple[list[Paragraph], Paragraph]] = {}
    for index, row in enumerate(printout.rows, start=1):
        cells = row.cells()
        data.append([
            _day_cell(row),
            _cell(cells[1], "cell_center", bold=True) if cells[1] else "",
            _cell(row.time, "cell_center", strike=row.cancelled),
            _content_cell(row),
            _cell(row.leaders, strike=row.cancelled),
            _cell(row.participants, strike=row.cancelled),
            _cell(row.location, strike=row.cancelled),
            _cell(row.preparing, strike=row.cancelled),
        ])
        if not row.first_of_day:
            weekday, _, day = row.day_label.partition("\n")
            continuation[_cell_id(data[-1][2])] = (  # keyed by the row's own time cell
                [_cell(weekday, "cell_center", bold=True), _cell(day, "cell_center"),
                 _cell("(tiếp theo)", "cell_center", italic=True)],
                _cell(row.half_label, "cell_center", bold=True))
        first_column = 0 if row.first_of_day else (1 if row.first_of_half else 2)
        weight = 0.7 if row.first_of_day else 0.5
        style.append(("LINEABOVE", (first_column, index), (-1, index), weight, colors.black))
        if not row.working:
            style.append(("BACKGROUND", (0, index), (-1, index), OFF_DAY_SHADE))
    table = WeekGrid(data, colWidths=widths, repeatRows=1)
    table.continuation = continuation
    table.setStyle(TableStyle(style))
    return table


def flowables(printout: WeekPrintout) -> list[Flowable]:
    width = content_width(PAGE, LANDSCAPE_MARGINS)
    items: list[Flowable] = []
    if printout.office is not None:
        items.append(office_header(printout.office, day=printout.day,
                                   doc_number=document_number(printout.office, "LCT"), width=width))
    subtitles = [printout.range_line, printout.filter_line, printout.version_line]
    items += title_block(printout.title, *[s for s in subtitles if s])
    if printout.is_empty:
        items += [P("Tuần này chưa có lịch công tác.", "subtitle"), Spacer(1, 3 * mm)]
    closing = [Spacer(1, 6 * mm), recipients_and_signer(printout.recipients, printout.signer_lines,
                                                        printout.signer_name, width=width)]
    items.append(SignedTable(grid(printout, width), closing))  # the signature never alone on a page
    return items


def write_week_pdf(printout: WeekPrintout, path: str | os.PathLike[str]) -> Path:
    """Write *printout* to *path* (atomically)."""
    title = f"{printout.title} {printout.range_line}"
    return build_pdf(path, flowables(printout), pagesize=PAGE, title=title, margins=LANDSCAPE_MARGINS)
