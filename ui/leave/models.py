"""Qt models of the leave pane: requests, balances, the month's absences, a duty roster."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.rules.leave import HalfDay
from app.services.leave.absence_calendar import AbsenceMonth
from app.services.leave.balance import Balance
from app.services.leave.read import RequestInfo, format_days
from app.services.leave.roster import RosterInfo
from app.text import fold, format_date
from ui import tints
from ui.terms import term
from ui.translation import TranslationContext

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

STATUS_TEXT = {
    "draft": QT_TRANSLATE_NOOP("LeaveStatus", "Nháp"),
    "submitted": QT_TRANSLATE_NOOP("LeaveStatus", "Chờ duyệt"),
    "approved": QT_TRANSLATE_NOOP("LeaveStatus", "Đã duyệt"),
    "rejected": QT_TRANSLATE_NOOP("LeaveStatus", "Không duyệt"),
    "cancelled": QT_TRANSLATE_NOOP("LeaveStatus", "Đã hủy"),
}


def status_text(status: str) -> str:
    """The translated label of a request status."""
    return QCoreApplication.translate("LeaveStatus", STATUS_TEXT.get(status, status))


LeaveDays = TranslationContext("LeaveDays")


def period_text(r: RequestInfo) -> str:
    """"02/03/2026 (buổi chiều)" or "02/03/2026 (chiều) – 04/03/2026 (sáng)" in the interface
    language (app.services.leave.read.period_text, with the half-days translated)."""
    start, end = format_date(r.start), format_date(r.end)
    morning = r.start_half is HalfDay.MORNING
    if r.start == r.end:
        if r.start_half is r.end_half:
            return (LeaveDays.tr("%1 (buổi sáng)") if morning else LeaveDays.tr("%1 (buổi chiều)")).replace("%1", start)
        return start
    if not morning:
        start = LeaveDays.tr("%1 (chiều)").replace("%1", start)
    if r.end_half is HalfDay.MORNING:
        end = LeaveDays.tr("%1 (sáng)").replace("%1", end)
    return f"{start} – {end}"


def working_days_text(days: float) -> str:
    """"1,5 ngày làm việc". Days may be halves, so the plural form is chosen from whether
    the number is exactly one (English: "1 working day", "1,5 working days")."""
    return LeaveDays.tr("%1 ngày làm việc", "", 1 if days == 1 else 2).replace("%1", format_days(days))


# status text: (on a light base, on a dark base); rows awaiting the paper application keep their
# light PENDING background in both palettes, so they take the light-base shade
STATUS_COLOURS = {"submitted": tints.AMBER_INK, "approved": ("#15803d", "#86efac"), "rejected": tints.RED_INK,
                  "cancelled": ("#6b7280", "#a1a1aa"), "draft": tints.BLUE_INK}
DAY_OFF = QColor(127, 127, 127, 70)  # translucent: a shade in the light and the dark palette
PENDING = QColor("#fef3c7")
ABSENT = QColor("#dbeafe")
INK = QColor("#111827")  # text on the light backgrounds above, readable in the dark palette too


def name_key(full_name: str) -> str:
    """Vietnamese names sort by the given name (the last word), then the whole name."""
    words = fold(full_name).split()
    return f"{words[-1] if words else ''} {' '.join(words)}"


class _Table(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses give headers and cell values."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[Any] = []
        self._texts: dict[tuple[int, int], tuple] = {}  # (row, role) -> the row's values, made once per load

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        try:
            self._rows = list(rows)
            self._texts = {}
        finally:
            self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """Add *rows* after those shown (the next page of a long list)."""
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        try:
            self._rows.extend(rows)
        finally:
            self.endInsertRows()

    def row_values(self, row: int, role: int, make: Callable[[], tuple]) -> tuple:
        """The values of *row* for *role* (one per column), made once per load: views and the
        sorting proxy ask for each column of each row many times."""
        values = self._texts.get((row, role))
        if values is None:
            values = self._texts[(row, role)] = make()
        return values

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RequestsModel(_Table):
    HEADERS = (
        QT_TRANSLATE_NOOP("RequestsModel", "Số"), QT_TRANSLATE_NOOP("RequestsModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("RequestsModel", "Đơn vị"), QT_TRANSLATE_NOOP("RequestsModel", "Loại nghỉ"),
        QT_TRANSLATE_NOOP("RequestsModel", "Thời gian"), QT_TRANSLATE_NOOP("RequestsModel", "Số ngày"),
        QT_TRANSLATE_NOOP("RequestsModel", "Trạng thái"),
        QT_TRANSLATE_NOOP("RequestsModel", "Chờ ý kiến"),
        QT_TRANSLATE_NOOP("RequestsModel", "Ghi chú"),
    )

    def _row_texts(self, r: RequestInfo) -> tuple[str, ...]:
        step = r.current_step
        notes = []
        if r.emergency:
            notes.append(self.tr("đột xuất"))
        if r.application_due:
            notes.append(self.tr("chờ đơn giấy"))
        if r.balance_override_note:
            notes.append(self.tr("duyệt vượt mức"))
        return (str(r.id), r.person_name, r.unit_name, r.leave_type_name, period_text(r), format_days(r.days),
                status_text(r.status), step.approver_name if step else "", "; ".join(notes))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: RequestInfo = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_values(index.row(), role, lambda: self._row_texts(r))[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 6:
            shades = STATUS_COLOURS.get(r.status)
            if shades is None:
                return None
            return QBrush(QColor(shades[0]) if r.application_due else tints.ink(shades))
        if r.application_due and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PENDING)
        if r.application_due and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INK)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return r.id
        if role == SEARCH_ROLE:
            return fold(f"{r.person_name} {r.unit_name} {r.leave_type_name}")
        if role == SORT_ROLE:
            return self.row_values(index.row(), role, lambda: (
                r.id, name_key(r.person_name), r.unit_name, r.leave_type_name, r.start.toordinal(), r.days, r.status,
                r.current_step.approver_name if r.current_step else "", ""))[col]
        return None


class BalancesModel(_Table):
    HEADERS = (
        QT_TRANSLATE_NOOP("BalancesModel", "Họ và tên"), QT_TRANSLATE_NOOP("BalancesModel", "Chức vụ"),
        QT_TRANSLATE_NOOP("BalancesModel", "Đơn vị"), QT_TRANSLATE_NOOP("BalancesModel", "Được nghỉ"),
        QT_TRANSLATE_NOOP("BalancesModel", "Chuyển sang"),
        QT_TRANSLATE_NOOP("BalancesModel", "Đã nghỉ"), QT_TRANSLATE_NOOP("BalancesModel", "Chờ duyệt"),
        QT_TRANSLATE_NOOP("BalancesModel", "Còn lại"), QT_TRANSLATE_NOOP("BalancesModel", "Nghỉ khác"),
        QT_TRANSLATE_NOOP("BalancesModel", "Nghỉ bù được"), QT_TRANSLATE_NOOP("BalancesModel", "Nghỉ bù còn"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        b: Balance = self._rows[index.row()]
        col = index.column()
        numbers = (b.entitlement, b.carried, b.taken, b.pending, b.remaining, b.other_taken, b.comp_earned,
                   b.comp_remaining)
        if role == Qt.ItemDataRole.DisplayRole:
            if col < 3:
                return (b.full_name, b.position_title, b.unit_name)[col]
            return format_days(numbers[col - 3])
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and b.remaining < 0:
            return QBrush(tints.ink(tints.RED_INK))
        if role == Qt.ItemDataRole.FontRole and col == 7:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return b.person_id
        if role == SEARCH_ROLE:
            return fold(f"{b.full_name} {b.unit_name}")
        if role == SORT_ROLE:
            return (name_key(b.full_name), b.position_title, b.unit_name, *numbers)[col]
        return None


class AbsenceModel(QAbstractTableModel):
    """People × days of a month; a cell shows the leave symbol (P, ½P, Ô …), "?" while pending."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.month: AbsenceMonth | None = None

    def set_month(self, month: AbsenceMonth) -> None:
        self.beginResetModel()
        try:
            self.month = month
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.month is None else len(self.month.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.month is None else len(self.month.days) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.month is None or orientation != Qt.Orientation.Horizontal:
            return None
        days = self.month.days
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Họ và tên")
            if section == len(days) + 1:
                return self.tr("Số ngày")
            day = days[section - 1]
            return f"{day.day.day}\n{term(day.weekday)}"
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section <= len(days):
            day = days[section - 1]
            return format_date(day.day) + (f" — {day.holiday}" if day.holiday else "")
        if role == Qt.ItemDataRole.BackgroundRole and 0 < section <= len(days) and not days[section - 1].working:
            return QBrush(DAY_OFF)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.month is None:
            return None
        row = self.month.rows[index.row()]
        col = index.column()
        days = self.month.days
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.full_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.position_title} — {row.unit_name}"
            return None
        if col == len(days) + 1:
            if role == Qt.ItemDataRole.DisplayRole:
                return format_days(row.leave_days) if row.leave_days else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        cell = row.cells[col - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.symbol:
                return QBrush(PENDING if cell.pending else ABSENT)
            if not days[col - 1].working:
                return QBrush(DAY_OFF)
        if role == Qt.ItemDataRole.ForegroundRole and cell.symbol:
            return QBrush(INK)
        if role == Qt.ItemDataRole.ToolTipRole and cell.symbol:
            return cell.detail + (self.tr(" (chờ duyệt)") if cell.pending else "")
        if role == ID_ROLE:
            return cell.request_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RosterModel(_Table):
    HEADERS = (
        QT_TRANSLATE_NOOP("RosterModel", "Ngày"), QT_TRANSLATE_NOOP("RosterModel", "Thứ"),
        QT_TRANSLATE_NOOP("RosterModel", "Ngày lễ"), QT_TRANSLATE_NOOP("RosterModel", "Người trực"),
        QT_TRANSLATE_NOOP("RosterModel", "Điện thoại"),
    )

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.roster: RosterInfo | None = None

    def set_roster(self, roster: RosterInfo | None) -> None:
        self.roster = roster
        self.set_rows(roster.days if roster else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            names = ", ".join(p.full_name + (" ✎" if p.manual else "") for p in day.people)
            phones = ", ".join(p.phone for p in day.people if p.phone)
            return (format_date(day.day), term(day.weekday), day.holiday, names or self.tr("— chưa phân công —"), phones)[col]
        short = self.roster is not None and len(day.people) < self.roster.per_day
        if short and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PENDING)
        if short and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INK)
        if role == ID_ROLE:
            return day.day.toordinal()
        return None


class FoldedProxy(QSortFilterProxyModel):
    """Filters rows on every word of a query, diacritics ignored ("nguyen" finds "Nguyễn");
    sorts on :data:`SORT_ROLE`."""

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        key = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(w in key for w in self._words)
