"""Giấy mời: drafted from the meeting, issued with the register's number, read back from DOCX and PDF."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sqlmodel import select

from app.errors import Conflict, InvalidInput
from app.reports.meeting_papers import invitation_printout, write_paper
from app.services.meetings import invitations, register
from app.services.meetings.attendees import list_attendees
from app.services.meetings.paper_common import SignerChoice
from db.models import Attendee, Office
from tests.paperwork_office import btv_meeting, docx_text, pdf_pages, pdf_text


@pytest.fixture
def office(demo_db):
    with demo_db.session() as session:
        yield session


def test_a_draft_invitation_leaves_the_number_blank_and_takes_none(office):
    meeting_id = btv_meeting(office)
    paper = invitations.invitation_paper(session=office, meeting_id=meeting_id)
    assert paper.number_label.startswith("Số ") and paper.number_label.endswith("-GM/VPTU")
    assert "01" not in paper.number_label
    assert register.list_entries(session=office) == []
    assert paper.signer_lines == ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG")
    assert paper.recipients == ("Như trên,", "Lưu Văn phòng.")


def test_issuing_takes_the_next_number_and_marks_every_invitee_sent_with_it(office, admin):
    meeting_id = btv_meeting(office)
    issued = invitations.issue_invitations(session=office, actor=admin, meeting_id=meeting_id,
                                           options=invitations.InvitationOptions(day=date(2026, 3, 2)))
    assert issued.entry.symbol == "01-GM/VPTU" and issued.entry.purpose == "invitation"
    assert issued.entry.meeting_id == meeting_id and issued.paper.number_label == "Số 01-GM/VPTU"
    people = [a for a in list_attendees(session=office, meeting_id=meeting_id) if a.role.value != "service"]
    assert issued.marked == len(people)
    rows = office.exec(select(Attendee).where(Attendee.meeting_id == meeting_id, Attendee.role != "service")).all()
    assert {(r.invitation_number, r.invitation_via) for r in rows} == {("01-GM/VPTU", "Giấy mời")}
    again = invitations.issue_invitations(session=office, actor=admin, meeting_id=meeting_id,
                                          options=invitations.InvitationOptions(day=date(2026, 3, 3)))
    assert again.entry.number == 2


def test_a_number_already_taken_refuses_the_issue_and_marks_nobody(office, admin):
    meeting_id = btv_meeting(office)
    register.issue(session=office, actor=admin, type_code="GM", title="khác", issued_on=date(2026, 3, 2), number=7)
    with pytest.raises(Conflict):
        invitations.issue_invitations(session=office, actor=admin, meeting_id=meeting_id,
                                      options=invitations.InvitationOptions(day=date(2026, 3, 2), number=7))
    rows = office.exec(select(Attendee).where(Attendee.meeting_id == meeting_id)).all()
    assert all(r.invitation_number == "" for r in rows)


def test_an_attendee_of_another_meeting_is_refused(office):
    meeting_id = btv_meeting(office)
    stranger = office.exec(select(Attendee).where(Attendee.meeting_id != meeting_id)).first()
    with pytest.raises(InvalidInput):
        invitations.invitation_paper(session=office, meeting_id=meeting_id,
                                     options=invitations.InvitationOptions(attendee_ids=(stranger.id,)))


def test_one_letter_per_invitee_reads_back_from_pdf_and_docx(office, admin, tmp_path):
    meeting_id = btv_meeting(office)
    issued = invitations.issue_invitations(session=office, actor=admin, meeting_id=meeting_id,
                                           options=invitations.InvitationOptions(day=date(2026, 3, 2),
                                                                                 contact="Phòng Hành chính"))
    paper = issued.paper
    pdf = write_paper(invitation_printout(paper), tmp_path / "gm.pdf")
    docx = write_paper(invitation_printout(paper), tmp_path / "gm.docx")
    assert pdf_pages(pdf) >= len(paper.addressees)
    for text in (pdf_text(pdf), docx_text(docx)):
        for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 01-GM/VPTU", "GIẤY MỜI", "Kính gửi:", "T/L BAN THƯỜNG VỤ",
                         "Nơi nhận:", paper.signer_name, "Phòng Hành chính", paper.when, "ngày 02 tháng 3 năm 2026"):
            assert unicodedata.normalize("NFC", expected) in text
        for addressee in paper.addressees:
            assert addressee.name in text
    assert docx_text(docx).count("GIẤY MỜI") == len(paper.addressees)


def test_a_state_office_prints_the_decree_30_header_and_number(office, admin, tmp_path):
    row = office.exec(select(Office)).first()
    row.kind, row.code_suffix = "state", "VP"
    office.add(row)
    office.commit()
    meeting_id = btv_meeting(office)
    options = invitations.InvitationOptions(day=date(2026, 3, 2), per_invitee=False,
                                            signer=SignerChoice("by_order", "Chủ tịch"))
    paper = invitations.issue_invitations(session=office, actor=admin, meeting_id=meeting_id, options=options).paper
    docx = write_paper(invitation_printout(paper), tmp_path / "gm.docx")
    text = docx_text(docx)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 01/GM-VP",
                     "TL. CHỦ TỊCH", "Như trên;", "Lưu: VT."):
        assert expected in text
    assert "ĐẢNG CỘNG SẢN" not in text
    assert text.count("GIẤY MỜI") == 1
