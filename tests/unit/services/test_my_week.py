"""My week: a person's own entries, meetings, leave and duty days, and its one-page printout
(text extracted back with pypdf)."""

import unicodedata
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlmodel import select

from app.errors import NotFound
from app.reports.my_week_pdf import write_my_week_pdf
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.calendar.my_week import my_week
from app.services.org import edit as org
from db.models import Attendee, DutyAssignment, DutyRoster, LeaveRequest, LeaveType, Meeting
from tests.unit.services.calendar_office import party_office_with_chief

MONDAY = date(2026, 3, 2)


@pytest.fixture
def office(session, admin):
    built = party_office_with_chief(session, admin)
    chief, unit = built.chief, built.unit
    staff_pos = org.create_position(session=session, actor=admin, role="specialist", title="Chuyên viên", rank=50)
    other = org.create_person(session=session, actor=admin, data=org.PersonInput(
        full_name="Trần Văn Bình", unit_id=unit, position_id=staff_pos))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Giao ban Văn phòng", start=datetime(2026, 3, 3, 8), chair_id=chief, location="Phòng họp số 1"))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Hội nghị sơ kết quý I", start=datetime(2026, 3, 4, 14), chair_id=other, leader_ids=[chief]))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Việc của người khác", start=datetime(2026, 3, 4, 8), chair_id=other))
    dropped = cal.create_event(session=session, actor=admin, data=EventInput(
        title="Làm việc với Sở Nội vụ", start=datetime(2026, 3, 3, 14), chair_id=chief))
    cal.cancel_event(session=session, actor=admin, event_id=dropped)
    meeting = Meeting(kind="office_briefing", title="Họp chuẩn bị Đại hội", start_at=datetime(2026, 3, 5, 9),
                      end_at=datetime(2026, 3, 5, 11), location="Hội trường")
    session.add(meeting)
    session.flush()
    session.add(Attendee(meeting_id=meeting.id, person_id=chief, full_name="Nguyễn Thị Ánh Tuyết"))
    annual = session.exec(select(LeaveType).where(LeaveType.code == "annual")).one()
    session.add(LeaveRequest(person_id=chief, leave_type_id=annual.id, start_date=date(2026, 3, 6),
                             start_half="morning", end_date=date(2026, 3, 6), end_half="morning", days=0.5,
                             status="approved"))
    session.add(LeaveRequest(person_id=chief, leave_type_id=annual.id, start_date=date(2026, 3, 2),
                             end_date=date(2026, 3, 2), days=1, status="submitted"))
    session.add(LeaveRequest(person_id=chief, leave_type_id=annual.id, start_date=date(2026, 3, 3),
                             end_date=date(2026, 3, 3), days=1, status="rejected"))
    roster = DutyRoster(title="Lịch trực bảo vệ cơ quan tháng 3", start_date=date(2026, 3, 1),
                        end_date=date(2026, 3, 31))
    session.add(roster)
    session.flush()
    session.add(DutyAssignment(roster_id=roster.id, day=date(2026, 3, 8), person_id=chief))
    session.commit()
    return session, chief, other


def _lines(week):
    return [(i.day.day, i.half, i.kind, i.title, i.role, i.status) for i in week.items]


def test_my_week_gathers_entries_meetings_leave_and_duties(office):
    session, chief, _other = office
    week = my_week(session, MONDAY, chief)
    assert week.person_name == "Nguyễn Thị Ánh Tuyết" and week.position_title == "Chánh Văn phòng"
    assert _lines(week) == [
        (2, "", "leave", "Nghỉ phép năm", "", "chờ duyệt"),
        (3, "morning", "entry", "Giao ban Văn phòng", "Chủ trì", "dự kiến"),
        (3, "afternoon", "entry", "Làm việc với Sở Nội vụ", "Chủ trì", "hoãn/hủy"),
        (4, "afternoon", "entry", "Hội nghị sơ kết quý I", "Dự", "dự kiến"),
        (5, "morning", "meeting", "Họp chuẩn bị Đại hội", "Đại biểu", ""),
        (6, "morning", "leave", "Nghỉ phép năm", "", "đã duyệt"),
        (8, "", "duty", "Lịch trực bảo vệ cơ quan tháng 3", "Trực", ""),
    ]
    assert week.entry_count == 3  # the cancelled entry does not count
    assert week.leave_days == 0.5  # approved leave only
    assert week.duty_days == 1
    assert week.days[0].weekday == "Thứ Hai" and not week.days[6].working


def test_someone_elses_week_holds_only_their_own_items(office):
    session, _chief, other = office
    week = my_week(session, MONDAY, other)
    assert [i.title for i in week.items] == ["Việc của người khác", "Hội nghị sơ kết quý I"]
    assert [i.role for i in week.items] == ["Chủ trì", "Chủ trì"]


def test_an_unknown_person_is_a_clear_error(office):
    session, _chief, _other = office
    with pytest.raises(NotFound, match="Không tìm thấy cán bộ"):
        my_week(session, MONDAY, 9999)


def _pdf(path):
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return reader, text


def test_the_printout_is_one_a4_page_with_embedded_fonts_and_the_text_back(office, tmp_path):
    session, chief, _other = office
    out = write_my_week_pdf(my_week(session, MONDAY, chief), tmp_path / "tuan.pdf", day=date(2026, 2, 27))
    reader, text = _pdf(out)
    assert len(reader.pages) == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)
    assert unicodedata.is_normalized("NFC", text)
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "VĂN PHÒNG TỈNH ỦY", "LỊCH LÀM VIỆC TUẦN",
                     "Đồng chí Nguyễn Thị Ánh Tuyết — Chánh Văn phòng, Phòng Tổng hợp",
                     "(Từ ngày 02/03/2026 đến ngày 08/03/2026)", "Giao ban Văn phòng", "Họp: Họp chuẩn bị Đại hội",
                     "Nghỉ: Nghỉ phép năm", "Trực: Lịch trực bảo vệ cơ quan tháng 3", "đã duyệt", "Chủ nhật",
                     "Tổng cộng: 3 lượt công tác, họp; nghỉ 0,5 ngày; trực 1 ngày."):
        assert expected in text, expected
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        descriptor = font.get_object().get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_a_crowded_week_still_prints_on_one_page(office, admin, tmp_path):
    session, chief, _other = office
    for day in range(2, 9):
        for hour in (7, 8, 9, 10, 13, 14, 15, 16):
            cal.create_event(session=session, actor=admin, data=EventInput(
                title=f"Làm việc với đơn vị {day}-{hour} về chuẩn bị Đại hội đại biểu", chair_id=chief,
                start=datetime(2026, 3, day, hour), location="Phòng họp số 2"))
    reader, text = _pdf(write_my_week_pdf(my_week(session, MONDAY, chief), tmp_path / "dong.pdf"))
    assert len(reader.pages) == 1 and "Làm việc với đơn vị 8-16" in text
