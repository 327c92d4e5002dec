"""Settings: office details (printed headers), regulation numbers, accounts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.services.admin import auth, settings
from app.services.admin.auth import ROLE_LABELS, AccountRole, Permission
from app.services.org import edit as org
from ui.context import AppContext
from ui.person_picker import PersonPicker
from ui.screen_fit import resize_within_screen
from ui.terms import term


class OfficeTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        office = ctx.read(lambda session: org.get_office(session))
        self.name = QLineEdit(office.name if office else "")
        self.name.setObjectName("officeName")
        self.parent_body = QLineEdit(office.parent_body if office else "")
        self.address = QLineEdit(office.address if office else "")
        self.place = QLineEdit(office.place if office else "")
        self.code_suffix = QLineEdit(office.code_suffix if office else "VPTU")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Cơ quan Đảng (HD 36-HD/VPTW): \"ĐẢNG CỘNG SẢN VIỆT NAM\""), "party")
        self.kind.addItem(self.tr("Cơ quan Nhà nước (Nghị định 30/2020): Quốc hiệu, Tiêu ngữ"), "state")
        self.kind.setCurrentIndex(0 if not office or office.kind == "party" else 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Tên cơ quan"), self.name)
        form.addRow(self.tr("Cơ quan cấp trên"), self.parent_body)
        form.addRow(self.tr("Địa chỉ"), self.address)
        form.addRow(self.tr("Địa danh (trên văn bản)"), self.place)
        form.addRow(self.tr("Ký hiệu cơ quan (số văn bản)"), self.code_suffix)
        form.addRow(self.tr("Thể thức văn bản"), self.kind)

    def save(self) -> bool:
        ok, _ = self.ctx.try_call(self, org.save_office, name=self.name.text(),
                                  parent_body=self.parent_body.text(), address=self.address.text(),
                                  place=self.place.text(), kind=self.kind.currentData(),
                                  code_suffix=self.code_suffix.text())
        return ok


class RulesTab(QWidget):
    """Every number from the regulations, with its default and source article."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        values = ctx.read(lambda session: settings.all_values(session))
        self.keys = [k for k in settings.CATALOGUE if not k.startswith("ui.")]
        self.table = QTableWidget(len(self.keys), 4)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Quy định"), self.tr("Giá trị"), self.tr("Mặc định"),
                                              self.tr("Căn cứ")])
        for row, key in enumerate(self.keys):
            spec = settings.CATALOGUE[key]
            label = QTableWidgetItem(term(spec.label))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setData(Qt.ItemDataRole.UserRole, key)
            value = QTableWidgetItem(str(values[key]))
            default = QTableWidgetItem(str(spec.default))
            default.setFlags(Qt.ItemFlag.ItemIsEnabled)
            source = QTableWidgetItem(spec.source)
            source.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for col, item in enumerate((label, value, default, source)):
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self._original = {key: str(values[key]) for key in self.keys}

    def save(self) -> bool:
        """Every edited number in one transaction: all stored, or none."""
        edited = {key: item.text().strip() for row, key in enumerate(self.keys)
                  if (item := self.table.item(row, 1)) is not None}  # every row has its value cell
        edited = {key: text for key, text in edited.items() if text != self._original[key]}
        if not edited:
            return True
        ok, stored = self.ctx.try_call(self, settings.set_values, values=edited)
        if not ok or stored is None:
            self.table.setCurrentCell(self.keys.index(self._first_invalid(edited)), 1)
            return False
        self._original.update({key: str(value) for key, value in stored.items()})
        return True

    @staticmethod
    def _first_invalid(edited: dict[str, str]) -> str:
        for key, text in edited.items():
            try:
                settings.validate(key, text)
            except InvalidInput:
                return key
        return next(iter(edited))


class AppearanceTab(QWidget):
    """Language and palette, stored as settings and applied at once (language on restart)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        values = ctx.read(lambda session: settings.all_values(session))
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if values["ui.language"] == "vi" else 1)
        self.theme = QComboBox()
        self.theme.setObjectName("themeCombo")
        for label, value in ((self.tr("Sáng"), "light"), (self.tr("Tối"), "dark"), (self.tr("Theo hệ thống"), "system")):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(values["ui.theme"])))
        self._original = (values["ui.language"], values["ui.theme"])
        form = QFormLayout(self)
        form.addRow(self.tr("Ngôn ngữ (áp dụng khi mở lại)"), self.language)
        form.addRow(self.tr("Giao diện"), self.theme)

    def save(self) -> bool:
        from PySide6.QtWidgets import QApplication

        from ui.application import apply_theme

        language, theme = self.language.currentData(), self.theme.currentData()
        if (language, theme) == self._original:
            return True
        ok, _ = self.ctx.try_call(self, settings.set_values, values={"ui.language": language, "ui.theme": theme})
        if not ok:
            return False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self._original = (language, theme)
        return True


class AccountsTab(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Vai trò"), self.tr("Cán bộ"),
                                              self.tr("Trạng thái")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        add = QPushButton(self.tr("Thêm tài khoản…"))
        add.setObjectName("addAccount")
        add.clicked.connect(self.add_account)
        reset = QPushButton(self.tr("Đặt lại mật khẩu…"))
        reset.clicked.connect(self.reset_password)
        toggle = QPushButton(self.tr("Khóa / mở khóa"))
        toggle.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (add, reset, toggle):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.users = self.ctx.read(auth.list_users)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            values = (user.username, term(ROLE_LABELS[user.role]), user.person_name,
                      self.tr("Đang dùng") if user.active else self.tr("Đã khóa"))
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _selected(self) -> auth.UserRow | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def add_account(self) -> None:
        dialog = NewAccountDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Đặt lại mật khẩu"),
                                            self.tr("Mật khẩu mới cho %1:").replace("%1", user.username),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self.ctx.try_call(self, auth.set_password, user_id=user.id, password=password)

    def toggle_active(self) -> None:
        user = self._selected()
        if user is not None:
            self.ctx.try_call(self, auth.update_user, user_id=user.id, active=not user.active)
            self.reload()


class NewAccountDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Thêm tài khoản"))
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in AccountRole:
            self.role.addItem(term(ROLE_LABELS[role]), role.value)
        self.role.setCurrentIndex(list(AccountRole).index(AccountRole.STAFF))
        snapshot = ctx.read(org.load_org)
        self.person = PersonPicker([(p.id, f"{p.full_name} — {p.position_title}")
                                    for p in sorted(snapshot.people.values(), key=lambda p: (p.rank, p.full_name))
                                    if p.active], allow_empty=True, empty_label=self.tr("(không gắn)"))
        self.person.setObjectName("newPerson")
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Mật khẩu"), self.password)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Cán bộ"), self.person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        ok, _ = self.ctx.try_call(self, auth.create_user, username=self.username.text(),
                                  password=self.password.text(), role=self.role.currentData(),
                                  person_id=self.person.currentData())
        if ok:
            super().accept()


class SettingsDialog(QDialog):
    """Office, regulation numbers and accounts; only administrators may change them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Thiết lập"))
        self.tabs = QTabWidget()
        self.office = OfficeTab(ctx)
        self.rules = RulesTab(ctx)
        self.tabs.addTab(self.office, self.tr("Cơ quan"))
        self.tabs.addTab(self.rules, self.tr("Quy định"))
        self.appearance = AppearanceTab(ctx)
        self.tabs.addTab(self.appearance, self.tr("Giao diện"))
        if ctx.can(Permission.ACCOUNTS_WRITE):
            self.accounts = AccountsTab(ctx)
            self.tabs.addTab(self.accounts, self.tr("Tài khoản"))
        for extra in EXTRA_TABS:
            widget = extra(ctx)
            self.tabs.addTab(widget, widget.windowTitle())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ctx.can(Permission.SETTINGS_WRITE))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        resize_within_screen(self, 820, 520)

    def save(self) -> None:
        if self.office.save() and self.rules.save() and self.appearance.save():
            self.accept()


# Panes may add tabs (a QWidget factory taking the AppContext; its windowTitle() is the tab label).
EXTRA_TABS: list = []
