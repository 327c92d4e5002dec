"""Every print preview shows the pages of the printout's own PDF: the preview is rasterised
page by page and compared with the PDF file the same printout exports to."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QGraphicsView

from app.services.admin.auth import SYSTEM
from app.services.meetings import preparation as meetings
from tests.conftest import DEMO_TODAY

THUMB = QSize(90, 127)  # an A4 page, small enough to compare in Python, large enough to tell pages apart


def _gray(image: QImage) -> QImage:
    """*image* on white, scaled to THUMB, in grey levels."""
    canvas = QImage(THUMB, QImage.Format.Format_Grayscale8)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(canvas.rect(), image.scaled(THUMB, Qt.AspectRatioMode.IgnoreAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
    painter.end()
    return canvas


def _pixels(image: QImage) -> list[int]:
    row = image.bytesPerLine()
    data = bytes(image.constBits())
    return [data[y * row + x] for y in range(image.height()) for x in range(image.width())]


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of two thumbnails, 0 (same) … 255."""
    pa, pb = _pixels(a), _pixels(b)
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=True)) / len(pa)


def _pdf_pages(path: Path) -> list[QImage]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        pages.append(_gray(document.render(index, QSize(round(size.width()), round(size.height())))))
    document.close()
    return pages


def _page_in(grab: QImage) -> QImage:
    """The paper inside a grab of the preview: the white area around the centre."""
    def white(x: int, y: int) -> bool:
        return QColor(grab.pixel(x, y)).lightness() > 245

    fractions = (0.1, 0.3, 0.5, 0.7, 0.9)
    xs = [x for f in fractions for x in range(grab.width()) if white(x, int(grab.height() * f))]
    ys = [y for f in fractions for y in range(grab.height()) if white(int(grab.width() * f), y)]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    return grab.copy(left, top, right - left + 1, bottom - top + 1)


def _preview_pages(dialog: QPrintPreviewDialog) -> list[QImage]:
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
    widget.resize(540, 760)
    widget.show()
    widget.updatePreview()
    widget.fitInView()
    pages = []
    for number in range(1, widget.pageCount() + 1):
        widget.setCurrentPage(number)
        pages.append(_gray(_page_in(widget.findChild(QGraphicsView).viewport().grab().toImage())))
    return pages


def assert_preview_is_the_pdf(dialog: QPrintPreviewDialog, exported: Path) -> None:
    """The preview has the exported PDF's pages, each page matching its own and no other."""
    preview, pdf = _preview_pages(dialog), _pdf_pages(exported)
    assert len(preview) == len(pdf) >= 1
    for number, (shown, paper) in enumerate(zip(preview, pdf, strict=True)):
        own = _difference(shown, paper)
        assert own < 6, f"page {number + 1} differs from the PDF by {own:.1f}"
        for other, page in enumerate(pdf):
            if other != number and _difference(page, paper) > 3:
                assert _difference(shown, page) > own


@pytest.fixture
def previews(monkeypatch, qtbot):  # noqa: ANN001, ANN201
    """The print preview dialogs opened during a test (not shown modally)."""
    shown: list[QPrintPreviewDialog] = []

    def capture(dialog: QPrintPreviewDialog) -> int:
        shown.append(dialog)
        qtbot.addWidget(dialog)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", capture)
    monkeypatch.setattr(QPrintPreviewDialog, "open", capture)
    return shown


def test_the_weeks_preview_shows_the_pages_of_its_pdf(demo_db, vp_app, qtbot, previews, tmp_path):
    from app.services.calendar.printouts import week_pdf
    from ui.calendar.pane import CalendarPane
    from ui.context import AppContext

    pane = CalendarPane(AppContext(demo_db, SYSTEM))
    qtbot.addWidget(pane)
    pane.show_week(DEMO_TODAY)
    pane.print_preview()
    exported = tmp_path / "tuan.pdf"
    with demo_db.session() as session:
        week_pdf(session, pane.monday, exported, pane.current_filter())
    assert_preview_is_the_pdf(previews[0], exported)


@pytest.mark.parametrize("kind", ["attendance", "tally", "checklist", "nameplates"])
def test_a_meeting_printouts_preview_shows_the_pages_of_its_pdf(kind, demo_db, window_on, previews, tmp_path):
    from ui.meetings import printing

    pane = window_on(demo_db).show_pane("meetings")
    with demo_db.session() as s:
        btv = meetings.list_meetings(session=s, start=datetime(2026, 3, 2), end=datetime(2026, 3, 3))[0]
    pane.select_meeting(btv.id)
    pane.preview(kind)
    exported = printing.write_pdf(kind, printing.load_printout(pane.ctx, btv.id), tmp_path / f"{kind}.pdf")
    assert_preview_is_the_pdf(previews[0], exported)


def test_the_absence_reports_preview_shows_the_pages_of_its_pdf(demo_db, vp_app, qtbot, previews, tmp_path):
    from app.reports.leave import absence_report_printout
    from app.reports.leave_doc import write_pdf
    from app.services.leave.printouts import absence_report_data
    from ui.context import AppContext
    from ui.leave.pane import LeavePane

    pane = LeavePane(AppContext(demo_db, SYSTEM), today=DEMO_TODAY)
    qtbot.addWidget(pane)
    pane.absences.preview()
    with demo_db.session() as session:
        exported = write_pdf(absence_report_printout(absence_report_data(session=session, year=DEMO_TODAY.year, month=DEMO_TODAY.month)), tmp_path / "v.pdf")
    assert_preview_is_the_pdf(previews[0], exported)


def test_printing_from_the_preview_prints_the_pdfs_pages(tmp_path, vp_app):
    from app.reports.attendance_pdf import write_attendance_sheet
    from tests.meeting_printouts import printout
    from ui.pdf_print import PrintoutPdf

    source = write_attendance_sheet(printout(40), tmp_path / "ds.pdf")
    pdf = PrintoutPdf(lambda path: write_attendance_sheet(printout(40), path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pdf.setup(printer)
    pdf.paint(printer)
    pdf.close()
    printed, original = _pdf_pages(tmp_path / "printed.pdf"), _pdf_pages(source)
    assert len(printed) == len(original) >= 2
    assert all(_difference(a, b) < 6 for a, b in zip(printed, original, strict=True))


def test_printing_on_a_computer_without_a_printer_says_so_and_writes_nothing(vp_app, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
    from PySide6.QtWidgets import QMessageBox

    from ui import pdf_print

    said: list[str] = []
    written: list[Path] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: pytest.fail("no dialog without a printer"))
    assert not pdf_print.print_pdf(None, written.append)
    assert written == [] and len(said) == 1 and "chưa cài máy in" in said[0]


def test_with_a_printer_the_print_dialog_is_asked_and_a_cancel_prints_nothing(vp_app, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo

    from app.reports.attendance_pdf import write_attendance_sheet
    from tests.meeting_printouts import printout
    from ui import pdf_print

    asked: list[bool] = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Máy in phòng Tổng hợp"]))
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: asked.append(True) or QPrintDialog.DialogCode.Rejected)
    assert not pdf_print.print_pdf(None, lambda path: write_attendance_sheet(printout(3), path))
    assert asked == [True]
