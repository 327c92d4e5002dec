"""Sign-in dialog shown at every start once an account exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
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
from ui.db_thread import DatabaseThread
from ui.dialogs.lazy_db import DatabaseSource, resolve

if TYPE_CHECKING:
    from app.services.admin.auth import Actor


class LoginDialog(QDialog):
    """Asks for the account; the password check (argon2, and waiting for the database still
    opening behind the dialog) runs on a worker thread, so the dialog stays responsive."""

    checked = Signal()  # a check finished (accepted, or an error is shown)

    def __init__(self, database: DatabaseSource, office_name: str = "", parent: QWidget | None = None, *,
                 prepare: Callable[[Actor], None] | None = None) -> None:
        """*prepare(actor)*, if given, is called on this (the UI) thread with the account the name
        typed designates, while its password is still being checked (ui.main.WindowAhead builds
        the main window then, hidden: the check leaves this thread idle)."""
        super().__init__(parent)
        self.database = database
        self.prepare = prepare
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
        buttons = QDialogButtonBox()  # then the buttons: PySide6's constructor taking them costs 50 ms the first time
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._worker = DatabaseThread(self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.ok_button.isEnabled():  # a check is running
            return
        source, username, password = self.database, self.username.text(), self.password.text()

        def check() -> Actor:  # on the worker thread
            from app.services.admin import auth

            with resolve(source).session() as session:
                return auth.authenticate(session=session, username=username, password=password)

        self.ok_button.setEnabled(False)
        self.error.setText(self.tr("Đang kiểm tra…"))
        if self.prepare is not None:
            prepare = self.prepare

            def account() -> Actor | None:  # on the worker thread, before the check: no argon2
                from app.errors import VanPhongError
                from app.services.admin import auth

                try:
                    with resolve(source).session() as session:
                        return auth.actor_for(session=session, username=username)
                except (VanPhongError, RuntimeError):  # no such account, or no database: nothing to prepare
                    return None

            self._worker.submit(account, lambda actor: prepare(actor) if actor is not None else None,
                                on_error=lambda _exc: None)
        self._worker.submit(check, self._signed_in, on_error=self._refused)

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.error.clear()
        self.ok_button.setEnabled(True)
        self.checked.emit()
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        from app.errors import VanPhongError

        self.ok_button.setEnabled(True)
        self.checked.emit()
        if not isinstance(exc, (VanPhongError, RuntimeError)):
            raise exc
        self.error.setText(str(exc))
        self.password.selectAll()
        self.password.setFocus()

    def done(self, result: int) -> None:
        super().done(result)
        self._worker.shutdown()
