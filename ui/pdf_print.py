"""Print preview and printing of a printout's own PDF: one source for the paper.

The renderer of app.reports writes the PDF into a temporary folder; QtPdf's QPdfDocument
draws its pages onto the preview's or the printer's pages, each page with its own size and
orientation. What the preview shows, the printer prints and the PDF file holds are the
same pages.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

# Raster resolution of a page: enough for a crisp preview on screen, and for print quality on paper.
PREVIEW_DPI = 120
PRINT_DPI = 300


class PrintoutPdf:
    """A printout written once to a temporary PDF and opened with QtPdf."""

    def __init__(self, write: Callable[[Path], object], name: str = "printout.pdf", *, color: bool = False) -> None:
        self.color = color  # black-and-white printouts preview in grey levels (a quarter of the memory)
        # removed by close() (the preview closes it when it finishes or is destroyed), also
        # when writing or opening fails: nothing is left for the garbage collector to find
        self._folder: Path | None = Path(tempfile.mkdtemp(prefix="vanphong-print-"))
        self.path = self._folder / name
        self.document = QPdfDocument()
        try:
            write(self.path)
            error = self.document.load(str(self.path))
            if error != QPdfDocument.Error.None_:
                raise OSError(QCoreApplication.translate("PdfPrint", "Không mở được bản in: %1")
                              .replace("%1", str(error.name)))
        except BaseException:
            self.close()
            raise

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_layout(self, index: int) -> QPageLayout:
        """The page's own size and orientation, no margins (the PDF carries them)."""
        size = self.document.pagePointSize(index)
        landscape = size.width() > size.height()
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        return QPageLayout(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch),
                           orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)

    def page_image(self, index: int, dpi: float, *, grayscale: bool = False) -> QImage:
        size = self.document.pagePointSize(index)
        pixels = QSize(max(1, round(size.width() * dpi / 72)), max(1, round(size.height() * dpi / 72)))
        page = QImage(pixels, QImage.Format.Format_Grayscale8 if grayscale else QImage.Format.Format_RGB32)
        page.fill(QColor("white"))  # QtPdf leaves the paper transparent
        painter = QPainter(page)
        try:
            painter.drawImage(0, 0, self.document.render(index, pixels))
        finally:
            painter.end()
        return page

    def setup(self, printer: QPrinter) -> None:
        """Give *printer* the first page's layout (before a dialog shows it)."""
        printer.setFullPage(True)
        if self.page_count:
            printer.setPageLayout(self.page_layout(0))
        printer.setDocName(self.path.stem)

    def paint(self, printer: QPrinter) -> None:
        """Draw every page on *printer*: the preview's recorder or a real printer."""
        printer.setFullPage(True)
        if not self.page_count:
            return
        printer.setPageLayout(self.page_layout(0))
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            # The preview records pictures (kept in memory): a lighter raster than paper needs.
            engine = painter.paintEngine()
            previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
            dpi = PREVIEW_DPI if previewing else min(PRINT_DPI, max(PREVIEW_DPI, printer.resolution()))
            for index in range(self.page_count):
                if index:
                    printer.newPage()
                page = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
                image = self.page_image(index, dpi, grayscale=previewing and not self.color)
                painter.drawImage(_fitted(image.size(), page), image)
        finally:
            painter.end()

    def close(self) -> None:
        self.document.close()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def _fitted(size: QSize, page: QRectF) -> QRectF:
    """*size* scaled into *page* keeping its aspect, centred (a printout's pages share one
    size, so this is the whole page but for rounding)."""
    scale = min(page.width() / size.width(), page.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    return QRectF(page.left() + (page.width() - width) / 2, page.top() + (page.height() - height) / 2, width, height)


def preview_pdf(parent: QWidget, write: Callable[[Path], object], title: str, *, name: str = "printout.pdf",
                modal: bool = True, color: bool = False) -> QPrintPreviewDialog:
    """Write the printout with *write* and show its pages in a print preview; printing from
    the preview prints the same pages."""
    pdf = PrintoutPdf(write, name, color=color)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pdf.setup(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(title)
    # the dialog keeps the PDF (and its printer) alive: Python attributes on the Qt object
    dialog.printout = pdf  # type: ignore[attr-defined]  # an attribute of ours, not Qt's
    dialog.printer = printer  # type: ignore[method-assign, assignment]  # shadows printer() on purpose, as before
    dialog.paintRequested.connect(pdf.paint)
    dialog.finished.connect(lambda _result: pdf.close())
    dialog.destroyed.connect(lambda _obj=None: pdf.close())
    dialog.resize(1000, 760)
    if modal:
        dialog.exec()
    else:
        dialog.open()
    return dialog


def print_pdf(parent: QWidget, write: Callable[[Path], object], *, name: str = "printout.pdf") -> bool:
    """Ask for a printer and print the printout's PDF pages; False when cancelled or when the
    computer has no printer (then it says so: Qt's dialog would close at once, as if cancelled)."""
    if not QPrinterInfo.availablePrinterNames():
        no_printer(parent)
        return False
    pdf = PrintoutPdf(write, name)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        pdf.setup(printer)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        pdf.paint(printer)
        return True
    finally:
        pdf.close()


def no_printer(parent: QWidget | None) -> None:
    """Say that the computer has no printer and what to do instead."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("PdfPrint", "Chưa có máy in"),
                      QCoreApplication.translate(
                          "PdfPrint", "Máy tính này chưa cài máy in nào, nên chưa in được.\n\n"
                          "Hãy cài máy in (Windows: Cài đặt → Bluetooth và thiết bị → Máy in và máy quét), "
                          "hoặc xuất bản in ra tệp PDF rồi in tệp đó ở máy khác."),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("noPrinter")
    box.exec()
