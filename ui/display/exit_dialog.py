"""Leaving the lobby display: an administrator's account and password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class ExitDialog(QDialog):
    """Asks for an administrator's sign-in; the display checks it on a worker and answers
    through :meth:`show_result` (accepted: the dialog closes with Accepted)."""

    submitted = Signal(str, str)  # username, password
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayExitDialog")
        self.setWindowTitle(self.tr("Thoát màn hình trình chiếu"))
        self.setModal(True)
        self.username = QLineEdit()
        self.username.setObjectName("exitUsername")
        self.password = QLineEdit()
        self.password.setObjectName("exitPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("exitError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Chỉ quản trị viên mới thoát được màn hình này.")))
        form.addRow(self.tr("Tài khoản quản trị:"), self.username)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.username.setFocus()

    def submit(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.show_result(False, self.tr("Nhập tài khoản và mật khẩu quản trị."))
            return
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Đang kiểm tra…"))
        self.submitted.emit(self.username.text(), self.password.text())

    def show_result(self, accepted: bool, message: str) -> None:
        if accepted:
            self.accept()
            return
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        self.error.setText(message)
        self.refused.emit(message)
