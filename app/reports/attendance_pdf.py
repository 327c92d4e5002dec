"""The attendance sheet (danh sách đại biểu) and the attendance tally report (003 §II.1.2).

Attendance sheet: the office header, the meeting's title, time and place, then a table
STT · Họ và tên · Chức vụ · Đơn vị · Ký tên in protocol order, its header row repeated on
every page, page numbers from page 2 (Decree 30).

Tally: present / late / absent with reasons and, for BCH and BTV meetings, the quorum
(004 Điều 10.1, 11.1) — what Phòng Hành chính reports to the chief of office.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from app.reports.data.meetings import AttendeeInfo, MeetingPrintout, body_label
from app.reports.pdf import (
    A4,
    P,
    build_pdf,
    content_width,
    grid_style,
    mm,
    office_header,
    title_block,
)
from app.rules.meetings import STATUS_LABELS, AttendanceStatus
from app.text import format_date, format_datetime

SHEET_COLUMNS = ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên", "Ghi chú")
# 165 mm: A4 portrait less Decree-30 margins; the signature column is the widest.
SHEET_WIDTHS_MM = (11, 41, 28, 22, 42, 21)
SHEET_WIDTHS_NO_REMARKS_MM = (11, 43, 35, 28, 48)  # nobody sent notice: no empty "Ghi chú" column


def sheet_remark(attendee: AttendeeInfo) -> str:
    """The "Ghi chú" of an attendee: a notice of absence (and its reason) or an absence."""
    reason = attendee.absence_reason or attendee.attendance_reason
    if attendee.absence_notified_at is not None:
        text = "Báo vắng" + (" bằng văn bản" if attendee.absence_in_writing else "")
    elif attendee.attendance is AttendanceStatus.ABSENT:
        text = "Vắng"
    else:
        return ""
    return f"{text}: {reason}" if reason else text


def _heading(printout: MeetingPrintout, title: str) -> list[Flowable]:
    meeting = printout.meeting
    items: list[Flowable] = []
    if printout.office is not None:
        items.append(office_header(printout.office, day=meeting.start.date(), width=content_width()))
    items += title_block(title)[:-1]
    items += [P(meeting.title, "subtitle_bold"), Spacer(1, 2 * mm)]
    items.append(P(f"Thời gian: {printout.when}", "subtitle"))
    if meeting.location:
        items.append(P(f"Địa điểm: {meeting.location}", "subtitle"))
    items.append(Spacer(1, 5 * mm))
    return items


def attendance_sheet_flowables(printout: MeetingPrintout) -> list[Flowable]:
    """The attendance sheet as ReportLab flowables."""
    remarks = [sheet_remark(a) for a in printout.attendees]
    columns, widths_mm = ((SHEET_COLUMNS, SHEET_WIDTHS_MM) if any(remarks)
                          else (SHEET_COLUMNS[:-1], SHEET_WIDTHS_NO_REMARKS_MM))
    widths = [w * mm for w in widths_mm]
    rows: list[list[object]] = [[P(h, "cell_head") for h in columns]]
    for number, (attendee, remark) in enumerate(zip(printout.attendees, remarks, strict=True), start=1):
        row = [P(number, "cell_center"), P(attendee.full_name, "cell_bold"), P(attendee.title, "cell"),
               P(attendee.organisation, "cell"), ""]
        rows.append([*row, P(remark, "cell_small")] if any(remarks) else row)
    # Every row at least 11 mm high: room to sign.
    table = Table(rows, colWidths=widths, repeatRows=1, minRowHeights=[0] + [11 * mm] * (len(rows) - 1))
    style = grid_style()
    style += [("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
              ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    table.setStyle(TableStyle(style))
    return [*_heading(printout, "Danh sách đại biểu"), table,
            Spacer(1, 4 * mm), P(f"Tổng số: {len(printout.attendees)} đại biểu.", "body_left")]


def write_attendance_sheet(printout: MeetingPrintout, path: str | os.PathLike[str]) -> Path:
    """Write the attendance sheet PDF atomically to *path*."""
    return build_pdf(path, attendance_sheet_flowables(printout), pagesize=A4,
                     title=f"Danh sách đại biểu — {printout.meeting.title}")


def tally_flowables(printout: MeetingPrintout) -> list[Flowable]:
    """The attendance tally report for the chief of office."""
    tally = printout.tally
    if tally is None:
        raise ValueError("Bản in này cần số liệu điểm danh.")
    items = _heading(printout, "Báo cáo tình hình đại biểu dự họp")
    items.append(P("Kính gửi: Đồng chí Chánh Văn phòng.", "body_left"))
    items.append(Spacer(1, 3 * mm))
    counts = [
        ("Tổng số đại biểu được mời", tally.total),
        ("Có mặt", tally.present),
        ("Đến muộn", tally.late),
        ("Vắng mặt", tally.absent),
        ("Chưa điểm danh", tally.not_taken),
    ]
    table = Table([[P(label, "cell"), P(value, "cell_center")] for label, value in counts],
                  colWidths=[90 * mm, 30 * mm])
    table.setStyle(TableStyle(grid_style(header_rows=0)[:4]))
    items += [table, Spacer(1, 4 * mm)]
    quorum = tally.quorum
    if quorum.applies:
        verdict = "đủ" if quorum.met else "KHÔNG đủ"
        items.append(P(
            f"Số ủy viên {body_label(printout.meeting)}: {quorum.members}; có mặt: {quorum.present} "
            f"(cần ít nhất {quorum.needed}, tức 2/3). Hội nghị {verdict} số ủy viên tham dự theo quy định "
            f"(004 Điều 10.1, 11.1).", "body"))
        if quorum.not_invited:
            items.append(P("Ủy viên chưa có trong danh sách mời: " + ", ".join(quorum.not_invited) + ".", "body"))
        items.append(Spacer(1, 4 * mm))
    if tally.absentees:
        items.append(P("Đại biểu vắng mặt:", "subtitle_bold"))
        items.append(Spacer(1, 2 * mm))
        head = ["STT", "Họ và tên", "Chức vụ", "Lý do vắng", "Báo trước", "Số lần vắng trong năm"]
        rows: list[list[object]] = [[P(h, "cell_head") for h in head]]
        for number, a in enumerate(tally.absentees, start=1):
            notice = ""
            if a.absence_notified_at:
                notice = format_date(a.absence_notified_at)
                notice += ", bằng văn bản" if a.absence_in_writing else ""
                notice += ", được Thường trực cho phép" if a.permitted_by_standing else ""
            times = str(a.absences_this_year) if a.member else ""
            if a.over_limit:
                times += " (quá quy định)"
            rows.append([P(number, "cell_center"), P(a.full_name, "cell_bold"), P(a.title, "cell"),
                         P(a.attendance_reason or a.absence_reason, "cell"), P(notice, "cell"), P(times, "cell")])
        absent = Table(rows, colWidths=[w * mm for w in (12, 38, 33, 33, 27, 22)], repeatRows=1)
        absent.setStyle(TableStyle(grid_style()))
        items.append(absent)
    late = [a for a in printout.attendees if a.attendance == AttendanceStatus.LATE]
    if late:
        items += [Spacer(1, 4 * mm), P(f"{STATUS_LABELS[AttendanceStatus.LATE]}: " + "; ".join(
            f"{a.full_name}" + (f" ({a.attendance_reason})" if a.attendance_reason else "") for a in late) + ".",
            "body")]
    items += [Spacer(1, 6 * mm), P(f"Lập lúc {format_datetime(printout.printed_at)}.", "small")]
    return items


def write_tally(printout: MeetingPrintout, path: str | os.PathLike[str]) -> Path:
    return build_pdf(path, tally_flowables(printout), pagesize=A4,
                     title=f"Báo cáo đại biểu dự họp — {printout.meeting.title}")
