"""Qt models of the org chart: units → positions → people, and a diacritics-insensitive filter."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from app.services.org.read import Absence, OrgSnapshot
from app.services.org.staff_import import ImportRow
from app.text import fold, format_date
from ui import tints
from ui.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "unit" | "position" | "person"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
PATH_ROLE = Qt.ItemDataRole.UserRole + 4  # Node.path(): keeps the tree's expansion across reloads


@dataclass
class Node:
    kind: str
    id: int | None
    label: str
    detail: str = ""
    search: str = ""
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    active: bool = True
    away: str = ""
    row_in_parent: int = 0

    def row(self) -> int:
        return self.row_in_parent

    def add(self, child: Node) -> None:
        child.row_in_parent = len(self.children)
        self.children.append(child)

    def path(self) -> tuple:
        """(kind, id) pairs from the top: a key that survives a reload (expansion state)."""
        node: Node | None = self
        keys = []
        while node is not None and node.kind != "root":
            keys.append((node.kind, node.id))
            node = node.parent
        return tuple(reversed(keys))


class OrgTreeModel(QAbstractItemModel):
    """Units (both trees: leadership bodies and the office) → position groups → people."""

    HEADERS = (
        QT_TRANSLATE_NOOP("OrgTreeModel", "Tên"),
        QT_TRANSLATE_NOOP("OrgTreeModel", "Chức vụ / ghi chú"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node("root", None, "")

    def load(self, snapshot: OrgSnapshot, away: dict[int, Absence], *, acting: dict[int, int] | None = None,
             show_inactive: bool = False) -> None:
        """Rebuild from *snapshot*; *away* marks who is away today, *acting* who acts for them."""
        self.beginResetModel()
        try:
            self._root = Node("root", None, "")
            for unit in snapshot.children(None):
                self._add_unit(self._root, snapshot, unit.id, away, acting or {}, show_inactive)
        finally:
            self.endResetModel()

    def _away_text(self, snap: OrgSnapshot, person_id: int, away: dict[int, Absence], acting: dict[int, int]) -> str:
        absence = away.get(person_id)
        if absence is None:
            return ""
        text = absence.reason or self.tr("Vắng")
        substitute = snap.people.get(acting.get(person_id, -1))
        if substitute is not None:
            text += self.tr(" — %1 làm thay").replace("%1", substitute.full_name)
        return text

    def _add_unit(self, parent: Node, snap: OrgSnapshot, unit_id: int, away: dict[int, Absence],
                  acting: dict[int, int], show_inactive: bool) -> int:
        """Add the unit's node; returns how many people it holds, sub-units included."""
        unit = snap.units[unit_id]
        if not unit.active and not show_inactive:
            return 0
        people = snap.people_in(unit_id, include_inactive=show_inactive)
        node = Node("unit", unit.id, unit.name, search=fold(unit.name), parent=parent, active=unit.active)
        parent.add(node)
        groups: dict[str, Node] = {}
        for person in people:
            group = groups.get(person.position_title)
            if group is None:
                group = Node("position", person.position_id, person.position_title or "—", parent=node,
                             search=fold(person.position_title))
                groups[person.position_title] = group
                node.add(group)
            detail = " · ".join(x for x in (person.notes,
                                            self.tr("PCVP thường trực") if person.is_standing_deputy else "",
                                            self.tr("đã nghỉ") if not person.active else "") if x)
            group.add(Node("person", person.id, person.full_name, detail, search=person.search_key,
                           parent=group, active=person.active,
                           away=self._away_text(snap, person.id, away, acting)))
        for group in groups.values():
            group.detail = f"{len(group.children)}"
        total = len(people)
        for child in snap.children(unit_id):
            total += self._add_unit(node, snap, child.id, away, acting, show_inactive)
        if unit.kind == "body":
            node.detail = self.tr("%n ủy viên", "", len(snap.members.get(unit_id, [])))
        else:
            node.detail = self.tr("%n người", "", total)
        return total

    # -- QAbstractItemModel ---------------------------------------------------------

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's one-argument parent(index); the no-argument QObject.parent() is not used on a model
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.label
            return node.away or node.detail
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        if role == SEARCH_ROLE:
            return node.search
        if role == PATH_ROLE:
            return node.path()
        if role == Qt.ItemDataRole.ForegroundRole:
            if node.away:
                return QBrush(tints.ink(tints.AWAY_INK))
            if not node.active:
                return QBrush(tints.muted_text())
        if role == Qt.ItemDataRole.FontRole and node.kind == "unit":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and node.away:
            return node.away
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def find(self, kind: str, item_id: int) -> QModelIndex:
        """The index of the node of *kind* with *item_id*, or an invalid index."""
        stack = [(self._root, QModelIndex())]
        while stack:
            node, index = stack.pop()
            for row, child in enumerate(node.children):
                child_index = self.index(row, 0, index)
                if child.kind == kind and child.id == item_id:
                    return child_index
                stack.append((child, child_index))
        return QModelIndex()

    def find_path(self, path: tuple) -> QModelIndex:
        """The index of the node at *path* (see Node.path), or an invalid index."""
        node, index = self._root, QModelIndex()
        for key in path:
            row = next((i for i, c in enumerate(node.children) if (c.kind, c.id) == key), None)
            if row is None:
                return QModelIndex()
            node, index = node.children[row], self.index(row, 0, index)
        return index


class FoldedFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name contains every word of the query, ignoring diacritics and case.
    Parents of matching rows stay visible (recursive filtering)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.10+: invalidateFilter() is deprecated
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        key = index.data(SEARCH_ROLE) or ""
        if index.data(KIND_ROLE) != "person":
            return False
        return all(w in key for w in self._words)


class ImportPreviewModel(QAbstractTableModel):
    """The rows of a staff import preview, rows with errors in red with their messages."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Dòng"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Chức vụ"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Đơn vị"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Điện thoại"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "E-mail"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Ngày vào cơ quan"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Lỗi / ghi chú"),
    )
    ERROR_BACKGROUND = tints.RED_TINT  # pale on the light palette, deep on the dark

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []

    def set_rows(self, rows: list[ImportRow]) -> None:
        self.beginResetModel()
        try:
            self._rows = list(rows)
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (str(row.row), row.full_name, row.position_title, row.unit_name, row.phone, row.email,
                      format_date(row.service_start) if row.service_start else "",
                      "; ".join(row.errors + row.notes))
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.errors:
            return QBrush(self.ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.errors and index.column() == len(self.HEADERS) - 1:
            return QBrush(tints.ink(tints.RED_INK))
        return None
