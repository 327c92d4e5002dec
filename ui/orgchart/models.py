"""Qt models of the org chart: units → positions → people, and a diacritics-insensitive filter."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from app.services.org.read import Absence, OrgSnapshot
from app.services.org.staff_import import ImportRow
from app.text import fold, format_date
from ui import tints
from ui.table_model import READ_ONLY
from ui.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "unit" | "position" | "person"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
PATH_ROLE = Qt.ItemDataRole.UserRole + 4  # Node.path(): keeps the tree's expansion across reloads
# the roles as plain ints: data() is asked for each of them on every row drawn or measured, and
# reading an attribute of Qt's enum costs more than the rest of a call
_DISPLAY, _FOREGROUND, _FONT, _TOOLTIP = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ToolTipRole))
_KIND, _ID, _PATH = int(KIND_ROLE), int(ID_ROLE), int(PATH_ROLE)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


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

    def matching(self, words: list[str]) -> Node | None:
        """A copy of this branch with only the people whose folded name holds every word (and the
        units and groups above them); None if nobody in it matches."""
        if self.kind == "person":
            if not all(w in self.search for w in words):
                return None
            children: list[Node] = []
        else:
            children = [c for c in (child.matching(words) for child in self.children) if c is not None]
            if not children and self.kind != "root":
                return None
        copy = Node(self.kind, self.id, self.label, self.detail, self.search, active=self.active, away=self.away)
        for child in children:
            child.parent = copy
            copy.add(child)
        return copy

    def path(self) -> tuple:
        """(kind, id) pairs from the top: a key that survives a reload (expansion state)."""
        node: Node | None = self
        keys = []
        while node is not None and node.kind != "root":
            keys.append((node.kind, node.id))
            node = node.parent
        return tuple(reversed(keys))


class OrgTreeModel(QAbstractItemModel):
    """Units (both trees: leadership bodies and the office) → position groups → people; with a
    query (:meth:`set_query`), only the people whose name holds every word of it, diacritics and
    case ignored, under their units and groups.

    The model filters itself rather than through a QSortFilterProxyModel: a proxy asks the model
    for the index of every row it passes on, which doubles the calls into Python of each row the
    tree lays out, measures or paints (a thousand people)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("OrgTreeModel", "Tên"),
        QT_TRANSLATE_NOOP("OrgTreeModel", "Chức vụ / ghi chú"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all = self._root = Node("root", None, "")  # everyone; those shown
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        """Show only the people whose name holds every word of *text* (all of them if empty)."""
        words = fold(text).split()
        if words != self._words:
            self._reset(self._all, words)

    def _reset(self, everyone: Node, words: list[str]) -> None:
        """Show those of *everyone* who match *words*."""
        self.beginResetModel()
        try:
            self._all, self._words = everyone, words
            found = everyone.matching(words) if words else everyone
            assert found is not None  # the root is kept, empty or not
            self._root = found
        finally:
            self.endResetModel()

    def load(self, snapshot: OrgSnapshot, away: dict[int, Absence], *, acting: dict[int, int] | None = None,
             show_inactive: bool = False) -> None:
        """Rebuild from *snapshot*; *away* marks who is away today, *acting* who acts for them."""
        root = Node("root", None, "")
        for unit in snapshot.children(None):
            self._add_unit(root, snapshot, unit.id, away, acting or {}, show_inactive)
        self._reset(root, self._words)

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
        node = Node("unit", unit.id, unit.name, parent=parent, active=unit.active)
        parent.add(node)
        groups: dict[str, Node] = {}
        for person in people:
            group = groups.get(person.position_title)
            if group is None:
                group = Node("position", person.position_id, person.position_title or "—", parent=node)
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

    def children_of(self, parent: Index) -> Iterator[tuple[QModelIndex, Node]]:
        """The rows under *parent* shown now, each with its node (the tree's walks read the
        nodes, not data() row by row)."""
        node = parent.internalPointer() if parent.isValid() else self._root
        for row, child in enumerate(node.children):
            yield self.createIndex(row, 0, child), child

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # checked here, not by hasIndex(): that calls rowCount() and columnCount() back in Python,
        # and the view asks for the index of every row it lays out
        if parent.isValid():
            if parent.column() > 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < 2:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's one-argument parent(index); the no-argument QObject.parent() is not used on a model
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row_in_parent, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._root.children)
        return 0 if parent.column() > 0 else len(parent.internalPointer().children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        node = index.internalPointer()  # None for an invalid index
        if node is None:
            return None
        if role == _DISPLAY:
            if index.column() == 0:
                return node.label
            return node.away or node.detail
        if role == _FOREGROUND:
            if node.away:
                return QBrush(tints.ink(tints.AWAY_INK))
            if not node.active:
                return QBrush(tints.muted_text())
            return None
        if role == _FONT and node.kind == "unit":
            font = QFont()
            font.setBold(True)
            return font
        if role == _KIND:
            return node.kind
        if role == _ID:
            return node.id
        if role == _PATH:
            return node.path()
        if role == _TOOLTIP and node.away:
            return node.away
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return READ_ONLY if index.isValid() else _NO_FLAGS

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
