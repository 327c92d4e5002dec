"""The meeting printouts as simple HTML, for the window's print preview and direct printing
(Qt's QTextDocument renders it; <thead> rows repeat on every page).  Same content and
order as the PDFs of attendance_pdf and checklist_pdf."""

from __future__ import annotations

from datetime import date
from html import escape

from app.reports.checklist_pdf import due_text, result_text
from app.reports.data.meetings import MeetingPrintout, body_label
from app.reports.pdf import date_line
from app.text import format_date, format_datetime, nfc

FONT = "Liberation Serif"


def _e(text: object) -> str:
    return escape(nfc("" if text is None else str(text))).replace("\n", "<br/>")


def _header(printout: MeetingPrintout, day: date) -> str:
    office = printout.office
    if office is None:
        return ""
    left = (f"<div>{_e(office.parent_body.upper())}</div>" if office.parent_body else "") + \
        f"<div><b>{_e(office.name.upper())}</b></div>"
    if office.kind == "party":
        left += "<div>*</div>"
        right = "<div><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b></div>"
    else:
        right = "<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></div><div><b><u>Độc lập - Tự do - Hạnh phúc</u></b></div>"
    right += f"<div><i>{_e(date_line(office.place, day))}</i></div>"
    return (f"<table width='100%' cellspacing='0'><tr><td width='42%' align='center'>{left}</td>"
            f"<td width='58%' align='center'>{right}</td></tr></table>")


def _title(printout: MeetingPrintout, title: str) -> str:
    meeting = printout.meeting
    lines = [f"<p align='center' style='font-size:14pt'><b>{_e(title.upper())}</b><br/>"
             f"<b>{_e(meeting.title)}</b></p>",
             f"<p align='center'><i>Thời gian: {_e(printout.when)}"]
    if meeting.location:
        lines[-1] += f"<br/>Địa điểm: {_e(meeting.location)}"
    lines[-1] += "</i></p>"
    return "".join(lines)


def _page(body: str) -> str:
    return f"<html><body style=\"font-family:'{FONT}'; font-size:12pt\">{body}</body></html>"


def _grid(head: list[str], rows: list[list[str]], widths: list[int]) -> str:
    cells = "".join(f"<th width='{w}%' bgcolor='#f2f2f2'>{_e(h)}</th>" for h, w in zip(head, widths, strict=True))
    body = ""
    for row in rows:
        if len(row) > 1 and not any(row[1:]):  # a band (department) spanning the table
            body += f"<tr><td colspan='{len(head)}' bgcolor='#e8e8e8'>{row[0]}</td></tr>"
            continue
        body += "<tr>" + "".join(f"<td width='{w}%' valign='middle'>{c}</td>"
                                 for c, w in zip(row, widths, strict=True)) + "</tr>"
    return (f"<table width='100%' border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>"
            f"<thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>")


def attendance_sheet_html(printout: MeetingPrintout) -> str:
    # The empty signature cell holds two blank lines: room to sign whatever the printer's resolution.
    rows = [[f"<p align='center'>{i}</p>", f"<b>{_e(a.full_name)}</b>", _e(a.title), _e(a.organisation),
             "&nbsp;<br/>&nbsp;"]
            for i, a in enumerate(printout.attendees, start=1)]
    body = _header(printout, printout.meeting.start.date()) + _title(printout, "Danh sách đại biểu")
    body += _grid(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên"], rows, [7, 27, 27, 24, 15])
    body += f"<p>Tổng số: {len(printout.attendees)} đại biểu.</p>"
    return _page(body)


def tally_html(printout: MeetingPrintout) -> str:
    tally = printout.tally
    if tally is None:
        raise ValueError("Bản in này cần số liệu điểm danh.")
    body = _header(printout, printout.meeting.start.date()) + _title(printout, "Báo cáo tình hình đại biểu dự họp")
    body += "<p>Kính gửi: Đồng chí Chánh Văn phòng.</p>"
    counts = [("Tổng số đại biểu được mời", tally.total), ("Có mặt", tally.present), ("Đến muộn", tally.late),
              ("Vắng mặt", tally.absent), ("Chưa điểm danh", tally.not_taken)]
    body += "<table border='1' cellspacing='0' cellpadding='4' width='70%'>" + "".join(
        f"<tr><td>{_e(label)}</td><td align='center'>{value}</td></tr>" for label, value in counts) + "</table>"
    quorum = tally.quorum
    if quorum.applies:
        verdict = "đủ" if quorum.met else "<b>KHÔNG đủ</b>"
        body += (f"<p>Số ủy viên {_e(body_label(printout.meeting))}: {quorum.members}; có mặt: {quorum.present} "
                 f"(cần ít nhất {quorum.needed}, tức 2/3). Hội nghị {verdict} số ủy viên tham dự theo quy định "
                 f"(004 Điều 10.1, 11.1).</p>")
    if tally.absentees:
        rows = []
        for i, a in enumerate(tally.absentees, start=1):
            notice = format_date(a.absence_notified_at) if a.absence_notified_at else ""
            notice += ", bằng văn bản" if a.absence_notified_at and a.absence_in_writing else ""
            notice += ", được Thường trực cho phép" if a.absence_notified_at and a.permitted_by_standing else ""
            times = (str(a.absences_this_year) if a.member else "") + (" (quá quy định)" if a.over_limit else "")
            rows.append([str(i), f"<b>{_e(a.full_name)}</b>", _e(a.title),
                         _e(a.attendance_reason or a.absence_reason), _e(notice), _e(times)])
        body += "<p align='center'><b>Đại biểu vắng mặt:</b></p>"
        body += _grid(["STT", "Họ và tên", "Chức vụ", "Lý do vắng", "Báo trước", "Số lần vắng trong năm"],
                      rows, [7, 23, 20, 20, 17, 13])
    body += f"<p><small>Lập lúc {format_datetime(printout.printed_at)}.</small></p>"
    return _page(body)


def checklist_html(printout: MeetingPrintout) -> str:
    body = _header(printout, printout.printed_at.date()) + _title(printout, "Bảng phân công chuẩn bị")
    rows: list[list[str]] = []
    current = None
    for number, entry in enumerate(printout.checklist, start=1):
        if entry.department_label != current:
            current = entry.department_label
            rows.append([f"<b>{_e(current)}</b>", "", "", "", "", ""])
        rows.append([str(number), _e(entry.task), _e(due_text(entry)), _e(entry.owner_name),
                     _e(result_text(entry)), _e(entry.notes)])
    body += _grid(["STT", "Công việc", "Hạn hoàn thành", "Người thực hiện", "Kết quả", "Ghi chú"], rows,
                  [5, 36, 17, 15, 15, 12])
    body += f"<p><small>In lúc {format_datetime(printout.printed_at)}.</small></p>"
    return _page(body)
