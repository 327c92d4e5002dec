"""The model of "Việc của tôi": groups (approvals, checklist items, applications, schedules,
rosters) with their items beneath, each item's sentence built here in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel

from app.services.leave.read import format_days
from app.services.my_work.read import CHANGED, NO_ROSTER, UNPUBLISHED, MyWork, WorkItem, WorkKind
from app.text import format_date, format_datetime
from ui import tints
from ui.table_model import READ_ONLY, heading_row
from ui.translation import TranslationContext

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

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


class MyWorkModel(QStandardItemModel):
    """Groups as top-level rows, their items as children; columns: task, due, about.

    Every cell is made when a list is loaded (its texts were measured for the due column at
    once anyway), so the dozens of questions the view asks of each cell while it sizes and
    paints its rows are answered in Qt's own code, not by a Python method each: on a first
    visit of 168 items that was more than half of the view's layout and paint."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([MyWorkList.tr("Việc"), MyWorkList.tr("Hạn"), MyWorkList.tr("Liên quan")])
        self.work: MyWork | None = None
        self.groups: list[tuple[WorkKind, list[WorkItem]]] = []

    def load(self, work: MyWork | None) -> None:
        self.work = work
        self.groups = work.groups if work is not None else []
        self.setRowCount(0)
        for kind, items in self.groups:
            self.appendRow(self._group_row(kind, items))

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        cell = QStandardItem(text)
        cell.setFlags(READ_ONLY)
        return cell

    def _group_row(self, kind: WorkKind, items: list[WorkItem]) -> list[QStandardItem]:
        """The group's heading (its three cells in bold, the first one with the title and count),
        its items beneath."""
        heading = heading_row(f"{group_title(kind)} ({len(items)})", 3)
        for item in items:
            what, due, about = sentence(item), due_text(item), context_text(item)
            tip = f"{what}\n{about}\n{due}"
            row = [self._cell(what), self._cell(due), self._cell(about)]
            for cell in row:
                cell.setToolTip(tip)
                cell.setData(item, ITEM_ROLE)
            heading[0].appendRow(row)
        self._ink_overdue(heading[0])
        return heading

    def recolour(self) -> None:
        """The overdue dates in the red that reads on the palette now (switched at run time)."""
        root = self.invisibleRootItem()
        for group in range(root.rowCount()):
            self._ink_overdue(root.child(group, 0))

    @staticmethod
    def _ink_overdue(heading: QStandardItem) -> None:
        red = QBrush(tints.ink(tints.RED_INK))
        for row in range(heading.rowCount()):
            due = heading.child(row, 1)
            if due.data(ITEM_ROLE).overdue:
                due.setForeground(red)

    def group_count(self) -> int:
        return len(self.groups)

    def group_size(self, group: int) -> int:
        return len(self.groups[group][1])

    def item_at(self, index: Index) -> WorkItem | None:
        item = index.data(ITEM_ROLE)  # every cell of an item's row holds it; a heading's none
        return item if isinstance(item, WorkItem) else None

    def first_item(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self.groups else QModelIndex()
