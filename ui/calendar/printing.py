"""Printing the week (print preview and direct printing of the pages of its PDF)
and exporting it to PDF/DOCX/XLSX/ICS/HTML.

Every printout's data is gathered by a service function on the window's database thread
(:meth:`ui.context.AppContext.read_later`); the file is then written from that data on the
thread pool by :class:`WriteJob`, which opens no session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.errors import VanPhongError
from app.rules.schedule import iso_week
from db.errors import DatabaseError
from ui.export_files import announce_export, ask_save_path
from ui.pdf_print import preview_pdf, print_pdf

if TYPE_CHECKING:
    from app.reports.data.calendar import WeekPrintout
    from ui.calendar.pane import CalendarPane

T = TypeVar("T")

EXPORT_FILTERS = ("PDF (*.pdf)", "Word (*.docx)", "Excel (*.xlsx)", "iCalendar (*.ics)",
                  "HTML (*.html)")


def week_printout(pane: CalendarPane) -> WeekPrintout:
    """The printed week of the pane (the same data as the PDF file)."""
    from app.services.calendar.printouts import week_printout as gather

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


class WriteJob(QRunnable):
    """Writes a file from data already gathered; opens no session, never touches widgets."""

    def __init__(self, write: Callable[[], object], target: str, signals: ExportSignals) -> None:
        super().__init__()
        self.write, self.target, self.signals = write, target, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            self.write()
        except (VanPhongError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(self.target)


def gather_then_write(pane: CalendarPane, gather: Callable[..., T], write: Callable[[T], object], target: str,
                      **kwargs: Any) -> None:
    """Gather a printout's data with *gather(session=…, **kwargs)* on the database thread, then
    *write(data)* on the thread pool; the pane's export signals report the end (with *target*)."""
    signals = ExportSignals(pane)
    signals.finished.connect(lambda written: _done(pane, signals, written))
    signals.failed.connect(lambda message: _failed(pane, signals, message))
    pane._workers.append(signals)

    def write_gathered(data: T) -> None:
        QThreadPool.globalInstance().start(WriteJob(lambda: write(data), target, signals))

    def not_gathered(error: BaseException) -> None:
        if not isinstance(error, VanPhongError | DatabaseError):
            _forget(pane, signals)
            raise error
        signals.failed.emit(str(error))

    pane.ctx.read_later(gather, done=write_gathered, failed=not_gathered, **kwargs)


def start_export(pane: CalendarPane, path: str) -> None:
    """Export the shown week to *path*: gathered on the database thread, written on the thread
    pool; the pane's signals report the end."""
    from app.reports.week_export import write_week_export
    from app.reports.week_pdf import write_week_pdf
    from app.services.calendar.printouts import week_export_data, week_printout

    if path.lower().endswith(".pdf"):
        gather_then_write(pane, week_printout, lambda printout: write_week_pdf(printout, path), path,
                          monday=pane.monday, filter=pane.current_filter())
    else:
        gather_then_write(pane, week_export_data, lambda data: write_week_export(data, path), path,
                          monday=pane.monday, path=path, filter=pane.current_filter())


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
