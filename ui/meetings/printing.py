"""Print preview, direct printing and PDF export of the meeting printouts.

Preview and paper use Qt (QTextDocument for the tables, QPainter for the name plates)
over the same data and order as the PDFs; the PDF files come from ReportLab
(app.reports), written by a worker on the thread pool so the window never blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QObject,
    QRectF,
    QRunnable,
    QSizeF,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.meetings.printouts import MeetingPrintout, meeting_printout
from app.text import nfc
from ui.context import AppContext, show_error

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


def _html(kind: str, printout: MeetingPrintout) -> str:
    from app.reports import meeting_html

    return {"attendance": meeting_html.attendance_sheet_html, "tally": meeting_html.tally_html,
            "checklist": meeting_html.checklist_html}[kind](printout)


def setup_printer(printer: QPrinter, kind: str) -> None:
    """A4, the printout's orientation, Decree-30 margins (mm)."""
    landscape = PRINTOUTS[kind][1]
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(0, 0, 0, 0) if kind == "nameplates" else (
        QMarginsF(20, 15, 15, 15) if landscape else QMarginsF(30, 20, 15, 20))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, margins,
                                      QPageLayout.Unit.Millimeter))


def paint(printer: QPrinter, kind: str, printout: MeetingPrintout) -> None:
    """Render *kind* of *printout* on *printer* (a preview's or a real one)."""
    if kind == "nameplates":
        paint_nameplates(printer, printout)
        return
    document = QTextDocument()
    document.setDefaultFont(QFont("Liberation Serif", 12))
    document.setHtml(_html(kind, printout))
    print_document(printer, document)


def print_document(printer: QPrinter, document: QTextDocument) -> None:
    """Lay *document* out on the printer's pages (table header rows repeat) and number the
    pages like the PDFs: centred in the top margin, from page 2 on (Decree 30)."""
    document.documentLayout().setPaintDevice(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    width, height = float(page.width()), float(page.height())
    document.setPageSize(QSizeF(width, height))
    top_margin = printer.pageLayout().marginsPixels(printer.resolution()).top()
    painter = QPainter(printer)
    try:
        for number in range(1, document.pageCount() + 1):
            if number > 1:
                printer.newPage()
            painter.save()
            painter.translate(0, -(number - 1) * height)
            document.drawContents(painter, QRectF(0, (number - 1) * height, width, height))
            painter.restore()
            if number > 1:
                painter.setFont(QFont("Liberation Serif", 13))
                painter.drawText(QRectF(0, -top_margin, width, top_margin), Qt.AlignmentFlag.AlignCenter, str(number))
    finally:
        painter.end()


def _fitted_font(painter: QPainter, text: str, width: float, largest: int, smallest: int, bold: bool) -> QFont:
    font = QFont("Liberation Serif")
    font.setBold(bold)
    for size in range(largest, smallest - 1, -2):
        font.setPointSize(size)
        painter.setFont(font)
        if painter.fontMetrics().horizontalAdvance(text) <= width:
            break
    return font


def _plate_half(painter: QPainter, rect: QRectF, name: str, title: str) -> None:
    usable = rect.width() * 0.9
    name_font = _fitted_font(painter, name, usable, 66, 30, True)
    painter.setFont(name_font)
    name_height = painter.fontMetrics().height()
    title_font = _fitted_font(painter, title, usable, 26, 14, False)
    painter.setFont(title_font)
    title_height = painter.fontMetrics().height() * (1 if painter.fontMetrics().horizontalAdvance(title) <= usable
                                                      else 2)
    top = rect.center().y() - (name_height + title_height) / 2 - rect.height() * 0.06
    painter.setFont(name_font)
    painter.drawText(QRectF(rect.left(), top, rect.width(), name_height), Qt.AlignmentFlag.AlignCenter, name)
    painter.setFont(title_font)
    painter.drawText(QRectF(rect.left() + rect.width() * 0.05, top + name_height, usable, title_height),
                     Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, title)


def paint_nameplates(printer: QPrinter, printout: MeetingPrintout) -> None:
    """One folded tent per page: the lower half upright, the upper half upside down (see
    app.reports.nameplates_pdf)."""
    painter = QPainter(printer)
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        half = page.height() / 2
        for number, attendee in enumerate(printout.attendees):
            if number:
                printer.newPage()
            name, title = nfc(attendee.full_name), nfc(attendee.title)
            _plate_half(painter, QRectF(0, half, page.width(), half), name, title)
            painter.save()
            painter.translate(page.width(), page.height())
            painter.rotate(180)
            _plate_half(painter, QRectF(0, half, page.width(), half), name, title)
            painter.restore()
            pen = painter.pen()
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(Qt.GlobalColor.lightGray)
            painter.setPen(pen)
            painter.drawLine(0, int(half), int(page.width()), int(half))
            painter.setPen(Qt.GlobalColor.black)
    finally:
        painter.end()


def preview(parent: QWidget, ctx: AppContext, meeting_id: int, kind: str) -> QPrintPreviewDialog | None:
    """Open the print preview of *kind* for a meeting (printing from it prints the same)."""
    printout = load_printout(ctx, meeting_id)
    if kind in ("attendance", "nameplates") and not printout.attendees:
        show_error(parent, QCoreApplication.translate("MeetingPrinting", "Cuộc họp chưa có đại biểu nào."))
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, kind)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(QCoreApplication.translate("MeetingPrinting", "Xem trước khi in — %1").replace("%1", printout_title(kind)))
    dialog.paintRequested.connect(lambda target: paint(target, kind, printout))
    dialog.resize(1000, 760)
    dialog.open()
    return dialog


def print_direct(parent: QWidget, ctx: AppContext, meeting_id: int, kind: str) -> None:
    printout = load_printout(ctx, meeting_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, kind)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        paint(printer, kind, printout)


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
    printout = load_printout(ctx, meeting_id)
    if kind in ("attendance", "nameplates") and not printout.attendees:
        show_error(parent, QCoreApplication.translate("MeetingPrinting", "Cuộc họp chưa có đại biểu nào."))
        return False
    if target is None:
        suggested = f"{kind}-{meeting_id}.pdf"
        target, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("MeetingPrinting", "Xuất PDF"), suggested,
                                                QCoreApplication.translate("MeetingPrinting", "Tệp PDF (*.pdf)"))
        if not target:
            return False
    if not target.lower().endswith(".pdf"):
        target += ".pdf"
    QThreadPool.globalInstance().start(PdfExport(kind, printout, Path(target), signals))
    return True
