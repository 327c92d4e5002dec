"""Between the calendar and the meetings pane: the marker on an entry with a meeting,
"Mở chuẩn bị họp", "Lịch công tác: tuần N" and the jump back, linking from the create dialog."""

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.services.calendar import events as cal
from app.services.meetings import preparation as meetings
from ui.calendar.meeting_link import LinkedAgendaModel, LinkedWeekModel

MONDAY = date(2026, 3, 2)  # the demo's today, a Monday


def _demo_btv(database):
    with database.session() as s:
        return meetings.list_meetings(session=s, start=datetime(2026, 3, 2), end=datetime(2026, 3, 3))[0]


def _calendar(window):
    pane = window.show_pane("calendar")
    pane.show_week(MONDAY)
    return pane


def _row_of_event(pane, event_id):
    return next(r for r in range(pane.week_model.rowCount())
                if pane.week_model.entry(r) is not None and pane.week_model.entry(r).event_id == event_id)


def test_an_entry_with_a_meeting_carries_the_marker_and_the_models_stay_valid(demo_db, window_on, qtmodeltester):
    pane = _calendar(window_on(demo_db))
    btv = _demo_btv(demo_db)
    model = pane.week_model
    assert isinstance(model, LinkedWeekModel) and isinstance(pane.agenda_model, LinkedAgendaModel)
    marked = _row_of_event(pane, btv.event_id)
    assert isinstance(model.index(marked, 3).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "chuẩn bị họp" in model.index(marked, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(marked, 4).data(Qt.ItemDataRole.DecorationRole) is None
    plain = [r for r in range(model.rowCount()) if model.entry(r) is not None
             and model.entry(r).event_id not in pane.meeting_links.by_event]
    assert plain and model.index(plain[0], 3).data(Qt.ItemDataRole.DecorationRole) is None
    with demo_db.session() as s:
        shown = {e.event_id for e in cal.week(s, MONDAY).entries}
        expected = {m.event_id: m.id for m in meetings.list_meetings(session=s) if m.event_id in shown}
    assert pane.meeting_links.by_event == expected
    qtmodeltester.check(model)
    pane.tabs.setCurrentIndex(2)
    qtmodeltester.check(pane.agenda_model)
    agenda = pane.agenda_model
    row = next(r for r in range(agenda.rowCount()) if agenda.entries[r].event_id == btv.event_id)
    assert isinstance(agenda.index(row, 2).data(Qt.ItemDataRole.DecorationRole), QIcon)


def test_open_meeting_preparation_switches_to_the_meetings_pane_on_that_meeting(demo_db, window_on):
    window = window_on(demo_db)
    pane = _calendar(window)
    btv = _demo_btv(demo_db)
    pane.week_view.setCurrentIndex(pane.week_model.index(_row_of_event(pane, btv.event_id), 3))
    menu = pane.meeting_links.menu_for(pane.current_entry())
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names[0] == "actionOpenMeeting" and "actionEditEvent" in names
    menu.actions()[0].trigger()
    meetings_pane = window.pane("meetings")
    assert window.stack.currentWidget() is meetings_pane
    assert meetings_pane.meeting is not None and meetings_pane.meeting.id == btv.id


def test_an_entry_without_a_meeting_offers_only_the_calendar_actions(demo_db, window_on):
    pane = _calendar(window_on(demo_db))
    row = next(r for r in range(pane.week_model.rowCount()) if pane.week_model.entry(r) is not None
               and pane.meeting_links.meeting_of(pane.week_model.entry(r)) is None)
    pane.week_view.setCurrentIndex(pane.week_model.index(row, 3))
    menu = pane.meeting_links.menu_for(pane.current_entry())
    assert "actionOpenMeeting" not in [a.objectName() for a in menu.actions()]
    assert not pane.meeting_links.open_current()


def test_the_meetings_pane_names_the_week_and_jumps_to_the_entry(demo_db, window_on, qtbot):
    window = window_on(demo_db)
    meetings_pane = window.show_pane("meetings")
    btv = _demo_btv(demo_db)
    assert meetings_pane.select_meeting(btv.id)
    row = meetings_pane.calendar_row
    assert "tuần 10" in row.label.text() and "08/03/2026" in row.label.text()
    assert row.jump.text() == "Xem trên lịch tuần"
    calendar_pane = window.pane("calendar")
    calendar_pane.show_week(date(2026, 4, 6))
    calendar_pane.set_filter(group="office")  # a filter that hides the BTV conference
    qtbot.mouseClick(row.jump, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is calendar_pane
    assert calendar_pane.monday == MONDAY
    assert calendar_pane.current_entry().event_id == btv.event_id


def test_the_create_dialog_links_an_existing_entry_of_the_day(demo_db, window_on, admin):
    window = window_on(demo_db)
    pane = window.show_pane("meetings")
    dialog = pane.meeting_dialog()
    assert dialog.link_box is not None
    day = date(2026, 3, 4)
    dialog.start.setDate(day)
    with demo_db.session() as s:
        entry = next(e for e in cal.week(s, MONDAY).entries
                     if e.day == day and e.kind == "reception" and not e.cancelled)
    assert dialog.link_box.choose(entry.event_id)
    dialog.title.setText("Tiếp Đoàn giám sát")
    data = dialog.data()
    assert data.event_id == entry.event_id and data.occurrence is None
    assert (data.start, data.end, data.location) == (entry.start, entry.end, entry.location)
    assert not dialog.location.isEnabled()
    dialog.link_box.enabled.setChecked(False)
    assert dialog.data().event_id is None and dialog.location.isEnabled()
    with demo_db.session() as s:
        count = len(cal.all_events(s))
        meeting_id = meetings.create_meeting(session=s, actor=admin, data=data)
        assert len(cal.all_events(s)) == count
    pane.refresh()
    assert pane.select_meeting(meeting_id) and pane.meeting.event_id == entry.event_id


def test_calling_a_meeting_off_strikes_it_out_and_marks_its_week(demo_db, window_on, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = window_on(demo_db)
    pane = window.show_pane("meetings")
    btv = _demo_btv(demo_db)
    pane.select_meeting(btv.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    pane.cancel_meeting()
    assert pane.meeting.cancelled and "Hoãn/hủy" in pane.calendar_row.label.text()
    row = pane.list_model.row_of(btv.id)
    assert pane.list_model.index(row, 1).data(Qt.ItemDataRole.FontRole).strikeOut()
    calendar_pane = _calendar(window)
    assert calendar_pane.week_model.entry(_row_of_event(calendar_pane, btv.event_id)).cancelled
