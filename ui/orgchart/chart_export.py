"""Exporting the chart: PNG (QImage), A4-landscape PDF (QPdfWriter) and printing.

Files are written atomically (a temp file beside the target, then os.replace). The PDF
export runs as a QRunnable on the global QThreadPool; it paints the plain chart layout,
never the scene, so no widget is touched outside the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QRunnable, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from app import APP_NAME
from ui.orgchart.chart_paint import paint_layout
from ui.orgchart.chart_parts import ChartLayout

PDF_RESOLUTION = 300
PDF_MARGIN_MM = 10.0


class ExportError(Exception):
    """The file could not be written; the message is for the user."""



def _temp_beside(target: Path) -> Path:
    if not target.parent.is_dir():
        raise ExportError(QCoreApplication.translate("OrgChartExport", "Thư mục không tồn tại: %1").replace("%1", str(target.parent)))
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise ExportError(QCoreApplication.translate("OrgChartExport", "Không ghi được vào %1: %2").replace("%1", str(target.parent))
                          .replace("%2", exc.strerror or str(exc))) from exc
    os.close(fd)
    return Path(name)


def _commit(tmp: Path, target: Path) -> None:
    try:
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(QCoreApplication.translate("OrgChartExport", "Không ghi được %1: %2").replace("%1", str(target))
                          .replace("%2", exc.strerror or str(exc))) from exc


def paint_fitted(painter: QPainter, chart: ChartLayout, target: QRectF) -> None:
    """Paint *chart* scaled to fit *target* (device coordinates): aspect kept, centred
    across, at the top of the page like any document."""
    scale = min(target.width() / chart.width, target.height() / chart.height)
    painter.save()
    painter.translate(target.x() + (target.width() - chart.width * scale) / 2, target.y())
    painter.scale(scale, scale)
    paint_layout(painter, chart)
    painter.restore()


def render_image(chart: ChartLayout, scale: float = 2.0) -> QImage:
    image = QImage(max(1, round(chart.width * scale)), max(1, round(chart.height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(3780 * scale))  # 96 dpi × scale
    image.setDotsPerMeterY(round(3780 * scale))
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_layout(painter, chart)
    painter.end()
    return image


def export_png(chart: ChartLayout, target: Path | str, scale: float = 2.0) -> Path:
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        if not render_image(chart, scale).save(str(tmp), "PNG"):  # type: ignore[call-overload]  # PySide6 takes the format as str at run time (its stubs say bytes)
            raise ExportError(QCoreApplication.translate("OrgChartExport", "Không ghi được ảnh %1").replace("%1", str(target)))
        _commit(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def setup_a4_landscape(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))


def export_pdf(chart: ChartLayout, target: Path | str) -> Path:
    """The chart on one A4 landscape page, fonts embedded (Liberation Sans), text extractable."""
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        setup_a4_landscape(writer)
        writer.setTitle(chart.title)
        writer.setCreator(APP_NAME)
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(QCoreApplication.translate("OrgChartExport", "Không ghi được tệp PDF %1").replace("%1", str(target)))
        try:
            paint_fitted(painter, chart, QRectF(painter.viewport()))
        finally:
            painter.end()
        del writer  # flushes and closes the file
        _commit(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


class ExportSignals(QObject):
    """Created in the GUI thread and owned there; the task only emits."""

    finished = Signal(str)  # path written
    failed = Signal(str)  # message for the user


class ExportTask(QRunnable):
    """Write the chart to PDF (or PNG, by the target's suffix) on a worker thread."""

    def __init__(self, chart: ChartLayout, target: Path | str, signals: ExportSignals) -> None:
        super().__init__()
        self.chart, self.target, self.signals = chart, Path(target), signals

    def run(self) -> None:
        try:
            if self.target.suffix.lower() == ".png":
                path = export_png(self.chart, self.target)
            else:
                path = export_pdf(self.chart, self.target)
        except (ExportError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(str(path))
