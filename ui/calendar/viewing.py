"""The calendar pane's viewing and publishing actions beyond the printout: one .ics per
leader for the portal (the portal page itself is a format of "Xuất…").

Kept out of the pane so a menu bar can take the same actions: :func:`viewing_actions`
returns them by key.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from app.errors import VanPhongError
from db.engine import Database
from db.errors import DatabaseError
from ui.calendar.printing import ExportSignals, _done, _failed


def viewing_actions(pane) -> dict[str, QAction]:  # noqa: ANN001
    """The actions, parented to *pane*, by key: "leaders_ics"."""
    actions = {
        "leaders_ics": pane._action(
            "actionLeaderCalendars", QCoreApplication.translate("CalendarPane", "Lịch từng lãnh đạo…"),
            lambda: ask_leader_export(pane),
            tip=QCoreApplication.translate("CalendarPane", "Xuất mỗi lãnh đạo một tệp .ics vào một thư mục")),
    }
    return actions


class LeaderCalendarsWorker(QRunnable):
    """Writes the leaders' .ics files with its own session; never touches widgets."""

    def __init__(self, database: Database, monday: date, folder: str, signals: ExportSignals) -> None:
        super().__init__()
        self.database, self.monday, self.folder, self.signals = database, monday, folder, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        from app.reports.week_leaders import export_leader_calendars

        try:
            with self.database.session() as session:
                export_leader_calendars(session, self.monday, self.folder)
        except (VanPhongError, DatabaseError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(self.folder)


def ask_leader_export(pane) -> None:  # noqa: ANN001
    title = QCoreApplication.translate("CalendarPane", "Chọn thư mục ghi lịch từng lãnh đạo")
    folder = QFileDialog.getExistingDirectory(pane, title, str(Path.home()))
    if folder:
        export_leader_calendars_to(pane, folder)


def export_leader_calendars_to(pane, folder: str) -> None:  # noqa: ANN001
    """One .ics per leader for the shown week into *folder*, on the thread pool; the pane's
    export signals report the end (with the folder)."""
    signals = ExportSignals(pane)
    signals.finished.connect(lambda written: _done(pane, signals, written))
    signals.failed.connect(lambda message: _failed(pane, signals, message))
    pane._workers.append(signals)
    QThreadPool.globalInstance().start(LeaderCalendarsWorker(pane.ctx.database, pane.monday, folder, signals))
