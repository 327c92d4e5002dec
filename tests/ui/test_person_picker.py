"""One searchable, accent-insensitive person picker wherever a person is chosen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit

from app.services.admin.auth import SYSTEM
from ui.person_picker import PersonPicker

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen popup

PEOPLE = [(1, "Nguyễn Thành Trung — Bí thư Tỉnh ủy"), (2, "Phạm Thanh Yến — Chuyên viên chính"),
          (3, "Trần Thị Ánh — Phó Bí thư"), (4, "Nguyễn Văn Thanh — Chánh Văn phòng")]


def _picker(qtbot, **kw) -> PersonPicker:  # noqa: ANN001
    picker = PersonPicker(PEOPLE, **kw)
    qtbot.addWidget(picker)
    picker.show()
    picker.lineEdit().clear()  # what selecting the field's text and typing over it does
    return picker


def _matches(picker: PersonPicker) -> list[str]:
    model = picker.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_without_accents_finds_the_people_whose_names_have_them(qtbot, vp_app):
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.lineEdit(), "nguyen thanh")
    assert _matches(picker) == [PEOPLE[0][1], PEOPLE[3][1]]
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "yen chuyen")
    assert _matches(picker) == [PEOPLE[1][1]]


def test_picking_a_match_shows_the_persons_label_not_the_search_key(qtbot, vp_app):
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.lineEdit(), "pham thanh")
    popup = picker.completer().popup()
    popup.setCurrentIndex(picker.completer().completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.person_id() == 2
    assert picker.currentText() == "Phạm Thanh Yến — Chuyên viên chính"


def test_an_empty_choice_comes_first_when_allowed(qtbot, vp_app):
    picker = _picker(qtbot, allow_empty=True, empty_label="(chưa chọn)")
    assert picker.person_id() is None and picker.itemText(0) == "(chưa chọn)"
    picker.set_person(3)
    assert picker.person_id() == 3 and picker.currentText().startswith("Trần Thị Ánh")


def test_every_person_field_is_the_picker(demo_db, vp_app, qtbot):
    from app.services.org import read as org_read
    from ui.calendar.event_dialog import EventDialog
    from ui.context import AppContext
    from ui.leave.request_dialog import RequestDialog
    from ui.meetings.dialogs import MeetingDialog
    from ui.orgchart.link_dialogs import DelegationDialog

    ctx = AppContext(demo_db, SYSTEM)
    snapshot = ctx.read(org_read.load_org)
    leave = RequestDialog(ctx, snapshot, today=date(2026, 3, 2))
    meeting = MeetingDialog(list(snapshot.people.values()))
    event = EventDialog(ctx)
    delegation = DelegationDialog(snapshot)
    for dialog in (leave, meeting, event, delegation):
        qtbot.addWidget(dialog)
    pickers = [leave.person, leave.handover, meeting.chair, event.chair, delegation.principal, delegation.acting]
    assert all(isinstance(p, PersonPicker) for p in pickers)
    meeting.chair.lineEdit().clear()
    qtbot.keyClicks(meeting.chair.lineEdit(), "nguyen thanh trung")
    assert any("Nguyễn Thành Trung" in text for text in _matches(meeting.chair))


def test_the_leave_dialog_takes_a_typed_end_date(demo_db, vp_app, qtbot):
    from app.services.org import read as org_read
    from ui.context import AppContext
    from ui.leave.request_dialog import RequestDialog

    ctx = AppContext(demo_db, SYSTEM)
    dialog = RequestDialog(ctx, ctx.read(org_read.load_org), today=date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(1)
    assert dialog.end.date() == QDate(2026, 3, 3)
    dialog.show()
    dialog.end.setFocus()
    dialog.end.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(dialog.end, "06")  # typed, the field not yet left
    assert dialog.draft().end == date(2026, 3, 6)
    assert dialog.person.currentText() == dialog.person.itemText(1)  # the label, not a search key
