"""The blocks of :mod:`app.reports.leave_doc` as a Word document (python-docx), so an office can
edit a draft before signing: A4, Decree 30 margins, Times New Roman 13 pt, the office's header
layout (Party HD 36 / State Decree 30), tables without borders for the header and signatures.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.reports.atomic import save_atomically
from app.reports.leave_doc import (
    Addressees,
    Footer,
    Gap,
    Grid,
    Header,
    PageBreak,
    Para,
    Printout,
    Signatures,
    Title,
)
from app.reports.pdf import date_line

if TYPE_CHECKING:  # python-docx is imported when a document is built, not with this module
    from docx.document import Document as DocxDocument
    from docx.table import Table as DocxTable
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph as DocxParagraph
    from docx.text.run import Run
from app.text import nfc

FONT = "Times New Roman"


def _font(run: Run, size: float | None, *, bold: bool = False, italic: bool = False,
          underline: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    if size:
        run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold or None, italic or None, underline or None


def _para(container: DocxDocument | _Cell, text: str = "", *, size: float | None = 13, bold: bool = False,
          italic: bool = False, underline: bool = False, align: str = "left", label: str = "",
          space_after: float = 2) -> DocxParagraph:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = container.add_paragraph()
    paragraph.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                           "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    paragraph.paragraph_format.space_after = Pt(space_after)
    paragraph.paragraph_format.space_before = Pt(0)
    if label:
        _font(paragraph.add_run(nfc(label) + " "), size, bold=True)
    if text:
        _font(paragraph.add_run(nfc(text)), size, bold=bold, italic=italic, underline=underline)
    return paragraph


def _plain_table(document: DocxDocument, columns: int, widths_mm: list[float]) -> DocxTable:
    """A borderless table (header, signatures): python-docx's default table has no borders."""
    from docx.shared import Mm

    table: DocxTable = document.add_table(rows=1, cols=columns)  # unannotated in python-docx
    table.autofit = False
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths_mm, strict=True):
        column.width = cell.width = Mm(width)  # LibreOffice reads the grid, Word the cells
    return table


def _first_paragraph(cell: _Cell) -> None:
    """Cells start with one empty paragraph; remove it so the content starts at the top."""
    paragraph = cell.paragraphs[0]
    paragraph._element.getparent().remove(paragraph._element)


def _header(document: DocxDocument, block: Header, width: float) -> None:
    office = block.office
    kind = "state" if block.form else getattr(office, "kind", "party")
    table = _plain_table(document, 2, [width * 0.42, width * 0.58])
    left, right = table.rows[0].cells
    parent = nfc(getattr(office, "parent_body", "") or "").upper()
    if parent:
        _para(left, parent, align="center", space_after=0)
    _para(left, nfc(getattr(office, "name", "") or "").upper(), bold=True, align="center", space_after=0)
    _para(left, "*" if kind == "party" else "———", align="center", space_after=0)
    if block.number:
        _para(left, block.number, align="center", space_after=0)
    if kind == "party":
        _para(right, "ĐẢNG CỘNG SẢN VIỆT NAM", bold=True, underline=True, align="center", space_after=6)
    else:
        _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12.5, bold=True, align="center", space_after=0)
        _para(right, "Độc lập - Tự do - Hạnh phúc", size=13.5, bold=True, underline=True, align="center",
              space_after=6)
    if block.day is not None:
        _para(right, date_line(getattr(office, "place", ""), block.day), size=13.5, italic=True, align="center")
    _first_paragraph(left)
    _first_paragraph(right)


def _grid(document: DocxDocument, block: Grid, width: float) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table = document.add_table(rows=1 + len(block.rows), cols=len(block.head))
    table.style = "Table Grid"
    for r, values in enumerate([block.head, *block.rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.width = table.columns[c].width = Mm(width * block.widths[c])
            paragraph = cell.paragraphs[0]
            centred = r == 0 or c in block.center
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if centred else WD_ALIGN_PARAGRAPH.LEFT
            for i, line in enumerate(nfc(value).split("\n")):
                if i:
                    paragraph.add_run().add_break()
                _font(paragraph.add_run(line), block.font_size, bold=r == 0)
            if r == 0:
                shading = OxmlElement("w:shd")
                shading.set(qn("w:val"), "clear")
                shading.set(qn("w:fill"), "F2F2F2")
                cell._element.get_or_add_tcPr().append(shading)
    for column, first, last in block.spans:
        for row in range(first + 2, last + 2):  # the covered cells repeat the first one's text
            covered = table.cell(row, column)
            for paragraph in covered.paragraphs:
                paragraph._element.getparent().remove(paragraph._element)
            covered.add_paragraph()
        merged = table.cell(first + 1, column).merge(table.cell(last + 1, column))
        for paragraph in merged.paragraphs[1:]:
            if not paragraph.text:
                paragraph._element.getparent().remove(paragraph._element)


def _signature(cell: _Cell, heading: tuple[str, ...], notes: tuple[str, ...], name: str) -> None:
    """Bold authority lines, italic notes, room to sign, the bold name — centred in *cell*."""
    for line in heading:
        _para(cell, line, bold=True, align="center", space_after=0)
    for note in notes:
        _para(cell, note, italic=True, align="center", space_after=0)
    for _ in range(4):
        _para(cell, "", space_after=0)
    _para(cell, name, bold=True, align="center")
    _first_paragraph(cell)


def _signatures(document: DocxDocument, block: Signatures, width: float) -> None:
    for start in range(0, len(block.blocks), block.per_row):
        row = block.blocks[start:start + block.per_row]
        table = _plain_table(document, len(row), [width / len(row)] * len(row))
        for cell, sig in zip(table.rows[0].cells, row, strict=True):
            _signature(cell, sig.heading, sig.notes, sig.name)


def _footer(document: DocxDocument, block: Footer, width: float) -> None:
    _para(document, "")
    table = _plain_table(document, 2, [width * 0.5, width * 0.5])
    left, right = table.rows[0].cells
    _para(left, "Nơi nhận:", size=12, bold=True, italic=True, space_after=0)
    for recipient in block.recipients:
        _para(left, f"- {recipient}", size=11, space_after=0)
    _first_paragraph(left)
    _signature(right, tuple(block.signer_lines), (), block.signer_name)


def build_docx(printout: Printout) -> DocxDocument:
    """The python-docx Document of *printout*."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    if printout.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.left_margin, section.right_margin = Mm(20), Mm(15)
        section.top_margin = section.bottom_margin = Mm(15)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        section.top_margin = section.bottom_margin = Mm(20)
    width = (section.page_width - section.left_margin - section.right_margin) / Mm(1)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    document.core_properties.title = nfc(printout.title)
    document.core_properties.author = "VanPhong"
    for block in printout.blocks:
        if isinstance(block, Header):
            _header(document, block, width)
        elif isinstance(block, Title):
            _para(document, "", space_after=6)
            _para(document, nfc(block.text).upper(), size=14, bold=True, align="center", space_after=0)
            for subtitle in block.subtitles:
                _para(document, subtitle, italic=True, align="center", space_after=0)
            _para(document, "", space_after=4)
        elif isinstance(block, Para):
            align = "center" if "center" in block.style else "justify" if block.style == "body" else "left"
            size = 11 if block.style.startswith(("small", "cell", "recipients")) else 13
            _para(document, block.text, size=size, label=block.label, align=align,
                  bold="bold" in block.style or block.style == "title",
                  italic=block.style in ("subtitle", "date_line"))
        elif isinstance(block, Addressees):
            table = _plain_table(document, 2, [25.0, width - 25.0])
            label, lines = table.rows[0].cells
            _para(label, "Kính gửi:", bold=True)
            for line in block.lines:
                _para(lines, line, space_after=0)
            _first_paragraph(label)
            _first_paragraph(lines)
        elif isinstance(block, Grid):
            _grid(document, block, width)
        elif isinstance(block, Signatures):
            _signatures(document, block, width)
        elif isinstance(block, Footer):
            _footer(document, block, width)
        elif isinstance(block, Gap):
            _para(document, "", space_after=block.mm)
        elif isinstance(block, PageBreak):
            document.add_page_break()  # type: ignore[no-untyped-call]  # python-docx leaves it unannotated
    return document


def write_docx(printout: Printout, path: str | os.PathLike[str]) -> Path:
    """Write *printout* as a .docx at *path* (atomically)."""
    return save_atomically(path, build_docx(printout).save)
