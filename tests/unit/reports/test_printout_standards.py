"""Every printout to the standard of HD 36-HD/VPTW (Party) and Decree 30/2020 Appendix I
(State): fonts embedded, numbers and header sizes of each layout, signature never alone on a
page, long names kept on the plate, tables that use their paper."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlmodel import select

from app.reports import attendance_pdf, checklist_pdf, nameplates_pdf
from app.reports.leave import absence_report_printout, leave_form_printout, roster_printout
from app.reports.leave_doc import Footer, Printout, Title, grid, write_pdf
from app.reports.numbering import document_number
from app.reports.pdf import HEADER_SIZES, build_pdf, content_width, office_header, register_fonts
from app.rules.meetings import AttendanceStatus
from app.services.calendar.printouts import week_pdf
from app.services.leave.printouts import absence_report_data, leave_form_data, roster_data
from app.services.meetings.preparation import list_meetings
from app.services.meetings.printouts import meeting_printout
from app.services.org.read import OfficeInfo
from db.models.leave import DutyRoster, LeaveRequest
from tests.conftest import DEMO_TODAY
from tests.meeting_printouts import OFFICE, attendee, printout

STATE = OfficeInfo(1, "Văn phòng Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Lâm Đồng", "", "Lâm Đồng", "state", "VP")


def _text(path: Path) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


def unembedded_fonts(path: Path) -> set[str]:
    """Fonts a PDF references without embedding them (none may be: the office's PC may not
    have them, and Vietnamese glyphs would come out wrong)."""
    missing = set()
    for page in PdfReader(path).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            for candidate in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                descriptor = candidate.get("/FontDescriptor")
                if candidate.get("/Subtype") == "/Type0":
                    continue
                if descriptor is None or not any(k in descriptor.get_object() for k in
                                                 ("/FontFile", "/FontFile2", "/FontFile3")):
                    missing.add(str(candidate.get("/BaseFont")))
    return missing


def test_the_font_check_finds_an_unembedded_helvetica(tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "helvetica.pdf"), initialFontName="Helvetica")
    canvas.drawString(100, 100, "Helvetica")
    canvas.save()
    assert unembedded_fonts(tmp_path / "helvetica.pdf") == {"/Helvetica"}


def _every_printout(session, folder: Path) -> list[Path]:
    meeting = list_meetings(session=session, start=DEMO_TODAY, end=date(2026, 12, 31))[0]
    data = meeting_printout(session=session, meeting_id=meeting.id)
    files = [
        attendance_pdf.write_attendance_sheet(data, folder / "attendance.pdf"),
        attendance_pdf.write_tally(data, folder / "tally.pdf"),
        checklist_pdf.write_checklist(data, folder / "checklist.pdf"),
        nameplates_pdf.write_nameplates(data, folder / "nameplates.pdf"),
        week_pdf(session, DEMO_TODAY, folder / "week.pdf"),
        write_pdf(absence_report_printout(absence_report_data(session=session, year=DEMO_TODAY.year, month=DEMO_TODAY.month)), folder / "absence.pdf"),
    ]
    request = session.exec(select(LeaveRequest.id)).first()
    files.append(write_pdf(leave_form_printout(leave_form_data(session=session, request_id=request)), folder / "form.pdf"))
    roster = session.exec(select(DutyRoster.id)).first()
    files.append(write_pdf(roster_printout(roster_data(session=session, roster_id=roster)), folder / "roster.pdf"))
    return files


def test_every_printout_embeds_every_font_it_references(demo_db, tmp_path):
    with demo_db.session() as session:
        files = _every_printout(session, tmp_path)
    assert len(files) == 8
    for path in files:
        assert unembedded_fonts(path) == set(), path.name


def test_document_numbers_follow_each_layout():
    assert document_number(OFFICE, "LCT", "15") == "Số 15-LCT/VPTU"  # HD 36
    assert document_number(STATE, "LCT", "15") == "Số: 15/LCT-VP"  # Decree 30
    assert document_number(STATE, "LCT").startswith("Số: \u00a0") and document_number(STATE, "LCT").endswith("/LCT-VP")


def test_the_state_header_keeps_the_peoples_committee_on_one_line(tmp_path):
    path = build_pdf(tmp_path / "state.pdf", [office_header(STATE, day=date(2026, 3, 2),
                                                            doc_number=document_number(STATE, "LCT"))])
    lines = PdfReader(path).pages[0].extract_text().splitlines()
    assert any("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG" in line for line in lines)
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in line for line in lines)
    assert "Số:" in _text(path) and "/LCT-VP" in _text(path)


def _font_sizes(path: Path) -> dict[str, set[float]]:
    """Each text run's font size by the run's text."""
    sizes: dict[str, set[float]] = {}

    def visit(text, cm, tm, font, size):  # noqa: ANN001
        if text.strip():
            sizes.setdefault(text.strip(), set()).add(round(size * tm[0], 1))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return sizes


def test_party_headers_use_the_hd36_sizes(tmp_path):
    path = build_pdf(tmp_path / "party.pdf", [office_header(OFFICE, day=date(2026, 3, 2),
                                                            doc_number=document_number(OFFICE, "LCT"))])
    sizes = _font_sizes(path)
    assert sizes["ĐẢNG CỘNG SẢN VIỆT NAM"] == {15.0}
    assert sizes["VĂN PHÒNG TỈNH ỦY"] == {14.0} and sizes["TỈNH ỦY LÂM ĐỒNG"] == {14.0}
    assert HEADER_SIZES["party"]["date"] == 14


def test_the_attendance_sheets_signature_column_is_the_widest():
    widths = attendance_pdf.SHEET_WIDTHS_MM
    signature = attendance_pdf.SHEET_COLUMNS.index("Ký tên")
    assert all(widths[signature] > w for i, w in enumerate(widths) if i != signature)
    assert sum(widths) == 165 and sum(attendance_pdf.SHEET_WIDTHS_NO_REMARKS_MM) == 165


def test_a_member_who_sent_notice_of_absence_has_a_remark(tmp_path):
    data = printout(5)
    absent = dataclasses.replace(data.attendees[2], absence_notified_at=data.meeting.start,
                                 absence_reason="Đi công tác Trung ương", absence_in_writing=True,
                                 attendance=AttendanceStatus.ABSENT)
    data.attendees[2] = absent
    text = _text(attendance_pdf.write_attendance_sheet(data, tmp_path / "sheet.pdf"))
    assert "Ghi chú" in text and "Báo vắng bằng văn bản: Đi công tác Trung ương" in text


def test_without_remarks_the_sheet_has_no_empty_remarks_column(tmp_path):
    data = printout(5)
    data.attendees[:] = [dataclasses.replace(a, attendance=None, absence_notified_at=None) for a in data.attendees]
    assert "Ghi chú" not in _text(attendance_pdf.write_attendance_sheet(data, tmp_path / "sheet.pdf"))


def test_thirty_checklist_tasks_fit_on_two_landscape_pages(demo_db, tmp_path):
    with demo_db.session() as session:
        meeting = next(m for m in list_meetings(session=session, start=DEMO_TODAY, end=date(2026, 12, 31))
                       if m.total >= 25)
        data = meeting_printout(session=session, meeting_id=meeting.id)
    path = checklist_pdf.write_checklist(data, tmp_path / "checklist.pdf")
    assert len(data.checklist) >= 25 and len(PdfReader(path).pages) <= 2


def test_the_signature_never_stands_alone_on_a_page(tmp_path):
    for rows in range(14, 24):  # around the number of rows that fills the first page exactly
        table = grid(("STT", "Họ và tên"), [(str(i), f"Nguyễn Văn {i}") for i in range(rows)], (0.1, 0.9))
        path = write_pdf(Printout("Báo cáo", [Title("Báo cáo"), table,
                                              Footer(("Lưu VT.",), ("CHÁNH VĂN PHÒNG",), "Lê Văn Ký")]),
                         tmp_path / f"r{rows}.pdf")
        pages = PdfReader(path).pages
        last = pages[-1].extract_text()
        assert "Lê Văn Ký" in last and "Nguyễn Văn" in last, f"{rows} rows: the signature alone"
        assert sum(p.extract_text().count("Nguyễn Văn") for p in pages) == rows


def test_a_very_long_name_stays_on_the_name_plate(tmp_path):
    register_fonts()
    long_name = "Ngài Bounthong Chitmany Phó Thủ tướng Chính phủ nước Cộng hòa Dân chủ Nhân dân Lào"
    lines, size = nameplates_pdf.fit_lines(long_name, "Serif-Bold", 260 * 2.8346, nameplates_pdf.NAME_MAX,
                                           nameplates_pdf.NAME_MIN)
    assert len(lines) == 2 and " ".join(lines) == long_name
    assert all(stringWidth(line, "Serif-Bold", size) <= 260 * 2.8346 + 0.01 for line in lines)
    data = printout(1)
    data.attendees[0] = dataclasses.replace(attendee(0), full_name=long_name)
    assert "Chitmany" in _text(nameplates_pdf.write_nameplates(data, tmp_path / "plates.pdf"))


@pytest.mark.parametrize("office", [OFFICE, STATE])
def test_the_header_fits_the_text_width(office):
    table = office_header(office, day=date(2026, 3, 2))
    assert sum(table._colWidths) == pytest.approx(content_width())  # noqa: SLF001
