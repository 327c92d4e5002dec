"""Qt models of the calendar's lists: the changes since a published version, the days off,
and a diacritics-insensitive filter for the agenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from app.rules.schedule import CHANGE_LABELS, ChangeKind, WeekChange
from app.rules.workdays import CalendarDay, DayKind
from app.text import fold, format_date, weekday_vi
from ui import tints
from ui.calendar.models.schedule import DAY_ROLE, Index, translated
from ui.table_model import Column, RowTableModel
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP


class FoldedFilterProxy(QSortFilterProxyModel):
    """Keeps rows containing every word of the query in some column, ignoring diacritics
    ("giao ban" finds "Giao ban", "hung" finds "Hùng")."""

    def __init__(self, parent: QObject | None = None) -> None:
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


def _change_detail(change: WeekChange) -> str:
    return change.describe().partition(": ")[2]


class ChangesModel(RowTableModel[WeekChange]):
    """Changes of a week since a published version."""

    columns = (
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Thay đổi"), lambda c: term(CHANGE_LABELS[c.kind])),
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Ngày"),
               lambda c: f"{term(weekday_vi(c.entry.day))} {format_date(c.entry.day)}"),
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Thời gian"), lambda c: term(c.entry.time_label)),
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Nội dung"), lambda c: c.entry.title),
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Chi tiết"), _change_detail),
    )
    CONTEXT = "CalendarModels"

    def cell(self, change: WeekChange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return QBrush(CHANGE_TINTS[change.kind])
        return None


KIND_NAMES = {
    DayKind.HOLIDAY: QT_TRANSLATE_NOOP("CalendarModels", "Nghỉ lễ, Tết"),
    DayKind.EXTRA_DAY_OFF: QT_TRANSLATE_NOOP("CalendarModels", "Nghỉ bù (cơ quan)"),
    DayKind.EXTRA_WORKING_DAY: QT_TRANSLATE_NOOP("CalendarModels", "Làm việc bù"),
    DayKind.WEEKEND: QT_TRANSLATE_NOOP("CalendarModels", "Cuối tuần"),
    DayKind.WORKING: QT_TRANSLATE_NOOP("CalendarModels", "Ngày làm việc"),
}


DayOff = tuple[CalendarDay, int | None, str]  # (day, override id, note)


def _kind(day: DayOff) -> str:
    info, override, _note = day
    return translated(KIND_NAMES[info.kind]) + (
        QCoreApplication.translate("CalendarModels", " — của cơ quan") if override is not None else "")


class DaysOffModel(RowTableModel[DayOff]):
    """The year's holidays and the office's overrides (override ids let them be removed)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Ngày"), lambda d: format_date(d[0].day)),
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Thứ"), lambda d: term(weekday_vi(d[0].day))),
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Loại"), _kind),
        Column(QT_TRANSLATE_NOOP("CalendarModels", "Tên, ghi chú"), lambda d: d[0].name + (f" — {d[2]}" if d[2] else "")),
    )
    CONTEXT = "CalendarModels"

    def override_id(self, row: int) -> int | None:
        day = self.row_at(row)
        return day[1] if day is not None else None

    def cell(self, day: DayOff, column: int, role: int) -> Any:
        if role == DAY_ROLE:
            return day[0].day
        if role == Qt.ItemDataRole.FontRole and day[1] is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None
