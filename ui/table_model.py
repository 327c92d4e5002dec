"""One read-only table model over a list of rows (STYLE.md §3): every list of the panes is a
:class:`RowTableModel` of its row type, its columns described by :class:`Column` specs.

A column gives its title (marked with ``QT_TRANSLATE_NOOP`` in the model's context and
translated when the view asks), the text of a row, and optionally its tooltip, alignment
and sort key. What a column spec cannot say (colours, fonts, a check box) a model adds in
:meth:`RowTableModel.cell`. Rows are replaced with :meth:`~RowTableModel.set_rows` (one
reset), extended with :meth:`~RowTableModel.append_rows` and changed one at a time with
:meth:`~RowTableModel.update_row` (``dataChanged`` for that row only).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QStandardItem

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a row's id (:attr:`RowTableModel.row_id`)
SORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a column's sort key (leave's FoldedProxy sorts on it)
# a read-only cell's flags: enabled and selectable; not editable (a QStandardItem is by default), no drag and drop
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def row_at(rows: Sequence[Row], where: int | Index) -> Row | None:
    """The row of *rows* at a row number or a model index; ``None`` outside them (a list model's
    :meth:`RowTableModel.row_at`, whatever the model's base class)."""
    if isinstance(where, (QModelIndex, QPersistentModelIndex)):
        if not where.isValid():
            return None
        where = where.row()
    return rows[where] if 0 <= where < len(rows) else None


def heading_row(title: str, columns: int) -> list[QStandardItem]:
    """A group's heading in a tree of QStandardItems: *columns* read-only cells in bold, the
    first with *title*, the others without text (the group's rows go beneath the first)."""
    bold = QFont()
    bold.setBold(True)
    cells = [QStandardItem(title), *(QStandardItem() for _ in range(columns - 1))]
    for cell in cells:
        cell.setFlags(READ_ONLY)
        cell.setFont(bold)
    return cells


def position_of(rows: Sequence[Row], row_id: Hashable, id_of: Callable[[Row], Hashable]) -> int:
    """The position in *rows* of the row whose *id_of* is *row_id*, or -1."""
    return next((i for i, r in enumerate(rows) if id_of(r) == row_id), -1)


@dataclass(frozen=True)
class Column(Generic[Row]):
    """What one column shows of a row."""

    header: str  # the untranslated title, marked with QT_TRANSLATE_NOOP in the model's context
    display: Callable[[Row], Any]
    tooltip: Callable[[Row], str | None] | None = None
    align: Qt.AlignmentFlag | None = None
    sort_key: Callable[[Row], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of *Row*; subclasses give :attr:`columns`.

    Attributes:
        columns: the columns, in order (a class attribute, or set in __init__ when a column
            needs the model).
        CONTEXT: the translation context of the titles; ``None``: the model's class name.
        NUMBERED: whether the vertical header numbers the rows 1, 2, 3…
        CACHED: whether a row's texts are made once per :meth:`set_rows` (long lists that a
            sorting proxy asks for again and again); :meth:`update_row` forgets that row's.
    """

    columns: Sequence[Column[Row]] = ()
    CONTEXT: ClassVar[str | None] = None
    NUMBERED: ClassVar[bool] = False
    CACHED: ClassVar[bool] = False

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self._cache: dict[tuple[int, int], tuple[Any, ...]] = {}  # (row, role) -> one value per column

    # -- the rows ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show *rows* instead of those shown (one model reset)."""
        self.beginResetModel()
        try:
            self.rows = list(rows)
            self._cache = {}
        finally:
            self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        """Add *rows* after those shown (the next page of a long list)."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        try:
            self.rows.extend(rows)
        finally:
            self.endInsertRows()

    def update_row(self, position: int, row: Row) -> None:
        """Replace the row at *position*; the views repaint that row only."""
        self.rows[position] = row
        self._cache = {key: values for key, values in self._cache.items() if key[0] != position}
        self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def row_at(self, where: int | Index) -> Row | None:
        """The row at a row number or a model index; ``None`` outside the rows."""
        return row_at(self.rows, where)

    def row_id(self, row: Row) -> Hashable:
        """The id of *row* (:data:`ID_ROLE`); by default its ``id`` attribute."""
        return getattr(row, "id", None)

    def row_of(self, row_id: Hashable) -> int:
        """The position of the row with *row_id*, or -1."""
        return position_of(self.rows, row_id, self.row_id)

    # -- what the views ask ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def title(self, section: int) -> str:
        """The translated title of column *section*."""
        header = self.columns[section].header
        return QCoreApplication.translate(self.CONTEXT or type(self).__name__, header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.title(section)
        return section + 1 if self.NUMBERED else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        spec = self.columns[column]
        if role == DISPLAY:
            return self._value(index.row(), column, role, row, lambda c: c.display)
        if role == ID_ROLE:
            return self.row_id(row)
        if role == SORT_ROLE:
            return self._value(index.row(), column, role, row, lambda c: c.sort_key or c.display)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip is not None:
            return spec.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align is not None:
            return int(spec.align)
        return self.cell(row, column, role)

    def _value(self, position: int, column: int, role: int, row: Row,
               pick: Callable[[Column[Row]], Callable[[Row], Any]]) -> Any:
        """Column *column*'s value of *row* by the function *pick* chooses from its spec; with
        :attr:`CACHED`, the whole row's values are made once (views and sorting proxies ask for
        each cell many times)."""
        if not self.CACHED:
            return pick(self.columns[column])(row)
        values = self._cache.get((position, role))
        if values is None:
            values = self._cache[(position, role)] = tuple(pick(c)(row) for c in self.columns)
        return values[column]

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What a column spec does not say: colours, fonts, check boxes… (``None``: nothing)."""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY
