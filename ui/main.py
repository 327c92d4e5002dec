"""Starting the window: first run or sign-in, then the main window.

The first dialog is painted before SQLAlchemy and the services are imported (see
ui/startup.py); the database is opened and migrated right after, while the user types.
"""

from __future__ import annotations

import gc
import sys
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from db.location import default_data_dir, raw_url
from ui.application import apply_theme, ensure_application
from ui.single_instance import SingleInstance, bring_to_front, instance_key
from ui.startup import StartupInfo, probe

if TYPE_CHECKING:
    from app.services.admin.auth import Actor
    from db.backup import DamagedDatabase
    from db.engine import Database
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.login import LoginDialog
    from ui.main_window import MainWindow


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


class Opener:
    """Opens (and migrates) the database once; remembers a failure.

    :meth:`start` does it on a background thread while the first dialog waits for the user:
    it imports the data layer (SQLAlchemy, the models, the services, ~1 s), opens and
    migrates the database, imports the main window's modules and reads the first pane's data.
    Calling the opener returns the database, waiting for that thread if it is still opening.
    Until then the thread goes on to run each pane's first reads once (ui.panes.warm_reads).
    """

    def __init__(self, location: str | None) -> None:
        self.location = location
        self.database: Database | None = None
        self.error: str | None = None
        self.damaged: DamagedDatabase | None = None  # db.backup.DamagedDatabase: the file failed the check at start
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ready = threading.Event()  # opened, or failed: the thread may still warm the panes' reads
        self._warm_until = threading.Event()  # set once the database is asked for: the window reads now
        self.read_ahead: dict[tuple, object] = {}  # the first pane's data (ui.context.read_key)

    def start(self) -> None:
        """Open the database behind the dialog (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._open_and_warm, name="vanphong-open", daemon=True)
            self._thread.start()

    def reopen(self) -> None:
        """Open again on a new background thread (after offer_restore put back a backup)."""
        self._thread = None
        self._ready.clear()
        self.start()

    def busy(self) -> bool:
        """True while the background thread is still opening the database."""
        return self._thread is not None and self._thread.is_alive() and not self._ready.is_set()

    def _open_and_warm(self) -> None:
        try:
            self._open()
            if self.error is None:
                self._read_ahead()
        finally:
            self._ready.set()
        if self.error is None and not self._warm_until.is_set():
            from app.services.admin.auth import SYSTEM
            from ui.panes import warm_reads

            assert self.database is not None  # opened without an error
            # the account is not known yet: the reads of an account that sees everything
            warm_reads(self.database, SYSTEM, stop=self._warm_until)

    def _read_ahead(self) -> None:
        import ui.main_window  # noqa: F401 - imported now, used right after the sign-in
        from ui.context import read_key
        from ui.panes import pane_specs, warm_up

        warm_up()
        first = pane_specs()[0].first_read if pane_specs() else None
        if first is not None:
            fn, kwargs = first()
            assert self.database is not None  # opened without an error
            with self.database.session() as session:
                self.read_ahead[read_key(fn, kwargs)] = fn(session=session, **kwargs)

    def _open(self) -> None:
        with self._lock:
            if self.database is not None or self.error is not None:
                return
            from app.errors import VanPhongError
            from app.services.admin.database import open_app_database
            from db.backup import DamagedDatabase
            from db.errors import DatabaseError

            try:
                self.database = open_app_database(self.location)
            except DamagedDatabase as exc:
                self.error, self.damaged = str(exc), exc
            except (DatabaseError, VanPhongError) as exc:
                self.error = str(exc)

    def __call__(self) -> Database:
        self._warm_until.set()  # the sign-in or the window needs the database now
        if self._thread is not None:
            self._ready.wait()  # the sign-in check waits here on its worker, not the UI thread
        self._open()
        if self.error is not None:
            raise RuntimeError(self.error)
        assert self.database is not None  # opened without an error
        return self.database


def offer_restore(parent: QWidget | None, opener: Opener) -> bool:
    """The file failed the check at start: offer the newest good automatic backup. True if it
    was restored (the opener then opens it)."""
    damaged = opener.damaged
    if damaged is None or damaged.backup is None:
        return False
    from datetime import datetime

    when = datetime.fromtimestamp(damaged.backup.stat().st_mtime).strftime("%H:%M %d/%m/%Y")
    question = QCoreApplication.translate(
        "Startup", "Tệp dữ liệu bị hỏng (%1); VănPhòng không ghi gì vào tệp này.\n\nKhôi phục bản sao lưu tự động "
        "tốt gần nhất (%2, lúc %3)? Tệp hỏng được giữ lại trong thư mục sao lưu.") \
        .replace("%1", damaged.detail).replace("%2", damaged.backup.name).replace("%3", when)
    answer = QMessageBox.question(parent, "VănPhòng", question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from app.services.admin.database import restore
    from db.engine import open_database
    from db.errors import DatabaseError

    database = open_database(opener.location)
    try:
        restore(database, damaged.backup)
    except DatabaseError as exc:
        QMessageBox.critical(parent, "VănPhòng", str(exc))
        return False
    finally:
        database.dispose()
    opener.error = opener.damaged = None
    return True


class WindowAhead:
    """The main window built, hidden, while the sign-in dialog checks the password.

    The check (argon2) runs on the dialog's worker and leaves the UI thread idle for a quarter
    of a second: the window of the account the typed name designates is built meanwhile
    (LoginDialog's *prepare*), with the data read ahead.  It is shown only if the check then
    succeeds for that same account; otherwise it is deleted unseen."""

    def __init__(self, opener: Opener) -> None:
        self.opener = opener
        self.window: MainWindow | None = None

    def __call__(self, actor: Actor) -> None:
        self.discard()
        if self.opener.busy() or self.opener.database is None:  # still opening: build it after the check
            return
        self.window = _build_main_window(self.opener.database, actor, self.opener.read_ahead)

    def take(self, actor: Actor) -> MainWindow | None:
        """The window built for *actor* (None if none was, or for another account)."""
        if self.window is not None and self.window.ctx.actor != actor:
            self.discard()
        window, self.window = self.window, None
        return window

    def discard(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None


def _build_main_window(database: Database, actor: Actor, read_ahead: dict[tuple[Any, ...], object] | None) -> MainWindow:
    from ui.context import AppContext
    from ui.main_window import MainWindow

    return MainWindow(AppContext(database, actor, read_ahead=read_ahead))


def open_main_window(database: Database, actor: Actor, read_ahead: dict[tuple[Any, ...], object] | None = None,
                     ahead: WindowAhead | None = None) -> MainWindow:
    """The main window on *database* (a Database) for the signed-in *actor*, shown; *read_ahead*
    holds results read while the sign-in dialog waited (Opener.read_ahead); *ahead* may hold
    the window already built for *actor* while the password was checked."""
    window = ahead.take(actor) if ahead is not None else None
    if window is None:
        window = _build_main_window(database, actor, read_ahead)
    window.show()
    start_reminders(window)
    return window


def keep_startup_out_of_gc() -> None:
    """What start-up made (the modules, the data layer, Qt's wrappers: most of the objects the
    app will ever have) lives as long as the app: move it out of the garbage collector's
    reach. Otherwise each full collection walks it all again, ~160 ms on the UI thread at a
    random moment, such as a pane's first visit. Objects made later are collected as usual."""
    gc.freeze()


REMINDERS_AFTER_MS = 1500  # the first reminder once the user has stayed this long on a pane


def start_reminders(window: MainWindow) -> None:
    """The tray reminder of "Việc của tôi" (ui.reminders), owned by the window."""
    from ui.reminders import ReminderTray

    window.reminders = ReminderTray(window, window.ctx)
    window.reminders.start_when_idle(REMINDERS_AFTER_MS, window.nav.currentRowChanged)


def _fail(message: str) -> int:
    QMessageBox.critical(None, "VănPhòng", message)
    print(f"vanphong: lỗi: {message}", file=sys.stderr)
    return 2


def _run(app: QApplication, guard: SingleInstance, db: str | None, lang: str | None) -> int:
    front: list[QWidget | None] = [None]  # what a second start brings forward
    guard.activated.connect(lambda: bring_to_front(front[0] or QApplication.activeModalWidget()))
    opener = Opener(db)
    info = probe(raw_url(db))
    if info is None:  # a server database or an unreadable file: open it first
        try:
            info = _info_from(opener())
        except RuntimeError as exc:
            if not offer_restore(None, opener):
                return _fail(str(exc))
            info = _info_from(opener())
    if lang is None and info.language != "vi":
        ensure_application(info.language)
    apply_theme(app, info.theme)
    dialog: LoginDialog | FirstRunDialog
    ahead = WindowAhead(opener)
    if info.has_users:
        from ui.dialogs.login import LoginDialog

        dialog = LoginDialog(opener, info.office_name, prepare=ahead)
    else:
        from ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(opener)
    front[0] = dialog
    QTimer.singleShot(0, lambda: _open_behind(opener, dialog))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
        ahead.discard()
        return 2 if opener.error else 0
    database = opener()
    window = open_main_window(database, dialog.actor, opener.read_ahead, ahead)
    front[0] = window
    keep_startup_out_of_gc()

    def after_start() -> None:
        _daily_backup(database)
        window.update_status()

    QTimer.singleShot(0, after_start)
    code = app.exec()
    database.dispose()
    return code


def _open_behind(opener: Opener, dialog: QDialog) -> None:
    """Open the database on a background thread once the dialog is on screen; a failure
    closes the dialog with a message (checked when the thread is done)."""
    opener.start()
    poll = QTimer(dialog)
    poll.setInterval(50)

    def check() -> None:
        if opener.busy():
            return
        poll.stop()
        if opener.error is not None:
            if offer_restore(dialog, opener):
                opener.reopen()  # the restored file, opened again behind the dialog
                poll.start()
                return
            QMessageBox.critical(dialog, "VănPhòng", opener.error)
            print(f"vanphong: lỗi: {opener.error}", file=sys.stderr)
            dialog.reject()

    poll.timeout.connect(check)
    poll.start()


def _info_from(database: Database) -> StartupInfo:
    from app.services.admin import auth
    from app.services.admin import settings as office_settings
    from app.services.org import edit as org

    with database.session() as session:
        office = org.get_office(session)
        return StartupInfo(has_users=auth.has_users(session), office_name=office.name if office else "",
                           language=office_settings.get(session, "ui.language"),
                           theme=office_settings.get(session, "ui.theme"))


def _daily_backup(database: Database) -> None:
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
