"""Printing the week (print preview and direct printing of the same content as the PDF)
and exporting it to PDF/DOCX/XLSX/ICS on a worker thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import VanPhongError
from app.rules.schedule import iso_week
from app.services.calendar.events import ScheduleFilter
from db.engine import Database
from db.errors import DatabaseError

EXPORT_FILTERS = ("PDF (*.pdf)", "Word (*.docx)", "Excel (*.xlsx)", "iCalendar (*.ics)",
                  "HTML (*.html)")


def week_document(pane) -> QTextDocument:  # noqa: ANN001
    """The printed week as a QTextDocument (HTML built from the same rows as the PDF)."""
    from app.reports.week_content import week_printout
    from app.reports.week_html import week_html

    printout = pane.ctx.read(week_printout, monday=pane.monday, filter=pane.current_filter())
    document = QTextDocument(pane)
    document.setHtml(week_html(printout))
    return document


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(20, 15, 15, 15), QPageLayout.Unit.Millimeter))
    return printer


def print_preview(pane) -> QPrintPreviewDialog:  # noqa: ANN001
    """Open the print preview of the shown week (A4 landscape)."""
    document = week_document(pane)
    printer = _printer()
    dialog = QPrintPreviewDialog(printer, pane)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(QCoreApplication.translate("CalendarPane", "Xem trước lịch công tác tuần"))
    dialog.paintRequested.connect(document.print_)
    dialog.exec()
    return dialog


def print_direct(pane) -> None:  # noqa: ANN001
    printer = _printer()
    dialog = QPrintDialog(printer, pane)
    if dialog.exec():
        week_document(pane).print_(printer)


def ask_export(pane) -> None:  # noqa: ANN001
    suggested = str(Path.home() / f"lich-tuan-{iso_week(pane.monday)}.pdf")
    path, chosen = QFileDialog.getSaveFileName(pane, QCoreApplication.translate("CalendarPane", "Xuất lịch công tác tuần"), suggested,
                                               ";;".join(EXPORT_FILTERS))
    if not path:
        return
    if not Path(path).suffix:
        path += chosen[chosen.index("*") + 1:chosen.index(")")]
    start_export(pane, path)


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


def start_export(pane, path: str) -> None:  # noqa: ANN001
    """Export the shown week to *path* on the thread pool; the pane's signals report the end."""
    signals = ExportSignals(pane)
    signals.finished.connect(lambda written: _done(pane, signals, written))
    signals.failed.connect(lambda message: _failed(pane, signals, message))
    pane._workers.append(signals)
    QThreadPool.globalInstance().start(ExportWorker(pane.ctx.database, pane.monday, pane.current_filter(), path,
                                                    signals))


def _done(pane, signals: ExportSignals, path: str) -> None:  # noqa: ANN001
    _forget(pane, signals)
    window = pane.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(QCoreApplication.translate("CalendarPane", "Đã xuất %1").replace("%1", path), 6000)
    pane.export_finished.emit(path)


def _failed(pane, signals: ExportSignals, message: str) -> None:  # noqa: ANN001
    from ui.context import show_error

    _forget(pane, signals)
    pane.export_failed.emit(message)
    if isinstance(pane, QWidget) and pane.isVisible():
        show_error(pane, message)


def _forget(pane, signals: ExportSignals) -> None:  # noqa: ANN001
    if signals in pane._workers:
        pane._workers.remove(signals)
    signals.deleteLater()
