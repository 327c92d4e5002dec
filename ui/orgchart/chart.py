"""The graphical org chart: a QGraphicsScene built from the chart layout, and a view
with zoom (Ctrl+wheel, Ctrl++ / Ctrl+-), fit to window and a hand to drag it around."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.services.org.read import Absence, OrgSnapshot
from ui.orgchart.chart_layout import layout_chart
from ui.orgchart.chart_paint import (
    PILL_H,
    line_path,
    line_pen,
    paint_box,
    paint_frame,
    paint_line,
    paint_text,
)
from ui.orgchart.chart_parts import ChartBox, ChartFrame, ChartLayout, ChartLine, ChartText
from ui.orgchart.chart_style import line_height, text_width


class _FrameItem(QGraphicsItem):
    def __init__(self, frame: ChartFrame) -> None:
        super().__init__()
        self.frame = frame
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        f = self.frame
        return QRectF(f.x, f.y, f.w, f.h).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_frame(painter, self.frame)


class _LineItem(QGraphicsItem):
    def __init__(self, line: ChartLine) -> None:
        super().__init__()
        self.line = line
        stroker = QPainterPathStroker(line_pen(line))
        self._shape = stroker.createStroke(line_path(line))
        self._rect = self._shape.boundingRect().adjusted(-1, -1, 1, 1)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_line(painter, self.line)


class _TextItem(QGraphicsItem):
    def __init__(self, text: ChartText) -> None:
        super().__init__()
        self.text = text
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        t = self.text
        return QRectF(t.x, t.y, t.w or text_width(t.style, t.text) + 4, line_height(t.style))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_text(painter, self.text)


class BoxItem(QGraphicsItem):
    """A box of the chart: a person, a department or a leadership body. Selectable."""

    def __init__(self, box: ChartBox) -> None:
        super().__init__()
        self.box = box
        self.setZValue(3)
        if box.kind != "legend":
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        if box.tooltip:
            self.setToolTip(box.tooltip)

    def boundingRect(self) -> QRectF:
        b = self.box
        return QRectF(b.x, b.y, b.w, b.h).adjusted(-6, -PILL_H / 2 - 4, 6, 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        paint_box(painter, self.box, selected=self.isSelected())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if isinstance(scene, ChartScene) and self.box.kind in ("person", "unit"):
            scene.activated.emit(self.box.kind, self.box.item_id)
        super().mouseDoubleClickEvent(event)


class ChartScene(QGraphicsScene):
    """The chart as graphics items; double-clicking a box emits :attr:`activated`."""

    activated = Signal(str, int)  # kind ("person" | "unit"), id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: ChartLayout | None = None
        self.setBackgroundBrush(QColor("#ffffff"))

    def show_org(self, snap: OrgSnapshot, away: dict[int, Absence], acting: dict[int, int], today: date) -> None:
        self.set_chart(layout_chart(snap, away, acting, today))

    def set_chart(self, chart: ChartLayout) -> None:
        self.clear()
        self.chart = chart
        for frame in chart.frames:
            self.addItem(_FrameItem(frame))
        for line in chart.lines:
            self.addItem(_LineItem(line))
        for box in chart.boxes:
            self.addItem(BoxItem(box))
        for text in chart.texts:
            self.addItem(_TextItem(text))
        self.setSceneRect(QRectF(0, 0, chart.width, chart.height))

    def box_item(self, kind: str, item_id: int) -> BoxItem | None:
        return next((i for i in self.items() if isinstance(i, BoxItem) and i.box.kind == kind
                     and i.box.item_id == item_id), None)


class OrgChartView(QGraphicsView):
    """Shows the chart scene; Ctrl+wheel zooms around the mouse, dragging pans."""

    MIN_ZOOM, MAX_ZOOM, STEP = 0.1, 5.0, 1.2
    zoom_changed = Signal(float)

    def __init__(self, scene: ChartScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("orgChartView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self._fitted = True  # follow the window's size until the user zooms

    @property
    def fitted(self) -> bool:
        """True while the view follows the window's size (until the user zooms)."""
        return self._fitted

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(self.MIN_ZOOM, min(self.MAX_ZOOM, factor))
        self._fitted = False
        self.resetTransform()
        self.scale(factor, factor)
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * self.STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / self.STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole chart in the window (never larger than its natural size)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
        self._fitted = True
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * self.STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()
