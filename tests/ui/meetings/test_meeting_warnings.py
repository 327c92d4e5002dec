"""The meeting dialog warns before saving and proposes the body's members; the checklist's
minutes item opens the biên bản."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog

from app.services.meetings import preparation as meetings
from tests.meeting_office import demo_office_copy
from tests.paperwork_office import btv_meeting


@pytest.fixture
def office(tmp_path_factory, tmp_path):
    database, _ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    yield database
    database.dispose()


def test_the_new_meeting_dialog_shows_a_clash_at_once_and_offers_the_btv_members(office, window_on, qtbot):
    pane = window_on(office).show_pane("meetings")
    with office.session() as session:
        existing = meetings.get_meeting(session=session, meeting_id=btv_meeting(session))
    dialog = pane.meeting_dialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Họp thử")
    dialog.kind.setCurrentIndex(dialog.kind.findData("standing_committee"))
    dialog.chair.setCurrentIndex(dialog.chair.findData(existing.chair_id))
    dialog.start.setDateTime(QDateTime(existing.start))
    dialog.update_clashes()
    assert not dialog.clash_label.isHidden() and "trùng lịch" in dialog.clash_label.text()
    assert not dialog.invite_body.isHidden() and "Ban Thường vụ" in dialog.invite_body.text()
    assert dialog.data().invite_body is True
    dialog.kind.setCurrentIndex(dialog.kind.findData("reception"))
    dialog.start.setDateTime(QDateTime(datetime(2026, 3, 8, 8, 0)))
    dialog.update_clashes()
    assert dialog.invite_body.isHidden() and dialog.data().invite_body is False
    assert "Chủ nhật" in dialog.clash_label.text()


def test_double_clicking_the_minutes_item_asks_for_the_minutes(office, window_on, qtbot):
    pane = window_on(office).show_pane("meetings")
    with office.session() as session:
        pane.select_meeting(btv_meeting(session))
    pane.tabs.setCurrentWidget(pane.checklist)
    model, tree = pane.checklist.model, pane.checklist.tree
    found = None
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if pane.checklist.is_minutes_item(model.entry(index)):
                found = index
    assert found is not None
    tree.setCurrentIndex(found)
    with qtbot.waitSignal(pane.checklist.minutes_requested, timeout=5_000):
        pane.checklist._double_clicked()
    dialog = pane.findChild(QDialog, "minutesDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.close()
