"""Column titles are never cut: a column set to a fixed width is widened to its title when the
title needs more (in English, or with a larger font); the cells still elide with a tooltip."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
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
