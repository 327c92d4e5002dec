"""Starting the window: open the DB, first run or sign-in, then the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QDialog, QMessageBox

from app.errors import VanPhongError
from app.services import admin, auth, org
from app.services import settings as office_settings
from db.errors import DatabaseError
from ui.application import ensure_application
from ui.context import AppContext


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    """`vanphong` with no subcommand. Returns the exit code."""
    app = ensure_application(lang)
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
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(database, dialog.actor))
    window.show()
    code = app.exec()
    database.dispose()
    return code
