"""Qt models of the schedule: the week grid (laid out like the printed schedule), the month
and the agenda list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
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

from app.rules.schedule import CHANGE_LABELS, ChangeKind
from app.services.calendar.events import (
    STATUS_LABELS,
    MonthSchedule,
    WeekDay,
    WeekEntry,
    WeekSchedule,
)
from app.text import format_date, weekday_vi
from ui import tints
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP, TranslationContext

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the WeekEntry of a row (None for an empty half-day)
DAY_ROLE = Qt.ItemDataRole.UserRole + 2  # the date of a row or cell
MONTH_DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # the MonthDay of a month cell
# Translucent tints: pale on the light palette, deep on the dark one; the text keeps its colour.
OFF_DAY = tints.GREY_TINT
OTHER_MONTH = tints.FAINT_TINT
CONFLICT = tints.RED_TINT
WARNING = tints.AMBER_TINT
AMENDED = tints.BLUE_TINT


FIRST_OF_DAY_ROLE = Qt.ItemDataRole.UserRole + 4  # whether a week row is the first of its day
CalendarModels = TranslationContext("CalendarModels")  # for the texts with a count

_DISPLAY, _BACKGROUND, _FOREGROUND = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
_FONT, _ALIGNMENT = Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole
_CENTRED_TOP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class _Fonts:
    bold: QFont
    struck: QFont


@cache
def _fonts() -> _Fonts:
    """The fonts of the day and half-day cells and of cancelled entries (made once the
    application exists)."""
    bold, struck = QFont(), QFont()
    bold.setBold(True)
    struck.setStrikeOut(True)
    return _Fonts(bold, struck)


def translated(text: str) -> str:
    """Translate a constant marked with QT_TRANSLATE_NOOP("CalendarModels", …)."""
    return QCoreApplication.translate("CalendarModels", text)


WEEKDAY_HEADERS = (QT_TRANSLATE_NOOP("CalendarModels", "Thứ Hai"), QT_TRANSLATE_NOOP("CalendarModels", "Thứ Ba"), QT_TRANSLATE_NOOP("CalendarModels", "Thứ Tư"), QT_TRANSLATE_NOOP("CalendarModels", "Thứ Năm"), QT_TRANSLATE_NOOP("CalendarModels", "Thứ Sáu"), QT_TRANSLATE_NOOP("CalendarModels", "Thứ Bảy"), QT_TRANSLATE_NOOP("CalendarModels", "Chủ nhật"))


def amendment_label(entry: WeekEntry) -> str:
    return term(CHANGE_LABELS[ChangeKind(entry.amendment)]) if entry.amendment else ""


def agenda_status(entry: WeekEntry) -> str:
    """The agenda's status column: empty for the normal published state (as in the week view);
    draft, changed or cancelled entries, and any change made after publishing, are named."""
    status = "" if entry.status == "published" else term(STATUS_LABELS.get(entry.status, entry.status))
    mark = amendment_label(entry)
    if mark and mark != status:
        status = f"{status} ({mark})" if status else mark
    return status


def entry_tooltip(entry: WeekEntry) -> str:
    lines = [entry.title, f"{entry.start:%H:%M} – {entry.end:%H:%M %d/%m/%Y}",
             QCoreApplication.translate("CalendarModels", "Trạng thái: %1").replace("%1", term(STATUS_LABELS.get(entry.status, entry.status)))]
    if entry.amendment:
        lines.append(QCoreApplication.translate("CalendarModels", "Sau khi công bố: %1").replace("%1", amendment_label(entry)))
    if entry.recurring:
        lines.append(QCoreApplication.translate("CalendarModels", "Lịch định kỳ"))
    lines += [f"⚠ {message}" for message in entry.conflicts]
    return "\n".join(lines)


def entry_background(entry: WeekEntry | None, working: bool = True) -> QBrush | None:
    if entry is not None and entry.conflict_level == "error" and not entry.cancelled:
        return QBrush(CONFLICT)
    if entry is not None and entry.conflict_level == "warning" and not entry.cancelled:
        return QBrush(WARNING)
    if entry is not None and entry.amendment:
        return QBrush(AMENDED)
    return None if working else QBrush(OFF_DAY)


def leaders_text(entry: WeekEntry) -> str:
    if entry.chair and entry.leaders:
        return QCoreApplication.translate("CalendarModels", "Chủ trì: %1").replace("%1", entry.chair) + "\n" + QCoreApplication.translate("CalendarModels", "Dự: %1").replace("%1", entry.leaders)
    return entry.chair or entry.leaders


@dataclass(frozen=True)
class WeekRow:
    day: WeekDay
    half: str
    half_label: str
    entry: WeekEntry | None
    first_of_day: bool
    first_of_half: bool
    day_span: int
    half_span: int


class WeekModel(QAbstractTableModel):
    """One row per entry, grouped by day and Sáng/Chiều; every half-day has at least one row.

    :meth:`spans` says which cells the view merges (the day and half-day columns).
    """

    HEADERS = (QT_TRANSLATE_NOOP("CalendarModels", "Ngày"), QT_TRANSLATE_NOOP("CalendarModels", "Buổi"), QT_TRANSLATE_NOOP("CalendarModels", "Thời gian"), QT_TRANSLATE_NOOP("CalendarModels", "Nội dung"), QT_TRANSLATE_NOOP("CalendarModels", "Chủ trì/Lãnh đạo"), QT_TRANSLATE_NOOP("CalendarModels", "Thành phần"),
               QT_TRANSLATE_NOOP("CalendarModels", "Địa điểm"), QT_TRANSLATE_NOOP("CalendarModels", "Đơn vị chuẩn bị"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[WeekRow] = []
        self._texts: list[tuple[str, ...] | None] = []  # each row's display texts, made when first asked
        self._brushes: list[tuple[QBrush | None, QBrush | None] | None] = []  # and its backgrounds
        self.schedule: WeekSchedule | None = None

    def load(self, schedule: WeekSchedule) -> None:
        self.beginResetModel()
        try:
            self.schedule = schedule
            rows: list[WeekRow] = []
            no_entry: list[WeekEntry | None] = [None]  # an empty half-day still has its row
            for day in schedule.days:
                day_rows = [(half, entry) for half in day.rows for entry in (half.entries or no_entry)]
                first = True
                for half in day.rows:
                    entries: Sequence[WeekEntry | None] = half.entries or no_entry
                    for i, entry in enumerate(entries):
                        rows.append(WeekRow(day, half.half, half.label, entry, first, i == 0, len(day_rows),
                                            len(entries)))
                        first = False
            self.rows = rows
            self._texts = [None] * len(rows)
            self._brushes = [None] * len(rows)
        finally:
            self.endResetModel()

    def texts(self, row: int) -> tuple[str, ...]:
        """The display texts of *row*'s cells (made once: the view asks for them at every paint)."""
        texts = self._texts[row]
        if texts is None:
            week_row = self.rows[row]
            texts = self._texts[row] = tuple(self._text(week_row, column) for column in range(len(self.HEADERS)))
        return texts

    def cell_texts(self, row: int) -> list[tuple[str, bool, bool] | None]:
        """Each cell of *row* as the view measures it — (text, bold, struck out), or None for a
        cell it must ask the delegate about — without a round of data() calls per cell."""
        entry = self.rows[row].entry
        struck = entry is not None and entry.cancelled
        return [(text, column < 2, struck and column >= 2) for column, text in enumerate(self.texts(row))]

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, row count) of each merged cell."""
        found = []
        for index, row in enumerate(self.rows):
            if row.first_of_day and row.day_span > 1:
                found.append((index, 0, row.day_span))
            if row.first_of_half and row.half_span > 1:
                found.append((index, 1, row.half_span))
        return found

    def entry(self, row: int) -> WeekEntry | None:
        return self.rows[row].entry if 0 <= row < len(self.rows) else None

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.entry is not None and r.entry.key == key), -1)

    # -- QAbstractTableModel --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(self.HEADERS[section])
        return None

    def _text(self, row: WeekRow, column: int) -> str:
        entry = row.entry
        if column == 0:
            if not row.first_of_day:
                return ""
            text = f"{term(row.day.weekday)}\n{format_date(row.day.day)}"
            return text + (f"\n({row.day.day_name})" if row.day.day_name else "")
        if column == 1:
            return term(row.half_label) if row.first_of_half else ""
        if entry is None:
            return ""
        if column == 2:
            return term(entry.time_label)
        if column == 3:
            mark = amendment_label(entry) or (QCoreApplication.translate("CalendarModels", "Hoãn/hủy") if entry.cancelled else "")
            prefix = f"[{mark}] " if mark else ""
            draft = QCoreApplication.translate("CalendarModels", " (dự kiến)") if entry.status == "draft" else ""
            return prefix + entry.title + draft
        if column == 4:
            return leaders_text(entry)
        return (entry.participants, entry.location, entry.preparing)[column - 5]

    def _backgrounds(self, row: int) -> tuple[QBrush | None, QBrush | None]:
        """The background of *row*'s day and half-day cells, and of its entry's cells (made once)."""
        found = self._brushes[row]
        if found is None:
            week_row = self.rows[row]
            found = self._brushes[row] = (entry_background(None, week_row.day.working),
                                          entry_background(week_row.entry, week_row.day.working))
        return found

    # The roles a view asks for at each paint of each cell come first and cost little: the texts,
    # backgrounds and fonts are made once (the week's first paint asks some 7 roles of 200 cells).
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        number, column = index.row(), index.column()
        if role == _DISPLAY:
            return self.texts(number)[column]
        row = self.rows[number]
        entry = row.entry
        if role == _BACKGROUND:
            return self._backgrounds(number)[column >= 2]
        if role == _FONT:
            if column < 2:
                return _fonts().bold
            return _fonts().struck if entry is not None and entry.cancelled else None
        if role == _ALIGNMENT:
            return _CENTRED_TOP if column < 3 else None
        if role == _FOREGROUND:
            return QBrush(tints.muted_text()) if entry is not None and entry.cancelled and column >= 2 else None
        if role == ENTRY_ROLE:
            return entry
        if role == DAY_ROLE:
            return row.day.day
        if role == FIRST_OF_DAY_ROLE:
            return row.first_of_day
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0 and row.day.day_name:
                return row.day.day_name
            return entry_tooltip(entry) if entry is not None and column >= 2 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        entry = self.rows[index.row()].entry
        if entry is not None and not entry.cancelled:
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # to another day or half-day (ui/calendar/week_drag.py)
        return flags


class MonthModel(QAbstractTableModel):
    """Weeks as rows, Thứ Hai … Chủ nhật as columns; each cell lists the day's entries."""

    MAX_LINES = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.month: MonthSchedule | None = None

    def load(self, month: MonthSchedule) -> None:
        self.beginResetModel()
        try:
            self.month = month
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.month is None else len(self.month.weeks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return translated(WEEKDAY_HEADERS[section])
        if self.month is not None:
            return QCoreApplication.translate("CalendarModels", "Tuần %1").replace("%1", str(self.month.weeks[section][0].day.isocalendar()[1]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.month is None:
            return None
        cell = self.month.weeks[index.row()][index.column()]
        visible = [e for e in cell.entries if not e.cancelled]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [f"{cell.day.day:02d}" + (f"  {cell.day_name}" if cell.day_name else "")]
            lines += [f"{term(e.time_label)} {e.title}" for e in visible[:self.MAX_LINES]]
            if len(visible) > self.MAX_LINES:
                lines.append(CalendarModels.tr("… và %n mục khác", "", len(visible) - self.MAX_LINES))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{term(weekday_vi(cell.day))} {format_date(cell.day)}" + (f" — {cell.day_name}" if cell.day_name else "")]
            lines += [f"{term(e.time_label)} {e.title}" + (" ⚠" if e.conflicts else "") for e in visible]
            return "\n".join(lines)
        if role == DAY_ROLE:
            return cell.day
        if role == MONTH_DAY_ROLE:
            return cell
        if role == Qt.ItemDataRole.BackgroundRole:  # conflicts are marked on their entries (MonthDelegate)
            if not cell.in_month:
                return QBrush(OTHER_MONTH)
            return None if cell.working else QBrush(OFF_DAY)
        if role == Qt.ItemDataRole.ForegroundRole and not cell.in_month:
            return QBrush(tints.muted_text())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AgendaModel(QAbstractTableModel):
    """Entries in order, one per row, for the list view."""

    HEADERS = (QT_TRANSLATE_NOOP("CalendarModels", "Ngày"), QT_TRANSLATE_NOOP("CalendarModels", "Thời gian"), QT_TRANSLATE_NOOP("CalendarModels", "Nội dung"), QT_TRANSLATE_NOOP("CalendarModels", "Chủ trì/Lãnh đạo"), QT_TRANSLATE_NOOP("CalendarModels", "Địa điểm"), QT_TRANSLATE_NOOP("CalendarModels", "Trạng thái"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[WeekEntry] = []

    def load(self, entries: list[WeekEntry]) -> None:
        self.beginResetModel()
        try:
            self.entries = list(entries)
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{term(weekday_vi(entry.day))} {format_date(entry.day)}", term(entry.time_label), entry.title,
                    leaders_text(entry).replace("\n", "; "), entry.location, agenda_status(entry))[column]
        if role == ENTRY_ROLE:
            return entry
        if role == DAY_ROLE:
            return entry.day
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry_tooltip(entry)
        if role == Qt.ItemDataRole.BackgroundRole:
            return entry_background(entry)
        if role == Qt.ItemDataRole.FontRole and entry.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
