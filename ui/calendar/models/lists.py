"""Qt models of the calendar's lists: the changes since a published version, the days off,
and a diacritics-insensitive filter for the agenda."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from app.rules.schedule import CHANGE_LABELS, ChangeKind, WeekChange
from app.rules.workdays import CalendarDay, DayKind
from app.text import fold, format_date, weekday_vi
from ui import tints
from ui.calendar.models.schedule import DAY_ROLE, Index, translated
from ui.terms import term


class FoldedFilterProxy(QSortFilterProxyModel):
    """Keeps rows containing every word of the query in some column, ignoring diacritics
    ("giao ban" finds "Giao ban", "hung" finds "Hùng")."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = " ".join(fold(str(model.index(source_row, c, source_parent).data() or ""))
                        for c in range(model.columnCount(source_parent)))
        return all(w in text for w in self._words)


CHANGE_TINTS = {ChangeKind.ADDED: tints.GREEN_TINT, ChangeKind.CANCELLED: tints.RED_TINT,
                ChangeKind.MOVED: tints.AMBER_TINT, ChangeKind.CHANGED: tints.BLUE_TINT}


class ChangesModel(QAbstractTableModel):
    """Changes of a week since a published version."""

    HEADERS = (QT_TRANSLATE_NOOP("CalendarModels", "Thay đổi"), QT_TRANSLATE_NOOP("CalendarModels", "Ngày"), QT_TRANSLATE_NOOP("CalendarModels", "Thời gian"), QT_TRANSLATE_NOOP("CalendarModels", "Nội dung"), QT_TRANSLATE_NOOP("CalendarModels", "Chi tiết"))

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.changes: list[WeekChange] = []

    def load(self, changes: list[WeekChange]) -> None:
        self.beginResetModel()
        try:
            self.changes = list(changes)
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        entry = change.entry
        if role == Qt.ItemDataRole.DisplayRole:
            detail = change.describe().partition(": ")[2]
            return (term(CHANGE_LABELS[change.kind]), f"{term(weekday_vi(entry.day))} {format_date(entry.day)}",
                    term(entry.time_label), entry.title, detail)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return QBrush(CHANGE_TINTS[change.kind])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


KIND_NAMES = {
    DayKind.HOLIDAY: QT_TRANSLATE_NOOP("CalendarModels", "Nghỉ lễ, Tết"),
    DayKind.EXTRA_DAY_OFF: QT_TRANSLATE_NOOP("CalendarModels", "Nghỉ bù (cơ quan)"),
    DayKind.EXTRA_WORKING_DAY: QT_TRANSLATE_NOOP("CalendarModels", "Làm việc bù"),
    DayKind.WEEKEND: QT_TRANSLATE_NOOP("CalendarModels", "Cuối tuần"),
    DayKind.WORKING: QT_TRANSLATE_NOOP("CalendarModels", "Ngày làm việc"),
}


class DaysOffModel(QAbstractTableModel):
    """The year's holidays and the office's overrides (override ids let them be removed)."""

    HEADERS = (QT_TRANSLATE_NOOP("CalendarModels", "Ngày"), QT_TRANSLATE_NOOP("CalendarModels", "Thứ"), QT_TRANSLATE_NOOP("CalendarModels", "Loại"), QT_TRANSLATE_NOOP("CalendarModels", "Tên, ghi chú"))

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.days: list[tuple[CalendarDay, int | None, str]] = []  # (day, override id, note)

    def load(self, days: list[tuple[CalendarDay, int | None, str]]) -> None:
        self.beginResetModel()
        try:
            self.days = list(days)
        finally:
            self.endResetModel()

    def override_id(self, row: int) -> int | None:
        return self.days[row][1] if 0 <= row < len(self.days) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.days)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info, override, note = self.days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = translated(KIND_NAMES[info.kind]) + (QCoreApplication.translate("CalendarModels", " — của cơ quan") if override is not None else "")
            name = info.name + (f" — {note}" if note else "")
            return (format_date(info.day), term(weekday_vi(info.day)), kind, name)[index.column()]
        if role == DAY_ROLE:
            return info.day
        if role == Qt.ItemDataRole.FontRole and override is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
