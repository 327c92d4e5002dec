"""Starting the window: first run or sign-in, then the main window.

The first dialog is painted before SQLAlchemy and the services are imported (see
ui/startup.py); the database is opened and migrated right after, while the user types.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from db.location import default_data_dir, raw_url
from ui.application import apply_theme, ensure_application
from ui.single_instance import SingleInstance, bring_to_front, instance_key
from ui.startup import StartupInfo, probe


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    """`vanphong` with no subcommand. Returns the exit code.

    A second start on the same database (same user) only brings the open window forward.
    """
    app = ensure_application(lang)
    guard = SingleInstance(instance_key(raw_url(db)), default_data_dir())
    if not guard.acquire():
        print("vanphong: VănPhòng đang mở với cơ sở dữ liệu này; đã chuyển sang cửa sổ đó.", file=sys.stderr)
        return 0
    try:
        return _run(app, guard, db, lang)
    finally:
        guard.release()


class _Opener:
    """Opens (and migrates) the database once, on first need; remembers a failure."""

    def __init__(self, location: str | None) -> None:
        self.location = location
        self.database = None
        self.error: str | None = None

    def __call__(self):  # noqa: ANN204 - returns db.engine.Database
        if self.database is None and self.error is None:
            from app.errors import VanPhongError
            from app.services.admin.database import open_app_database
            from db.errors import DatabaseError

            try:
                self.database = open_app_database(self.location)
            except (DatabaseError, VanPhongError) as exc:
                self.error = str(exc)
        if self.error is not None:
            raise RuntimeError(self.error)
        return self.database


def _fail(message: str) -> int:
    QMessageBox.critical(None, "VănPhòng", message)
    print(f"vanphong: lỗi: {message}", file=sys.stderr)
    return 2


def _run(app: QApplication, guard: SingleInstance, db: str | None, lang: str | None) -> int:
    front: list[QWidget | None] = [None]  # what a second start brings forward
    guard.activated.connect(lambda: bring_to_front(front[0] or QApplication.activeModalWidget()))
    opener = _Opener(db)
    info = probe(raw_url(db))
    if info is None:  # a server database or an unreadable file: open it first
        try:
            info = _info_from(opener())
        except RuntimeError as exc:
            return _fail(str(exc))
    if lang is None and info.language != "vi":
        ensure_application(info.language)
    apply_theme(app, info.theme)
    if info.has_users:
        from ui.dialogs.login import LoginDialog

        dialog = LoginDialog(opener, info.office_name)
    else:
        from ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(opener)
    front[0] = dialog
    QTimer.singleShot(0, lambda: _open_behind(opener, dialog))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return 2 if opener.error else 0
    from ui.context import AppContext
    from ui.main_window import MainWindow

    database = opener()
    window = MainWindow(AppContext(database, dialog.actor))
    front[0] = window
    window.show()
    QTimer.singleShot(0, lambda: (_daily_backup(database), window.update_status()))
    code = app.exec()
    database.dispose()
    return code


def _open_behind(opener: _Opener, dialog: QDialog) -> None:
    """Open the database once the dialog is on screen; a failure closes it with a message."""
    try:
        opener()
    except RuntimeError as exc:
        QMessageBox.critical(dialog, "VănPhòng", str(exc))
        print(f"vanphong: lỗi: {exc}", file=sys.stderr)
        dialog.reject()


def _info_from(database) -> StartupInfo:  # noqa: ANN001
    from app.services.admin import auth
    from app.services.admin import settings as office_settings
    from app.services.org import edit as org

    with database.session() as session:
        office = org.get_office(session)
        return StartupInfo(has_users=auth.has_users(session), office_name=office.name if office else "",
                           language=office_settings.get(session, "ui.language"),
                           theme=office_settings.get(session, "ui.theme"))


def _daily_backup(database) -> None:  # noqa: ANN001
    """Offices have no IT staff: the app keeps a copy of its file once a day."""
    from app.services.admin import settings as office_settings
    from db.backup import daily_backup
    from db.errors import DatabaseError

    try:
        with database.session() as session:
            keep = office_settings.get(session, "backup.keep")
        daily_backup(database, keep=keep)
    except (DatabaseError, OSError) as exc:
        print(f"vanphong: không sao lưu tự động được: {exc}", file=sys.stderr)
