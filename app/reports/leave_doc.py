"""The content of the leave registry's printouts as plain blocks, rendered two ways from the
same blocks: a PDF (ReportLab, :mod:`app.reports.pdf`) and HTML that the window's print
preview (QTextDocument) prints — so the preview shows exactly what the PDF holds.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from app.text import nfc


@dataclass(frozen=True)
class Header:
    """The two-column header. ``form``: the agency left, national name and motto right — what a
    personal application (đơn) carries whatever the office's kind; otherwise the office's own layout."""

    office: object
    day: date | None = None
    form: bool = False
    number: str = ""  # "Số 15-GM/VPTU" / "Số: 15/GM-VP" under the agency


@dataclass(frozen=True)
class Title:
    text: str
    subtitles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # a style of app.reports.pdf.STYLES
    label: str = ""  # shown bold before the text ("Lý do: …")


@dataclass(frozen=True)
class Grid:
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width
    font_size: float = 11
    center: tuple[int, ...] = ()  # centred columns
    shaded: tuple[tuple[int, int], ...] = ()  # (row, column) cells shaded (days off)
    spans: tuple[tuple[int, int, int], ...] = ()  # (column, first row, last row) merged vertically


@dataclass(frozen=True)
class Addressees:
    """"Kính gửi:" and the people addressed, one a line, aligned after the label."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class SignatureBlock:
    heading: tuple[str, ...]  # bold lines: "Ý KIẾN CỦA CHÁNH VĂN PHÒNG"
    notes: tuple[str, ...] = ()  # italic lines: the decision, "(Ký, ghi rõ họ tên)"
    name: str = ""


@dataclass(frozen=True)
class Signatures:
    blocks: tuple[SignatureBlock, ...]
    per_row: int = 3


@dataclass(frozen=True)
class Footer:
    recipients: tuple[str, ...]
    signer_lines: tuple[str, ...]
    signer_name: str


@dataclass(frozen=True)
class Gap:
    mm: float = 4


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new page (one letter per invitee)."""


Block = Header | Title | Para | Addressees | Grid | Signatures | Footer | Gap | PageBreak


@dataclass
class Printout:
    title: str
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False


# -- PDF ----------------------------------------------------------------------------------

def write_pdf(printout: Printout, path: str | os.PathLike[str]) -> Path:
    """Write *printout* as a PDF at *path* (atomically)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

    from app.reports import pdf

    pagesize = pdf.landscape(pdf.A4) if printout.landscape else pdf.A4
    width = pdf.content_width(pagesize)
    flowables: list[Flowable] = []
    for block in printout.blocks:
        if isinstance(block, Header):
            office = block.office
            if block.form:
                office = SimpleNamespace(name=getattr(office, "name", ""), parent_body=getattr(office, "parent_body", ""),
                                         place=getattr(office, "place", ""), kind="state")
            flowables.append(pdf.office_header(office, day=block.day, doc_number=block.number, width=width))
        elif isinstance(block, Title):
            flowables += pdf.title_block(block.text, *block.subtitles)
        elif isinstance(block, Para):
            text = html.escape(nfc(block.text))
            if block.label:
                text = f"<b>{html.escape(nfc(block.label))}</b> {text}"
            flowables.append(pdf.P(text, block.style, markup=True))
        elif isinstance(block, Grid):
            size = block.font_size
            cell = ParagraphStyle("grid", parent=pdf.STYLES["cell"], fontSize=size, leading=size * 1.2)
            center = ParagraphStyle("grid_c", parent=pdf.STYLES["cell_center"], fontSize=size, leading=size * 1.2)
            head = ParagraphStyle("grid_h", parent=pdf.STYLES["cell_head"], fontSize=size, leading=size * 1.2)
            data: list[list[object]] = [[pdf.P(h, head) for h in block.head]]
            data += [[pdf.P(v, center if i in block.center else cell) for i, v in enumerate(row)]
                     for row in block.rows]
            table = Table(data, colWidths=[w * width for w in block.widths], repeatRows=1)
            style = pdf.grid_style()
            if size < 10:
                style += [("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5)]
            style += [("BACKGROUND", (c, r + 1), (c, r + 1), colors.HexColor("#e6e6e6")) for r, c in block.shaded]
            style += [("SPAN", (c, first + 1), (c, last + 1)) for c, first, last in block.spans]
            table.setStyle(TableStyle(style))
            flowables.append(table)
        elif isinstance(block, Addressees):
            label = pdf.P("<b>Kính gửi:</b>", "body_left", markup=True)
            table = Table([[label, [pdf.P(line, "body_left") for line in block.lines]]],
                          colWidths=[25 * pdf.mm, width * 0.75])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            flowables.append(table)
        elif isinstance(block, Signatures):
            for start in range(0, len(block.blocks), block.per_row):
                row = block.blocks[start:start + block.per_row]
                data = [[[pdf.P(line, "small_bold_center") for line in sig.heading] for sig in row],
                        [[pdf.P(f"<i>{html.escape(nfc(n))}</i>", "small_center", markup=True) for n in sig.notes]
                         for sig in row],
                        [Spacer(1, 20 * pdf.mm) for _sig in row],
                        [pdf.P(sig.name, "signer_name") for sig in row]]
                col = width / max(len(row), 1)
                table = Table(data, colWidths=[col] * len(row))
                table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
                flowables.append(KeepTogether([Spacer(1, 4 * pdf.mm), table]))
        elif isinstance(block, Footer):
            closing = [Spacer(1, 6 * pdf.mm), pdf.recipients_and_signer(block.recipients, block.signer_lines,
                                                                         block.signer_name, width=width)]
            last = flowables[-1] if flowables else None
            if isinstance(last, Table):  # the signature never alone on a page
                flowables.pop()
                flowables.append(pdf.SignedTable(last, closing))
            else:
                flowables.append(KeepTogether(closing))
        elif isinstance(block, Gap):
            flowables.append(Spacer(1, block.mm * pdf.mm))
        elif isinstance(block, PageBreak):
            from reportlab.platypus import PageBreak as BreakFlowable

            flowables.append(BreakFlowable())
    return pdf.build_pdf(path, flowables, pagesize=pagesize, title=printout.title)


# -- HTML for the print preview ----------------------------------------------------------

def _e(text: str) -> str:
    return html.escape(nfc(text)).replace("\n", "<br/>")


def _header_html(block: Header) -> str:
    from app.reports.pdf import date_line

    office = block.office
    kind = "state" if block.form else getattr(office, "kind", "party")
    left = ""
    parent_body = getattr(office, "parent_body", "")
    if parent_body:
        left += f"<div>{_e(parent_body.upper())}</div>"
    left += f"<div><b>{_e(getattr(office, 'name', '').upper())}</b></div>"
    left += "<div>*</div>" if kind == "party" else "<div>———</div>"
    if block.number:
        left += f"<div>{_e(block.number)}</div>"
    if kind == "party":
        right = "<div><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b></div>"
    else:
        right = "<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div><div><b>Độc lập - Tự do - Hạnh phúc</b></div>"
    if block.day is not None:
        right += f"<div><i>{_e(date_line(getattr(office, 'place', ''), block.day))}</i></div>"
    return (f"<table width='100%'><tr><td width='42%' align='center' valign='top'>{left}</td>"
            f"<td width='58%' align='center' valign='top'>{right}</td></tr></table>")


def to_html(printout: Printout) -> str:
    """The same blocks as HTML (Times-like serif) for QTextDocument printing."""
    parts = ["<html><body style=\"font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt;\">"]
    for block in printout.blocks:
        if isinstance(block, Header):
            parts.append(_header_html(block))
        elif isinstance(block, Title):
            parts.append(f"<p align='center' style='margin-top:16px'><b>{_e(block.text.upper())}</b></p>")
            parts += [f"<p align='center'><i>{_e(s)}</i></p>" for s in block.subtitles]
        elif isinstance(block, Para):
            label = f"<b>{_e(block.label)}</b> " if block.label else ""
            parts.append(f"<p>{label}{_e(block.text)}</p>")
        elif isinstance(block, Addressees):
            items = "".join(f"<div>{_e(line)}</div>" for line in block.lines)
            parts.append(f"<table><tr><td valign='top'><b>Kính gửi:</b>&nbsp;</td><td>{items}</td></tr></table>")
        elif isinstance(block, Grid):
            size = max(block.font_size - 2, 6)
            rows = ["<tr>" + "".join(f"<th style='background:#f2f2f2'>{_e(h)}</th>" for h in block.head) + "</tr>"]
            shaded = set(block.shaded)
            span_start = {(first, c): last - first + 1 for c, first, last in block.spans}
            covered = {(r, c) for c, first, last in block.spans for r in range(first + 1, last + 1)}
            for r, row in enumerate(block.rows):
                cells = []
                for c, value in enumerate(row):
                    if (r, c) in covered:
                        continue
                    align = " align='center'" if c in block.center else ""
                    bg = " style='background:#e6e6e6'" if (r, c) in shaded else ""
                    rowspan = f" rowspan='{span_start[(r, c)]}'" if (r, c) in span_start else ""
                    cells.append(f"<td{align}{bg}{rowspan}>{_e(value)}</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            parts.append(f"<table border='1' cellspacing='0' cellpadding='2' width='100%' "
                         f"style='font-size:{size}pt; border-collapse: collapse'>{''.join(rows)}</table>")
        elif isinstance(block, Signatures):
            for start in range(0, len(block.blocks), block.per_row):
                signers = block.blocks[start:start + block.per_row]
                heads = "".join("<td align='center' valign='top'>" + "".join(f"<div><b>{_e(h)}</b></div>"
                                for h in sig.heading) + "</td>" for sig in signers)
                notes = "".join("<td align='center' valign='top'>" + "".join(f"<div><i>{_e(n)}</i></div>"
                                for n in sig.notes) + "</td>" for sig in signers)
                names = "".join(f"<td align='center'><br/><br/><br/><br/><b>{_e(sig.name)}</b></td>" for sig in signers)
                parts.append(f"<table width='100%' style='margin-top:12px'><tr>{heads}</tr><tr>{notes}</tr>"
                             f"<tr>{names}</tr></table>")
        elif isinstance(block, Footer):
            left = "<div><b><i>Nơi nhận:</i></b></div>" + "".join(f"<div>- {_e(r)}</div>" for r in block.recipients)
            right = "".join(f"<div><b>{_e(line)}</b></div>" for line in block.signer_lines)
            right += f"<div><br/><br/><br/><br/></div><div><b>{_e(block.signer_name)}</b></div>"
            parts.append(f"<table width='100%' style='margin-top:16px'><tr><td width='50%' valign='top' "
                         f"style='font-size:10pt'>{left}</td><td width='50%' align='center' valign='top'>{right}</td>"
                         "</tr></table>")
        elif isinstance(block, Gap):
            parts.append("<p></p>")
        elif isinstance(block, PageBreak):
            parts.append("<p style='page-break-after: always'></p>")
    parts.append("</body></html>")
    return "".join(parts)


def grid(head: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], **kw: Any) -> Grid:
    return Grid(tuple(head), tuple(tuple(r) for r in rows), tuple(widths), **kw)
