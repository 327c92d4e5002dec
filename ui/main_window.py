"""The main window: navigation on the left, the current pane, its toolbar, a status bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import WINDOW_TITLE
from app.errors import VanPhongError
from app.resources import resource_path
from app.services.admin import database as admin
from app.services.admin.auth import ROLE_LABELS
from app.services.org import edit as org
from db.backup import latest_backup
from db.errors import DatabaseError
from db.models.base import today_local
from ui import window_state
from ui.context import AppContext, show_error
from ui.export_files import ask_save_path
from ui.icons import pane_icon
from ui.menu_bar import MenuBar, standard_keys
from ui.panes import Pane, PaneSpec, pane_specs
from ui.screen_fit import resize_within_screen
from ui.terms import term

if TYPE_CHECKING:
    from ui.reminders import ReminderTray


class MainWindow(QMainWindow):
    reminders: ReminderTray  # the tray reminder, given by ui.main.start_reminders

    def __init__(self, ctx: AppContext, *, remember: bool = True) -> None:
        """*remember*: restore and keep the window's geometry, splitters and last pane (QSettings);
        off for screenshots."""
        super().__init__()
        self.ctx = ctx
        if ctx.parent() is None:
            ctx.setParent(self)  # the context and its database thread end with the window
        self.remember = remember
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowIcon(QIcon(str(resource_path("icons", "vanphong.svg"))))
        self.setObjectName("mainWindow")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMaximumWidth(230)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.toolbar = QToolBar(self.tr("Thao tác"))
        self.toolbar.setObjectName("paneToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)

        self.specs: list[PaneSpec] = pane_specs()
        self.panes: dict[str, Pane] = {}
        for spec in self.specs:
            item = QListWidgetItem(pane_icon(spec.icon), spec.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        # as wide as its longest title, no wider: the panes keep the room on a small screen
        self.nav.setFixedWidth(min(230, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12))
        splitter.setSizes([self.nav.maximumWidth(), 1280])  # (the splitter's own start is wider)
        self.nav.currentRowChanged.connect(self._show_row)

        self._global_actions = self._make_global_actions()
        self.menus = MenuBar(self)
        self.absent_label = QLabel()
        self.backup_label = QLabel()
        self.status_db = QLabel(self.tr("CSDL: %1").replace("%1", ctx.database.display_location()))
        self.status_user = QLabel(self.tr("Người dùng: %1 (%2)").replace("%1", ctx.actor.username)
                                  .replace("%2", term(ROLE_LABELS[ctx.actor.role])))
        for label in (self.absent_label, self.backup_label, self.status_db, self.status_user):
            self.statusBar().addPermanentWidget(label)
        ctx.data_changed.connect(lambda _changes: self.update_status())
        self._restore_geometry()
        if self.specs:
            self.nav.setCurrentRow(window_state.last_pane_row(self.specs) if self.remember else 0)
        self.update_status()

    # -- panes --------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "specs"):
            # the navigation icons are drawn for the palette (light or dark)
            for row, spec in enumerate(self.specs):
                self.nav.item(row).setIcon(pane_icon(spec.icon))

    def pane(self, key: str) -> Pane:
        """The pane *key*, created on first use."""
        if key not in self.panes:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.ctx)
            widget.setObjectName(f"pane_{key}")
            self.panes[key] = widget
            self.stack.addWidget(widget)
            if self.remember:
                window_state.restore_splitters(widget, key)
        return self.panes[key]

    def current_pane(self) -> Pane | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Pane) else None

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else ""

    def show_pane(self, key: str) -> Pane:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        self.nav.setCurrentRow(row)
        return self.panes[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        widget = self.pane(self.specs[row].key)
        self.stack.setCurrentWidget(widget)
        widget.became_current()
        # Not QToolBar.clear(): under PySide6 it deletes actions the panes still own (undo/redo).
        for action in self.toolbar.actions():
            self.toolbar.removeAction(action)
            if action.isSeparator() and action.parent() is self.toolbar:
                action.deleteLater()
        for action in widget.toolbar_actions():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        for action in self._global_actions:
            self.toolbar.addAction(action)
        self.menus.pane_changed(row)

    # -- global actions -----------------------------------------------------------

    def _make_global_actions(self) -> list[QAction]:
        self.backup_action = backup = QAction(self.tr("Sao lưu…"), self)
        backup.setObjectName("actionBackup")
        backup.setShortcut(QKeySequence("Ctrl+Shift+B"))
        backup.triggered.connect(self.backup_now)
        self.settings_action = settings_action = QAction(self.tr("Thiết lập…"), self)
        settings_action.setObjectName("actionSettings")
        settings_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        settings_action.triggered.connect(self.show_settings)
        self.about_action = about = QAction(self.tr("Giới thiệu"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self.show_about)
        for action in (backup, settings_action):
            self.addAction(action)
        return [backup]  # settings and about are in the menus (Công cụ, Trợ giúp); the toolbar keeps room

    def backup_now(self) -> None:
        if self.ctx.database.path is None:
            show_error(self, self.tr("Với máy chủ PostgreSQL, hãy sao lưu bằng pg_dump."))
            return
        chosen = ask_save_path(self, "backup", self.tr("Sao lưu cơ sở dữ liệu"), f"vanphong-{today_local():%Y%m%d}.sqlite3",
                               [self.tr("Tệp SQLite (*.sqlite3)")], default_folder=self.ctx.database.path.parent)
        if not chosen:
            return
        target = chosen[0]
        try:
            admin.backup(self.ctx.database, Path(target))
        except (VanPhongError, DatabaseError) as exc:
            show_error(self, str(exc))
            return
        self.statusBar().showMessage(self.tr("Đã sao lưu vào %1").replace("%1", target), 5000)
        self.update_status()

    def show_settings(self) -> None:
        from ui.settings.dialog import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_guide(self, topic: str | None = None) -> None:
        """The user guide at *topic*, by default the page of the current pane (F1)."""
        from ui.guide import show_guide

        show_guide(self, topic or self.current_key())

    def show_about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self).exec()

    # -- status -------------------------------------------------------------------

    def update_status(self) -> None:
        self.ctx.read_later(org.away_on, day=today_local(), key=f"away-today-{id(self)}", done=self._show_away,
                            failed=self._no_away)
        last = latest_backup(self.ctx.database) if self.ctx.database.path else None
        when = (date.fromtimestamp(last.stat().st_mtime).strftime("%d/%m/%Y") if last else self.tr("chưa có"))
        self.backup_label.setText(self.tr("Sao lưu gần nhất: %1").replace("%1", when))

    def _show_away(self, away: dict) -> None:
        self.absent_label.setText(self.tr("Vắng hôm nay: %1").replace("%1", str(len(away))))

    def _no_away(self, exc: BaseException) -> None:
        if not isinstance(exc, DatabaseError):
            raise exc
        self._show_away({})  # the count is a hint: a database error here shows nobody

    # -- geometry -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if self.remember and isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            window_state.restore_splitters(self._central(), "main")
        else:
            resize_within_screen(self, 1280, 800)

    def _central(self) -> QWidget:
        central = self.centralWidget()
        assert central is not None  # the splitter, set in __init__
        return central

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            QSettings().setValue("mainWindow/geometry", self.saveGeometry())
            window_state.save(self.current_key(), self.panes, self._central())
        super().closeEvent(event)


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
