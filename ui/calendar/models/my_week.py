"""The model of the "Lịch của tôi" tab: one person's week, a row per item (or an empty row
for a free day), the day shown on its first row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from app.services.calendar.my_week import ENTRY, KIND_LABELS, MyWeek, MyWeekDay, MyWeekItem
from app.text import format_date
from ui import tints
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("MyWeekModel", "Ngày"), QT_TRANSLATE_NOOP("MyWeekModel", "Buổi"),
           QT_TRANSLATE_NOOP("MyWeekModel", "Thời gian"), QT_TRANSLATE_NOOP("MyWeekModel", "Nội dung"),
           QT_TRANSLATE_NOOP("MyWeekModel", "Vai trò"), QT_TRANSLATE_NOOP("MyWeekModel", "Địa điểm"),
           QT_TRANSLATE_NOOP("MyWeekModel", "Ghi chú"))
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class MyWeekModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.week: MyWeek | None = None
        self.rows: list[tuple[MyWeekDay, MyWeekItem | None, bool]] = []  # day, item, first row of the day

    def load(self, week: MyWeek | None) -> None:
        self.beginResetModel()
        try:
            self.week = week
            self.rows = []
            for day in week.days if week is not None else []:
                items: list[MyWeekItem | None] = list(day.items) or [None]
                self.rows += [(day, item, index == 0) for index, item in enumerate(items)]
        finally:
            self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("MyWeekModel", COLUMNS[section])
        return None

    def _text(self, day: MyWeekDay, item: MyWeekItem | None, first: bool, column: int) -> str:
        if column == 0:
            if not first:
                return ""
            text = f"{term(day.weekday)}\n{format_date(day.day)}"
            return text + (f"\n({day.day_name})" if day.day_name else "")
        if item is None:
            return "—" if column == 3 else ""
        if column == 3:
            return item.title if item.kind == ENTRY else f"{term(KIND_LABELS[item.kind])}: {item.title}"
        if column == 6:
            return "; ".join(x for x in (term(item.status) if item.status else "", item.detail) if x)
        value = (term(item.half_label), term(item.time), "", term(item.role), item.location)[column - 1]
        return value

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        day, item, first = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(day, item, first, index.column())
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.BackgroundRole:
            if item is not None and item.kind in ("leave", "duty") and index.column() > 0:
                return QBrush(tints.AMBER_TINT if item.kind == "leave" else tints.GREEN_TINT)
            return None if day.working else QBrush(tints.GREY_TINT)
        if role == Qt.ItemDataRole.FontRole and item is not None and item.cancelled and index.column() > 0:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            across = Qt.AlignmentFlag.AlignHCenter if index.column() in (0, 1, 2, 4) else Qt.AlignmentFlag.AlignLeft
            return int(across | Qt.AlignmentFlag.AlignTop)
        return None
