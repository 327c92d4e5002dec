"""The outgoing-document register (sổ đăng ký văn bản đi) in the window: the numbers of a year
and type, the next number, reserving, registering a document typed elsewhere, voiding with a
reason, and the .xlsx export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.auth import Permission
from app.services.meetings import register
from app.services.meetings.register import RegisterEntry
from app.text import format_date
from ui.context import AppContext, show_error
from ui.export_files import announce_export, ask_save_path
from ui.screen_fit import resize_within_screen
from ui.table_model import Column, RowTableModel
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP


class RegisterModel(RowTableModel[RegisterEntry]):
    """The register's lines (ids plus a cache of read models)."""

    columns = (
        Column(QT_TRANSLATE_NOOP("RegisterModel", "Số và ký hiệu"), lambda e: e.symbol),
        Column(QT_TRANSLATE_NOOP("RegisterModel", "Ngày"), lambda e: format_date(e.issued_on) if e.issued_on else ""),
        Column(QT_TRANSLATE_NOOP("RegisterModel", "Trích yếu"), lambda e: e.title),
        Column(QT_TRANSLATE_NOOP("RegisterModel", "Trạng thái"), lambda e: term(e.status_label)),
        Column(QT_TRANSLATE_NOOP("RegisterModel", "Lý do hủy"), lambda e: e.void_reason),
        Column(QT_TRANSLATE_NOOP("RegisterModel", "Người lấy số"), lambda e: e.created_by),
    )

    def cell(self, row: RegisterEntry, column: int, role: int) -> object:
        return row.id if role == Qt.ItemDataRole.UserRole else None


class RegisterDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("registerDialog")
        self.setWindowTitle(self.tr("Sổ đăng ký văn bản đi"))
        resize_within_screen(self, 900, 520)
        self.year = QComboBox()
        for year in ctx.read(register.list_years):
            self.year.addItem(str(year), year)
        self.type = QComboBox()
        for kind in ctx.read(register.document_types):
            self.type.addItem(f"{kind.code} — {kind.name}", kind.code)
        self.next_label = QLabel()
        self.next_label.setObjectName("registerNext")
        self.model = RegisterModel(self)
        self.view = QTableView()
        self.view.setObjectName("registerTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        writer = ctx.can(Permission.MEETINGS_WRITE)
        buttons = QHBoxLayout()
        for text, handler, name in ((self.tr("Lấy số…"), self.issue, "registerIssue"),
                                    (self.tr("Giữ số…"), self.reserve, "registerReserve"),
                                    (self.tr("Hủy số…"), self.void, "registerVoid")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(writer)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        export = QPushButton(self.tr("Xuất Excel…"))
        export.setObjectName("registerExport")
        export.clicked.connect(lambda: self.export())
        buttons.addWidget(export)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Năm:")))
        filters.addWidget(self.year)
        filters.addWidget(QLabel(self.tr("Loại văn bản:")))
        filters.addWidget(self.type, 1)
        filters.addWidget(self.next_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.type.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        year, code = self.year.currentData(), self.type.currentData()
        self.model.set_rows(self.ctx.read(register.list_entries, year=year, type_code=code))
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        symbol = self.ctx.read(register.peek_symbol, type_code=code, year=year)
        self.next_label.setText(self.tr("Số kế tiếp: %1").replace("%1", symbol))

    def _selected(self) -> RegisterEntry | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def issue(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Lấy số"), self.tr("Trích yếu nội dung văn bản:"))
        if ok and title.strip():
            done, entry = self.ctx.try_call(self, register.issue,
                                            type_code=self.type.currentData(), title=title)
            if done and entry is not None:
                self.refresh()
                self.next_label.setText(self.tr("Đã lấy %1").replace("%1", entry.label))

    def reserve(self) -> None:
        count, ok = QInputDialog.getInt(self, self.tr("Giữ số"), self.tr("Giữ bao nhiêu số?"), 1, 1, 100)
        if ok:
            done, _held = self.ctx.try_call(self, register.reserve,
                                            type_code=self.type.currentData(), year=self.year.currentData(),
                                            count=count)
            if done:
                self.refresh()

    def void(self) -> None:
        entry = self._selected()
        if entry is None:
            show_error(self, self.tr("Hãy chọn số cần hủy."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Hủy số"),
                                          self.tr("Lý do hủy số %1:").replace("%1", entry.symbol))
        if ok:
            done, _entry = self.ctx.try_call(self, register.void, entry_id=entry.id,
                                             reason=reason)
            if done:
                self.refresh()

    def export(self, target: str | None = None) -> bool:
        from app.reports.register_xlsx import export_register
        from app.services.org.read import get_office

        if target is None:
            chosen = ask_save_path(self, "register", self.tr("Xuất sổ văn bản đi"),
                                   f"so-van-ban-di-{self.year.currentData()}.xlsx", [self.tr("Bảng tính Excel (*.xlsx)")])
            if not chosen:
                return False
            target = chosen[0]
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        office = self.ctx.read(lambda session: get_office(session))
        try:
            export_register(self.model.rows, target, office_name=office.name if office else "")
        except OSError as exc:
            show_error(self, str(exc))
            return False
        announce_export(self, target)
        return True
