"""The leave printouts: the application form, the duty roster, the monthly absence report, and
the balances workbook. PDF text must extract back as the same NFC strings."""

import unicodedata
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.reports.leave import absence_report_printout, leave_form_printout, roster_printout
from app.reports.leave_doc import to_html, write_pdf
from app.reports.leave_xlsx import export_balances
from app.services.leave import requests as leave
from app.services.leave import roster as leave_roster
from app.services.leave.balance import balances
from app.services.leave.printouts import absence_report_data, leave_form_data, roster_data
from tests.unit.services.leave_office import small_office
from tests.unit.services.test_leave import TODAY, draft, filed_and_approved_by_the_deputy


def _text(path) -> str:
    """The PDF's text with line breaks and runs of spaces made single spaces (cells wrap)."""
    return " ".join("\n".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def office(session):
    return small_office(session)


@pytest.fixture
def request_id(session, office, admin):
    return filed_and_approved_by_the_deputy(session, office, admin, "spec1", date(2026, 3, 9), date(2026, 3, 10),
                                            handover="spec2")


def test_the_leave_form_carries_the_office_the_motto_the_facts_and_a_signature_per_approver(
        session, office, request_id, tmp_path):
    out = write_pdf(leave_form_printout(leave_form_data(session=session, request_id=request_id)), tmp_path / "don.pdf")
    text = _text(out)
    for expected in ("VĂN PHÒNG TỈNH ỦY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "ĐƠN XIN NGHỈ PHÉP", "Nguyễn Thị Ánh", "Nghỉ phép năm", "09/03/2026", "10/03/2026",
                     "Đỗ Văn Bình", "NGƯỜI LÀM ĐƠN", "Ý KIẾN CỦA PHÓ CHÁNH VĂN PHÒNG", "Ý KIẾN CỦA CHÁNH VĂN PHÒNG",
                     "Lê Văn Một", "Trần Thị Chánh", "Đồng ý, ngày 02/03/2026"):
        assert expected in text, expected
    assert text == unicodedata.normalize("NFC", text)


def test_decomposed_text_in_the_database_prints_as_nfc(session, office, request_id, tmp_path):
    from db.models import LeaveRequest

    row = session.get(LeaveRequest, request_id)
    row.reason = unicodedata.normalize("NFD", "Đưa mẹ đi khám bệnh ở Đà Lạt")
    session.add(row)
    session.commit()
    text = _text(write_pdf(leave_form_printout(leave_form_data(session=session, request_id=request_id)), tmp_path / "nfd.pdf"))
    assert "Đưa mẹ đi khám bệnh ở Đà Lạt" in text


def test_the_preview_html_holds_the_same_content_as_the_pdf(session, request_id):
    html = to_html(leave_form_printout(leave_form_data(session=session, request_id=request_id)))
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐƠN XIN NGHỈ PHÉP", "Nguyễn Thị Ánh", "NGƯỜI LÀM ĐƠN",
                     "Lê Văn Một"):
        assert expected in html


def test_an_emergency_form_leaves_room_for_the_signatures_still_to_collect(session, office, tmp_path):
    request_id = leave.record_emergency(
        session=session, actor=office.clerk(), today=TODAY, approved_by_id=office.people["deputy2"],
        approved_at=datetime(2026, 3, 2, 7, 15), draft=draft(office, "spec3", TODAY, date(2026, 3, 3), kind="sick"))
    text = _text(write_pdf(leave_form_printout(leave_form_data(session=session, request_id=request_id)), tmp_path / "dot-xuat.pdf"))
    assert "qua điện thoại" in text and "Phạm Thị Hai, lúc 07:15 02/03/2026" in text
    assert "Trần Thị Chánh" in text  # the chief signs the application afterwards


def test_the_duty_roster_prints_each_day_with_its_people(session, office, admin, tmp_path):
    roster_id = leave_roster.create_roster(session=session, actor=admin, title="Lịch trực Tết Nguyên Đán Bính Ngọ 2026",
                                           start=date(2026, 2, 14), end=date(2026, 2, 22), per_day=2,
                                           pool=[office.people[k] for k in ("spec1", "spec2", "spec3", "clerk")])
    leave_roster.generate_rotation(session=session, actor=admin, roster_id=roster_id)
    text = _text(write_pdf(roster_printout(roster_data(session=session, roster_id=roster_id)), tmp_path / "truc.pdf"))
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "LỊCH TRỰC TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026", "Thứ Bảy", "14/02/2026",
                     "22/02/2026", "Nguyễn Thị Ánh", "Vũ Thị Văn Thư", "CHÁNH VĂN PHÒNG", "Trần Thị Chánh"):
        assert expected in text, expected


def test_the_monthly_absence_report_lists_who_was_away(session, office, admin, request_id, tmp_path):
    leave.decide(session=session, actor=admin, request_id=request_id, approve=True, today=TODAY)
    printout = absence_report_printout(absence_report_data(session=session, year=2026, month=3))
    assert printout.landscape
    text = _text(write_pdf(printout, tmp_path / "vang.pdf"))
    assert "TÌNH HÌNH NGHỈ PHÉP, VẮNG MẶT THÁNG 3 NĂM 2026" in text
    assert "Nguyễn Thị Ánh" in text and "09/03/2026 – 10/03/2026" in text


def test_the_balances_workbook_is_written_whole(session, office, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "phep.xlsx"
    rows = balances(session=session, year=2026)
    export_balances(rows, 2026, target, "Văn phòng Tỉnh ủy")
    sheet = load_workbook(target).active
    assert sheet["A2"].value == "SỐ NGÀY NGHỈ PHÉP NĂM 2026"
    assert [c.value for c in sheet[4]][:4] == ["STT", "Họ và tên", "Chức vụ", "Đơn vị"]
    names = [sheet.cell(row=r, column=2).value for r in range(5, 5 + len(rows))]
    assert names == [b.full_name for b in rows]
    assert sheet.cell(row=5, column=6).value == rows[0].entitlement
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["phep.xlsx"]  # no temp file left
