import unicodedata

import pytest
from pypdf import PdfReader

from app.reports.attendance_pdf import write_attendance_sheet, write_tally
from app.reports.checklist_pdf import write_checklist
from app.reports.meeting_html import attendance_sheet_html, checklist_html, tally_html
from app.reports.nameplates_pdf import write_nameplates
from tests.meeting_printouts import NAMES, printout


def _pages(path):
    return [unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(str(path)).pages]


def _text(path):
    """All pages' text with line breaks and repeated spaces folded (table cells wrap)."""
    return " ".join(" ".join(_pages(path)).split())


def test_the_attendance_sheet_extracts_back_as_the_same_nfc_strings(tmp_path):
    data = printout(12)
    path = write_attendance_sheet(data, tmp_path / "sheet.pdf")
    raw = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    for attendee in data.attendees:
        assert attendee.full_name in raw
        assert unicodedata.is_normalized("NFC", attendee.full_name)
    for expected in ("DANH SÁCH ĐẠI BIỂU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hội trường Tỉnh ủy", "Ký tên",
                     "07 giờ 30, Thứ Năm, ngày 12/03/2026"):
        assert expected in raw


def test_decomposed_names_are_printed_composed(tmp_path):
    data = printout(3)
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ẩn")
    data.attendees[0] = type(data.attendees[0])(**{**vars(data.attendees[0]), "full_name": decomposed})
    assert "Nguyễn Thị Ẩn" in _text(write_attendance_sheet(data, tmp_path / "sheet.pdf"))


def test_a_long_attendance_sheet_repeats_its_header_and_numbers_its_pages(tmp_path):
    data = printout(80)
    pages = _pages(write_attendance_sheet(data, tmp_path / "sheet.pdf"))
    assert len(pages) >= 4
    assert all("Họ và tên" in page and "Ký tên" in page for page in pages)
    assert all(page.lstrip().startswith(str(number)) for number, page in enumerate(pages[1:], start=2))
    assert "Tổng số: 80 đại biểu." in pages[-1]


def test_name_plates_have_one_page_per_attendee_readable_both_ways(tmp_path):
    data = printout(5)
    reader = PdfReader(str(write_nameplates(data, tmp_path / "plates.pdf")))
    assert len(reader.pages) == 5
    for page, attendee in zip(reader.pages, data.attendees, strict=True):
        assert float(page.mediabox.width) > float(page.mediabox.height)  # A4 landscape
        text = unicodedata.normalize("NFC", page.extract_text())
        assert text.count(attendee.full_name) == 2  # upright and upside down
        assert attendee.title in text


def test_name_plates_need_attendees(tmp_path):
    with pytest.raises(ValueError):
        write_nameplates(printout(0), tmp_path / "plates.pdf")
    assert not (tmp_path / "plates.pdf").exists()


def test_the_checklist_shows_owners_and_due_dates_by_department(tmp_path):
    text = _text(write_checklist(printout(3), tmp_path / "checklist.pdf"))
    for expected in ("BẢNG PHÂN CÔNG CHUẨN BỊ", "Phòng Tổng hợp", "Phòng Hành chính", "Phòng Tài chính – Quản trị",
                     "Huỳnh Thị Hạnh", "Đỗ Thành Hải", "Quá hạn", "17:00 Thứ Hai, 09/03/2026",
                     "Tài liệu mật gửi bản giấy", "Đã xong 1/3 việc."):
        assert expected in text, expected
    assert text.index("Phòng Tổng hợp") < text.index("Phòng Hành chính") < text.index("Phòng Tài chính")


def test_the_tally_reports_absentees_and_the_quorum(tmp_path):
    text = _text(write_tally(printout(12), tmp_path / "tally.pdf"))
    assert "BÁO CÁO TÌNH HÌNH ĐẠI BIỂU DỰ HỌP" in text
    assert "có mặt: 11 (cần ít nhất 8, tức 2/3)" in text
    assert "đủ số ủy viên" in text
    assert NAMES[2] in text and "Đi công tác" in text and "quá quy định" in text


def test_the_preview_html_carries_the_same_rows_in_the_same_order():
    data = printout(12)
    html = attendance_sheet_html(data)
    positions = [html.index(a.full_name) for a in data.attendees]
    assert positions == sorted(positions)
    assert "<thead>" in html and "Ký tên" in html
    assert "Phòng Tài chính – Quản trị" in checklist_html(data)
    assert "tức 2/3" in tally_html(data)
