"""Qt models of the leave pane: requests, balances, the month's absences, a duty roster."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.rules.leave import HalfDay
from app.services.leave.absence_calendar import AbsenceMonth
from app.services.leave.balance import Balance
from app.services.leave.read import RequestInfo, format_days
from app.services.leave.roster import RosterDay, RosterInfo
from app.text import fold, format_date
from ui import tints
from ui.table_model import CENTER, ID_ROLE, RIGHT, SORT_ROLE, Column, RowTableModel
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP, TranslationContext

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2

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


def _notes(r: RequestInfo) -> str:
    notes = []
    if r.emergency:
        notes.append(QCoreApplication.translate("RequestsModel", "đột xuất"))
    if r.application_due:
        notes.append(QCoreApplication.translate("RequestsModel", "chờ đơn giấy"))
    if r.balance_override_note:
        notes.append(QCoreApplication.translate("RequestsModel", "duyệt vượt mức"))
    return "; ".join(notes)


def _approver(r: RequestInfo) -> str:
    return r.current_step.approver_name if r.current_step else ""


class RequestsModel(RowTableModel[RequestInfo]):
    columns = (
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Số"), lambda r: str(r.id), align=CENTER, sort_key=lambda r: r.id),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Họ và tên"), lambda r: r.person_name,
               sort_key=lambda r: name_key(r.person_name)),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Đơn vị"), lambda r: r.unit_name),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Loại nghỉ"), lambda r: r.leave_type_name),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Thời gian"), period_text, sort_key=lambda r: r.start.toordinal()),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Số ngày"), lambda r: format_days(r.days), align=CENTER,
               sort_key=lambda r: r.days),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Trạng thái"), lambda r: status_text(r.status),
               sort_key=lambda r: r.status),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Chờ ý kiến"), _approver),
        Column(QT_TRANSLATE_NOOP("RequestsModel", "Ghi chú"), _notes, sort_key=lambda r: ""),
    )
    CACHED = True  # a long list that the sorting proxy asks for again and again

    def cell(self, r: RequestInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            shades = STATUS_COLOURS.get(r.status)
            if shades is None:
                return None
            return QBrush(QColor(shades[0]) if r.application_due else tints.ink(shades))
        if r.application_due and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PENDING)
        if r.application_due and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INK)
        if role == SEARCH_ROLE:
            return fold(f"{r.person_name} {r.unit_name} {r.leave_type_name}")
        return None


def _days_column(header: str, value: Callable[[Balance], float]) -> Column[Balance]:
    return Column(header, lambda b: format_days(value(b)), align=RIGHT, sort_key=value)


class BalancesModel(RowTableModel[Balance]):
    columns = (
        Column(QT_TRANSLATE_NOOP("BalancesModel", "Họ và tên"), lambda b: b.full_name,
               sort_key=lambda b: name_key(b.full_name)),
        Column(QT_TRANSLATE_NOOP("BalancesModel", "Chức vụ"), lambda b: b.position_title),
        Column(QT_TRANSLATE_NOOP("BalancesModel", "Đơn vị"), lambda b: b.unit_name),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Được nghỉ"), lambda b: b.entitlement),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Chuyển sang"), lambda b: b.carried),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Đã nghỉ"), lambda b: b.taken),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Chờ duyệt"), lambda b: b.pending),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Còn lại"), lambda b: b.remaining),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Nghỉ khác"), lambda b: b.other_taken),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Nghỉ bù được"), lambda b: b.comp_earned),
        _days_column(QT_TRANSLATE_NOOP("BalancesModel", "Nghỉ bù còn"), lambda b: b.comp_remaining),
    )

    def row_id(self, row: Balance) -> int:
        return row.person_id

    def cell(self, b: Balance, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 7 and b.remaining < 0:
            return QBrush(tints.ink(tints.RED_INK))
        if role == Qt.ItemDataRole.FontRole and column == 7:
            font = QFont()
            font.setBold(True)
            return font
        if role == SEARCH_ROLE:
            return fold(f"{b.full_name} {b.unit_name}")
        return None


class AbsenceModel(QAbstractTableModel):
    """People × days of a month; a cell shows the leave symbol (P, ½P, Ô …), "?" while pending."""

    def __init__(self, parent: QObject | None = None) -> None:
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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


class RosterModel(RowTableModel[RosterDay]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roster: RosterInfo | None = None
        self.columns = (
            Column(QT_TRANSLATE_NOOP("RosterModel", "Ngày"), lambda d: format_date(d.day)),
            Column(QT_TRANSLATE_NOOP("RosterModel", "Thứ"), lambda d: term(d.weekday)),
            Column(QT_TRANSLATE_NOOP("RosterModel", "Ngày lễ"), lambda d: d.holiday),
            Column(QT_TRANSLATE_NOOP("RosterModel", "Người trực"), lambda d: ", ".join(
                p.full_name + (" ✎" if p.manual else "") for p in d.people) or self.tr("— chưa phân công —")),
            Column(QT_TRANSLATE_NOOP("RosterModel", "Điện thoại"), lambda d: ", ".join(
                p.phone for p in d.people if p.phone)),
        )

    def set_roster(self, roster: RosterInfo | None) -> None:
        self.roster = roster
        self.set_rows(roster.days if roster else [])

    def row_id(self, row: RosterDay) -> int:
        return row.day.toordinal()

    def cell(self, day: RosterDay, column: int, role: int) -> Any:
        short = self.roster is not None and len(day.people) < self.roster.per_day
        if short and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(PENDING)
        if short and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INK)
        return None


class FoldedProxy(QSortFilterProxyModel):
    """Filters rows on every word of a query, diacritics ignored ("nguyen" finds "Nguyễn");
    sorts on :data:`SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None) -> None:
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
