"""The calendar's tables read like the printed schedule: the columns share the width by weight
(the content gets the most), every cell shows its whole text, wrapped, and the rows grow to fit —
merged cells (the day, the half-day) included — again whenever the window is resized.

:class:`ScheduleTable` lays out the columns and rows; ui/calendar/cells.py draws the cells.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
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

from ui.calendar.cells import PADDING, CellDelegate, TextHeights
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
    # milliseconds between the first paint of the rows in view and the measuring of the others:
    # what the window has to do first (a click, the rest of a read's answer) goes first
    REST_AFTER_MS = 50

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
        self._fit_waiting: tuple[_Fit, list[int]] | None = None  # a fit to go on with after a paint
        self._text_heights = TextHeights()
        self._minimums: tuple[tuple, list[int]] | None = None  # (fonts and headers, the widths they give)
        self.setItemDelegate(CellDelegate(self, group_column=group_column, text_heights=self._text_heights))
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
        """Each column's minimum: its header and its samples, or its minimum characters
        (measured again only when a font or a header changes)."""
        model = self.model()
        titles = tuple(str(model.headerData(number, Qt.Orientation.Horizontal) or "") if model else ""
                       for number in range(len(self.columns)))
        key = (self.font().key(), self.horizontalHeader().font().key(), titles)
        if self._minimums is None or self._minimums[0] != key:
            self._minimums = (key, self._measure_minimums(titles))
        return list(self._minimums[1])

    def _measure_minimums(self, titles: tuple[str, ...]) -> list[int]:
        plain = QFontMetrics(self.font())
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        header_font = QFont(self.horizontalHeader().font())
        header_font.setBold(True)  # some styles draw the header bold: leave room for it
        header_metrics = QFontMetrics(header_font)
        pad = PADDING.left() + PADDING.right() + 8
        widths = []
        for title, column in zip(titles, self.columns, strict=True):
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
        elif watched is self.viewport() and event.type() == QEvent.Type.Paint:
            self._fit_after_paint()
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
        """The height cell (row, column) needs at its column's width, as its delegate says."""
        model = self.model()
        index = model.index(row, column)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.rect = QRect(0, 0, self.cell_width(column), 1)
        return self.itemDelegateForIndex(index).sizeHint(option, index).height()

    def cell_width(self, column: int) -> int:
        """A cell's width as painted: its column's, less the grid line the view draws on its right."""
        return self.columnWidth(column) - (1 if self.showGrid() else 0)

    def _fit_fonts(self) -> dict[tuple[bool, bool], tuple[QFont, str]]:
        """The view's font, bold and/or struck out (what a model's cell_texts() asks for), with its key."""
        fonts = {}
        for bold in (False, True):
            for struck in (False, True):
                font = QFont(self.font())
                font.setBold(bold)
                font.setStrikeOut(struck)
                fonts[(bold, struck)] = (font, font.key())
        return fonts

    def _cells_measured(self, row: int, fit: _Fit) -> list[int]:
        """The heights the cells of *row* need (those under a merge excluded). A model with
        ``cell_texts(row)`` hands over its texts and fonts directly, measured as the delegate
        lays them out (ui/calendar/cells.py: the same wrapped_text, remembered per text, font
        and width); other models, and the cells it leaves to the delegate, go through it."""
        cells = fit.texts(row)
        pad_width, pad_height = PADDING.left() + PADDING.right(), PADDING.top() + PADDING.bottom()
        heights = []
        for column in range(fit.columns):
            if (row, column) in fit.merged or self.isColumnHidden(column):
                continue
            cell = cells[column] if cells is not None else None
            if cell is None:
                heights.append(self.cell_height(row, column))
            else:
                text, bold, struck = cell
                width = self.cell_width(column) - pad_width
                heights.append(self._text_heights.height(text, *fit.fonts[(bold, struck)], width) + pad_height)
        return heights

    def _cell_height(self, row: int, column: int, fit: _Fit) -> int:
        cells = fit.texts(row)
        cell = cells[column] if cells is not None else None
        if cell is None:
            return self.cell_height(row, column)
        text, bold, struck = cell
        return (self._text_heights.height(text, *fit.fonts[(bold, struck)],
                                          self.cell_width(column) - PADDING.left() - PADDING.right())
                + PADDING.top() + PADDING.bottom())

    def _merge_heights(self, heights: list[int], fit: _Fit, first: int = 0) -> None:
        """Give the rows under a merged cell (of rows *first*… of *heights*) their share of any
        height it needs beyond theirs."""
        for row, column, count in fit.spans:  # inner merges first
            if row < first or row + count > len(heights):
                continue
            missing = self._cell_height(row, column, fit) - sum(heights[row:row + count])
            for i in range(count if missing > 0 else 0):
                heights[row + i] += missing // count + (1 if i < missing % count else 0)

    def _new_fit(self) -> _Fit:
        model = self.model()
        texts = getattr(model, "cell_texts", None)
        rows = model.rowCount()
        reach = list(range(1, rows + 1))  # the row after the last one merged with each row
        for row, _column, count in self._spans:
            for i in range(row, min(row + count, rows)):
                reach[i] = max(reach[i], min(row + count, rows))
        return _Fit(token=self._fit_token, rows=rows, columns=model.columnCount(), texts=texts or (lambda _r: None),
                    merged={(row + i, column) for row, column, count in self._spans for i in range(count)},
                    spans=sorted(self._spans, key=lambda s: s[2]), reach=reach,
                    minimum=self.fontMetrics().height() + PADDING.top() + PADDING.bottom(),
                    fonts=self._fit_fonts())

    def row_heights(self) -> list[int]:
        """Each row's height: its tallest single cell, and its share of any merged cell that
        needs more than the rows under it have."""
        if self.model() is None:
            return []
        fit = self._new_fit()
        heights = [max([fit.minimum, *self._cells_measured(row, fit)]) for row in range(fit.rows)]
        self._merge_heights(heights, fit)
        return heights

    def fit_rows(self) -> None:
        """Give every row the height its wrapped text needs at the current column widths: the
        rows the viewport shows at once, the others a few per turn of the event loop (STEP_SECONDS
        of work each) once the viewport has been painted, so a busy week shows at once and never
        holds the window; a newer fit supersedes one under way. A table out of sight waits until
        it is painted again."""
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
        self._fit_waiting = None
        self._fit_step(self._new_fit(), [], first=True)

    def _fit_step(self, fit: _Fit, heights: list[int], *, first: bool = False) -> None:
        if fit.token != self._fit_token or self.model() is None or self._fitted is None:
            return  # superseded, or the content changed under it
        if self._fitted[0] != self._generation:
            self._fitted = None
            QTimer.singleShot(0, self, self.fit_rows)
            return
        if not first and not self.isVisible():
            self._fit_waiting = (fit, heights)  # out of sight: go on when painted again
            return
        started = time.thread_time()
        done = len(heights)
        # the first step measures the rows in view (all of them when the tests want them at once)
        in_view = math.inf if math.isinf(self.STEP_SECONDS) else self.verticalOffset() + self.viewport().height()
        total = sum(heights)
        self._text_heights.keep_layouts(first)  # the rows in view are painted next: keep their layouts
        try:
            while len(heights) < fit.rows:
                if total >= in_view if first else time.thread_time() - started >= self.STEP_SECONDS:
                    break
                end = fit.reach[len(heights)]  # whole merged cells at a time
                while len(heights) < end:
                    row = len(heights)
                    heights.append(max([fit.minimum, *self._cells_measured(row, fit)]))
                    total += heights[-1]
                    end = max(end, fit.reach[row])
        finally:
            self._text_heights.keep_layouts(False)
        self._merge_heights(heights, fit, done)
        for row in range(done, len(heights)):
            if self.rowHeight(row) != heights[row]:
                self.setRowHeight(row, heights[row])
        if len(heights) < fit.rows:
            if first:
                self._fit_waiting = (fit, heights)  # the rest once the rows in view are painted
                self.viewport().update()
            else:
                QTimer.singleShot(0, self, lambda: self._fit_step(fit, heights))

    def _fit_after_paint(self) -> None:
        if self._fit_waiting is not None:
            fit, heights = self._fit_waiting
            self._fit_waiting = None
            QTimer.singleShot(self.REST_AFTER_MS, self, lambda: self._fit_step(fit, heights))


@dataclass
class _Fit:
    """A fit of the rows under way: what it measures with."""

    token: int
    rows: int
    columns: int
    texts: Callable[[int], Sequence[tuple[str, bool, bool] | None] | None]  # the model's cell_texts
    merged: set[tuple[int, int]]  # cells under a merge (measured with the merged cell)
    spans: list[tuple[int, int, int]]  # inner merges first
    reach: list[int]  # per row, the row after the last one merged with it
    minimum: int
    fonts: dict[tuple[bool, bool], tuple[QFont, str]]  # (bold, struck out) → the font and its key
