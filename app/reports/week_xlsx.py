"""The weekly schedule as an Excel workbook (openpyxl), laid out and printed like the PDF.

Column widths are measured from the text; every row is as tall as its most wrapped cell (a
spreadsheet does not grow rows by itself when a file is opened); the day of each group is a
real date (shown dd/mm/yyyy) under its weekday; a changed entry starts with its tag in bold
italics and a cancelled one is struck through. Printing: A4 landscape fitted to the page
width, the header row repeated on every page, page numbers at the top from page 2 (as the
PDF), and a page break
before the recipients and signer when they would not fit under the grid, so the signer's
title and name stay on one page.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.numbering import document_number
from app.reports.pdf import date_line
from app.reports.week_content import COLUMNS, PrintedRow, WeekPrintout
from app.reports.week_layout import (
    atomic_write,
    content_text,
    content_widths,
    groups,
    wrapped_lines,
)
from app.text import nfc, spreadsheet_safe

if TYPE_CHECKING:  # openpyxl is imported when a sheet is written, not with this module
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
USABLE_MM = 297 - 2 * 12.7  # A4 landscape less the 0.5" margins set below
PRINTABLE_HEIGHT_PT = 595 - 2 * 0.75 * 72 - 30  # A4 landscape height less margins and footer
LINE_PT = 14.0  # one line of 11 pt text
# a spreadsheet cell pads less than a Word cell, and Calc's Times New Roman runs narrower
XLSX_CHAR_MM, XLSX_PADDING_MM = 1.8, 1.5
MM_PER_WIDTH_UNIT = 1.95  # an Excel column width unit (one "0" of the default font), in mm
SIGNATURE_ROWS = 8


def _height(lines: int) -> float:
    return lines * LINE_PT + 4


def _lines(text: str, width_mm: float) -> int:
    return wrapped_lines(text, width_mm, char_mm=XLSX_CHAR_MM, padding_mm=XLSX_PADDING_MM)


def _content(row: PrintedRow) -> str | CellRichText | None:
    """The content cell: the status tag in bold italics, the text struck through if cancelled."""
    text = nfc(row.content)
    if not row.mark and not row.cancelled:
        return spreadsheet_safe(text) or None
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    parts: list[str | TextBlock] = []
    if row.mark:
        parts.append(TextBlock(InlineFont(rFont=FONT, sz=11, b=True, i=True), f"({row.mark}) "))
    if text:
        parts.append(TextBlock(InlineFont(rFont=FONT, sz=11, strike=row.cancelled), text))
    return CellRichText(parts)


def write_week_xlsx(printout: WeekPrintout, path: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.pagebreak import Break

    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook: its one sheet, the active one
    sheet.title = "Lịch công tác tuần"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, vertical="top", horizontal="center")
    last_column = get_column_letter(len(COLUMNS))
    widths = content_widths(printout.rows, USABLE_MM)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = round(width / MM_PER_WIDTH_UNIT, 1)
    line = 1

    def text_row(text: str, *, bold: bool = False, italic: bool = False, size: float = 12, merge: bool = True,
                 column: int = 1) -> None:
        nonlocal line
        if merge:
            sheet.merge_cells(f"A{line}:{last_column}{line}")
        cell = sheet.cell(line, column, spreadsheet_safe(nfc(text)))
        cell.font = Font(name=FONT, bold=bold, italic=italic, size=size)
        cell.alignment = Alignment(horizontal="center")
        line += 1

    office = printout.office
    if office is not None:
        right = "ĐẢNG CỘNG SẢN VIỆT NAM" if office.kind == "party" else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        header = [(office.parent_body.upper(), False, right, True, False),
                  (office.name.upper(), True, date_line(office.place, printout.day), False, True),
                  ("*" if office.kind == "party" else "", False, "", False, False),
                  (document_number(office, "LCT"), False, "", False, False)]
        for left_text, left_bold, right_text, right_bold, right_italic in header:
            sheet.merge_cells(start_row=line, end_row=line, start_column=1, end_column=3)
            sheet.merge_cells(start_row=line, end_row=line, start_column=5, end_column=len(COLUMNS))
            for column, text, bold, italic in ((1, left_text, left_bold, False),
                                               (5, right_text, right_bold, right_italic)):
                cell = sheet.cell(line, column, spreadsheet_safe(nfc(text)))
                cell.font = Font(name=FONT, bold=bold, italic=italic, size=12)
                cell.alignment = Alignment(horizontal="center")
            line += 1
    text_row(printout.title, bold=True, size=14)
    for text in (printout.range_line, printout.filter_line, printout.version_line):
        if text:
            text_row(text, italic=True)
    if printout.is_empty:
        text_row("Tuần này chưa có lịch công tác.", italic=True)
    line += 1
    header_line = line
    for index, title in enumerate(COLUMNS, start=1):
        cell = sheet.cell(line, index, title)
        cell.font = Font(name=FONT, bold=True, size=11)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = border
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
    sheet.row_dimensions[line].height = _height(max(_lines(t, w) for t, w in zip(COLUMNS, widths, strict=True)))
    first_data = line + 1
    for offset, row in enumerate(printout.rows):
        r = first_data + offset
        texts = list(row.cells())
        texts[3] = content_text(row)
        for index in range(2, len(COLUMNS)):
            value = _content(row) if index == 3 else (spreadsheet_safe(texts[index]) or None)
            cell = sheet.cell(r, index + 1, value)
            cell.font = Font(name=FONT, size=11, strike=row.cancelled and index != 3)
            cell.alignment = centre if index == 2 else wrap
        for index in range(len(COLUMNS)):
            cell = sheet.cell(r, index + 1)
            cell.border = border
            if not row.working:
                cell.fill = PatternFill("solid", fgColor="EEEEEE")
        if row.first_of_day:  # the weekday (and a holiday's name) sits in this row
            texts[0] = row.day_label.partition("\n")[0] + (f"\n({row.day_note})" if row.day_note else "")
        else:
            texts[0] = ""
        lines = max(_lines(texts[i], widths[i]) for i in range(len(COLUMNS)))
        sheet.row_dimensions[r].height = _height(lines)
    _day_and_half_cells(sheet, printout.rows, first_data)
    line = first_data + len(printout.rows) + 1
    signature_rows = max(SIGNATURE_ROWS, len(printout.recipients) + 2)
    if _signature_would_split(sheet, header_line, line, sum(widths), signature_rows):
        sheet.row_breaks.append(Break(id=line - 1))
    _signature(sheet, printout, line)
    sheet.print_title_rows = f"{header_line}:{header_line}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    fit, page_header = sheet.sheet_properties.pageSetUpPr, sheet.oddHeader
    assert fit is not None and page_header is not None  # a new sheet has both (optional in the stubs)
    fit.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    # Decree 30, as the PDF: the page number centred at the top, not on the first page
    sheet.HeaderFooter.differentFirst = True
    page_header.center.text = "&P"
    page_header.center.font = FONT
    sheet.freeze_panes = sheet.cell(first_data, 1).coordinate
    return atomic_write(path, book.save)


def _day_and_half_cells(sheet: Worksheet, rows: list[PrintedRow], first_data: int) -> None:
    """Day: the weekday on the group's first row, the real date (dd/mm/yyyy) merged below it;
    half-day: one merged cell per group."""
    from openpyxl.styles import Alignment, Border, Font, Side

    centre = Alignment(wrap_text=True, vertical="top", horizontal="center")
    thin, none = Side(style="thin", color="000000"), Side(style=None)
    for start, end in groups(rows, lambda row: row.first_of_day):
        row = rows[start]
        weekday = row.day_label.partition("\n")[0] + (f"\n({row.day_note})" if row.day_note else "")
        top = sheet.cell(first_data + start, 1, weekday)
        top.font, top.alignment = Font(name=FONT, size=11, bold=True), centre
        top.border = Border(left=thin, right=thin, top=thin, bottom=none)
        day = sheet.cell(first_data + start + 1, 1, row.day)
        day.number_format = "dd/mm/yyyy"
        day.font, day.alignment = Font(name=FONT, size=11), centre
        day.border = Border(left=thin, right=thin, top=none, bottom=thin)
        if end > start + 1:
            sheet.merge_cells(start_row=first_data + start + 1, end_row=first_data + end, start_column=1,
                              end_column=1)
    for start, end in groups(rows, lambda row: row.first_of_half):
        cell = sheet.cell(first_data + start, 2, rows[start].half_label)
        cell.font, cell.alignment = Font(name=FONT, size=11, bold=True), centre
        if end > start:
            sheet.merge_cells(start_row=first_data + start, end_row=first_data + end, start_column=2, end_column=2)


def _signature_would_split(sheet: Worksheet, header_line: int, signature_line: int, total_width_mm: float,
                           signature_rows: int) -> bool:
    """True if the recipients and signer would start too low on their page to fit on it.

    The sheet is printed fitted to the page width, so heights shrink by the same scale; the
    rows before the header print once, the header again at the top of every page.
    """
    scale = min(1.0, USABLE_MM / total_width_mm)
    available = PRINTABLE_HEIGHT_PT / scale
    header = sheet.row_dimensions[header_line].height or LINE_PT

    def height(r: int) -> float:
        return sheet.row_dimensions[r].height or 15.0

    used = sum(height(r) for r in range(1, header_line + 1))
    for r in range(header_line + 1, signature_line):
        if used + height(r) > available:
            used = header
        used += height(r)
    return used + signature_rows * 15.0 > available


def _signature(sheet: Worksheet, printout: WeekPrintout, line: int) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.cell(line, 1, "Nơi nhận:").font = Font(name=FONT, bold=True, italic=True, size=12)
    for i, recipient in enumerate(printout.recipients, start=1):
        sheet.cell(line + i, 1, f"- {recipient}").font = Font(name=FONT, size=11)
    for i, text in enumerate(printout.signer_lines):
        cell = sheet.cell(line + i, 5, text)
        cell.font, cell.alignment = Font(name=FONT, bold=True, size=12), Alignment(horizontal="center")
        sheet.merge_cells(start_row=line + i, end_row=line + i, start_column=5, end_column=len(COLUMNS))
    name_line = line + SIGNATURE_ROWS - 2
    cell = sheet.cell(name_line, 5, printout.signer_name)
    cell.font, cell.alignment = Font(name=FONT, bold=True, size=12), Alignment(horizontal="center")
    sheet.merge_cells(start_row=name_line, end_row=name_line, start_column=5, end_column=len(COLUMNS))
