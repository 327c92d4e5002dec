"""A two-level tree model: groups at the top, their items beneath (a meeting's checklist by
department, "Việc của tôi" by kind). Subclasses say how many groups and items there are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
GROUP = 0  # internal id of a group row; an item row's is its group's row + 1, so parent() finds it


class GroupedModel(QAbstractItemModel):
    """Groups (top level) → items; only column 0 of a group has children."""

    def group_count(self) -> int:
        raise NotImplementedError

    def group_size(self, group: int) -> int:
        raise NotImplementedError

    @staticmethod
    def is_group(index: Index) -> bool:
        return index.isValid() and index.internalId() == GROUP

    @staticmethod
    def group_of(index: Index) -> int:
        """The group row of an item index."""
        return index.internalId() - 1

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's one-argument parent(index); the no-argument QObject.parent() is not used on a model
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return self.group_count()
        if parent.internalId() == GROUP and parent.column() == 0:
            return self.group_size(parent.row())
        return 0

    @staticmethod
    def group_heading(index: Index, role: int, label: str) -> Any:
        """A group row's data: its *label* in column 0, in bold."""
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return label
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
