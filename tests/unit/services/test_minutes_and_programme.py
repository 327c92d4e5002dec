"""Biên bản, thông báo kết luận and the monthly programme: gathered from the meeting and the
calendar, read back from DOCX and PDF as the same NFC strings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.errors import InvalidInput
from app.reports.meeting_minutes import conclusions_printout, minutes_printout
from app.reports.meeting_papers import write_paper
from app.reports.programme_doc import programme_printout
from app.rules.meetings import AttendanceStatus
from app.rules.programme import parse_month, programme_due
from app.services.meetings import attendees, minutes, programme
from app.services.meetings.paper_common import person_with_role
from db.models import Attendee
from tests.paperwork_office import btv_meeting, docx_text, pdf_text


@pytest.fixture
def office(demo_db):
    with demo_db.session() as session:
        yield session


def test_the_programme_is_due_on_the_last_day_of_the_month_before():
    assert programme_due(date(2026, 12, 1)) == date(2026, 11, 30)
    assert programme_due(date(2026, 3, 1)) == date(2026, 2, 28)
    assert programme_due(date(2027, 1, 1), 2) == date(2026, 12, 30)
    assert parse_month("2026-12") == date(2026, 12, 1)
    with pytest.raises(ValueError, match="2026-12"):
        parse_month("12/2026")


def test_a_personnel_meeting_has_the_chief_of_office_take_the_minutes(office, admin):
    meeting_id = btv_meeting(office)
    deputy = person_with_role(office, "deputy_chief")
    minutes.set_minute_taker(session=office, actor=admin, meeting_id=meeting_id, personnel=False,
                             person_id=deputy.id)
    assert minutes.minute_taker(office, meeting_id).name == deputy.full_name
    minutes.set_minute_taker(session=office, actor=admin, meeting_id=meeting_id, personnel=True,
                             person_id=deputy.id)
    assert minutes.minute_taker(office, meeting_id).name == person_with_role(office, "chief").full_name


def test_the_minutes_carry_the_tally_the_quorum_and_the_absentees_written_comments(office, admin, tmp_path):
    meeting_id = btv_meeting(office)
    members = office.exec(select(Attendee).where(Attendee.meeting_id == meeting_id, Attendee.member)).all()
    everyone = office.exec(select(Attendee).where(Attendee.meeting_id == meeting_id,
                                                  Attendee.role != "service")).all()
    absent = members[-1]
    attendees.set_attendance(session=office, actor=admin, attendee_ids=[a.id for a in everyone if a.id != absent.id],
                             status=AttendanceStatus.PRESENT)
    attendees.set_attendance(session=office, actor=admin, attendee_ids=[absent.id], status=AttendanceStatus.ABSENT,
                             reason="Đi công tác Hà Nội")
    minutes.record_written_comments(session=office, actor=admin, attendee_id=absent.id,
                                    comments="Nhất trí với dự thảo; đề nghị bổ sung mục 3.")
    paper = minutes.minutes_paper(session=office, meeting_id=meeting_id)
    assert paper.present == len(everyone) - 1 and paper.invited == len(everyone)
    assert paper.members == len(members) and paper.members_present == len(members) - 1
    assert paper.quorum_met is True and paper.minutes_due is not None
    assert paper.number_label.endswith("-BB/VPTU")
    pdf = write_paper(minutes_printout(paper), tmp_path / "bb.pdf")
    docx = write_paper(minutes_printout(paper), tmp_path / "bb.docx")
    for text in (pdf_text(pdf), docx_text(docx)):
        for expected in ("BIÊN BẢN", f"{paper.present}/{paper.invited} đại biểu có mặt",
                         f"{paper.members_present}/{paper.members} ủy viên Ban Thường vụ có mặt",
                         "đủ điều kiện tiến hành", absent.full_name, "Đi công tác Hà Nội",
                         "Nhất trí với dự thảo; đề nghị bổ sung mục 3.", "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ",
                         "DIỄN BIẾN HỘI NGHỊ", paper.chair.name):
            assert expected in text, expected


def test_the_conclusion_notice_names_the_chair_and_is_signed_by_order(office, tmp_path):
    meeting_id = btv_meeting(office)
    paper = minutes.conclusions_paper(session=office, meeting_id=meeting_id,
                                      options=minutes.PaperOptions(number=12, day=date(2026, 3, 5)))
    assert paper.number_label == "Số 12-TB/VPTU"
    docx = write_paper(conclusions_printout(paper), tmp_path / "tb.docx")
    pdf = write_paper(conclusions_printout(paper), tmp_path / "tb.pdf")
    for text in (docx_text(docx), pdf_text(pdf)):
        for expected in ("THÔNG BÁO", "Số 12-TB/VPTU", f"Kết luận của đồng chí {paper.chair.name}",
                         "T/L BAN THƯỜNG VỤ", "ngày 05 tháng 3 năm 2026", "kết luận như sau"):
            assert expected in text, expected


def test_issuing_a_paper_takes_its_type_from_the_settings(office, admin):
    meeting_id = btv_meeting(office)
    entry = minutes.issue_paper(session=office, actor=admin, purpose="minutes", meeting_id=meeting_id,
                                title="Biên bản", day=date(2026, 3, 9))
    assert (entry.type_code, entry.symbol, entry.purpose) == ("BB", "01-BB/VPTU", "minutes")
    with pytest.raises(InvalidInput):
        minutes.issue_paper(session=office, actor=admin, purpose="invitation", title="x")


def test_the_programme_lists_the_months_calendar_entries_and_its_due_item(office, admin, tmp_path):
    paper = programme.programme_paper(session=office, first=date(2026, 3, 1))
    assert paper.rows and all(r.day.month == 3 for r in paper.rows)
    assert paper.due == date(2026, 2, 28) and paper.day == paper.due
    pdf = write_paper(programme_printout(paper), tmp_path / "ctr.pdf")
    docx = write_paper(programme_printout(paper), tmp_path / "ctr.docx")
    for text in (pdf_text(pdf), docx_text(docx)):
        assert "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2026" in text
        for row in paper.rows[:5]:
            assert " ".join(row.title.split()) in text
    due = programme.due_status(session=office, today=date(2026, 3, 20))
    assert [(d.period, d.overdue) for d in due] == [("2026-03", True), ("2026-04", False)]
    minutes.issue_paper(session=office, actor=admin, purpose="programme", period="2026-03", title="CTr 3",
                        day=date(2026, 2, 28))
    due = programme.due_status(session=office, today=date(2026, 3, 31))
    assert [(d.period, d.due, d.overdue) for d in due] == [("2026-04", date(2026, 3, 31), False)]
    assert "31/03/2026" in due[0].text and "chưa ban hành" in due[0].text
