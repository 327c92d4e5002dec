"""The printed week: PDF text extracts back as the stored NFC strings; DOCX, XLSX and ICS
carry the same content; files are written atomically."""

import unicodedata
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from docx import Document
from icalendar import Calendar
from pypdf import PdfReader

from app.errors import InvalidInput
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput, ScheduleFilter
from app.services.calendar.ics_import import import_ics, preview_ics
from app.services.calendar.printouts import export_week, week_pdf, week_printout
from tests.unit.services.calendar_office import party_office_with_chief

MONDAY = date(2026, 3, 2)
TITLE = "Họp Ban Thường vụ Tỉnh ủy nghe báo cáo tình hình kinh tế – xã hội quý I"
LOCATION = "Hội trường Tỉnh ủy, số 36 Trần Phú"


@pytest.fixture
def week_db(session, admin):
    built = party_office_with_chief(session, admin)
    chief, unit = built.chief, built.unit
    decomposed = unicodedata.normalize("NFD", TITLE)
    cal.create_event(session=session, actor=admin, data=EventInput(
        title=decomposed, start=datetime(2026, 3, 3, 8), end=datetime(2026, 3, 3, 11), chair_id=chief,
        location=LOCATION, participants="Các đồng chí Ủy viên Ban Thường vụ", preparing_unit_id=unit))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Tiếp Đoàn công tác Bộ Nội vụ", start=datetime(2026, 3, 5, 14), kind="reception"))
    return session


def _pdf_text(path):
    """The PDF's text with line wraps undone (cells wrap long strings)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_week_pdf_text_extracts_back_as_the_stored_nfc_strings(week_db, tmp_path):
    out = week_pdf(week_db, MONDAY, tmp_path / "week.pdf", day=date(2026, 2, 27))
    text = _pdf_text(out)
    assert unicodedata.is_normalized("NFC", text)
    for expected in ("LỊCH CÔNG TÁC TUẦN", "(Từ ngày 02/03/2026 đến ngày 08/03/2026)", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "VĂN PHÒNG TỈNH ỦY", "Lâm Đồng, ngày 27 tháng 02 năm 2026", "Nơi nhận:", "CHÁNH VĂN PHÒNG",
                     "Nguyễn Thị Ánh Tuyết", "Thứ Hai", "Chủ nhật", "Sáng", "Chiều", "Đơn vị chuẩn bị",
                     "Tiếp Đoàn công tác Bộ Nội vụ"):
        assert expected in text, expected
    assert TITLE in text and LOCATION in text


def test_the_week_pdf_is_a4_landscape_with_embedded_fonts(week_db, tmp_path):
    reader = PdfReader(week_pdf(week_db, MONDAY, tmp_path / "week.pdf"))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    fonts = {f["/BaseFont"] for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert all("Liberation" in str(f) for f in fonts)


def test_an_empty_week_prints_an_empty_grid_and_says_so(week_db, tmp_path):
    text = _pdf_text(week_pdf(week_db, date(2026, 3, 16), tmp_path / "empty.pdf"))
    assert "Tuần này chưa có lịch công tác." in text and "Thứ Bảy" in text


def test_amended_and_cancelled_entries_are_marked_after_publication(week_db, admin, tmp_path):
    cal.publish_week(session=week_db, actor=admin, monday=MONDAY)
    reception = next(e for e in cal.week(week_db, MONDAY).entries if e.kind == "reception")
    cal.cancel_event(session=week_db, actor=admin, event_id=reception.event_id)
    printout = week_printout(week_db, MONDAY)
    assert printout.version_line == "(Điều chỉnh, bổ sung so với bản công bố lần 1)"
    text = _pdf_text(week_pdf(week_db, MONDAY, tmp_path / "amended.pdf"))
    assert "(Hoãn/hủy)" in text and "Tiếp Đoàn công tác Bộ Nội vụ" in text


def test_a_filtered_printout_names_its_filter(week_db, tmp_path):
    chief = cal.resolve_leader(week_db, "Nguyễn Thị Ánh Tuyết")
    printout = week_printout(week_db, MONDAY, ScheduleFilter(leader_id=chief))
    assert printout.filter_line == "Lịch của Đ/c Nguyễn Thị Ánh Tuyết"
    assert [r.content for r in printout.rows if not r.empty] == [TITLE]


def test_docx_and_xlsx_carry_the_same_content(week_db, tmp_path):
    document = Document(export_week(week_db, MONDAY, tmp_path / "week.docx"))
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert TITLE in cells and LOCATION in cells and "Thứ Ba\n03/03/2026" in cells
    assert "LỊCH CÔNG TÁC TUẦN" in [p.text for p in document.paragraphs]
    sheet = openpyxl.load_workbook(export_week(week_db, MONDAY, tmp_path / "week.xlsx")).active
    values = {v for row in sheet.iter_rows(values_only=True) for v in row if v}
    assert {TITLE, LOCATION, "LỊCH CÔNG TÁC TUẦN", "(Từ ngày 02/03/2026 đến ngày 08/03/2026)"} <= values


def test_ics_export_holds_one_event_per_entry_and_imports_back_as_duplicates(week_db, admin, tmp_path):
    path = export_week(week_db, MONDAY, tmp_path / "week.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert sorted(str(e["summary"]) for e in events) == sorted([TITLE, "Tiếp Đoàn công tác Bộ Nội vụ"])
    assert all(e.decoded("dtstart").tzinfo is not None for e in events)
    assert not any(c.importable for c in preview_ics(week_db, path.read_bytes()))


def test_exporting_an_unknown_format_is_refused(week_db, tmp_path):
    with pytest.raises(InvalidInput, match="docx"):
        export_week(week_db, MONDAY, tmp_path / "week.txt")


def test_a_failed_write_leaves_no_file_behind(week_db, tmp_path, monkeypatch):
    import app.services.calendar.printouts as module

    def broken(self, target):  # noqa: ANN001
        raise OSError("disk full")

    monkeypatch.setattr("openpyxl.Workbook.save", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    from app.errors import InvalidInput

    with pytest.raises(InvalidInput, match=r"week\.xlsx: disk full"):  # names the user's file, not the temporary
        module.export_week(week_db, MONDAY, folder / "week.xlsx")
    assert list(folder.iterdir()) == []


ICS = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Phone//EN
BEGIN:VEVENT
UID:phone-1
SUMMARY:Kh\xc3\xa1m s\xe1\xbb\xa9c kh\xe1\xbb\x8fe \xc4\x91\xe1\xbb\x8bnh k\xe1\xbb\xb3
DTSTART:20260304T020000Z
DTEND:20260304T030000Z
LOCATION:B\xe1\xbb\x87nh vi\xe1\xbb\x87n t\xe1\xbb\x89nh
END:VEVENT
BEGIN:VEVENT
UID:phone-2
SUMMARY:Ngh\xe1\xbb\x89 b\xc3\xb9
DTSTART;VALUE=DATE:20260306
DTEND;VALUE=DATE:20260307
END:VEVENT
BEGIN:VEVENT
UID:phone-3
SUMMARY:H\xe1\xbb\x8dp t\xe1\xbb\x95 h\xc3\xa0ng tu\xe1\xba\xa7n
DTSTART;TZID=Asia/Ho_Chi_Minh:20260302T150000
DTEND;TZID=Asia/Ho_Chi_Minh:20260302T160000
RRULE:FREQ=WEEKLY;COUNT=4
END:VEVENT
BEGIN:VEVENT
UID:phone-4
DTSTART:20260310T080000
DTEND:20260310T070000
SUMMARY:Sai gi\xe1\xbb\x9d
END:VEVENT
END:VCALENDAR
"""


def test_an_ics_file_is_previewed_then_imported_in_office_time(week_db, admin):
    preview = {c.uid: c for c in preview_ics(week_db, ICS)}
    assert preview["phone-1"].start == datetime(2026, 3, 4, 9)  # 02:00 UTC is 09:00 in Việt Nam
    assert preview["phone-2"].all_day and preview["phone-3"].recurring
    assert "kết thúc phải sau" in preview["phone-4"].problem
    result = import_ics(session=week_db, actor=admin, content=ICS)
    assert len(result.created) == 3 and len(result.skipped) == 1
    titles = [e.title for e in cal.agenda(week_db, date(2026, 3, 2), date(2026, 3, 31))]
    assert titles.count("Họp tổ hàng tuần") == 4 and "Khám sức khỏe định kỳ" in titles
    again = import_ics(session=week_db, actor=admin, content=ICS)
    assert again.created == [] and len(again.unchanged) == 3 and len(again.skipped) == 1


def test_a_file_that_is_not_a_calendar_is_a_clear_error(week_db):
    with pytest.raises(InvalidInput, match="iCalendar"):
        preview_ics(week_db, b"not a calendar at all")


def test_a_day_that_runs_onto_the_next_page_repeats_its_label(week_db, admin, tmp_path):
    for hour in range(40):
        cal.create_event(session=week_db, actor=admin, data=EventInput(
            title=f"Làm việc với đơn vị số {hour}", start=datetime(2026, 3, 4, 7) + timedelta(minutes=10 * hour),
            participants="Lãnh đạo Văn phòng; Phòng Tổng hợp; Phòng Hành chính"))
    reader = PdfReader(week_pdf(week_db, MONDAY, tmp_path / "long.pdf"))
    assert len(reader.pages) >= 3
    second = " ".join(reader.pages[1].extract_text().split())
    assert "Thứ Tư 04/03/2026 (tiếp theo)" in second
