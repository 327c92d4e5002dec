"""Rows of a tree view as tall as their text wrapped in the column's width.

QTreeView asks an item's size without telling it the column's width, so a long text is
elided even with word wrap on; this delegate measures it at that width.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Each row as tall as its longest wrapped text; the *single_line* columns (a date, a
    name sized to its content) are not measured."""

    def __init__(self, view: QTreeView, *, single_line: Collection[int] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.single_line = frozenset(single_line)
        # rows re-measured at a column's new width, once a resize of the columns settles
        self.relayout = QTimer(self)
        self.relayout.setSingleShot(True)
        self.relayout.setInterval(50)
        self.relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(lambda *_args: self.relayout.start())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text or index.column() in self.single_line:
            return hint
        width = self.view.columnWidth(index.column()) - 12
        if index.column() == 0:
            width -= self.view.indentation() * _depth(index)
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:  # the check box beside the text
            width -= self.view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        box = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 40), 100_000),
                                              int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(hint.width(), max(hint.height(), box.height() + 6))


def _depth(index: QModelIndex | QPersistentModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth
