"""The model of "Việc của tôi": groups (approvals, checklist items, applications, schedules,
rosters) with their items beneath, each item's sentence built here in the interface language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from app.services.leave.read import format_days
from app.services.my_work.read import CHANGED, NO_ROSTER, UNPUBLISHED, MyWork, WorkItem, WorkKind
from app.text import format_date, format_datetime
from ui import tints
from ui.grouped_model import GroupedModel
from ui.translation import TranslationContext

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
# the roles data() answers; the view asks each cell for a dozen more while it sizes and paints
_ANSWERED = frozenset(int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                                             ITEM_ROLE))

MyWorkList = TranslationContext("MyWorkList")


def group_title(kind: WorkKind) -> str:
    return {
        WorkKind.APPROVAL: MyWorkList.tr("Đơn nghỉ chờ tôi duyệt"),
        WorkKind.CHECKLIST: MyWorkList.tr("Việc chuẩn bị họp đến hạn"),
        WorkKind.APPLICATION: MyWorkList.tr("Đơn xin nghỉ của tôi chưa nộp"),
        WorkKind.CHASE: MyWorkList.tr("Đơn xin nghỉ giấy cần thu"),
        WorkKind.SCHEDULE: MyWorkList.tr("Lịch công tác tuần cần công bố"),
        WorkKind.ROSTER: MyWorkList.tr("Lịch trực ngày lễ cần lập"),
    }[kind]


def _span(item: WorkItem) -> str:
    first = format_date(item.day)
    return first if item.until is None or item.until == item.day else f"{first} – {format_date(item.until)}"


def _days(item: WorkItem) -> str:
    return format_days(item.number)


def sentence(item: WorkItem) -> str:
    """What to do, in the interface language."""
    kind = item.kind
    if kind is WorkKind.APPROVAL:
        return MyWorkList.tr("%1 xin nghỉ %2 ngày").replace("%1", item.subject).replace("%2", _days(item))
    if kind is WorkKind.CHECKLIST:
        return item.subject
    if kind is WorkKind.APPLICATION:
        return MyWorkList.tr("Nộp đơn xin nghỉ giấy (%1 ngày)").replace("%1", _days(item))
    if kind is WorkKind.CHASE:
        return MyWorkList.tr("Thu đơn xin nghỉ giấy của %1 (%2 ngày)").replace("%1", item.subject) \
            .replace("%2", _days(item))
    if kind is WorkKind.SCHEDULE:
        if item.state == UNPUBLISHED:
            return MyWorkList.tr("Công bố lịch công tác tuần %1").replace("%1", item.subject)
        return MyWorkList.tr("Công bố lịch tuần %1: %n thay đổi", "", int(item.number)).replace("%1", item.subject)
    if item.state == NO_ROSTER:
        return MyWorkList.tr("Lập lịch trực %1").replace("%1", item.subject)
    return MyWorkList.tr("%1: %n ngày chưa đủ người trực", "", int(item.number)).replace("%1", item.subject)


def context_text(item: WorkItem) -> str:
    """What it is about: the meeting, the leave (type and period), the week or holiday break."""
    if item.kind is WorkKind.CHECKLIST:
        return item.context
    if item.kind in (WorkKind.APPROVAL, WorkKind.APPLICATION, WorkKind.CHASE):
        return f"{item.context}, {_span(item)}"
    return _span(item)


def due_text(item: WorkItem) -> str:
    when = format_datetime(item.due_at) if item.due_at is not None else format_date(item.day)
    if item.kind is WorkKind.SCHEDULE and item.state == CHANGED:
        when = format_date(item.day)
    return MyWorkList.tr("%1 — quá hạn").replace("%1", when) if item.overdue else when


class MyWorkModel(GroupedModel):
    """Groups as top-level rows, their items as children; columns: task, due, about."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work: MyWork | None = None
        self.groups: list[tuple[WorkKind, list[WorkItem]]] = []
        self._texts: dict[tuple[int, int], tuple[str, str, str]] = {}  # (group, row) -> its three texts

    def load(self, work: MyWork | None) -> None:
        self.beginResetModel()
        try:
            self.work = work
            self.groups = work.groups if work is not None else []
            self._texts = {}
        finally:
            self.endResetModel()

    def group_count(self) -> int:
        return len(self.groups)

    def group_size(self, group: int) -> int:
        return len(self.groups[group][1])

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (MyWorkList.tr("Việc"), MyWorkList.tr("Hạn"), MyWorkList.tr("Liên quan"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data -----------------------------------------------------------------------------

    def item_at(self, index: Index) -> WorkItem | None:
        if not index.isValid() or self.is_group(index):
            return None
        return self.groups[self.group_of(index)][1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        if self.is_group(index):
            kind, items = self.groups[index.row()]
            return self.group_heading(index, role, f"{group_title(kind)} ({len(items)})")
        item = self.item_at(index)
        if item is None:  # not a group, so an item
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts_of(index, item)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            what, due, about = self._texts_of(index, item)
            return f"{what}\n{about}\n{due}"
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue and column == 1:
            return QBrush(tints.ink(tints.RED_INK))
        if role == ITEM_ROLE:
            return item
        return None

    def _texts_of(self, index: Index, item: WorkItem) -> tuple[str, str, str]:
        """The item's task, due and context texts, made once per load (the view asks for them
        again and again while it sizes its rows)."""
        key = (self.group_of(index), index.row())
        texts = self._texts.get(key)
        if texts is None:
            texts = self._texts[key] = (sentence(item), due_text(item), context_text(item))
        return texts

    def first_item(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self.groups else QModelIndex()
