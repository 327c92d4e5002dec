"""The window's link to the domain: the open database, the signed-in user, change signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import VanPhongError
from app.services.admin.auth import Actor, Permission
from db.engine import Database
from db.errors import DatabaseError

T = TypeVar("T")


class AppContext(QObject):
    """Shared by every pane. Panes call services through :meth:`call` and listen to
    :attr:`data_changed` (a frozenset of topics: "org", "calendar", "meetings", "leave")."""

    data_changed = Signal(object)

    def __init__(self, database: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor

    def session(self):
        return self.database.session()

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)

    def read(self, fn: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a read-only service function with a fresh session."""
        with self.session() as session:
            return fn(session=session, **kwargs)

    def call(self, fn: Callable[..., T], /, *, topics: tuple[str, ...] = (), **kwargs: Any) -> T:
        """Run a write service as the signed-in user, then announce the changed topics."""
        with self.session() as session:
            result = fn(session=session, actor=self.actor, **kwargs)
        if topics:
            self.data_changed.emit(frozenset(topics))
        return result

    def try_call(self, parent: QWidget | None, fn: Callable[..., T], /, *,
                 topics: tuple[str, ...] = (), **kwargs: Any) -> tuple[bool, T | None]:
        """Like :meth:`call`, but a user error is shown in a dialog; returns (ok, result)."""
        try:
            return True, self.call(fn, topics=topics, **kwargs)
        except (VanPhongError, DatabaseError) as exc:
            show_error(parent, str(exc))
            return False, None


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A modal warning with the message as the service wrote it (Vietnamese)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("AppContext", "Không thực hiện được"), message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.exec()
