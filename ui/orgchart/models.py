"""Qt models of the org chart: units → positions → people, and a diacritics-insensitive filter."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.org_read import Absence, OrgSnapshot
from app.text import fold

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "unit" | "position" | "person"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
AWAY_COLOUR = QColor("#b45309")


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

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class OrgTreeModel(QAbstractItemModel):
    """Units (both trees: leadership bodies and the office) → position groups → people."""

    HEADERS = ("Tên", "Chức vụ / ghi chú")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node("root", None, "")

    def load(self, snapshot: OrgSnapshot, away: dict[int, Absence], *, show_inactive: bool = False) -> None:
        self.beginResetModel()
        try:
            self._root = Node("root", None, "")
            for unit in snapshot.children(None):
                self._add_unit(self._root, snapshot, unit.id, away, show_inactive)
        finally:
            self.endResetModel()

    def _add_unit(self, parent: Node, snap: OrgSnapshot, unit_id: int, away: dict[int, Absence],
                  show_inactive: bool) -> None:
        unit = snap.units[unit_id]
        if not unit.active and not show_inactive:
            return
        people = snap.people_in(unit_id, include_inactive=show_inactive)
        members = snap.members.get(unit_id, [])
        count = len(people) if unit.kind != "body" else len(members)
        node = Node("unit", unit.id, unit.name, f"{count} người", search=fold(unit.name), parent=parent,
                    active=unit.active)
        parent.children.append(node)
        groups: dict[str, Node] = {}
        for person in people:
            group = groups.get(person.position_title)
            if group is None:
                group = Node("position", person.position_id, person.position_title or "—", parent=node,
                             search=fold(person.position_title))
                groups[person.position_title] = group
                node.children.append(group)
            absence = away.get(person.id)
            acting = snap.people.get(absence.acting_id) if absence and absence.acting_id else None
            away_text = ""
            if absence:
                away_text = absence.reason or "Vắng"
                if acting:
                    away_text += f" — {acting.full_name} làm thay"
            detail = " · ".join(x for x in (person.notes, "PCVP thường trực" if person.is_standing_deputy else "",
                                            "đã nghỉ" if not person.active else "") if x)
            group.children.append(Node("person", person.id, person.full_name, detail,
                                       search=fold(person.full_name), parent=group,
                                       active=person.active, away=away_text))
        for group in groups.values():
            group.detail = f"{len(group.children)}"
        for child in snap.children(unit_id):
            self._add_unit(node, snap, child.id, away, show_inactive)

    # -- QAbstractItemModel ---------------------------------------------------------

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
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
        if role == Qt.ItemDataRole.ForegroundRole:
            if node.away:
                return QBrush(AWAY_COLOUR)
            if not node.active:
                return QBrush(QColor("#888888"))
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


class FoldedFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name contains every word of the query, ignoring diacritics and case.
    Parents of matching rows stay visible (recursive filtering)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self._words = fold(text).split()
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        key = index.data(SEARCH_ROLE) or ""
        if index.data(KIND_ROLE) != "person":
            return False
        return all(w in key for w in self._words)
