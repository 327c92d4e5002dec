"""The weekly schedule as a Word document (python-docx), laid out like the PDF.

A4 landscape; the grid's column widths are measured from its text and written both in the
table grid (``w:tblGrid``) and in every cell (``w:tcW``) with a fixed layout, so Word and
LibreOffice agree; the header row is shaded and repeated on every page; no row splits across
a page; days off are shaded; a changed entry starts with its tag in bold italics
("(Điều chỉnh)") and a cancelled one is struck through; pages are numbered "Trang N/M"; the
recipients and the signer stay together on one page.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.numbering import document_number
from app.reports.pdf import date_line
from app.reports.week_content import COLUMNS, PrintedRow, WeekPrintout
from app.reports.week_layout import atomic_write, content_widths, groups

if TYPE_CHECKING:  # python-docx is imported when a document is built, not with this module
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph

PAGE_MM, MARGINS_MM = (297, 210), (20, 15, 15, 15)  # left, right, top, bottom
HEADER_FILL, OFF_DAY_FILL = "F2F2F2", "EEEEEE"
TWIPS_PER_MM = 56.6929


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


class _Doc:
    """Small helpers over python-docx's XML for what it has no API for."""

    def __init__(self) -> None:
        from docx import Document
        from docx.enum.section import WD_ORIENT
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        self.qn, self.Pt = qn, Pt
        self.document = Document()
        normal = self.document.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(12)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        normal.paragraph_format.space_after = Pt(0)
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        left, right, top, bottom = MARGINS_MM
        section.left_margin, section.right_margin = Mm(left), Mm(right)
        section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
        section.footer_distance = Mm(7)

    def element(self, tag: str, **attributes: str) -> BaseOxmlElement:
        from docx.oxml import OxmlElement

        node = OxmlElement(tag)
        for name, value in attributes.items():
            node.set(self.qn(f"w:{name}"), value)
        return node

    def para(self, container: _Cell | Document, text: str = "", *, bold: bool = False, italic: bool = False,
             underline: bool = False, size: float | None = None, align: str = "center", strike: bool = False,
             keep_next: bool = False) -> Paragraph:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph: Paragraph = container.add_paragraph()
        paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
        paragraph.paragraph_format.keep_with_next = keep_next
        if text:
            self.runs(paragraph, text, bold=bold, italic=italic, underline=underline, size=size, strike=strike)
        return paragraph

    def runs(self, paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool = False,
             underline: bool = False, size: float | None = None, strike: bool = False) -> None:
        for i, line in enumerate(unicodedata.normalize("NFC", text).split("\n")):
            if i:
                paragraph.add_run().add_break()
            run = paragraph.add_run(line)
            run.bold, run.italic, run.underline = bold, italic, underline
            run.font.strike = strike
            if size:
                run.font.size = self.Pt(size)

    @staticmethod
    def empty(cell: _Cell) -> None:
        for paragraph in list(cell.paragraphs):
            paragraph._p.getparent().remove(paragraph._p)

    def shade(self, cell: _Cell, fill: str) -> None:
        cell._tc.get_or_add_tcPr().append(self.element("w:shd", val="clear", color="auto", fill=fill))

    def no_borders(self, table: Table) -> None:
        borders = self.element("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(self.element(f"w:{edge}", val="nil"))
        table._tbl.tblPr.append(borders)

    def fix_widths(self, table: Table, widths_mm: list[float]) -> None:
        """The same widths in the table grid and in every cell, and a fixed layout."""
        tbl = table._tbl
        tbl.tblPr.append(self.element("w:tblLayout", type="fixed"))
        width = self.element("w:tblW", w=str(sum(_twips(w) for w in widths_mm)), type="dxa")
        for old in tbl.tblPr.findall(self.qn("w:tblW")):
            tbl.tblPr.remove(old)
        tbl.tblPr.append(width)
        grid = tbl.tblGrid
        for col in list(grid):
            grid.remove(col)
        for w in widths_mm:
            grid.append(self.element("w:gridCol", w=str(_twips(w))))
        for row in table.rows:
            for index, cell in enumerate(row.cells):
                if index < len(widths_mm):
                    tc_pr = cell._tc.get_or_add_tcPr()
                    for old in tc_pr.findall(self.qn("w:tcW")):
                        tc_pr.remove(old)
                    tc_pr.insert(0, self.element("w:tcW", w=str(_twips(widths_mm[index])), type="dxa"))

    def row_options(self, row: _Row, *, header: bool = False) -> None:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(self.element("w:cantSplit", val="true"))
        if header:
            tr_pr.append(self.element("w:tblHeader", val="true"))

    def page_numbers(self) -> None:
        """Decree 30, as the PDF: the page number centred in the top margin, from page 2 on."""
        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        section.header_distance = self.Pt(20)
        paragraph = section.header.paragraphs[0]
        paragraph.alignment = 1
        self.field(paragraph, "PAGE")

    def field(self, paragraph: Paragraph, code: str) -> None:
        run = paragraph.add_run()
        run.font.size = self.Pt(12)
        run._r.append(self.element("w:fldChar", fldCharType="begin"))
        instruction = self.element("w:instrText")
        instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        instruction.text = f" {code} "
        run._r.append(instruction)
        run._r.append(self.element("w:fldChar", fldCharType="separate"))
        run._r.append(self.element("w:t"))
        run._r[-1].text = "1"
        run._r.append(self.element("w:fldChar", fldCharType="end"))


def _header(doc: _Doc, printout: WeekPrintout) -> None:
    office = printout.office
    if office is None:
        return
    table = doc.document.add_table(rows=1, cols=2)
    doc.no_borders(table)
    left, right = table.rows[0].cells
    doc.empty(left)
    doc.empty(right)
    if office.parent_body:
        doc.para(left, office.parent_body.upper(), size=13)
    doc.para(left, office.name.upper(), bold=True, size=13)
    doc.para(left, "*" if office.kind == "party" else "", size=13)
    doc.para(left, document_number(office, "LCT"), size=13)
    if office.kind == "party":
        doc.para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, underline=True, size=13)
    else:
        doc.para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12.5)
        doc.para(right, "Độc lập - Tự do - Hạnh phúc", bold=True, underline=True, size=13.5)
    doc.para(right, date_line(office.place, printout.day), italic=True, size=13.5)
    usable = PAGE_MM[0] - MARGINS_MM[0] - MARGINS_MM[1]
    doc.fix_widths(table, [usable * 0.45, usable * 0.55])


def _day_cell(doc: _Doc, cell: _Cell, row: PrintedRow) -> None:
    weekday, _, day = row.day_label.partition("\n")
    doc.para(cell, weekday, bold=True, size=11)
    doc.para(cell, day, size=11)
    if row.day_note:
        doc.para(cell, f"({row.day_note})", italic=True, size=11)


def _content_cell(doc: _Doc, cell: _Cell, row: PrintedRow) -> None:
    paragraph = doc.para(cell, align="left")
    if row.mark:
        doc.runs(paragraph, f"({row.mark}) ", bold=True, italic=True, size=11)
    doc.runs(paragraph, row.content, size=11, strike=row.cancelled)


def _grid(doc: _Doc, printout: WeekPrintout) -> None:
    rows = printout.rows
    usable = PAGE_MM[0] - MARGINS_MM[0] - MARGINS_MM[1]
    widths = content_widths(rows, usable)
    table = doc.document.add_table(rows=len(rows) + 1, cols=len(COLUMNS))
    table.style = "Table Grid"
    doc.fix_widths(table, widths)
    doc.row_options(table.rows[0], header=True)
    for index, title in enumerate(COLUMNS):
        cell = table.rows[0].cells[index]
        doc.empty(cell)
        doc.para(cell, title, bold=True, size=11)
        doc.shade(cell, HEADER_FILL)
    for r, row in enumerate(rows, start=1):
        doc.row_options(table.rows[r])
        cells = table.rows[r].cells
        texts = row.cells()
        for index in range(2, len(COLUMNS)):
            cell = cells[index]
            doc.empty(cell)
            if index == 3:
                _content_cell(doc, cell, row)
            else:
                doc.para(cell, texts[index], size=11, strike=row.cancelled, align="center" if index == 2 else "left")
        if not row.working:
            for cell in cells:
                doc.shade(cell, OFF_DAY_FILL)
    for column, first in ((0, lambda row: row.first_of_day), (1, lambda row: row.first_of_half)):
        for start, end in groups(rows, first):
            cell = table.cell(start + 1, column)
            if end > start:
                cell = cell.merge(table.cell(end + 1, column))
            doc.empty(cell)
            if column == 0:
                _day_cell(doc, cell, rows[start])
            else:
                doc.para(cell, rows[start].half_label, bold=True, size=11)


def _signature(doc: _Doc, printout: WeekPrintout) -> None:
    """Recipients and signer in one row that does not split, kept with the paragraph before."""
    doc.para(doc.document, "", keep_next=True)
    table = doc.document.add_table(rows=1, cols=2)
    doc.no_borders(table)
    doc.row_options(table.rows[0])
    left, right = table.rows[0].cells
    doc.empty(left)
    doc.empty(right)
    doc.para(left, "Nơi nhận:", bold=True, italic=True, size=12, align="left", keep_next=True)
    for recipient in printout.recipients:
        doc.para(left, f"- {recipient}", size=11, align="left", keep_next=True)
    for line in printout.signer_lines:
        doc.para(right, line, bold=True, size=13, keep_next=True)
    for _ in range(3):
        doc.para(right, "", keep_next=True)
    doc.para(right, printout.signer_name, bold=True, size=13)
    usable = PAGE_MM[0] - MARGINS_MM[0] - MARGINS_MM[1]
    doc.fix_widths(table, [usable * 0.5, usable * 0.5])


def write_week_docx(printout: WeekPrintout, path: str | os.PathLike[str]) -> Path:
    doc = _Doc()
    _header(doc, printout)
    doc.para(doc.document, "")
    doc.para(doc.document, printout.title, bold=True, size=14)
    for line in (printout.range_line, printout.filter_line, printout.version_line):
        if line:
            doc.para(doc.document, line, italic=True, size=13)
    if printout.is_empty:
        doc.para(doc.document, "Tuần này chưa có lịch công tác.", italic=True)
    doc.para(doc.document, "")
    _grid(doc, printout)
    _signature(doc, printout)
    doc.page_numbers()
    return atomic_write(path, doc.document.save)
