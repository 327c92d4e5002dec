"""Sign-in dialog shown at every start once an account exists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
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


class LoginDialog(QDialog):
    def __init__(self, database: DatabaseSource, office_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Đăng nhập VănPhòng"))
        self.setObjectName("loginDialog")
        title = QLabel(f"<b>{office_name}</b>" if office_name else "")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: " + tints.ink(tints.RED_INK).name())
        form = QFormLayout()
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Mật khẩu"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from app.errors import VanPhongError
        from app.services.admin import auth

        try:
            with resolve(self.database).session() as session:
                self.actor = auth.authenticate(session=session, username=self.username.text(),
                                               password=self.password.text())
        except VanPhongError as exc:
            self.error.setText(str(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()
