"""Print preview, direct printing and PDF export of the meeting printouts.

One source for the paper: the PDFs come from ReportLab (app.reports); the preview and the
printer show the pages of that PDF (ui.pdf_print). Exported files are written by a worker on
the thread pool so the window never blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.services.meetings.printouts import MeetingPrintout, meeting_printout
from ui.context import AppContext, show_error
from ui.export_files import ask_save_path, file_name
from ui.pdf_print import preview_pdf, print_pdf
from ui.translation import QT_TRANSLATE_NOOP

PRINTOUTS = {  # key → (title, translated in context "MeetingPrinting"; landscape)
    "attendance": (QT_TRANSLATE_NOOP("MeetingPrinting", "Danh sách đại biểu"), False),
    "nameplates": (QT_TRANSLATE_NOOP("MeetingPrinting", "Biển tên đại biểu"), True),
    "checklist": (QT_TRANSLATE_NOOP("MeetingPrinting", "Bảng phân công chuẩn bị"), True),
    "tally": (QT_TRANSLATE_NOOP("MeetingPrinting", "Báo cáo điểm danh"), False),
}


def printout_title(kind: str) -> str:
    """The translated name of a printout."""
    return QCoreApplication.translate("MeetingPrinting", PRINTOUTS[kind][0])


def load_printout(ctx: AppContext, meeting_id: int) -> MeetingPrintout:
    return ctx.read(meeting_printout, meeting_id=meeting_id)


def printout_writer(kind: str, printout: MeetingPrintout) -> Callable[[Path], object]:
    """Writes *kind* of *printout* as its PDF: the one source of preview, paper and file."""
    return lambda path: write_pdf(kind, printout, path)


def _printable(parent: QWidget, ctx: AppContext, meeting_id: int, kind: str) -> MeetingPrintout | None:
    printout = load_printout(ctx, meeting_id)
    if kind in ("attendance", "nameplates") and not printout.attendees:
        show_error(parent, QCoreApplication.translate("MeetingPrinting", "Cuộc họp chưa có đại biểu nào."))
        return None
    return printout


def preview(parent: QWidget, ctx: AppContext, meeting_id: int, kind: str) -> QPrintPreviewDialog | None:
    """Open the print preview of *kind* for a meeting: the pages of its PDF (printing from
    the preview prints them)."""
    printout = _printable(parent, ctx, meeting_id, kind)
    if printout is None:
        return None
    title = QCoreApplication.translate("MeetingPrinting", "Xem trước khi in — %1").replace("%1", printout_title(kind))
    return preview_pdf(parent, printout_writer(kind, printout), title, name=f"{kind}-{meeting_id}.pdf",
                       modal=False)


def print_direct(parent: QWidget, ctx: AppContext, meeting_id: int, kind: str) -> None:
    printout = _printable(parent, ctx, meeting_id, kind)
    if printout is not None:
        print_pdf(parent, printout_writer(kind, printout), name=f"{kind}-{meeting_id}.pdf")


# -- PDF export in a worker --------------------------------------------------------------

class ExportSignals(QObject):
    """Owned by the main thread; the worker only emits."""

    finished = Signal(str)
    failed = Signal(str)


class PdfExport(QRunnable):
    def __init__(self, kind: str, printout: MeetingPrintout, target: Path, signals: ExportSignals) -> None:
        super().__init__()
        self.kind, self.printout, self.target, self.signals = kind, printout, target, signals

    def run(self) -> None:
        try:
            write_pdf(self.kind, self.printout, self.target)
        except Exception as exc:  # reported to the user, not raised in a thread
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(str(self.target))


def write_pdf(kind: str, printout: MeetingPrintout, target: Path) -> Path:
    from app.reports import attendance_pdf, checklist_pdf, nameplates_pdf

    writer: Callable[[MeetingPrintout, Path], Path] = {
        "attendance": attendance_pdf.write_attendance_sheet, "tally": attendance_pdf.write_tally,
        "nameplates": nameplates_pdf.write_nameplates, "checklist": checklist_pdf.write_checklist}[kind]
    return writer(printout, target)


def export_pdf(parent: QWidget, ctx: AppContext, meeting_id: int, kind: str, signals: ExportSignals,
               target: str | None = None) -> bool:
    """Ask where to save (unless *target*), then write the PDF on the thread pool."""
    printout = _printable(parent, ctx, meeting_id, kind)
    if printout is None:
        return False
    if target is None:
        chosen = ask_save_path(parent, "meeting-printouts", QCoreApplication.translate("MeetingPrinting", "Xuất PDF"),
                               file_name(PRINTOUTS[kind][0], f"{printout.meeting.start:%Y-%m-%d}", suffix=".pdf"),
                               [QCoreApplication.translate("MeetingPrinting", "Tệp PDF (*.pdf)")])
        if not chosen:
            return False
        target = chosen[0]
    if not target.lower().endswith(".pdf"):
        target += ".pdf"
    QThreadPool.globalInstance().start(PdfExport(kind, printout, Path(target), signals))
    return True
