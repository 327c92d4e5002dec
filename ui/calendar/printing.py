"""Printing the week (print preview and direct printing of the pages of its PDF)
and exporting it to PDF/DOCX/XLSX/ICS on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.errors import VanPhongError
from app.rules.schedule import iso_week
from app.services.calendar.events import ScheduleFilter
from db.engine import Database
from db.errors import DatabaseError
from ui.export_files import announce_export, ask_save_path
from ui.pdf_print import preview_pdf, print_pdf

if TYPE_CHECKING:
    from app.reports.week_content import WeekPrintout
    from ui.calendar.pane import CalendarPane

EXPORT_FILTERS = ("PDF (*.pdf)", "Word (*.docx)", "Excel (*.xlsx)", "iCalendar (*.ics)",
                  "HTML (*.html)")


def week_printout(pane: CalendarPane) -> WeekPrintout:
    """The printed week of the pane (the same data as the PDF file)."""
    from app.reports.week_content import week_printout as gather

    return pane.ctx.read(gather, monday=pane.monday, filter=pane.current_filter())


def week_writer(pane: CalendarPane) -> Callable[[Path], object]:
    """Writes the shown week's PDF: the one source of preview, paper and file."""
    from app.reports.week_pdf import write_week_pdf

    printout = week_printout(pane)
    return lambda path: write_week_pdf(printout, path)


def print_preview(pane: CalendarPane) -> QPrintPreviewDialog:
    """Open the print preview of the shown week: the pages of its PDF."""
    return preview_pdf(pane, week_writer(pane),
                       QCoreApplication.translate("CalendarPane", "Xem trước lịch công tác tuần"),
                       name=f"lich-cong-tac-{iso_week(pane.monday)}.pdf")


def print_direct(pane: CalendarPane) -> None:
    print_pdf(pane, week_writer(pane), name=f"lich-cong-tac-{iso_week(pane.monday)}.pdf")


def ask_export(pane: CalendarPane) -> None:
    chosen = ask_save_path(pane, "week", QCoreApplication.translate("CalendarPane", "Xuất lịch công tác tuần"),
                           f"lich-cong-tac-{iso_week(pane.monday)}.pdf", EXPORT_FILTERS)
    if chosen:
        start_export(pane, chosen[0])


class ExportSignals(QObject):
    """Lives in the main thread; the worker reports through it."""

    finished = Signal(str)
    failed = Signal(str)


class ExportWorker(QRunnable):
    """Writes the week with its own DB session; never touches widgets."""

    def __init__(self, database: Database, monday: date, view_filter: ScheduleFilter, path: str,
                 signals: ExportSignals) -> None:
        super().__init__()
        self.database, self.monday, self.view_filter, self.path = database, monday, view_filter, path
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            with self.database.session() as session:
                if self.path.lower().endswith(".pdf"):
                    from app.reports.week_pdf import week_pdf

                    week_pdf(session, self.monday, self.path, self.view_filter)
                else:
                    from app.reports.week_export import export_week

                    export_week(session, self.monday, self.path, self.view_filter)
        except (VanPhongError, DatabaseError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(self.path)


def start_export(pane: CalendarPane, path: str) -> None:
    """Export the shown week to *path* on the thread pool; the pane's signals report the end."""
    signals = ExportSignals(pane)
    signals.finished.connect(lambda written: _done(pane, signals, written))
    signals.failed.connect(lambda message: _failed(pane, signals, message))
    pane._workers.append(signals)
    QThreadPool.globalInstance().start(ExportWorker(pane.ctx.database, pane.monday, pane.current_filter(), path,
                                                    signals))


def _done(pane: CalendarPane, signals: ExportSignals, path: str) -> None:
    _forget(pane, signals)
    window = pane.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(QCoreApplication.translate("CalendarPane", "Đã xuất %1").replace("%1", path), 6000)
    if isinstance(pane, QWidget) and pane.isVisible():
        announce_export(pane, path)
    pane.export_finished.emit(path)


def _failed(pane: CalendarPane, signals: ExportSignals, message: str) -> None:
    from ui.context import show_error

    _forget(pane, signals)
    pane.export_failed.emit(message)
    if isinstance(pane, QWidget) and pane.isVisible():
        show_error(pane, message)


def _forget(pane: CalendarPane, signals: ExportSignals) -> None:
    if signals in pane._workers:
        pane._workers.remove(signals)
    signals.deleteLater()
