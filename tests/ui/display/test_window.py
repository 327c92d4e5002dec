"""The lobby display: the published week, refreshed by itself when a new version is
published, paging when it does not fit, today's half-day highlighted, and no way out but an
administrator's password."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.services.admin import auth
from app.services.admin.auth import SYSTEM
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.org import edit as org

MONDAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 3, 9, 30)  # Tuesday morning
PASSWORD = "matkhau-123"


@pytest.fixture
def office_db(database):
    with database.session() as s:
        org.save_office(session=s, actor=SYSTEM, name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng",
                        place="Lâm Đồng", kind="party")
        position = org.create_position(session=s, actor=SYSTEM, role="chief", title="Chánh Văn phòng", rank=10)
        chief = org.create_person(session=s, actor=SYSTEM, data=org.PersonInput(
            full_name="Lê Minh Đức", position_id=position))
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Họp Thường trực Tỉnh ủy", start=datetime(2026, 3, 3, 8), end=datetime(2026, 3, 3, 10),
            chair_id=chief, location="Phòng họp số 1"))
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Giao ban Văn phòng", start=datetime(2026, 3, 4, 14), chair_id=chief))
        cal.publish_week(session=s, actor=SYSTEM, monday=MONDAY)
        auth.create_user(session=s, actor=SYSTEM, username="quantri", password=PASSWORD, role="admin")
        auth.create_user(session=s, actor=SYSTEM, username="vanthu", password=PASSWORD, role="clerk")
    database.chief = chief  # type: ignore[attr-defined]
    return database


@pytest.fixture
def display_on(vp_app, qtbot):
    from ui.display.window import DisplayWindow

    windows = []

    def make(database, size=(1366, 768), **options):  # noqa: ANN001, ANN202
        options = {"week": MONDAY, "now": lambda: NOW, "poll_seconds": 3600, "page_seconds": 3600} | options
        window = DisplayWindow(database, **options)
        windows.append(window)
        with qtbot.waitSignal(window.refreshed, timeout=15000):
            window.resize(*size)
            window.show()
        return window

    yield make
    for window in windows:
        window.release()
        window.deleteLater()


def _titles(window):
    return [row.content for row in window.data.rows if not row.empty]


def test_the_display_shows_the_published_week_with_the_office_and_version(office_db, display_on):
    window = display_on(office_db)
    assert window.data.version == 1
    assert window.office.text() == "VĂN PHÒNG TỈNH ỦY"
    assert window.range.text() == "Từ ngày 02/03/2026 đến ngày 08/03/2026"
    assert window.version.text().startswith("Bản công bố lần 1 — ")
    assert _titles(window) == ["Họp Thường trực Tỉnh ủy", "Giao ban Văn phòng"]
    assert window.stack.currentWidget() is window.board


def test_a_newer_published_version_reaches_the_screen_by_itself(office_db, display_on, qtbot):
    window = display_on(office_db, poll_seconds=0.1)
    with office_db.session() as s:  # another PC: edits, then publishes version 2
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Tiếp Đoàn công tác Bộ Nội vụ", start=datetime(2026, 3, 5, 9), chair_id=office_db.chief))
        cal.publish_week(session=s, actor=SYSTEM, monday=MONDAY)
    with qtbot.waitSignal(window.refreshed, timeout=15000, check_params_cb=lambda d: d.version == 2):
        pass
    assert "Tiếp Đoàn công tác Bộ Nội vụ" in _titles(window)
    added = next(r for r in window.data.rows if r.content == "Tiếp Đoàn công tác Bộ Nội vụ")
    assert added.mark == "Bổ sung"
    assert "Bản công bố lần 2 (điều chỉnh, bổ sung bản lần 1)" in window.version.text()


def test_edits_not_yet_published_stay_off_the_screen(office_db, display_on, qtbot):
    window = display_on(office_db)
    with office_db.session() as s:
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Bản nháp chưa duyệt", start=datetime(2026, 3, 5, 9), chair_id=office_db.chief))
    with qtbot.waitSignal(window.refreshed, timeout=15000):
        window.poll(force=True)
    assert "Bản nháp chưa duyệt" not in _titles(window)


def test_an_unpublished_week_says_so_or_shows_the_labelled_draft(office_db, display_on):
    window = display_on(office_db, week=date(2026, 3, 9))
    assert window.stack.currentWidget() is window.message
    assert window.message.text() == "Lịch công tác tuần này chưa được công bố."
    with office_db.session() as s:
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Hội nghị sơ kết quý I", start=datetime(2026, 3, 10, 8), chair_id=office_db.chief))
    draft = display_on(office_db, week=date(2026, 3, 9), show_draft=True)
    assert draft.data.state == "draft" and _titles(draft) == ["Hội nghị sơ kết quý I"]
    assert draft.version.text().startswith("DỰ THẢO")


def test_a_week_that_does_not_fit_pages_by_itself(office_db, display_on, qtbot):
    with office_db.session() as s:
        for day in range(2, 7):
            for hour in (8, 9, 10, 14, 15, 16):
                cal.create_event(session=s, actor=SYSTEM, data=EventInput(
                    title=f"Làm việc với đơn vị số {day}-{hour} về công tác chuẩn bị Đại hội",
                    start=datetime(2026, 3, day, hour), chair_id=office_db.chief, location="Phòng họp số 2"))
        cal.publish_week(session=s, actor=SYSTEM, monday=MONDAY)
    window = display_on(office_db, page_seconds=0.1)
    pages = window.pages
    assert len(pages) > 1
    room = window.board.height()
    for page in pages:
        assert window.board.style_.header_height() + sum(b.height for b in page) <= room
    shown = [b.row.content for page in pages for b in page if b.kind == "row" and not b.row.empty]
    assert sorted(shown) == sorted(_titles(window))  # every entry once, none lost between pages
    start = window.page
    with qtbot.waitSignal(window.page_changed, timeout=5000) as blocker:
        pass
    assert blocker.args == [(start + 1) % len(pages)]
    assert window.page_label.text() == f"Trang {window.page + 1}/{len(pages)}"


def test_today_and_the_current_half_day_stand_out(office_db, display_on):
    from ui.display.board import COLORS

    window = display_on(office_db)
    board = window.board
    assert (board.today, board.half) == (date(2026, 3, 3), "morning")
    y = board.style_.header_height()
    for block in board.blocks:
        if block.kind == "row" and block.row.day == date(2026, 3, 3) and block.row.half == "morning":
            break
        y += block.height
    else:
        pytest.fail("today's morning is not on the first page")
    image = board.grab().toImage()
    assert QColor(image.pixel(1, y + block.height // 2)) == QColor(COLORS["now_bar"])
    assert QColor(image.pixel(board.width() // 2, y + 1)) != QColor(COLORS["background"])


def test_type_is_sized_for_the_screen(office_db, display_on):
    from ui.display.board import body_pixels

    assert (body_pixels(1080), body_pixels(768)) == (27, 19)
    window = display_on(office_db, size=(1920, 1080))
    assert window.board.style_.pixels == body_pixels(window.height()) == 27


def test_leaving_needs_an_administrators_password(office_db, display_on, qtbot):
    window = display_on(office_db)
    window.close()
    assert window.isVisible()  # closing is refused
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    dialog = window.exit_dialog
    assert dialog is not None and dialog.isVisible()
    for username, password in (("vanthu", PASSWORD), ("quantri", "sai-mat-khau")):
        dialog.username.setText(username)
        dialog.password.setText(password)
        with qtbot.waitSignal(dialog.refused, timeout=15000):
            dialog.submit()
        assert window.isVisible() and not dialog.password.text()
    dialog.username.setText("quantri")
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(window.closed, timeout=15000):
        dialog.submit()
    assert not window.isVisible()


def test_the_calendar_pane_opens_the_display_on_its_week(office_db, vp_app, qtbot):
    from ui.calendar.pane import CalendarPane
    from ui.calendar.viewing import display_week_choice, open_display
    from ui.context import AppContext

    pane = CalendarPane(AppContext(office_db, SYSTEM))
    qtbot.addWidget(pane)
    pane.show_week(MONDAY)
    assert pane._actions["display"] in pane.toolbar_actions()
    window = open_display(pane)
    try:
        with qtbot.waitSignal(window.refreshed, timeout=15000):
            pass
        assert window.monday == MONDAY and window.isVisible()
    finally:
        window.release()
    assert window not in pane._workers
    today = date(2026, 3, 4)
    assert display_week_choice(MONDAY, today) == "current"
    assert display_week_choice(date(2026, 3, 9), today) == "next"
    assert display_week_choice(date(2026, 2, 23), today) == date(2026, 2, 23)
