"""Export of the annual leave balances to an Excel workbook (openpyxl), written atomically.

Printed as the PDF is: A4 landscape fitted to the page width, the header row repeated on
every page, headers wrapped in a row tall enough for two lines; start dates are real dates
shown dd/mm/yyyy, day counts numbers."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from app.files import atomic_write
from app.reports.data.leave import Balance
from app.text import nfc, spreadsheet_safe

HEADERS = ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ngày vào cơ quan", "Được nghỉ", "Chuyển từ năm trước",
           "Đã nghỉ", "Chờ duyệt", "Còn lại", "Nghỉ khác (không trừ phép)", "Nghỉ bù được hưởng (trực ngày nghỉ)",
           "Nghỉ bù còn lại")
WIDTHS = (6, 28, 24, 30, 16, 11, 12, 10, 11, 10, 16, 14, 12)


def export_balances(balances: Sequence[Balance], year: int, path: str | os.PathLike[str],
                    office_name: str = "") -> Path:
    """Write the balances table for *year* to *path* (.xlsx); the file appears whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    target = Path(path)
    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook: its one sheet, the active one
    sheet.title = f"Phép năm {year}"
    title = f"SỐ NGÀY NGHỈ PHÉP NĂM {year}"
    sheet.append([spreadsheet_safe(nfc(office_name).upper())] if office_name else [""])
    sheet.append([title])
    sheet.append([])
    sheet.append(list(HEADERS))
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    for i, b in enumerate(balances, start=1):
        sheet.append([i, *(spreadsheet_safe(nfc(x)) for x in (b.full_name, b.position_title, b.unit_name)),
                      b.service_start, b.entitlement, b.carried,
                      b.taken, b.pending, b.remaining, b.other_taken, b.comp_earned, b.comp_remaining])
        for cell in sheet[sheet.max_row]:
            cell.border = border
            cell.alignment = Alignment(vertical="top", wrap_text=cell.column in (2, 3, 4))
        sheet.cell(sheet.max_row, 5).number_format = "dd/mm/yyyy"
    sheet["A1"].font = Font(bold=True)
    sheet["A2"].font = Font(bold=True, size=13)
    for i, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    for row in sheet.iter_rows(min_row=5, min_col=6, max_col=13):
        for cell in row:
            cell.number_format = "0.0"
    sheet.row_dimensions[4].height = 33  # two lines of the wrapped headers
    sheet.freeze_panes = "C5"
    sheet.print_title_rows = "4:4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    fit, footer = sheet.sheet_properties.pageSetUpPr, sheet.oddFooter
    assert fit is not None and footer is not None  # a new sheet has both (optional in the stubs)
    fit.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    footer.center.text = "Trang &P/&N"
    atomic_write(target, book.save)
    return target
