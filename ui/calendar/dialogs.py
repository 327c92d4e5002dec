"""Smaller dialogs of the calendar pane: publishing a week, the changes since a published
version, and the preview of an .ics import."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.calendar import events as cal
from app.services.calendar.events import ScheduleFilter
from app.services.calendar.ics_import import IcsCandidate, import_ics, preview_ics
from app.text import format_date, format_datetime
from ui.calendar.models import ChangesModel
from ui.context import AppContext, show_error
from ui.screen_fit import resize_within_screen
from ui.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.calendar.pane import CalendarPane

Index = QModelIndex | QPersistentModelIndex


def publish_week(pane: CalendarPane) -> bool:
    """Ask for an optional note and publish the pane's week as its next version."""
    versions = pane.ctx.read(cal.versions, monday=pane.monday)
    number = len(versions) + 1
    note, ok = QInputDialog.getText(
        pane, QCoreApplication.translate("CalendarPane", "Công bố lịch tuần"),
        QCoreApplication.translate("CalendarPane", "Công bố lịch tuần từ %1 (bản số %2). Ghi chú (không bắt buộc):")
        .replace("%1", format_date(pane.monday)).replace("%2", str(number)), QLineEdit.EchoMode.Normal, "")
    if not ok:
        return False
    done, _ = pane.ctx.try_call(pane, cal.publish_week, monday=pane.monday, note=note)
    return done


class ChangesDialog(QDialog):
    """What changed in a week since the chosen published version (added, moved, cancelled, changed)."""

    def __init__(self, ctx: AppContext, monday: date, view_filter: ScheduleFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.monday, self.view_filter = ctx, monday, view_filter
        self.setObjectName("changesDialog")
        self.setWindowTitle(self.tr("Thay đổi của lịch tuần từ %1").replace("%1", format_date(monday)))
        self.version = QComboBox()
        self.version.setObjectName("changesVersion")
        for info in ctx.read(cal.versions, monday=monday):
            self.version.addItem(self.tr("Bản số %1 — %2 (%3)").replace("%1", str(info.version))
                                 .replace("%2", format_datetime(info.published_at)).replace("%3", info.published_by),
                                 info.version)
        self.version.setCurrentIndex(self.version.count() - 1)
        self.summary = QLabel()
        self.model = ChangesModel(self)
        self.view = QTableView()
        self.view.setObjectName("changesView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("So với:")))
        row.addWidget(self.version, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.version.currentIndexChanged.connect(lambda _i: self.load())
        resize_within_screen(self, 900, 420)
        self.load()

    def load(self) -> None:
        version = self.version.currentData()
        if version is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("Tuần này chưa được công bố."))
            return
        changes = self.ctx.read(cal.changes_since, monday=self.monday, version=version, filter=self.view_filter)
        self.model.set_rows(changes)
        self.view.resizeRowsToContents()
        self.summary.setText(self.tr("%n thay đổi so với bản số %1.", "", len(changes))
                             .replace("%1", str(version)) if changes else
                             self.tr("Không có thay đổi so với bản số %1.").replace("%1", str(version)))


class ImportModel(QAbstractTableModel):
    """The events of an .ics file, checkable; the ones that cannot be imported are greyed."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportModel", "Nhập"), QT_TRANSLATE_NOOP("ImportModel", "Thời gian"),
               QT_TRANSLATE_NOOP("ImportModel", "Nội dung"), QT_TRANSLATE_NOOP("ImportModel", "Địa điểm"),
               QT_TRANSLATE_NOOP("ImportModel", "Ghi chú"))

    def __init__(self, candidates: list[IcsCandidate], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.checked = [c.importable for c in candidates]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.candidates[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            when = ""
            if c.start is not None:
                when = format_date(c.start.date()) if c.all_day else format_datetime(c.start)
            note = c.note
            return ("", when, c.title, c.location, note)[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        if not self.candidates[index.row()].importable:
            return False
        self.checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable
        if self.candidates[index.row()].importable:
            flags |= Qt.ItemFlag.ItemIsEnabled
            if index.column() == 0:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def chosen_uids(self) -> list[str]:
        return [c.uid for c, on in zip(self.candidates, self.checked, strict=True) if on]


class ImportDialog(QDialog):
    """Preview of an .ics file: choose which events to import."""

    def __init__(self, ctx: AppContext, content: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.content = ctx, content
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Nhập lịch từ %1").replace("%1", name))
        self.model = ImportModel(ctx.read(preview_ics, content=content), self)
        view = QTableView()
        view.setObjectName("importView")
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ready = sum(self.model.checked)
        label = QLabel(self.tr("%1 trong %n mục có thể nhập.", "", len(self.model.candidates))
                       .replace("%1", str(ready)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nhập"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy bỏ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.created: list[int] = []
        resize_within_screen(self, 860, 420)

    def accept(self) -> None:
        ok, result = self.ctx.try_call(self, import_ics, content=self.content,
                                       uids=self.model.chosen_uids())
        if ok and result is not None:
            self.created = result.created + result.updated
            super().accept()


def import_ics_file(pane: CalendarPane) -> None:
    path, _ = QFileDialog.getOpenFileName(pane, QCoreApplication.translate("CalendarPane", "Nhập lịch iCalendar"), "",
                                          QCoreApplication.translate("CalendarPane", "Lịch iCalendar (*.ics)"))
    if not path:
        return
    try:
        content = Path(path).read_bytes()
        dialog = ImportDialog(pane.ctx, content, Path(path).name, pane)
    except (OSError, ValueError) as exc:
        show_error(pane, str(exc))
        return
    dialog.exec()
