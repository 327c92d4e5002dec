"""The calendar pane's viewing and publishing actions beyond the printout: the lobby display,
one .ics per leader for the portal (the portal page itself is a format of "Xuất…").

Kept out of the pane so a menu bar can take the same actions: :func:`viewing_actions`
returns them by key.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from app.rules.schedule import monday_of
from ui.calendar.printing import gather_then_write
from ui.export_files import ask_folder

if TYPE_CHECKING:
    from ui.calendar.pane import CalendarPane
    from ui.display.window import DisplayWindow


def viewing_actions(pane: CalendarPane) -> dict[str, QAction]:
    """The actions, parented to *pane*, by key: "display", "leaders_ics"."""
    actions = {
        "display": pane._action(
            "actionDisplay", QCoreApplication.translate("CalendarPane", "Màn hình sảnh"),
            lambda: ask_display(pane),
            tip=QCoreApplication.translate("CalendarPane", "Trình chiếu lịch tuần đã công bố toàn màn hình "
                                                           "(màn hình sảnh, TV)")),
        "leaders_ics": pane._action(
            "actionLeaderCalendars", QCoreApplication.translate("CalendarPane", "Lịch từng lãnh đạo…"),
            lambda: ask_leader_export(pane),
            tip=QCoreApplication.translate("CalendarPane", "Xuất mỗi lãnh đạo một tệp .ics vào một thư mục")),
    }
    return actions


def display_week_choice(monday: date, today: date) -> str | date:
    """"current" or "next" when the pane shows this or next week (the screen then moves on
    with the calendar), else that fixed week."""
    this_week = monday_of(today)
    if monday == this_week:
        return "current"
    return "next" if monday == this_week + timedelta(weeks=1) else monday


def ask_display(pane: CalendarPane) -> None:
    text = QCoreApplication.translate(
        "CalendarPane", "Màn hình sảnh chiếm toàn màn hình và chỉ thoát được bằng phím Esc cùng tài khoản, "
                        "mật khẩu quản trị. Mở màn hình sảnh?")
    if pane.confirm(text):
        open_display(pane)


def open_display(pane: CalendarPane) -> DisplayWindow:
    """The lobby display of the shown week, full screen on the window's screen."""
    from ui.display.window import DisplayWindow

    window = DisplayWindow(pane.ctx.database, week=display_week_choice(pane.monday, date.today()))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    pane._workers.append(window)  # kept alive while it is shown
    window.closed.connect(lambda: pane._workers.remove(window) if window in pane._workers else None)
    window.show_on(pane.screen())
    return window


def ask_leader_export(pane: CalendarPane) -> None:
    title = QCoreApplication.translate("CalendarPane", "Chọn thư mục ghi lịch từng lãnh đạo")
    folder = ask_folder(pane, "leader-calendars", title)
    if folder:
        export_leader_calendars_to(pane, folder)


def export_leader_calendars_to(pane: CalendarPane, folder: str) -> None:
    """One .ics per leader for the shown week into *folder*: gathered on the database thread,
    written on the thread pool; the pane's export signals report the end (with the folder)."""
    from app.reports.week_leaders import write_leader_calendars
    from app.services.calendar.printouts import leader_calendars

    gather_then_write(pane, leader_calendars, lambda calendars: write_leader_calendars(calendars, folder), folder,
                      monday=pane.monday)
