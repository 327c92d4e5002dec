"""Dragging an entry of the week to another day or half-day: the clerk is asked first (with the
conflicts the move makes), the entry moves through the calendar service, only the occurrence of a
recurring entry moves, and a viewer cannot drag at all."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from app.services.admin.auth import SYSTEM, AccountRole, Actor
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.org import edit as org
from ui.calendar.week_drag import ENTRY_MIME

MONDAY = date(2026, 3, 2)


@pytest.fixture
def office(database):
    """One leader; a meeting on Monday morning, one on Tuesday afternoon, a weekly one on Wednesdays."""
    with database.session() as s:
        position = org.create_position(session=s, actor=SYSTEM, role="chief", title="Chánh Văn phòng", rank=10)
        unit = org.create_unit(session=s, actor=SYSTEM, name="Phòng Tổng hợp", parent_id=None)
        chief = org.create_person(session=s, actor=SYSTEM, data=org.PersonInput(
            full_name="Lê Minh Đức", unit_id=unit, position_id=position))
        for title, start, end, rule in (
                ("Họp giao ban", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 10), ""),
                ("Tiếp Đoàn công tác", datetime(2026, 3, 3, 14), datetime(2026, 3, 3, 15), ""),
                ("Họp chi bộ", datetime(2026, 3, 4, 16), datetime(2026, 3, 4, 17), "FREQ=WEEKLY;BYDAY=WE")):
            cal.create_event(session=s, actor=SYSTEM, data=EventInput(
                title=title, start=start, end=end, chair_id=chief, rrule=rule))
    return database


@pytest.fixture
def week_of(vp_app, qtbot):
    from ui.calendar.pane import CalendarPane
    from ui.context import AppContext

    def make(database, actor=SYSTEM):  # noqa: ANN001, ANN202
        pane = CalendarPane(AppContext(database, actor))
        qtbot.addWidget(pane)
        pane.resize(1400, 800)
        pane.show()
        pane.show_week(MONDAY)
        qtbot.waitUntil(lambda: pane.week_view.viewport().width() > 1000)
        return pane

    return make


def row_of(pane, title: str) -> int:  # noqa: ANN001
    model = pane.week_model
    return next(r for r in range(model.rowCount()) if model.entry(r) is not None and model.entry(r).title == title)


def half_row(pane, day: date, half: str) -> int:  # noqa: ANN001
    return next(i for i, row in enumerate(pane.week_model.rows) if row.day.day == day and row.half == half)


def drag(pane, title: str, day: date, half: str, *, drop: bool = True) -> None:  # noqa: ANN001
    """Drag the entry *title* over *day*'s *half* (as the mouse would) and drop it there."""
    view = pane.week_view
    mime = view.mime_for(pane.week_model.index(row_of(pane, title), 3))
    point = view.visualRect(pane.week_model.index(half_row(pane, day, half), 3)).center()
    action, button, keys = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point, action, mime, button, keys), QDragMoveEvent(point, action, mime, button, keys)):
        QApplication.sendEvent(view.viewport(), event)
    if drop:
        QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(point), action, mime, button, keys))


def entries(database, title: str) -> list:  # noqa: ANN001
    with database.session() as s:
        return [e for e in cal.agenda(s, date(2026, 3, 1), date(2026, 3, 31)) if e.title == title]


def test_an_entry_dropped_on_another_day_moves_there_at_the_same_time_once_confirmed(office, week_of, qtbot):
    pane = week_of(office)
    asked = []
    pane.confirm = lambda text: asked.append(text) or True
    with qtbot.waitSignal(pane.week_loaded):
        drag(pane, "Họp giao ban", date(2026, 3, 5), "morning")
    assert asked == ["Chuyển «Họp giao ban» sang Thứ Năm 05/03/2026, sáng (08h00)?"]
    [moved] = entries(office, "Họp giao ban")
    assert (moved.start, moved.end) == (datetime(2026, 3, 5, 8), datetime(2026, 3, 5, 10))
    assert pane.week_model.entry(row_of(pane, "Họp giao ban")).day == date(2026, 3, 5)


def test_refusing_the_move_leaves_the_entry_where_it_was(office, week_of):
    pane = week_of(office)
    pane.confirm = lambda text: False
    drag(pane, "Họp giao ban", date(2026, 3, 5), "morning")
    assert entries(office, "Họp giao ban")[0].start == datetime(2026, 3, 2, 8)


def test_dropped_on_the_other_half_day_it_starts_when_that_half_day_starts(office, week_of):
    pane = week_of(office)
    pane.confirm = lambda text: True
    drag(pane, "Họp giao ban", MONDAY, "afternoon")
    [moved] = entries(office, "Họp giao ban")
    assert (moved.start, moved.end) == (datetime(2026, 3, 2, 13, 30), datetime(2026, 3, 2, 15, 30))
    assert moved.half == "afternoon"


def test_only_the_dragged_occurrence_of_a_recurring_entry_moves(office, week_of):
    pane = week_of(office)
    asked = []
    pane.confirm = lambda text: asked.append(text) or True
    drag(pane, "Họp chi bộ", date(2026, 3, 6), "afternoon")
    assert "Chỉ buổi này" in asked[0]
    days = [e.day for e in entries(office, "Họp chi bộ")]
    assert days == [date(2026, 3, 6), date(2026, 3, 11), date(2026, 3, 18), date(2026, 3, 25)]


def test_the_question_names_the_conflicts_the_move_would_make(office, week_of):
    pane = week_of(office)
    asked = []
    pane.confirm = lambda text: asked.append(text) or False
    drag(pane, "Tiếp Đoàn công tác", MONDAY, "morning")  # 7h30-8h30 overlaps the chief's 8h00 meeting
    assert "⚠" in asked[0] and "Lê Minh Đức" in asked[0]
    assert entries(office, "Tiếp Đoàn công tác")[0].start == datetime(2026, 3, 3, 14)


def test_the_half_day_under_the_drag_is_framed_and_its_own_place_is_not_a_target(office, week_of):
    pane = week_of(office)
    view = pane.week_view
    drag(pane, "Họp giao ban", date(2026, 3, 3), "afternoon", drop=False)
    assert view.target == (date(2026, 3, 3), "afternoon")
    frame = view.target_rect()
    assert frame.contains(view.visualRect(pane.week_model.index(row_of(pane, "Tiếp Đoàn công tác"), 5)).center())
    drag(pane, "Họp giao ban", MONDAY, "morning", drop=False)
    assert view.target is None


def test_a_cancelled_entry_or_an_empty_half_day_cannot_be_dragged(office, week_of):
    pane = week_of(office)
    with office.session() as s:
        cal.cancel_event(session=s, actor=SYSTEM, event_id=pane.week_model.entry(row_of(pane, "Họp giao ban")).event_id)
    pane.refresh()
    model = pane.week_model
    row = row_of(pane, "Họp giao ban")
    assert pane.week_view.mime_for(model.index(row, 3)) is None
    assert not model.flags(model.index(row, 3)) & Qt.ItemFlag.ItemIsDragEnabled
    empty = half_row(pane, date(2026, 3, 7), "morning")
    assert pane.week_view.mime_for(model.index(empty, 3)) is None
    live = model.index(row_of(pane, "Tiếp Đoàn công tác"), 3)
    assert model.flags(live) & Qt.ItemFlag.ItemIsDragEnabled
    assert bytes(pane.week_view.mime_for(live).data(ENTRY_MIME).data()).decode() == model.entry(live.row()).key


def test_a_viewer_cannot_drag_entries(office, week_of):
    pane = week_of(office, actor=Actor(username="xem", role=AccountRole.VIEWER))
    view = pane.week_view
    assert not view.dragEnabled() and not view.viewport().acceptDrops()
    writer = week_of(office)
    assert writer.week_view.dragEnabled() and writer.week_view.viewport().acceptDrops()


def test_a_whole_half_day_entry_stays_whole_on_its_new_half_day(office, week_of):
    with office.session() as s:
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Kiểm tra cơ sở", start=datetime(2026, 3, 3, 8), half_day="morning"))
    pane = week_of(office)
    pane.confirm = lambda text: "(cả buổi)" in text
    drag(pane, "Kiểm tra cơ sở", date(2026, 3, 4), "afternoon")
    [moved] = entries(office, "Kiểm tra cơ sở")
    assert (moved.day, moved.half, moved.time_label) == (date(2026, 3, 4), "afternoon", "Cả buổi")
    assert moved.start.time() == time(13, 30)
