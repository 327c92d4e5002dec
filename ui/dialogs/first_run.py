"""First start: name the office and create the administrator account; offer the demo office."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import tints
from ui.dialogs.lazy_db import DatabaseSource, resolve

if TYPE_CHECKING:
    from app.services.admin.auth import Actor


class FirstRunDialog(QDialog):
    """Asks for the office's name and kind, and the admin's username and password."""

    def __init__(self, database: DatabaseSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Thiết lập lần đầu"))
        self.setObjectName("firstRunDialog")
        intro = QLabel(self.tr("Chào mừng đến với VănPhòng. Hãy nhập tên cơ quan và tạo tài khoản quản trị."))
        intro.setWordWrap(True)
        self.office_name = QLineEdit(self.tr("Văn phòng Tỉnh ủy"))
        self.office_name.setObjectName("officeName")
        self.parent_body = QLineEdit()
        self.parent_body.setPlaceholderText(self.tr("Ví dụ: Tỉnh ủy Lâm Đồng"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Địa danh ghi trên văn bản, ví dụ: Lâm Đồng"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Cơ quan Đảng (HD 36-HD/VPTW)"), "party")
        self.kind.addItem(self.tr("Cơ quan Nhà nước (Nghị định 30/2020)"), "state")
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.load_demo = QCheckBox(self.tr("Nạp văn phòng mẫu để dùng thử"))
        self.load_demo.setObjectName("loadDemo")
        self.load_demo.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: " + tints.ink(tints.RED_INK).name())
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Tên cơ quan"), self.office_name)
        form.addRow(self.tr("Cơ quan cấp trên"), self.parent_body)
        form.addRow(self.tr("Địa danh"), self.place)
        form.addRow(self.tr("Loại cơ quan"), self.kind)
        form.addRow(self.tr("Tên đăng nhập quản trị"), self.username)
        form.addRow(self.tr("Mật khẩu"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu"), self.password2)
        buttons = QDialogButtonBox()  # then the buttons: PySide6's constructor taking them costs 50 ms the first time
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.load_demo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from app.demo import office as demo
        from app.errors import VanPhongError
        from app.services.admin import auth
        from app.services.admin.auth import AccountRole
        from app.services.org import edit as org

        if self.password.text() != self.password2.text():
            self.error.setText(self.tr("Hai mật khẩu không khớp."))
            return
        demo_wanted = self.load_demo.isChecked()
        try:
            with resolve(self.database).session() as session:
                actor = auth.create_user(session=session, actor=None, username=self.username.text(),
                                         password=self.password.text(), role=AccountRole.ADMIN)
                if demo_wanted:
                    demo.load_demo(session=session, actor=actor)
                office = org.get_office(session)
                org.save_office(session=session, actor=actor, name=self.office_name.text(),
                                parent_body=self.parent_body.text() or (office.parent_body if office else ""),
                                place=self.place.text() or (office.place if office else ""),
                                address=office.address if office else "", kind=self.kind.currentData())
        except VanPhongError as exc:
            self.error.setText(str(exc))
            return
        self.actor = actor
        super().accept()
