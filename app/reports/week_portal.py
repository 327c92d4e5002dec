"""The weekly schedule as one self-contained web page for the office's portal.

Same content as the PDF (built from :class:`~app.reports.week_content.WeekPrintout`): the
office header of its layout (Party or State), the title and date range, the grid grouped by
day and half-day, amendments and cancellations marked, holidays shaded, the recipients and
the signer. One file: CSS inline, no script, no image, no font or link to anything else, so
it opens offline and can be uploaded as it is. Accessible: ``lang="vi"``, a caption, column
headers with ``scope="col"``, one ``<tbody>`` per day headed by a ``scope="rowgroup"`` cell.
A print style lays it out on A4 landscape like the printout.

(:mod:`app.reports.week_html` is the other HTML: the subset Qt's QTextDocument renders for
the window's print preview.)
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from app.files import atomic_write
from app.reports.numbering import document_number
from app.reports.pdf import date_line
from app.reports.week_content import COLUMNS, PrintedRow, WeekPrintout, rows_by_day
from app.text import format_date, nfc

WIDTH_PERCENT = (8, 5, 6, 26, 18, 17, 11, 9)

STYLE = """
:root { color-scheme: light; }
body { font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 13pt; line-height: 1.35;
  color: #111; background: #fff; margin: 0 auto; padding: 16px 20px 32px; max-width: 1280px; }
header.office { display: flex; justify-content: space-between; gap: 16px; text-align: center; }
header.office .agency { flex: 0 0 42%; } header.office .nation { flex: 0 0 56%; }
header.office p { margin: 0; }
.motto { text-decoration: underline; font-weight: bold; } .place { font-style: italic; margin-top: 6px !important; }
h1 { text-align: center; font-size: 15pt; margin: 24px 0 2px; }
p.sub { text-align: center; font-style: italic; margin: 0; }
p.empty { text-align: center; font-style: italic; margin: 8px 0; }
.scroll { overflow-x: auto; margin-top: 14px; }
table.week { width: 100%; border-collapse: collapse; font-size: 11.5pt; min-width: 900px; }
table.week caption { caption-side: top; text-align: left; font-size: 10pt; color: #444; padding-bottom: 4px; }
table.week th, table.week td { border: 1px solid #000; padding: 4px 5px; vertical-align: top; text-align: left; }
table.week thead th { background: #f2f2f2; text-align: center; vertical-align: middle; }
table.week tbody th { text-align: center; font-weight: normal; }
table.week tbody th .weekday, table.week tbody th.half { font-weight: bold; }
table.week td.time { text-align: center; white-space: nowrap; }
table.week tbody.off th, table.week tbody.off td { background: #eeeeee; }
.note { display: block; font-style: italic; }
.mark { font-weight: bold; font-style: italic; color: #0b4f9c; }
del { color: #555; }
footer.sign { display: flex; justify-content: space-between; margin-top: 20px; gap: 16px; }
footer.sign .recipients { flex: 0 0 50%; font-size: 11pt; }
footer.sign .recipients p { margin: 0; } footer.sign .recipients .head { font-weight: bold; font-style: italic; font-size: 12pt; }
footer.sign .signer { flex: 0 0 45%; text-align: center; font-weight: bold; }
footer.sign .signer p { margin: 0; } footer.sign .signer .name { margin-top: 72px; }
@media print {
  @page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
  body { font-size: 12pt; max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  table.week { font-size: 10.5pt; min-width: 0; }
  table.week caption { display: none; }
  table.week thead { display: table-header-group; }
  table.week tr { break-inside: avoid; page-break-inside: avoid; }
  table.week thead th, table.week tbody.off th, table.week tbody.off td {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .mark { color: #000; }
  footer.sign { break-inside: avoid; page-break-inside: avoid; }
}
"""


def _text(value: str) -> str:
    return escape(nfc(value)).replace("\n", "<br>")


def _header(printout: WeekPrintout) -> str:
    office = printout.office
    if office is None:
        return ""
    left = []
    if office.parent_body:
        left.append(f"<p>{_text(office.parent_body.upper())}</p>")
    left.append(f"<p><strong>{_text(office.name.upper())}</strong></p>")
    left.append("<p>*</p>" if office.kind == "party" else "<p aria-hidden=\"true\">―――――</p>")
    left.append(f"<p>{_text(document_number(office, 'LCT'))}</p>")
    if office.kind == "party":
        right = ["<p class=\"motto\">ĐẢNG CỘNG SẢN VIỆT NAM</p>"]
    else:
        right = ["<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>",
                 "<p class=\"motto\">Độc lập - Tự do - Hạnh phúc</p>"]
    right.append(f"<p class=\"place\">{_text(date_line(office.place, printout.day))}</p>")
    return (f"<header class=\"office\"><div class=\"agency\">{''.join(left)}</div>"
            f"<div class=\"nation\">{''.join(right)}</div></header>")


def _half_span(rows: list[PrintedRow], start: int) -> int:
    size = 1
    while start + size < len(rows) and not rows[start + size].first_of_half:
        size += 1
    return size


def _cells(row: PrintedRow) -> list[str]:
    values = [_text(v) for v in (row.time, row.content, row.leaders, row.participants, row.location,
                                 row.preparing)]
    if row.cancelled:
        values = [f"<del>{v}</del>" if v else v for v in values]
    if row.mark:
        values[1] = f"<span class=\"mark\">({_text(row.mark)})</span> {values[1]}"
    return [f"<td class=\"time\">{values[0]}</td>"] + [f"<td>{v}</td>" for v in values[1:]]


def _day_body(rows: list[PrintedRow]) -> str:
    first = rows[0]
    weekday, _, day = first.day_label.partition("\n")
    note = f"<span class=\"note\">({_text(first.day_note)})</span>" if first.day_note else ""
    css = " class=\"off\"" if not first.working else ""
    parts = [f"<tbody{css}>"]
    for index, row in enumerate(rows):
        cells = []
        if index == 0:
            cells.append(f"<th scope=\"rowgroup\" rowspan=\"{len(rows)}\"><span class=\"weekday\">{_text(weekday)}"
                         f"</span><br>{_text(day)}{note}</th>")
        if row.first_of_half:
            cells.append(f"<th scope=\"row\" class=\"half\" rowspan=\"{_half_span(rows, index)}\">"
                         f"{_text(row.half_label)}</th>")
        parts.append(f"<tr>{''.join(cells + _cells(row))}</tr>")
    parts.append("</tbody>")
    return "".join(parts)


def _footer(printout: WeekPrintout) -> str:
    recipients = "".join(f"<p>- {_text(r)}</p>" for r in printout.recipients)
    signer = "".join(f"<p>{_text(line)}</p>" for line in printout.signer_lines)
    return ("<footer class=\"sign\"><div class=\"recipients\"><p class=\"head\">Nơi nhận:</p>"
            f"{recipients}</div><div class=\"signer\">{signer}"
            f"<p class=\"name\">{_text(printout.signer_name)}</p></div></footer>")


def week_page(printout: WeekPrintout) -> str:
    """The whole page as one string (HTML5, UTF-8, NFC)."""
    dates = f"{format_date(printout.monday)} – {format_date(printout.sunday)}"
    office_name = printout.office.name if printout.office else ""
    title = f"{printout.title.capitalize()} {dates}" + (f" — {office_name}" if office_name else "")
    caption = f"Lịch công tác tuần từ ngày {format_date(printout.monday)} đến ngày {format_date(printout.sunday)}"
    if printout.filter_line:
        caption += f" — {printout.filter_line}"
    parts = ["<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n",
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
             f"<title>{_text(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
             _header(printout), "\n<main>\n", f"<h1>{_text(printout.title)}</h1>\n"]
    for line in (printout.range_line, printout.filter_line, printout.version_line):
        if line:
            parts.append(f"<p class=\"sub\">{_text(line)}</p>\n")
    if printout.is_empty:
        parts.append("<p class=\"empty\">Tuần này chưa có lịch công tác.</p>\n")
    parts.append(f"<div class=\"scroll\"><table class=\"week\">\n<caption>{_text(caption)}</caption>\n<colgroup>")
    parts += [f"<col style=\"width:{w}%\">" for w in WIDTH_PERCENT]
    parts.append("</colgroup>\n<thead><tr>")
    parts += [f"<th scope=\"col\">{_text(c)}</th>" for c in COLUMNS]
    parts.append("</tr></thead>\n")
    parts += [_day_body(group) + "\n" for group in rows_by_day(printout.rows)]
    parts.append("</table></div>\n</main>\n")
    parts.append(_footer(printout))
    parts.append("\n</body>\n</html>\n")
    return nfc("".join(parts))


def write_week_page(printout: WeekPrintout, path: str | os.PathLike[str]) -> Path:
    """Write the page to *path* (UTF-8, atomically)."""
    data = week_page(printout).encode("utf-8")
    return atomic_write(path, lambda tmp: Path(tmp).write_bytes(data))
