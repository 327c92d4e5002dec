"""No event handler keeps the UI thread busy over 100 ms on the big office (1,000 staff, ten
years of calendar, leave and meetings): the panes read on the database thread (read_later), a
long week's rows are measured in steps and the leave list comes a page at a time (issue 12)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.panes import warm_up


def _settle(window):  # noqa: ANN001, ANN202
    window.ctx.wait_idle()
    for _ in range(20):  # the steps of row measuring, the paints
        QApplication.processEvents()


def _click_pane(window, qtbot, key):  # noqa: ANN001, ANN202
    row = next(i for i, spec in enumerate(window.specs) if spec.key == key)
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _settle(window)
    assert window.stack.currentWidget() is window.panes[key]


def test_visiting_every_pane_of_the_big_office_never_stalls_the_window(big_office, window_on, qtbot, ui_watchdog):
    warm_up()  # done behind the sign-in dialog in the real start
    window = window_on(big_office)
    window.ctx.wait_idle()
    for key in ("calendar", "meetings", "leave", "orgchart", "calendar", "leave"):
        _click_pane(window, qtbot, key)
    assert ui_watchdog.handled > 100  # the clicks, paints and deliveries were timed


def test_the_common_actions_on_the_big_office_never_stall_the_window(big_office, window_on, qtbot, ui_watchdog):
    warm_up()
    window = window_on(big_office)
    _click_pane(window, qtbot, "calendar")
    calendar = window.panes["calendar"]
    for _ in range(2):
        calendar.toolbar_actions()[2].trigger()  # "Tuần sau ▶" in the toolbar
        _settle(window)
    assert calendar.schedule.entries  # a busy week was shown
    _click_pane(window, qtbot, "leave")
    requests = window.panes["leave"].requests
    window.panes["leave"].tabs.setCurrentWidget(requests)
    _settle(window)
    requests.status.setCurrentIndex(requests.status.findData("approved"))  # filter the list
    _settle(window)
    requests.by_month.setChecked(False)  # every month: ten years of requests, a page of them
    _settle(window)
    assert requests.model.rowCount() > 100 and requests.more_button.isVisible()
    _click_pane(window, qtbot, "meetings")
    meetings = window.panes["meetings"]
    meetings.list_view.selectRow(2)  # open another meeting
    _settle(window)
    assert meetings.meeting is not None and meetings.meeting.id == meetings.list_model.rows[2].id
