"""Qt models of the meetings pane: the meeting list, the checklist tree (departments → items),
attendees (invitations and attendance), documents and their copies."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from app.rules.meetings import DueState
from app.services.meetings.attendees import AttendeeInfo
from app.services.meetings.checklist import ChecklistEntry
from app.services.meetings.documents import CopyInfo, DocumentInfo
from app.services.meetings.preparation import MeetingInfo
from app.text import format_date, format_datetime, weekday_vi
from db.models.base import today_local
from ui import tints
from ui.table_model import (
    CENTER,
    ID_ROLE,
    READ_ONLY,
    Column,
    RowTableModel,
    heading_row,
    position_of,
    row_at,
)
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
RED_BG, AMBER_BG = tints.RED_TINT, tints.AMBER_TINT  # tints: pale on the light palette, deep on the dark


# Coloured text, picked for the palette when the view asks (light or dark, switchable at run time).
def red() -> QColor:
    return tints.ink(tints.RED_INK)


def amber() -> QColor:
    return tints.ink(tints.AMBER_INK)


def green() -> QColor:
    return tints.ink(tints.GREEN_INK)


WEEKDAY_SHORT = (QT_TRANSLATE_NOOP("MeetingDates", "T2"), QT_TRANSLATE_NOOP("MeetingDates", "T3"),
                 QT_TRANSLATE_NOOP("MeetingDates", "T4"), QT_TRANSLATE_NOOP("MeetingDates", "T5"),
                 QT_TRANSLATE_NOOP("MeetingDates", "T6"), QT_TRANSLATE_NOOP("MeetingDates", "T7"),
                 QT_TRANSLATE_NOOP("MeetingDates", "CN"))


def when_short(moment: datetime) -> str:
    """"T3 10/03 08:00" (the year only when it is not this year's)."""
    day = f"{moment:%d/%m}" if moment.year == today_local().year else f"{moment:%d/%m/%Y}"
    weekday = QCoreApplication.translate("MeetingDates", WEEKDAY_SHORT[moment.weekday()])
    return f"{weekday} {day} {moment:%H:%M}"


def when_long(moment: datetime) -> str:
    """"Thứ Ba 10/03/2026 08:00"."""
    return f"{term(weekday_vi(moment))} {format_date(moment)} {moment:%H:%M}"


def _meeting_tip(row: MeetingInfo) -> str:
    """The whole title, the kind, the day and the place (the list elides long titles)."""
    return f"{row.title}\n{term(row.kind_label)} · {when_long(row.start)}\n{row.location}"


class MeetingListModel(QStandardItemModel):
    """The list of meetings: :attr:`rows` (a page read, then the next ones when the list is
    scrolled to its end), one row of cells each, made when the rows come.

    The cells are made once (their texts were measured for the columns' widths at once anyway),
    so what the view asks of each cell many times while it fits the rows to their wrapped
    titles and paints them is answered in Qt's code, not by a Python method each."""

    columns = (
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Ngày giờ"), lambda r: when_short(r.start), _meeting_tip),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Cuộc họp"), lambda r: r.title, _meeting_tip),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Xong"), lambda r: f"{r.done}/{r.total}", _meeting_tip, CENTER),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "Quá hạn"), lambda r: r.overdue or "", _meeting_tip, CENTER),
    )
    OVERDUE = 3  # the column of the overdue count: bold and red when there is one

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(self.columns), parent)
        for section, column in enumerate(self.columns):
            self.setHeaderData(section, Qt.Orientation.Horizontal,
                               QCoreApplication.translate("MeetingListModel", column.header))
        self.rows: list[MeetingInfo] = []
        self.more = False  # more meetings follow those read
        self.fetch: Callable[[], None] | None = None  # reads the next page; its rows come in append_rows
        self._fetching = False

    # -- the rows ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[MeetingInfo]) -> None:
        """Show *rows* instead of those shown (one model reset: the views hear of no row removed
        or added one by one)."""
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.rows = list(rows)
            self.setRowCount(0)
            for row in self.rows:
                self.appendRow(self._cells(row))
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def append_rows(self, rows: Sequence[MeetingInfo]) -> None:
        """Add *rows* after those shown (the next page)."""
        for row in rows:
            self.rows.append(row)
            self.appendRow(self._cells(row))

    def update_row(self, position: int, row: MeetingInfo) -> None:
        """Replace the row at *position*; the views repaint that row only."""
        self.rows[position] = row
        for column, cell in enumerate(self._cells(row)):
            self.setItem(position, column, cell)

    def row_at(self, where: int | Index) -> MeetingInfo | None:
        """The row at a row number or a model index; ``None`` outside the rows."""
        return row_at(self.rows, where)

    def row_of(self, meeting_id: int | None) -> int:
        """The position of meeting *meeting_id*, or -1."""
        return position_of(self.rows, meeting_id, lambda row: row.id)

    def _cells(self, row: MeetingInfo) -> list[QStandardItem]:
        cells = []
        tips: dict[Callable[[MeetingInfo], str | None], str | None] = {}  # the columns share one tooltip
        for column, spec in enumerate(self.columns):
            cell = QStandardItem()
            cell.setFlags(READ_ONLY)
            cell.setData(spec.display(row), Qt.ItemDataRole.DisplayRole)
            cell.setData(row.id, ID_ROLE)
            if spec.tooltip is not None:
                if spec.tooltip not in tips:
                    tips[spec.tooltip] = spec.tooltip(row)
                tip = tips[spec.tooltip]
                if tip is not None:
                    cell.setToolTip(tip)
            if spec.align is not None:
                cell.setData(int(spec.align), Qt.ItemDataRole.TextAlignmentRole)
            if row.cancelled or (column == self.OVERDUE and row.overdue):
                font = QFont()
                font.setStrikeOut(row.cancelled)  # called off: its calendar entry is cancelled
                font.setBold(not row.cancelled)
                cell.setFont(font)
            cells.append(cell)
        self._ink(row, cells)
        return cells

    def _ink(self, row: MeetingInfo, cells: Sequence[QStandardItem]) -> None:
        """A cancelled meeting's row in muted text, an overdue count in red, for the palette now."""
        if row.cancelled:
            muted = QBrush(tints.muted_text())
            for cell in cells:
                cell.setForeground(muted)
        elif row.overdue:
            cells[self.OVERDUE].setForeground(QBrush(red()))

    def recolour(self) -> None:
        """The colours of the rows for a palette switched at run time (light or dark)."""
        for position, row in enumerate(self.rows):
            self._ink(row, [self.item(position, column) for column in range(len(self.columns))])

    # -- pages -------------------------------------------------------------------------

    def fetched(self, more: bool) -> None:
        """The rows read so far are in; *more* follow them."""
        self.more, self._fetching = more, False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.more and not self._fetching and self.fetch is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.fetch is not None:
            self._fetching = True
            self.fetch()


# -- checklist tree ----------------------------------------------------------------------

@dataclass
class _Group:
    label: str
    entries: list[ChecklistEntry] = field(default_factory=list)


class ChecklistModel(QStandardItemModel):
    """Departments (top level) → checklist items. Column 0 of an item is checkable; checking
    it emits :attr:`tick_requested` — the pane calls the service and reloads.

    Every cell is made when a checklist is loaded, so what the tree and its wrapping delegate
    ask of each cell many times while they measure the wrapped rows and paint them is answered
    in Qt's code, not by a Python method each."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Công việc"), QT_TRANSLATE_NOOP("ChecklistModel", "Hạn"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Người thực hiện"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Đã xong"), QT_TRANSLATE_NOOP("ChecklistModel", "Ghi chú"),
    )
    tick_requested = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        for section in range(len(self.HEADERS)):
            self.setHeaderData(section, Qt.Orientation.Horizontal, self.tr(self.HEADERS[section]))
        self.groups: list[_Group] = []
        self.can_tick: Callable[[ChecklistEntry], bool] = lambda entry: True

    def load(self, entries: Sequence[ChecklistEntry]) -> None:
        """Show *entries* (in their departments' order) instead of those shown: one model reset."""
        self.beginResetModel()
        blocked = self.blockSignals(True)  # the views hear of the reset only, not of each row added
        try:
            self.groups = []
            for entry in entries:
                if not self.groups or self.groups[-1].label != entry.department_label:
                    self.groups.append(_Group(entry.department_label))
                self.groups[-1].entries.append(entry)
            self.setRowCount(0)
            for group in self.groups:
                self.appendRow(self._group_row(group))
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def _group_row(self, group: _Group) -> list[QStandardItem]:
        """The department's heading (its cells in bold, the first with the count done), its items beneath."""
        done = sum(1 for e in group.entries if e.done)
        heading = heading_row(f"{term(group.label)} ({done}/{len(group.entries)})", len(self.HEADERS))
        for entry in group.entries:
            heading[0].appendRow(self._cells(entry))
        return heading

    def _cells(self, entry: ChecklistEntry) -> list[QStandardItem]:
        by = f" {entry.done_by}" if entry.done_by and entry.done_by != entry.owner_name else ""
        done_text = f"{when_short(entry.done_at)}{by}" if entry.done_at else ""
        tip = f"{entry.task}\n{when_long(entry.due)}"
        cells = []
        for text in (entry.task, when_short(entry.due), entry.owner_name, done_text, entry.notes):
            cell = QStandardItem(text)
            cell.setFlags(READ_ONLY)
            cell.setData(entry.id, ID_ROLE)
            cell.setData(entry.state.value, STATE_ROLE)
            cell.setToolTip(tip)
            cells.append(cell)
        first = cells[0]
        first.setCheckState(Qt.CheckState.Checked if entry.done else Qt.CheckState.Unchecked)
        if self.can_tick(entry):
            first.setFlags(READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable)
        self._ink(entry, cells)
        return cells

    @staticmethod
    def _ink(entry: ChecklistEntry, cells: Sequence[QStandardItem]) -> None:
        """An overdue or soon-due item's tint and the ink that reads on it, a done one's muted
        text: for the palette now."""
        ink = {DueState.OVERDUE: tints.RED_INK, DueState.SOON: tints.AMBER_INK}.get(entry.state)
        foreground = QBrush(tints.ink(ink)) if ink is not None else \
            QBrush(tints.muted_text()) if entry.state is DueState.DONE else None
        background = {DueState.OVERDUE: RED_BG, DueState.SOON: AMBER_BG}.get(entry.state)
        for cell in cells:
            if foreground is not None:
                cell.setForeground(foreground)
            if background is not None:
                cell.setBackground(QBrush(background))

    def recolour(self) -> None:
        """The items' colours for a palette switched at run time (light or dark)."""
        for g, group in enumerate(self.groups):
            heading = self.item(g, 0)
            for r, entry in enumerate(group.entries):
                self._ink(entry, [heading.child(r, c) for c in range(len(self.HEADERS))])

    def entry(self, index: Index) -> ChecklistEntry | None:
        """The item at *index* (any of its cells); None for a department's heading."""
        if not index.isValid():
            return None
        parent = index.parent()
        if not parent.isValid():
            return None
        return self.groups[parent.row()].entries[index.row()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A tick or untick from the view: asked of the pane (:attr:`tick_requested`), which
        reloads; nothing else is edited here."""
        entry = self.entry(index)
        if entry is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked != entry.done:
            self.tick_requested.emit(entry.id, checked)
        return True

    def find(self, item_id: int) -> QModelIndex:
        for g, group in enumerate(self.groups):
            for r, entry in enumerate(group.entries):
                if entry.id == item_id:
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()


# -- attendees ---------------------------------------------------------------------------

def _invitation(row: AttendeeInfo) -> str:
    return f"{format_datetime(row.invitation_sent_at)} ({row.invitation_via})" if row.invitation_sent_at else ""


class AttendeeModel(RowTableModel[AttendeeInfo]):
    """The invitation list: who, role, invitation sent, absence notified in advance."""

    NUMBERED = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("AttendeeModel", "Họ và tên"), lambda r: r.full_name),
            Column(QT_TRANSLATE_NOOP("AttendeeModel", "Chức vụ"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("AttendeeModel", "Đơn vị"), lambda r: r.organisation),
            Column(QT_TRANSLATE_NOOP("AttendeeModel", "Vai trò"), lambda r: term(r.role_label)),
            Column(QT_TRANSLATE_NOOP("AttendeeModel", "Giấy mời"), _invitation),
            Column(QT_TRANSLATE_NOOP("AttendeeModel", "Báo vắng trước"), self._absence),
        )

    def _absence(self, row: AttendeeInfo) -> str:
        absence = ""
        if row.absence_notified_at:
            absence = row.absence_reason
            if row.member:
                absence += self.tr(" — được Thường trực cho phép") if row.permitted_by_standing \
                    else self.tr(" — chưa được cho phép")
        return absence

    def cell(self, row: AttendeeInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and row.absence_notified_at:
            return QBrush(amber())
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.person_id is None:
            font = QFont()
            font.setItalic(True)  # outside guests
            return font
        return None


STATUS_TEXT = {"present": QT_TRANSLATE_NOOP("AttendanceModel", "Có mặt"),
               "late": QT_TRANSLATE_NOOP("AttendanceModel", "Đến muộn"),
               "absent": QT_TRANSLATE_NOOP("AttendanceModel", "Vắng mặt")}


def _status(row: AttendeeInfo) -> str:
    return row.attendance.value if row.attendance else ""


class AttendanceModel(RowTableModel[AttendeeInfo]):
    """The tally during the meeting, with each member's absences this year."""

    NUMBERED = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = 2
        self.columns = (
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Họ và tên"), lambda r: r.full_name),
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Chức vụ"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Điểm danh"), self._status_text),
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Lý do"),
                   lambda r: r.attendance_reason or (r.absence_reason if r.absence_notified_at else "")),
            Column(QT_TRANSLATE_NOOP("AttendanceModel", "Vắng trong năm"), self._absences, self._over_limit_tip),
        )

    def _status_text(self, row: AttendeeInfo) -> str:
        status = _status(row)
        return self.tr(STATUS_TEXT[status]) if status else ""

    def _absences(self, row: AttendeeInfo) -> str:
        absences = str(row.absences_this_year) if row.member else ""
        if row.over_limit:
            absences += self.tr(" — quá %n lần", "", self.limit)
        return absences

    def _over_limit_tip(self, row: AttendeeInfo) -> str | None:
        if not row.over_limit:
            return None
        return self.tr("Ủy viên không được vắng quá %n lần mỗi năm (004 Điều 10.1).", "", self.limit)

    def cell(self, row: AttendeeInfo, column: int, role: int) -> Any:
        status = _status(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2 and status:
                return QBrush({"present": green, "late": amber, "absent": red}[status]())
            if column == 4 and row.member and row.absences_this_year >= self.limit:
                return QBrush(red() if row.over_limit else amber())
        if role == Qt.ItemDataRole.FontRole and ((column == 2 and status) or (column == 4 and row.over_limit)):
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- documents ---------------------------------------------------------------------------

class DocumentModel(RowTableModel[DocumentInfo]):
    columns = (
        Column(QT_TRANSLATE_NOOP("DocumentModel", "Tài liệu"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("DocumentModel", "Mật"),
               lambda r: QCoreApplication.translate("DocumentModel", "Mật") if r.secret else ""),
        Column(QT_TRANSLATE_NOOP("DocumentModel", "Số bản"), lambda r: r.copies),
        Column(QT_TRANSLATE_NOOP("DocumentModel", "Thu hồi"),
               lambda r: QCoreApplication.translate("DocumentModel", "Có") if r.to_be_retrieved else ""),
        Column(QT_TRANSLATE_NOOP("DocumentModel", "Đã phát"), lambda r: r.given),
        Column(QT_TRANSLATE_NOOP("DocumentModel", "Chưa trả"), lambda r: r.outstanding if r.to_be_retrieved else ""),
    )
    NUMBERED = True

    def cell(self, row: DocumentInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in (1, 5) and (
                (column == 1 and row.secret) or (column == 5 and row.to_be_retrieved and row.outstanding)):
            return QBrush(red())
        return None


class CopyModel(RowTableModel[CopyInfo]):
    columns = (
        Column(QT_TRANSLATE_NOOP("CopyModel", "Tài liệu"), lambda r: r.document_title),
        Column(QT_TRANSLATE_NOOP("CopyModel", "Bản số"), lambda r: r.copy_number),
        Column(QT_TRANSLATE_NOOP("CopyModel", "Người nhận"), lambda r: r.attendee_name),
        Column(QT_TRANSLATE_NOOP("CopyModel", "Nhận lúc"), lambda r: format_datetime(r.received_at)),
        Column(QT_TRANSLATE_NOOP("CopyModel", "Trả lúc"),
               lambda r: format_datetime(r.returned_at) if r.returned_at else ""),
    )
    NUMBERED = True

    def cell(self, row: CopyInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.to_be_retrieved and row.returned_at is None:
            return QBrush(red())
        return None
