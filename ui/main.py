"""Starting the window: open the DB, first run or sign-in, then the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.errors import VanPhongError
from app.services import admin, auth, org
from app.services import settings as office_settings
from db.engine import default_data_dir, resolve_url
from db.errors import DatabaseError
from ui.application import ensure_application
from ui.context import AppContext
from ui.single_instance import SingleInstance, bring_to_front, instance_key


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    """`vanphong` with no subcommand. Returns the exit code.

    A second start on the same database (same user) only brings the open window forward.
    """
    app = ensure_application(lang)
    guard = _instance_guard(db)
    if guard is not None and not guard.acquire():
        print("vanphong: VănPhòng đang mở với cơ sở dữ liệu này; đã chuyển sang cửa sổ đó.", file=sys.stderr)
        return 0
    try:
        return _run(app, guard, db, lang)
    finally:
        if guard is not None:
            guard.release()


def _instance_guard(db: str | None) -> SingleInstance | None:
    try:
        url = resolve_url(db)
    except DatabaseError:
        return None  # open_app_database reports the bad address
    return SingleInstance(instance_key(url), default_data_dir())


def _run(app: QApplication, guard: SingleInstance | None, db: str | None, lang: str | None) -> int:
    front: list[QWidget | None] = [None]  # what a second start brings forward
    if guard is not None:
        guard.activated.connect(lambda: bring_to_front(front[0] or QApplication.activeModalWidget()))
    try:
        database = admin.open_app_database(db)
    except (DatabaseError, VanPhongError) as exc:
        QMessageBox.critical(None, "VănPhòng", str(exc))
        print(f"vanphong: lỗi: {exc}", file=sys.stderr)
        return 2
    if lang is None:
        with database.session() as session:
            stored = office_settings.get(session, "ui.language")
        if stored != "vi":
            ensure_application(stored)
    with database.session() as session:
        first_run = not auth.has_users(session)
        office = org.get_office(session)
    if first_run:
        from ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(database)
    else:
        from ui.dialogs.login import LoginDialog

        dialog = LoginDialog(database, office.name if office else "")
    front[0] = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(database, dialog.actor))
    front[0] = window
    window.show()
    code = app.exec()
    database.dispose()
    return code
