"""The outgoing-document register as an Excel workbook (openpyxl): one row per number, the way the
clerk keeps the paper register (số và ký hiệu, ngày, loại, trích yếu, trạng thái, lý do hủy)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.reports.atomic import save_atomically
from app.text import format_date, nfc, spreadsheet_safe

COLUMNS = (("STT", 6), ("Năm", 7), ("Loại", 16), ("Số", 6), ("Số và ký hiệu", 18), ("Ngày ban hành", 14),
           ("Trích yếu nội dung", 60), ("Trạng thái", 14), ("Lý do hủy", 30), ("Người lấy số", 14))


def export_register(entries: Sequence[Any], path: str | os.PathLike[str], *, office_name: str = "",
                    heading: str = "SỔ ĐĂNG KÝ VĂN BẢN ĐI") -> Path:
    """Write the register lines (RegisterEntry-like objects) to *path* (.xlsx)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.worksheets[0]  # a new workbook: its one sheet, the active one
    sheet.title = "Văn bản đi"
    sheet.append([nfc(office_name).upper()])
    sheet.append([nfc(heading)])
    sheet.append([])
    sheet.append([name for name, _width in COLUMNS])
    edge = Side(style="thin", color="000000")
    box = Border(left=edge, right=edge, top=edge, bottom=edge)
    for index, (_name, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
        head = sheet.cell(row=4, column=index)
        head.font, head.border = Font(bold=True), box
        head.fill = PatternFill("solid", fgColor="F2F2F2")
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for count, entry in enumerate(entries, start=1):
        sheet.append([count, entry.year, nfc(entry.type_name), entry.number, nfc(entry.symbol),
                      format_date(entry.issued_on) if entry.issued_on else "", spreadsheet_safe(nfc(entry.title)),
                      nfc(entry.status_label), spreadsheet_safe(nfc(entry.void_reason)), entry.created_by])
        for cell in sheet[sheet.max_row]:
            cell.border = box
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet["A1"].font = Font(bold=True)
    sheet["A2"].font = Font(bold=True, size=13)
    sheet.freeze_panes = "A5"
    return save_atomically(path, book.save)
