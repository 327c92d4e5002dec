"""The printed week as HTML, for the window's print preview and direct printing
(QTextDocument renders it); same content and layout as the PDF."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from app.reports.numbering import document_number
from app.reports.pdf import date_line
from app.reports.week_content import COLUMNS, PrintedRow, WeekPrintout
from app.text import nfc

WIDTH_PERCENT = (8, 5, 6, 26, 18, 17, 11, 9)


def _text(value: str) -> str:
    return escape(nfc(value)).replace("\n", "<br/>")


def _group_size(rows: list[PrintedRow], start: int, same: Callable[[PrintedRow], bool]) -> int:
    size = 1
    while start + size < len(rows) and same(rows[start + size]):
        size += 1
    return size


def week_html(printout: WeekPrintout) -> str:
    """An HTML document: header, title, grid (day and half-day cells span their rows), footer."""
    parts = ["<html><head><meta charset='utf-8'><style>",
             "body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11pt; }",
             "td, th { padding: 3px; vertical-align: top; }",
             "th { background: #f2f2f2; font-weight: bold; }",
             ".c { text-align: center; } .off { background: #eeeeee; }",
             "</style></head><body>"]
    office = printout.office
    if office is not None:
        right = ("<b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b>" if office.kind == "party" else
                 "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b><u>Độc lập - Tự do - Hạnh phúc</u></b>")
        left = (f"{_text(office.parent_body.upper())}<br/><b>{_text(office.name.upper())}</b><br/>"
                + ("*" if office.kind == "party" else "") + "<br/>" + _text(document_number(office, "LCT")))
        parts.append("<table width='100%' cellspacing='0'><tr>"
                     f"<td width='42%' class='c' style='font-size:12pt'>{left}</td>"
                     f"<td width='58%' class='c' style='font-size:12pt'>{right}<br/>"
                     f"<i>{_text(date_line(office.place, printout.day))}</i></td></tr></table>")
    parts.append(f"<p class='c' style='font-size:14pt; margin-top:12px'><b>{_text(printout.title)}</b></p>")
    for line in (printout.range_line, printout.filter_line, printout.version_line):
        if line:
            parts.append(f"<p class='c' style='margin:0'><i>{_text(line)}</i></p>")
    if printout.is_empty:
        parts.append("<p class='c'><i>Tuần này chưa có lịch công tác.</i></p>")
    parts.append("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>"
                 "<thead><tr>")
    parts += [f"<th width='{w}%'>{_text(title)}</th>" for title, w in zip(COLUMNS, WIDTH_PERCENT, strict=True)]
    parts.append("</tr></thead>")
    rows = printout.rows
    for index, row in enumerate(rows):
        css = " class='off'" if not row.working else ""
        cells = []
        if row.first_of_day:
            span = _group_size(rows, index, lambda r: not r.first_of_day)
            note = f"<br/><i>({_text(row.day_note)})</i>" if row.day_note else ""
            weekday, _, day = row.day_label.partition("\n")
            cells.append(f"<td rowspan='{span}' class='c'><b>{_text(weekday)}</b><br/>{_text(day)}{note}</td>")
        if row.first_of_half:
            span = _group_size(rows, index, lambda r: not r.first_of_half and not r.first_of_day)
            cells.append(f"<td rowspan='{span}' class='c'><b>{_text(row.half_label)}</b></td>")
        content = _text(row.content)
        values = [_text(row.time), content, _text(row.leaders), _text(row.participants), _text(row.location),
                  _text(row.preparing)]
        if row.cancelled:
            values = [f"<s>{v}</s>" if v else v for v in values]
        if row.mark:
            values[1] = f"<b><i>({_text(row.mark)})</i></b> {values[1]}"
        cells.append(f"<td class='c'>{values[0]}</td>")
        cells += [f"<td>{v}</td>" for v in values[1:]]
        parts.append(f"<tr{css}>{''.join(cells)}</tr>")
    parts.append("</table><br/>")
    recipients = "<br/>".join(f"- {_text(r)}" for r in printout.recipients)
    signer = "<br/>".join(f"<b>{_text(line)}</b>" for line in printout.signer_lines)
    parts.append("<table width='100%'><tr>"
                 f"<td width='50%'><b><i>Nơi nhận:</i></b><br/><span style='font-size:10pt'>{recipients}</span></td>"
                 f"<td width='50%' class='c'>{signer}<br/><br/><br/><br/><b>{_text(printout.signer_name)}</b></td>"
                 "</tr></table></body></html>")
    return "".join(parts)
