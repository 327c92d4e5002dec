"""The calendar's tables read like the printed schedule: the columns share the width by weight
(the content gets the most), every cell shows its whole text, wrapped, and the rows grow to fit —
merged cells (the day, the half-day) included — again whenever the window is resized.

:class:`ScheduleTable` lays out the columns and rows; ui/calendar/cells.py draws the cells.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.calendar.cells import PADDING, CellDelegate
from ui.terms import shown_variants


@dataclass(frozen=True)
class Column:
    """How a column takes its width.

    A column with no *weight* is as wide as its header and its *samples* (the longest texts it
    shows: "30/11/2026", "25–27/11"). A weighted column takes its share of the rest, never less
    than *min_chars* average characters.
    """

    samples: tuple[str, ...] = ()
    weight: float = 0.0
    min_chars: int = 0
    bold: bool = False


# Ngày, Buổi, Thời gian as wide as their longest text; the content gets the largest share.
# (The samples are only measured, never shown.)
WEEK_COLUMNS = (
    Column(("Chủ nhật", "30/11/2026"), bold=True),
    Column(("Chiều",), bold=True),
    Column(("25–27/11", "Cả buổi", "14h30")),
    Column(weight=9, min_chars=22),  # Nội dung
    Column(weight=5, min_chars=16),  # Chủ trì/Lãnh đạo
    Column(weight=4, min_chars=14),  # Thành phần
    Column(weight=3, min_chars=11),  # Địa điểm
    Column(weight=3, min_chars=11),  # Đơn vị chuẩn bị
)
AGENDA_COLUMNS = (
    Column(("Thứ Năm 30/11/2026",)),
    Column(("25–27/11", "Cả buổi", "14h30")),
    Column(weight=9, min_chars=22),  # Nội dung
    Column(weight=5, min_chars=16),  # Chủ trì/Lãnh đạo
    Column(weight=3, min_chars=11),  # Địa điểm
    Column(weight=2, min_chars=10),  # Trạng thái
)

# Thứ Hai … Thứ Sáu share most of the month's width; the weekend, mostly empty, less.
MONTH_COLUMNS = (*(Column(weight=5, min_chars=9) for _ in range(5)), Column(weight=3, min_chars=7),
                 Column(weight=3, min_chars=7))


def share_width(available: int, minimums: Sequence[int], weights: Sequence[float]) -> list[int]:
    """Widths for columns with these minimums and weights, adding up to *available* when it is
    at least the sum of the minimums.

    Columns of weight 0 keep their minimum. The others share what is left in proportion to their
    weights; a column whose share would fall below its minimum keeps the minimum and the others
    share the rest.
    """
    widths = list(minimums)
    flexible = {i for i, w in enumerate(weights) if w > 0}
    while flexible:
        rest = available - sum(widths[i] for i in range(len(widths)) if i not in flexible)
        total = sum(weights[i] for i in flexible)
        short = {i for i in flexible if rest * weights[i] / total < minimums[i]}
        if short:
            flexible -= short  # they keep their minimum
            continue
        shares = {i: int(rest * weights[i] / total) for i in flexible}
        leftover = rest - sum(shares.values())
        for i in sorted(flexible, key=lambda i: -weights[i])[:leftover]:
            shares[i] += 1  # the rounding pixels go to the widest columns
        for i, width in shares.items():
            widths[i] = width
        break
    return widths


class ScheduleTable(QTableView):
    """A table whose columns follow *columns* and whose rows fit their wrapped text.

    Set merged cells with :meth:`set_spans` (not ``setSpan``): the rows under a merged cell
    share the height it needs. Call :meth:`fit_rows` after loading the model. With
    *rows_fit_text* False the rows are left to the vertical header (the month stretches them).
    """

    # CPU seconds of row measuring per turn of the event loop (the UI tests that read the rows
    # right after an action measure them all at once: tests/ui/conftest.py)
    STEP_SECONDS = 0.03

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, *,
                 group_column: int | None = None, rows_fit_text: bool = True) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows_fit_text = rows_fit_text
        self._spans: list[tuple[int, int, int]] = []
        self._laying_out = False
        self._fit_pending = False
        self._generation = 0  # bumped when the rows' content changes
        self._fitted: tuple | None = None  # what fit_rows last fitted (content, widths, font)
        self._fit_token = 0  # the fit under way; a newer one stops it
        self.setItemDelegate(CellDelegate(self, group_column=group_column))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        self.viewport().installEventFilter(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._content_changed()
        if model is not None:
            for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged):
                signal.connect(self._content_changed)

    def _content_changed(self, *_args: object) -> None:
        self._generation += 1

    # -- columns ----------------------------------------------------------------------------

    def minimum_widths(self) -> list[int]:
        """Each column's minimum: its header and its samples, or its minimum characters."""
        plain = QFontMetrics(self.font())
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header_font = QFont(self.horizontalHeader().font())
        header_font.setBold(True)  # some styles draw the header bold: leave room for it
        header_metrics = QFontMetrics(header_font)
        model = self.model()
        pad = PADDING.left() + PADDING.right() + 8
        widths = []
        for number, column in enumerate(self.columns):
            title = str(model.headerData(number, Qt.Orientation.Horizontal) or "") if model else ""
            metrics = bold if column.bold else plain
            needed = max([header_metrics.horizontalAdvance(title) + 12]
                         + [metrics.horizontalAdvance(s) + pad for sample in column.samples
                            for s in shown_variants(sample)])
            widths.append(max(needed, plain.averageCharWidth() * column.min_chars + pad))
        return widths

    def fit_columns(self, *, rows_later: bool = False) -> None:
        """Share the viewport's width between the columns, then fit the rows to it (*rows_later*:
        once the current burst of events is handled)."""
        if self.model() is None:
            return
        widths = share_width(self.viewport().width(), self.minimum_widths(), [c.weight for c in self.columns])
        self._laying_out = True
        try:
            for column, width in enumerate(widths):
                if self.columnWidth(column) != width:
                    self.setColumnWidth(column, width)
        finally:
            self._laying_out = False
        if not rows_later:
            self.fit_rows()
        elif not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_rows_later)

    def _on_section_resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._laying_out:
            self.fit_rows()  # the clerk dragged a column border

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            # a window being laid out resizes the viewport several times in a row: the columns
            # follow at once, the rows once the burst is over (every cell's height is measured
            # at the final widths)
            self.fit_columns(rows_later=True)
        return super().eventFilter(watched, event)

    def _fit_rows_later(self) -> None:
        self._fit_pending = False
        self.fit_rows()

    # -- rows -------------------------------------------------------------------------------

    def set_spans(self, spans: Sequence[tuple[int, int, int]]) -> None:
        """Merge cells: each (row, column, row count) becomes one cell."""
        self.clearSpans()
        self._content_changed()
        self._spans = [s for s in spans if s[2] > 1]
        for row, column, count in self._spans:
            self.setSpan(row, column, count, 1)

    def cell_height(self, row: int, column: int) -> int:
        """The height cell (row, column) needs at its column's width."""
        model = self.model()
        index = model.index(row, column)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, self.columnWidth(column), 1)
        return self.itemDelegateForIndex(index).sizeHint(option, index).height()

    def _row_height(self, row: int, merged: set[tuple[int, int]], minimum: int) -> int:
        """Row *row*'s height from its tallest single cell."""
        cells = [self.cell_height(row, c) for c in range(self.model().columnCount())
                 if (row, c) not in merged and not self.isColumnHidden(c)]
        return max([minimum, *cells])

    def _merge_heights(self, heights: list[int]) -> None:
        """Give the rows under a merged cell their share of any height it needs beyond theirs."""
        for row, column, count in sorted(self._spans, key=lambda s: s[2]):  # inner merges first
            if row + count > len(heights):
                continue
            missing = self.cell_height(row, column) - sum(heights[row:row + count])
            for i in range(count if missing > 0 else 0):
                heights[row + i] += missing // count + (1 if i < missing % count else 0)

    def _merged_cells(self) -> set[tuple[int, int]]:
        return {(row + i, column) for row, column, count in self._spans for i in range(count)}

    def _minimum_height(self) -> int:
        return self.fontMetrics().height() + PADDING.top() + PADDING.bottom()

    def row_heights(self) -> list[int]:
        """Each row's height: its tallest single cell, and its share of any merged cell that
        needs more than the rows under it have."""
        model = self.model()
        if model is None:
            return []
        merged, minimum = self._merged_cells(), self._minimum_height()
        heights = [self._row_height(row, merged, minimum) for row in range(model.rowCount())]
        self._merge_heights(heights)
        return heights

    def fit_rows(self) -> None:
        """Give every row the height its wrapped text needs at the current column widths. A long
        table is measured a few rows per turn of the event loop (STEP_SECONDS of work each), top
        first, so a busy week never holds the window; a newer fit supersedes one under way."""
        if not self.rows_fit_text or self.model() is None:
            return
        # a resize that leaves every column as wide as before changes no height: measuring
        # every cell of a busy week again was most of the calendar's first paint
        fitted = (self._generation, tuple(self.columnWidth(c) for c in range(self.model().columnCount())),
                  self.font().key(), self.model().rowCount())
        if fitted == self._fitted:
            return
        self._fitted = fitted
        self._fit_token += 1
        self._fit_step(self._fit_token, [], self._merged_cells(), self._minimum_height())

    def _fit_step(self, token: int, heights: list[int], merged: set[tuple[int, int]], minimum: int) -> None:
        if token != self._fit_token or self.model() is None or self._fitted is None:
            return  # superseded, or the content changed under it
        if self._fitted[0] != self._generation:
            self._fitted = None
            QTimer.singleShot(0, self, self.fit_rows)
            return
        rows = self.model().rowCount()
        started = time.thread_time()
        while len(heights) < rows and time.thread_time() - started < self.STEP_SECONDS:
            row = len(heights)
            heights.append(self._row_height(row, merged, minimum))
            if self.rowHeight(row) != heights[row]:
                self.setRowHeight(row, heights[row])
        if len(heights) < rows:
            QTimer.singleShot(0, self, lambda: self._fit_step(token, heights, merged, minimum))
            return
        self._merge_heights(heights)
        for row, height in enumerate(heights):
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
