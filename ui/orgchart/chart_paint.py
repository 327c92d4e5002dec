"""Painting the chart's primitives with a QPainter: used by the scene items on screen and
by the PNG, PDF and print exports (which may run in a worker thread: no widgets here)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from ui.orgchart.chart_parts import PAD, ChartBox, ChartFrame, ChartLayout, ChartLine, ChartText
from ui.orgchart.chart_style import AWAY_FILL, NAVY, colour, font, line_height, text_width

PILL_H = 14.0
TEXT_FLAGS = Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine


def paint_frame(painter: QPainter, frame: ChartFrame) -> None:
    painter.setPen(QPen(QColor(frame.border), 1.0))
    painter.setBrush(QBrush(QColor(frame.fill)))
    painter.drawRoundedRect(QRectF(frame.x, frame.y, frame.w, frame.h), 10, 10)
    painter.setFont(font("frame"))
    painter.setPen(colour("frame"))
    painter.drawText(QRectF(frame.x + 12, frame.y + 7, frame.w - 24, line_height("frame")),
                     Qt.AlignmentFlag.AlignLeft | TEXT_FLAGS, frame.caption)


def line_pen(line: ChartLine) -> QPen:
    pen = QPen(QColor(line.colour), line.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if line.dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 3.0])
    return pen


def line_path(line: ChartLine) -> QPainterPath:
    path = QPainterPath(QPointF(*line.points[0]))
    for point in line.points[1:]:
        path.lineTo(QPointF(*point))
    return path


def paint_line(painter: QPainter, line: ChartLine) -> None:
    painter.setPen(line_pen(line))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(line_path(line))


def _pill(painter: QPainter, x: float, y: float, text: str, fill: str) -> None:
    width = text_width("badge", text) + 12
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(fill)))
    painter.drawRoundedRect(QRectF(x, y, width, PILL_H), PILL_H / 2, PILL_H / 2)
    painter.setFont(font("badge"))
    painter.setPen(colour("badge"))
    painter.drawText(QRectF(x, y + (PILL_H - line_height("badge")) / 2, width, line_height("badge")),
                     Qt.AlignmentFlag.AlignHCenter | TEXT_FLAGS, text)


def pill_width(text: str) -> float:
    return text_width("badge", text) + 12


def paint_box(painter: QPainter, box: ChartBox, *, selected: bool = False) -> None:
    if box.kind == "legend":
        _pill(painter, box.x, box.y, box.badge, AWAY_FILL)
        return
    rect = QRectF(box.x, box.y, box.w, box.h)
    if selected:
        painter.setPen(QPen(QColor("#f59e0b"), 5.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 8, 8)
    painter.setPen(QPen(QColor(box.border), box.border_width))
    painter.setBrush(QBrush(QColor(box.fill)))
    painter.drawRoundedRect(rect, 6, 6)
    if box.accent:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(box.accent)))
        inset = box.border_width / 2
        band = QPainterPath()
        band.addRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 5, 5)
        top = QPainterPath()
        top.addRect(QRectF(box.x, box.y, box.w, 5.0))
        painter.drawPath(band.intersected(top))
    for line in box.lines:
        painter.setFont(font(line.style))
        painter.setPen(colour(line.style))
        painter.drawText(QRectF(box.x + PAD, box.y + line.dy, box.w - 2 * PAD, line_height(line.style)),
                         Qt.AlignmentFlag.AlignHCenter | TEXT_FLAGS, line.text)
    if box.tag:
        _pill(painter, box.x + 8, box.y - PILL_H / 2, box.tag, NAVY)
    if box.badge:
        _pill(painter, box.x + box.w - 8 - pill_width(box.badge), box.y - PILL_H / 2, box.badge, AWAY_FILL)


def paint_text(painter: QPainter, text: ChartText) -> None:
    painter.setFont(font(text.style))
    painter.setPen(colour(text.style))
    width = text.w or text_width(text.style, text.text) + 4
    align = Qt.AlignmentFlag.AlignHCenter if text.centred else Qt.AlignmentFlag.AlignLeft
    painter.drawText(QRectF(text.x, text.y, width, line_height(text.style)), align | TEXT_FLAGS, text.text)


def paint_layout(painter: QPainter, layout: ChartLayout) -> None:
    """Paint the whole chart in its own coordinates (0, 0, width, height)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for frame in layout.frames:
        paint_frame(painter, frame)
    for line in layout.lines:
        paint_line(painter, line)
    for box in layout.boxes:
        paint_box(painter, box)
    for text in layout.texts:
        paint_text(painter, text)
