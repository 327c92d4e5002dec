"""Column titles are never cut: a column set to a fixed width is widened to its title when the
title needs more (in English, or with a larger font); the cells still elide with a tooltip."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QTreeView

SIZED_BY_US = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)  # the others size themselves


def header_of(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def clipped_titles(view: QTableView | QTreeView) -> list[int]:
    """The visible columns of *view* narrower than their title."""
    header = header_of(view)
    return [i for i in range(header.count())
            if not header.isSectionHidden(i) and header.sectionSize(i) < header.sectionSizeFromContents(i).width()]


def set_widths(view: QTableView | QTreeView, widths: tuple[int, ...] | list[int], *, first: int = 0) -> None:
    """Columns *first*, *first*+1… take *widths*; those and the others at least as wide as their title."""
    header = header_of(view)
    for column in range(header.count()):
        width = widths[column - first] if 0 <= column - first < len(widths) else header.sectionSize(column)
        title = header.sectionSizeFromContents(column).width()
        if header.sectionResizeMode(column) in SIZED_BY_US and \
                (width != header.sectionSize(column) or width < title):
            view.setColumnWidth(column, max(width, title))


def hide_empty_columns(view: QTableView, model: QAbstractItemModel, columns: Iterable[int]) -> None:
    """Hide each of *columns* in which no row of *model* (a flat table) shows any text."""
    for column in columns:
        view.setColumnHidden(column, not any(model.index(row, column).data() for row in range(model.rowCount())))


def fit_to_widest(view: QTableView | QTreeView, column: int, cells: Iterable[QModelIndex], metrics: QFontMetrics,
                  *, extra: int = 0) -> int:
    """Column *column* as wide as its title or the widest of *cells* (by the text's advance in
    *metrics*; only that cell is measured by the view, plus *extra* pixels), whichever is wider;
    its width. A column sized to its contents measures every visible cell at each layout instead."""
    header = header_of(view)
    widest, advance = QModelIndex(), -1
    for cell in cells:
        width = metrics.horizontalAdvance(str(cell.data() or ""))
        if width > advance:
            widest, advance = cell, width
    size = header.sectionSizeHint(column)
    if widest.isValid():
        size = max(size, view.sizeHintForIndex(widest).width() + extra)
    if header.sectionSize(column) != size:
        header.resizeSection(column, size)
    return size
