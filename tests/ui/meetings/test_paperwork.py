"""The meetings pane's paperwork: the giấy mời, biên bản, thông báo kết luận and monthly programme
dialogs (draft and issue), the programme's due item and the register dialog."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.rules.meetings import AttendanceStatus
from app.services.meetings import attendees, register
from app.services.meetings import minutes as minutes_service
from db.models import Attendee
from tests.meeting_office import demo_office_copy
from tests.paperwork_office import btv_meeting, docx_text, pdf_text
from ui.meetings import paperwork


@pytest.fixture
def office(tmp_path_factory, tmp_path):
    database, _ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    yield database
    database.dispose()


def _pane(window, database):
    pane = window.show_pane("meetings")
    with database.session() as session:
        meeting_id = btv_meeting(session)
    assert pane.select_meeting(meeting_id)
    return pane, meeting_id


def test_the_toolbar_offers_the_paperwork_menu(office, window_on):
    pane, _meeting_id = _pane(window_on(office), office)
    action = next(a for a in pane.toolbar_actions() if a.objectName() == "actionPaperwork")
    names = [a.objectName() for a in action.menu().actions() if a.objectName()]
    assert names[:1] == ["actionInvitation"] and "actionRegister" in names


def test_issuing_from_the_dialog_numbers_the_letters_and_marks_the_invitees(office, window_on, qtbot, tmp_path):
    pane, meeting_id = _pane(window_on(office), office)
    dialog = paperwork.open_invitation(pane)
    qtbot.addWidget(dialog)
    assert dialog.number.value() == 1
    dialog.number.setValue(4)
    dialog.contact.setText("Đồng chí Hạnh, Phòng Hành chính")
    target = tmp_path / "gm.docx"
    with qtbot.waitSignal(pane.export_signals.finished, timeout=20_000):
        assert dialog.issue(str(target))
    text = docx_text(target)
    assert "Số 04-GM/VPTU" in text and "Đồng chí Hạnh, Phòng Hành chính" in text
    with office.session() as session:
        rows = session.exec(select(Attendee).where(Attendee.meeting_id == meeting_id, Attendee.role != "service"))
        assert {r.invitation_number for r in rows} == {"04-GM/VPTU"}
        assert [e.symbol for e in register.list_entries(session=session)] == ["04-GM/VPTU"]


def test_a_draft_takes_no_number(office, window_on, qtbot, tmp_path):
    pane, _meeting_id = _pane(window_on(office), office)
    dialog = paperwork.open_invitation(pane)
    qtbot.addWidget(dialog)
    dialog.per_invitee.setChecked(False)
    target = tmp_path / "gm.pdf"
    with qtbot.waitSignal(pane.export_signals.finished, timeout=20_000):
        assert dialog.save_draft(str(target))
    assert pdf_text(target).count("GIẤY MỜI") == 1
    with office.session() as session:
        assert register.list_entries(session=session) == []


def test_the_register_dialog_reserves_voids_and_exports(office, window_on, qtbot, qtmodeltester, tmp_path,
                                                          monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    pane, _meeting_id = _pane(window_on(office), office)
    dialog = paperwork.open_register(pane)
    qtbot.addWidget(dialog)
    assert dialog.next_label.text().endswith("01-GM/VPTU")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (2, True))
    dialog.reserve()
    assert [r.symbol for r in dialog.model.rows] == ["01-GM/VPTU", "02-GM/VPTU"]
    assert dialog.next_label.text().endswith("03-GM/VPTU")
    qtmodeltester.check(dialog.model)
    dialog.view.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ghi nhầm", True))
    dialog.void()
    assert dialog.model.rows[0].status == "void" and dialog.model.rows[0].void_reason == "Ghi nhầm"
    target = tmp_path / "so.xlsx"
    assert dialog.export(str(target)) and target.stat().st_size > 1000


def test_the_minutes_dialog_sets_the_taker_records_comments_and_issues(office, window_on, qtbot, tmp_path, admin):
    with office.session() as session:
        meeting_id = btv_meeting(session)
        member = next(a for a in attendees.list_attendees(session=session, meeting_id=meeting_id) if a.member)
        attendees.set_attendance(session=session, actor=admin, attendee_ids=[member.id],
                                 status=AttendanceStatus.ABSENT, reason="Ốm")
    pane, meeting_id = _pane(window_on(office), office)
    dialog = paperwork.open_minutes(pane)
    qtbot.addWidget(dialog)
    assert "Hạn hoàn thành biên bản" in dialog.due.text()
    dialog.personnel.setChecked(True)
    assert dialog.save_taker()
    dialog.absent.setCurrentRow(0)
    dialog.comments.setPlainText("Đồng ý với tờ trình.")
    assert dialog.save_comments()
    target = tmp_path / "bb.docx"
    with qtbot.waitSignal(pane.export_signals.finished, timeout=20_000):
        assert dialog.issue(str(target))
    text = docx_text(target)
    assert "Số 01-BB/VPTU" in text and "Đồng ý với tờ trình." in text and "Chánh Văn phòng ghi biên bản" in text
    with office.session() as session:
        assert minutes_service.minute_taker_choice(session=session, meeting_id=meeting_id)[0] is True


def test_the_conclusions_dialog_saves_a_draft_without_a_number(office, window_on, qtbot, tmp_path):
    pane, _meeting_id = _pane(window_on(office), office)
    dialog = paperwork.open_conclusions(pane)
    qtbot.addWidget(dialog)
    target = tmp_path / "tb.pdf"
    with qtbot.waitSignal(pane.export_signals.finished, timeout=20_000):
        assert dialog.save_draft(str(target))
    assert "THÔNG BÁO" in pdf_text(target)
    with office.session() as session:
        assert register.list_entries(session=session) == []


def test_the_programme_dialog_issues_the_month_and_the_due_item_follows(office, window_on, qtbot, tmp_path):
    pane, _meeting_id = _pane(window_on(office), office)
    assert "Chương trình công tác tháng" in pane.programme_due.text()
    dialog = paperwork.open_programme(pane)
    qtbot.addWidget(dialog)
    assert "004 Điều 11.1" in dialog.due.text()
    target = tmp_path / "ctr.docx"
    with qtbot.waitSignal(pane.export_signals.finished, timeout=20_000):
        assert dialog.issue(str(target))
    assert "CHƯƠNG TRÌNH CÔNG TÁC THÁNG" in docx_text(target)
    with office.session() as session:
        entry = register.list_entries(session=session, type_code="CTr")[0]
    assert entry.purpose == "programme" and entry.period
