"""The display's database work, off the UI thread: the poll for a newer published version
(and the reload when there is one), and the administrator's password check (argon2).

Each task opens its own session and reports through a :class:`DisplaySignals` object that
lives in the main thread; tasks never touch widgets.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QRunnable, Signal

from app.errors import VanPhongError
from db.engine import Database
from db.errors import DatabaseError


class DisplaySignals(QObject):
    loaded = Signal(object)  # DisplayWeek: a new version (or week) to show
    unchanged = Signal()
    failed = Signal(str)  # the database could not be read (network, locked file…)
    checked = Signal(bool, str)  # password accepted?, message


class PollTask(QRunnable):
    """Compare the newest published version of *monday* with *known*; load the week if it
    differs (or if *force*, or while a draft is shown, since a draft has no version)."""

    def __init__(self, database: Database, signals: DisplaySignals, monday: date, known: int, *,
                 force: bool, show_draft: bool) -> None:
        super().__init__()
        self.database, self.signals, self.monday, self.known = database, signals, monday, known
        self.force, self.show_draft = force, show_draft

    def run(self) -> None:
        from app.services.calendar.display import display_week, published_version

        try:
            with self.database.session() as session:
                version = published_version(session, self.monday)
                if version == self.known and not self.force and not (self.show_draft and version == 0):
                    self.signals.unchanged.emit()
                    return
                week = display_week(session, self.monday, show_draft=self.show_draft)
        except (VanPhongError, DatabaseError, OSError) as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a server gone away raises driver errors: keep the screen up
            self.signals.failed.emit(repr(exc))
            return
        self.signals.loaded.emit(week)


class PasswordTask(QRunnable):
    """Accept *username* / *password* only for an active administrator account."""

    def __init__(self, database: Database, signals: DisplaySignals, username: str, password: str) -> None:
        super().__init__()
        self.database, self.signals, self.username, self.password = database, signals, username, password

    def run(self) -> None:
        from app.services.admin.auth import AccountRole, authenticate

        try:
            with self.database.session() as session:
                actor = authenticate(session=session, username=self.username, password=self.password)
        except (VanPhongError, DatabaseError) as exc:
            self.signals.checked.emit(False, str(exc))
            return
        if actor.role != AccountRole.ADMIN:
            self.signals.checked.emit(False, "Chỉ tài khoản quản trị mới thoát được màn hình trình chiếu.")
            return
        self.signals.checked.emit(True, "")
