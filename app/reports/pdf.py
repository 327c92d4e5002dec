"""The base of every printout: embedded Vietnamese fonts, styles, the two header layouts
(Party — Hướng dẫn 36-HD/VPTW; State — Decree 30/2020/NĐ-CP Appendix I), and an atomic
PDF writer with page numbers centred in the top margin from page 2 on.

ReportLab does no text shaping, so every string goes through :func:`P` which normalises
to NFC and escapes markup before drawing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.tables import CellStyle

from app.files import atomic_write
from app.reports.numbering import document_number
from app.resources import resource_path
from app.text import nfc

PageHook = Callable[[Canvas, BaseDocTemplate], None]  # drawn on every page (a letterhead, a watermark)

__all__ = [
    "A4",
    "HEADER_SIZES",
    "LANDSCAPE_MARGINS",
    "STYLES",
    "Margins",
    "P",
    "SignedTable",
    "build_pdf",
    "content_width",
    "date_line",
    "document_number",
    "grid_style",
    "landscape",
    "mm",
    "office_header",
    "recipients_and_signer",
    "register_fonts",
    "title_block",
]

FONT_FILES = {
    "Serif": "LiberationSerif-Regular.ttf",
    "Serif-Bold": "LiberationSerif-Bold.ttf",
    "Serif-Italic": "LiberationSerif-Italic.ttf",
    "Serif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
_registered = False


def register_fonts() -> None:
    """Register Liberation Serif (Times New Roman metrics, full Vietnamese) once."""
    global _registered
    if _registered:
        return
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                                  boldItalic="Serif-BoldItalic")
    # A canvas, a table cell and a paragraph style start in these fonts: without them ReportLab
    # leaves an unembedded Helvetica reference (e.g. a table cell holding only a Spacer).
    rl_config.canvas_basefontname = "Serif"
    CellStyle.fontname = "Serif"
    ParagraphStyle.defaults["fontName"] = "Serif"
    _registered = True


def _style(name: str, size: float = 13, *, bold: bool = False, italic: bool = False,
           align: Literal[0, 1, 2, 4] = TA_LEFT, leading: float | None = None, **extra: Any) -> ParagraphStyle:
    font = "Serif" + ("-Bold" if bold else "") + ("Italic" if italic and bold else "-Italic" if italic else "")
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=align, **extra)


# Decree 30 sizes: agency 12–13 pt, national name 12–13 bold, motto 13–14 bold, place/date 13–14 italic,
# body 13–14. Tables use 11–12 to fit.
STYLES = {
    "body": _style("body", 13, align=TA_JUSTIFY),
    "body_left": _style("body_left", 13),
    "small": _style("small", 11),
    "small_center": _style("small_center", 11, align=TA_CENTER),
    "small_bold_center": _style("small_bold_center", 11, bold=True, align=TA_CENTER),
    "cell": _style("cell", 11, leading=13),
    "cell_center": _style("cell_center", 11, leading=13, align=TA_CENTER),
    "cell_bold": _style("cell_bold", 11, bold=True, leading=13),
    "cell_head": _style("cell_head", 11, bold=True, leading=13, align=TA_CENTER),
    "cell_small": _style("cell_small", 10, italic=True, leading=12),
    "cell_compact": _style("cell_compact", 10.5, leading=12),
    "header_parent": _style("header_parent", 13, align=TA_CENTER),
    "header_agency": _style("header_agency", 13, bold=True, align=TA_CENTER),
    "header_nation": _style("header_nation", 12.5, bold=True, align=TA_CENTER),
    "header_motto": _style("header_motto", 13.5, bold=True, align=TA_CENTER),
    "header_small": _style("header_small", 13, align=TA_CENTER),
    "date_line": _style("date_line", 13.5, italic=True, align=TA_CENTER),
    "title": _style("title", 14, bold=True, align=TA_CENTER, leading=18),
    "subtitle": _style("subtitle", 13, italic=True, align=TA_CENTER),
    "subtitle_bold": _style("subtitle_bold", 13, bold=True, align=TA_CENTER),
    "recipients_head": _style("recipients_head", 12, bold=True, italic=True),
    "recipients": _style("recipients", 11, leading=13),
    "signer_role": _style("signer_role", 13, bold=True, align=TA_CENTER),
    "signer_name": _style("signer_name", 13, bold=True, align=TA_CENTER),
    "right": _style("right", 13, align=TA_RIGHT),
}


def P(text: object, style: str | ParagraphStyle = "body", *, markup: bool = False) -> Paragraph:  # noqa: N802
    """A paragraph of *text*, NFC-normalised; plain text is escaped unless *markup* is True.

    Newlines become line breaks.
    """
    register_fonts()
    value = nfc("" if text is None else str(text))
    if not markup:
        value = escape(value)
    value = value.replace("\n", "<br/>")
    return Paragraph(value, STYLES[style] if isinstance(style, str) else style)


@dataclass(frozen=True)
class Margins:
    """Page margins in points. Decree 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm."""

    top: float = 20 * mm
    bottom: float = 20 * mm
    left: float = 30 * mm
    right: float = 15 * mm


LANDSCAPE_MARGINS = Margins(top=15 * mm, bottom=15 * mm, left=20 * mm, right=15 * mm)


def date_line(place: str, day: date) -> str:
    """"Lâm Đồng, ngày 02 tháng 3 năm 2026" (Decree 30: day and month < 10 / < 3 get a leading 0)."""
    day_text = f"{day.day:02d}"
    month_text = f"{day.month:02d}" if day.month < 3 else str(day.month)
    prefix = f"{nfc(place)}, " if place else ""
    return f"{prefix}ngày {day_text} tháng {month_text} năm {day.year}"


class _Rule(Flowable):
    """A short horizontal line under a header block (the underline of an agency or motto)."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.rule_width = width
        self.width, self.height = width, 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, 8

    def draw(self) -> None:
        x = (self._avail - self.rule_width) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 4, x + self.rule_width, 4)


# Header sizes (pt) of the two layouts.
# HD 36-HD/VPTW (Party): "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold; parent body 14; issuing body 14 bold;
# number 14; place and date 14 italic.
# Decree 30/2020 Appendix I (State): agency 12–13 (parent regular, agency bold); national name
# 12–13 bold; motto 13–14 bold; number 13; place and date 13–14 italic.
HEADER_SIZES = {
    "party": {"parent": 14, "agency": 14, "number": 14, "nation": 15, "date": 14},
    # 12 pt (the low end) so "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" and the national name share one line
    "state": {"parent": 12, "agency": 12, "number": 13, "nation": 12, "motto": 13, "date": 13},
}
_HEADER_GAP = 2 * mm  # between the two header columns


def _width(text: str, font: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)


def _header_style(base: str, size: float) -> ParagraphStyle:
    style = STYLES[base]
    return ParagraphStyle(f"{base}_{size}", parent=style, fontSize=size, leading=size * 1.2)


def office_header(office: object, *, day: date | None = None, doc_number: str = "",
                  width: float | None = None) -> Table:
    """The two-column header of a document for *office* (an OfficeInfo or anything with
    name, parent_body, place, kind).

    Party offices (HD 36): parent body and agency top left with "*" below, "ĐẢNG CỘNG SẢN VIỆT NAM"
    top right. State offices (Decree 30): national name and motto top right. The left column is
    as wide as its longest line (so "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" stays on one line) and the
    right column keeps room for the national name.
    """
    register_fonts()
    name = nfc(getattr(office, "name", "") or "").upper()
    parent = nfc(getattr(office, "parent_body", "") or "").upper()
    place = getattr(office, "place", "") or ""
    kind = "state" if getattr(office, "kind", "party") == "state" else "party"
    sizes = HEADER_SIZES[kind]
    nation = "ĐẢNG CỘNG SẢN VIỆT NAM" if kind == "party" else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    left: list[Flowable] = []
    if parent:
        left.append(P(parent, _header_style("header_parent", sizes["parent"])))
    left.append(P(name, _header_style("header_agency", sizes["agency"])))
    if kind == "party":
        left.append(P("*", _header_style("header_small", sizes["number"])))
    else:
        left.append(_Rule(28 * mm))
    if doc_number:
        text = doc_number if doc_number.startswith("Số") else f"Số {doc_number}"
        left.append(P(text, _header_style("header_small", sizes["number"])))
    right: list[Flowable] = []
    if kind == "party":
        right.append(P(f"<u>{nation}</u>", _header_style("header_nation", sizes["nation"]), markup=True))
        right.append(Spacer(1, 4))
    else:
        right.append(P(nation, _header_style("header_nation", sizes["nation"])))
        right.append(P("Độc lập - Tự do - Hạnh phúc", _header_style("header_motto", sizes["motto"])))
        right.append(_Rule(60 * mm))
        right.append(Spacer(1, 4))
    if day is not None:
        right.append(P(date_line(place, day), _header_style("date_line", sizes["date"])))
    total = width or (A4[0] - Margins().left - Margins().right)
    right_needed = max(_width(nation, "Serif-Bold", sizes["nation"]),
                       _width(date_line(place, day), "Serif-Italic", sizes["date"]) if day else 0) + _HEADER_GAP
    # the parent body on one line; a long agency name may take two
    left_needed = (_width(parent, "Serif", sizes["parent"]) if parent
                   else _width(name, "Serif-Bold", sizes["agency"])) + 2
    left_width = min(max(left_needed, total * 0.4), total - right_needed)
    table = Table([[left, right]], colWidths=[left_width, total - left_width])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "Serif"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def title_block(title: str, *subtitles: str) -> list[Flowable]:
    """The centred bold title (capitals) and its italic subtitles."""
    items: list[Flowable] = [Spacer(1, 8 * mm), P(nfc(title).upper(), "title")]
    items += [P(s, "subtitle") for s in subtitles if s]
    items.append(Spacer(1, 5 * mm))
    return items


def recipients_and_signer(recipients: Sequence[str], signer_lines: Sequence[str], signer_name: str,
                          *, width: float) -> Table:
    """The footer: "Nơi nhận:" list on the left, the signer's authority and name on the right."""
    left: list[Flowable] = [P("Nơi nhận:", "recipients_head")]
    left += [P(f"- {r}", "recipients") for r in recipients]
    right: list[Flowable] = [P(line, "signer_role") for line in signer_lines]
    right += [Spacer(1, 22 * mm), P(signer_name, "signer_name")]
    table = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), "Serif"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    """Table style of printed grids: thin black lines, bold shaded header, top-aligned cells."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), "Serif"),
        ("FONTSIZE", (0, 0), (-1, -1), 11),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#f2f2f2")),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]


class SignedTable(Flowable):
    """A table and what closes it (the signature block): the closing part never stands alone
    on a page — when it does not fit under the table, the last *tail_rows* rows go with it
    (the table's header row repeats above them)."""

    def __init__(self, table: Table, closing: Sequence[Flowable], tail_rows: int = 2) -> None:
        super().__init__()
        self.table, self.closing, self.tail_rows = table, list(closing), tail_rows

    def _closing_height(self, avail_width: float) -> float:
        return sum(f.wrap(avail_width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.closing)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, table_height = self.table.wrap(avail_width, avail_height)
        self.height = table_height + self._closing_height(avail_width)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for flowable in [self.table, *self.closing]:
            _w, h = flowable.wrap(self.width, 10_000)
            y -= h + flowable.getSpaceBefore()
            flowable.drawOn(self.canv, 0, y)
            y -= flowable.getSpaceAfter()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.table.wrap(avail_width, avail_height)
        # known after wrap; a private attribute the stubs leave out
        heights: list[float] = self.table._rowHeights  # type: ignore[attr-defined]  # noqa: SLF001
        head = self.table.repeatRows if isinstance(self.table.repeatRows, int) else len(self.table.repeatRows)
        body = len(heights) - head
        fits = 0  # body rows that fit on this page
        used = sum(heights[:head])
        for height in heights[head:]:
            if used + height > avail_height:
                break
            used += height
            fits += 1
        fits = min(fits, body - min(self.tail_rows, body))
        if fits <= 0:
            return []  # all of it to the next page
        parts = self.table.split(avail_width, sum(heights[:head + fits]) + 0.01)
        if len(parts) != 2 or not isinstance(parts[1], Table):
            return []
        return [parts[0], SignedTable(parts[1], self.closing, self.tail_rows)]


def _page_number(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Decree 30: page numbers centred in the top margin, not on the first page."""
    if doc.page == 1:
        return
    canvas.saveState()
    canvas.setFont("Serif", 13)
    width, height = doc.pagesize
    canvas.drawCentredString(width / 2, height - doc.topMargin / 2 - 4, str(doc.page))
    canvas.restoreState()


def build_pdf(path: str | os.PathLike[str], flowables: Sequence[Flowable], *, pagesize: tuple[float, float] = A4,
              title: str = "", author: str = "VanPhong", margins: Margins | None = None,
              on_page: PageHook | None = None) -> Path:
    """Lay out *flowables* into a PDF at *path*, written to a temp file and renamed."""
    register_fonts()
    target = Path(path)
    margins = margins or (LANDSCAPE_MARGINS if pagesize[0] > pagesize[1] else Margins())
    def later_pages(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _page_number(canvas, doc)
        if on_page is not None:
            on_page(canvas, doc)

    def first_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if on_page is not None:
            on_page(canvas, doc)

    def write(tmp_name: str) -> None:
        doc = SimpleDocTemplate(tmp_name, pagesize=pagesize, title=nfc(title), author=author,
                                leftMargin=margins.left, rightMargin=margins.right,
                                topMargin=margins.top, bottomMargin=margins.bottom)
        doc.build(list(flowables), onFirstPage=first_page, onLaterPages=later_pages)

    return atomic_write(target, write)


def content_width(pagesize: tuple[float, float] = A4, margins: Margins | None = None) -> float:
    margins = margins or (LANDSCAPE_MARGINS if pagesize[0] > pagesize[1] else Margins())
    return pagesize[0] - margins.left - margins.right
