"""The weekly schedule as DOCX (python-docx), XLSX (openpyxl) and iCalendar (.ics), with the
same content as the PDF. Every file is written to a temporary file, then renamed."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from app.errors import InvalidInput
from app.reports.atomic import save_atomically
from app.reports.pdf import date_line
from app.reports.week_content import COLUMNS, PrintedRow, WeekPrintout, week_printout
from app.services.calendar.events import ALL, KIND_LABELS, ScheduleFilter, WeekEntry, week
from app.text import nfc

OFFICE_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
FORMATS = (".docx", ".xlsx", ".ics", ".html")
atomic_write = save_atomically  # files appear whole or not at all
# Relative column widths (same proportions as the PDF).
WIDTHS = (21, 13, 19, 65, 47, 45, 28, 24)



def _cell_text(row: PrintedRow, index: int) -> str:
    return row.cells()[index]


def _groups(rows: list[PrintedRow], first: Callable[[PrintedRow], bool]) -> list[tuple[int, int]]:
    """(first, last) row indexes of the runs that start where *first* is true."""
    spans: list[tuple[int, int]] = []
    for i, row in enumerate(rows):
        if first(row) or not spans:
            spans.append((i, i))
        else:
            spans[-1] = (spans[-1][0], i)
    return spans


# -- DOCX ---------------------------------------------------------------------------------

def write_week_docx(printout: WeekPrintout, path: str | os.PathLike[str]) -> Path:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(20), Mm(15)
    section.top_margin, section.bottom_margin = Mm(15), Mm(15)
    usable = 297 - 35

    def para(cell_or_doc, text: str, *, bold=False, italic=False, underline=False, size=None,
             align=WD_ALIGN_PARAGRAPH.CENTER, strike=False):
        paragraph = cell_or_doc.add_paragraph()
        paragraph.alignment = align
        paragraph.paragraph_format.space_after = Pt(0)
        for i, line in enumerate(nfc(text).split("\n")):
            if i:
                paragraph.add_run().add_break()
            run = paragraph.add_run(line)
            run.bold, run.italic, run.underline = bold, italic, underline
            run.font.strike = strike
            if size:
                run.font.size = Pt(size)
        return paragraph

    def no_borders(table) -> None:
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "nil")
            borders.append(element)
        table._tbl.tblPr.append(borders)

    office = printout.office
    if office is not None:
        header = document.add_table(rows=1, cols=2)
        no_borders(header)
        left, right = header.rows[0].cells
        left._tc.remove(left.paragraphs[0]._p)
        right._tc.remove(right.paragraphs[0]._p)
        if office.parent_body:
            para(left, office.parent_body.upper(), size=13)
        para(left, office.name.upper(), bold=True, size=13)
        para(left, "*" if office.kind == "party" else "", size=13)
        para(left, f"Số        -LCT/{office.code_suffix}", size=13)
        if office.kind == "party":
            para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, underline=True, size=13)
        else:
            para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12.5)
            para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, underline=True, size=13.5)
        para(right, date_line(office.place, printout.day), italic=True, size=13.5)
    para(document, "")
    para(document, printout.title, bold=True, size=14)
    for line in (printout.range_line, printout.filter_line, printout.version_line):
        if line:
            para(document, line, italic=True, size=13)
    if printout.is_empty:
        para(document, "Tuần này chưa có lịch công tác.", italic=True)
    para(document, "")

    rows = printout.rows
    table = document.add_table(rows=len(rows) + 1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(WIDTHS)
    for index, width in enumerate(WIDTHS):
        for cell in table.columns[index].cells:
            cell.width = Mm(usable * width / total)
    for index, title in enumerate(COLUMNS):
        cell = table.rows[0].cells[index]
        cell._tc.remove(cell.paragraphs[0]._p)
        para(cell, title, bold=True, size=11)
    for r, row in enumerate(rows, start=1):
        cells = table.rows[r].cells
        for index in range(2, len(COLUMNS)):
            cell = cells[index]
            cell._tc.remove(cell.paragraphs[0]._p)
            text = _cell_text(row, index)
            para(cell, text, size=11, strike=row.cancelled,
                 align=WD_ALIGN_PARAGRAPH.CENTER if index == 2 else WD_ALIGN_PARAGRAPH.LEFT)
    for column, first in ((0, lambda row: row.first_of_day), (1, lambda row: row.first_of_half)):
        for start, end in _groups(rows, first):
            cell = table.cell(start + 1, column)
            if end > start:
                cell = cell.merge(table.cell(end + 1, column))
            for paragraph in list(cell.paragraphs):
                paragraph._p.getparent().remove(paragraph._p)
            para(cell, _cell_text(rows[start], column), bold=True, size=11)
    table.rows[0].repeat = True
    header_xml = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_xml.append(repeat)

    para(document, "")
    footer = document.add_table(rows=1, cols=2)
    no_borders(footer)
    left, right = footer.rows[0].cells
    left._tc.remove(left.paragraphs[0]._p)
    right._tc.remove(right.paragraphs[0]._p)
    para(left, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    for recipient in printout.recipients:
        para(left, f"- {recipient}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in printout.signer_lines:
        para(right, line, bold=True, size=13)
    para(right, "\n\n\n")
    para(right, printout.signer_name, bold=True, size=13)
    return atomic_write(path, document.save)


# -- XLSX ---------------------------------------------------------------------------------

def write_week_xlsx(printout: WeekPrintout, path: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Lịch công tác tuần"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, vertical="top", horizontal="center")
    font = "Times New Roman"
    last_column = get_column_letter(len(COLUMNS))
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width * 0.62
    line = 1

    def title_row(text: str, *, bold=False, italic=False, size=12) -> None:
        nonlocal line
        sheet.merge_cells(f"A{line}:{last_column}{line}")
        cell = sheet.cell(line, 1, nfc(text))
        cell.font = Font(name=font, bold=bold, italic=italic, size=size)
        cell.alignment = Alignment(horizontal="center")
        line += 1

    office = printout.office
    if office is not None:
        sheet.cell(line, 1, nfc(office.parent_body.upper())).font = Font(name=font, size=12)
        right = "ĐẢNG CỘNG SẢN VIỆT NAM" if office.kind == "party" else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        sheet.cell(line, 5, right).font = Font(name=font, bold=True, size=12)
        line += 1
        sheet.cell(line, 1, nfc(office.name.upper())).font = Font(name=font, bold=True, size=12)
        sheet.cell(line, 5, date_line(office.place, printout.day)).font = Font(name=font, italic=True, size=12)
        line += 2
    title_row(printout.title, bold=True, size=14)
    for text in (printout.range_line, printout.filter_line, printout.version_line):
        if text:
            title_row(text, italic=True)
    if printout.is_empty:
        title_row("Tuần này chưa có lịch công tác.", italic=True)
    line += 1
    header_line = line
    for index, title in enumerate(COLUMNS, start=1):
        cell = sheet.cell(line, index, title)
        cell.font = Font(name=font, bold=True, size=11)
        cell.alignment = centre
        cell.border = border
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
    first_data = line + 1
    for offset, row in enumerate(printout.rows):
        r = first_data + offset
        for index in range(len(COLUMNS)):
            cell = sheet.cell(r, index + 1, _cell_text(row, index) or None)
            cell.font = Font(name=font, size=11, bold=index < 2, strike=row.cancelled and index >= 2)
            cell.alignment = centre if index < 3 else wrap
            cell.border = border
            if not row.working:
                cell.fill = PatternFill("solid", fgColor="EEEEEE")
    for column, first in ((1, lambda row: row.first_of_day), (2, lambda row: row.first_of_half)):
        for start, end in _groups(printout.rows, first):
            if end > start:
                sheet.merge_cells(start_row=first_data + start, end_row=first_data + end,
                                  start_column=column, end_column=column)
    line = first_data + len(printout.rows) + 1
    sheet.cell(line, 1, "Nơi nhận:").font = Font(name=font, bold=True, italic=True, size=12)
    for i, text in enumerate(printout.signer_lines):
        sheet.cell(line + i, 5, text).font = Font(name=font, bold=True, size=12)
    for i, recipient in enumerate(printout.recipients, start=1):
        sheet.cell(line + i, 1, f"- {recipient}").font = Font(name=font, size=11)
    sheet.cell(line + 6, 5, printout.signer_name).font = Font(name=font, bold=True, size=12)
    sheet.print_title_rows = f"{header_line}:{header_line}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.freeze_panes = sheet.cell(first_data, 1)
    return atomic_write(path, book.save)


# -- iCalendar ----------------------------------------------------------------------------

def _is_all_day(entry: WeekEntry) -> bool:
    return entry.start.time() == time.min and entry.end.time() == time.min


def ics_uid(entry: WeekEntry) -> str:
    return f"{entry.key.replace('@', '-')}@vanphong"


def week_calendar(entries: list[WeekEntry], name: str):
    """An icalendar Calendar with one VEVENT per entry (cancelled ones marked CANCELLED)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//VanPhong//Lich cong tac tuan//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", nfc(name))
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    for entry in entries:
        event = Event()
        event.add("uid", ics_uid(entry))
        event.add("dtstamp", datetime.now(OFFICE_TZ))
        event.add("summary", nfc(entry.title))
        if _is_all_day(entry):
            event.add("dtstart", entry.start.date())
            event.add("dtend", entry.end.date())
        else:
            event.add("dtstart", entry.start.replace(tzinfo=OFFICE_TZ))
            event.add("dtend", entry.end.replace(tzinfo=OFFICE_TZ))
        if entry.location:
            event.add("location", nfc(entry.location))
        details = [("Chủ trì", entry.chair), ("Lãnh đạo dự", entry.leaders), ("Thành phần", entry.participants),
                   ("Đơn vị chuẩn bị", entry.preparing)]
        description = "\n".join(f"{label}: {value}" for label, value in details if value)
        if description:
            event.add("description", nfc(description))
        event.add("categories", [KIND_LABELS.get(entry.kind, entry.kind)])
        event.add("status", {"cancelled": "CANCELLED", "draft": "TENTATIVE"}.get(entry.status, "CONFIRMED"))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def write_week_ics(entries: list[WeekEntry], name: str, path: str | os.PathLike[str]) -> Path:
    data = week_calendar(entries, name).to_ical()
    return atomic_write(path, lambda tmp: Path(tmp).write_bytes(data))


# -- dispatch -----------------------------------------------------------------------------

def export_week(session: Session, monday: date, path: str | os.PathLike[str], filter: ScheduleFilter = ALL,
                *, day: date | None = None) -> Path:
    """`vanphong export week`: the format follows the file's suffix (.docx, .xlsx, .ics, .html)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(f"Định dạng không hỗ trợ: {suffix or '(không có đuôi)'}; chọn .docx, .xlsx, .ics hoặc .html")
    if suffix == ".ics":
        schedule = week(session, monday, filter)
        name = f"Lịch công tác tuần {monday:%d/%m/%Y} – {schedule.sunday:%d/%m/%Y}"
        return write_week_ics(schedule.entries, name, path)
    printout = week_printout(session, monday, filter, day=day)
    if suffix == ".html":
        from app.reports.week_portal import write_week_page  # the portal page (imports this module)

        return write_week_page(printout, path)
    writer = write_week_docx if suffix == ".docx" else write_week_xlsx
    return writer(printout, path)
