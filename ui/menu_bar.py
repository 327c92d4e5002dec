"""The main window's menu bar: Tệp, Sửa, Xem, Công cụ, Trợ giúp.

The menus hold the current pane's own actions (so a pane's shortcut is registered once, by its
action, and never competes with a copy) around the window's actions with the platform's
standard keys: Quit, Preferences, HelpContents, Refresh, FullScreen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidgetAction

from ui.translation import TranslationContext

if TYPE_CHECKING:
    from ui.main_window import MainWindow

MENUS = ("file", "edit", "view", "tools", "help")


MainMenu = TranslationContext("MainMenu")  # lupdate reads MainMenu.tr("…")


def standard_keys(standard: QKeySequence.StandardKey, *fallbacks: str) -> list[QKeySequence]:
    """The platform's keys for *standard*, then *fallbacks* it lacks (Windows binds no Quit, for
    instance); never the same key twice, which Qt would treat as ambiguous."""
    keys = list(QKeySequence.keyBindings(standard))
    keys += [QKeySequence(k) for k in fallbacks if QKeySequence(k) not in keys]
    return keys


def _action(parent: QObject, text: str, name: str, keys: list[QKeySequence] | None = None) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if keys:
        action.setShortcuts(keys)
    return action


class MenuBar(QObject):
    """Builds the menus once; the pane's part is filled each time a menu opens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        bar.setObjectName("menuBar")
        self.menus: dict[str, QMenu] = {}
        titles = (MainMenu.tr("&Tệp"), MainMenu.tr("&Sửa"), MainMenu.tr("&Xem"), MainMenu.tr("&Công cụ"),
                  MainMenu.tr("Trợ &giúp"))
        for key, title in zip(MENUS, titles, strict=True):
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{key}")
            menu.aboutToShow.connect(lambda k=key: self.fill(k))
            self.menus[key] = menu

        self.quit = _action(window, MainMenu.tr("Thoát"), "actionQuit",
                            standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit.triggered.connect(window.close)
        self.refresh = _action(window, MainMenu.tr("Làm mới"), "actionRefresh",
                               standard_keys(QKeySequence.StandardKey.Refresh, "F5"))
        self.refresh.triggered.connect(self._refresh_pane)
        self.full_screen = _action(window, MainMenu.tr("Toàn màn hình"), "actionFullScreen",
                                   standard_keys(QKeySequence.StandardKey.FullScreen, "F11"))
        self.full_screen.setCheckable(True)
        self.full_screen.toggled.connect(
            lambda on: self.window.showFullScreen() if on else self.window.showNormal())
        self.guide = _action(window, MainMenu.tr("Hướng dẫn sử dụng"), "actionGuide",
                             standard_keys(QKeySequence.StandardKey.HelpContents, "F1"))
        self.guide.triggered.connect(lambda: window.show_guide())
        self.guide_home = _action(window, MainMenu.tr("Mục lục hướng dẫn"), "actionGuideContents")
        self.guide_home.triggered.connect(lambda: window.show_guide("index"))
        self.pane_group = QActionGroup(self)
        self.pane_actions: list[QAction] = []
        for row, spec in enumerate(window.specs):
            action = _action(window, spec.translated_title(), f"actionPane_{spec.key}",
                             [QKeySequence(f"Alt+{row + 1}")] if row < 9 else None)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, k=spec.key: self.window.show_pane(k))
            self.pane_group.addAction(action)
            self.pane_actions.append(action)
        for action in (self.quit, self.refresh, self.full_screen, self.guide, *self.pane_actions):
            window.addAction(action)  # the shortcuts work before a menu was ever opened
        for key in MENUS:
            self.fill(key)

    def _refresh_pane(self) -> None:
        pane = self.window.current_pane()
        if pane is not None:
            pane.refresh()

    def pane_changed(self, row: int) -> None:
        if 0 <= row < len(self.pane_actions):
            self.pane_actions[row].setChecked(True)

    def fill(self, key: str) -> None:
        """(Re)build menu *key*: the current pane's actions for it, then the window's."""
        menu = self.menus[key]
        for action in menu.actions():
            menu.removeAction(action)  # not clear(): the actions belong to the panes and the window
        pane = self.window.current_pane()
        own = [a for a in (pane.menu_actions().get(key, []) if pane is not None else []) if a.isVisible()]
        window = self.window
        if key == "file":
            self._section(menu, own)
            menu.addAction(window.backup_action)
            menu.addSeparator()
            menu.addAction(self.quit)
        elif key == "edit":
            self._section(menu, own)
            menu.addAction(window.settings_action)
        elif key == "view":
            for action in self.pane_actions:
                menu.addAction(action)
            menu.addSeparator()
            self._section(menu, own)
            menu.addAction(window.toolbar.toggleViewAction())
            menu.addAction(self.full_screen)
            menu.addAction(self.refresh)
        elif key == "tools":
            self._section(menu, own)
            menu.addAction(window.backup_action)
            menu.addAction(window.settings_action)
        else:
            menu.addAction(self.guide)
            menu.addAction(self.guide_home)
            menu.addSeparator()
            menu.addAction(window.about_action)

    @staticmethod
    def _section(menu: QMenu, actions: list[QAction]) -> None:
        if not actions:
            return
        for action in actions:
            if isinstance(action, QWidgetAction) and isinstance(submenu := action.menu(), QMenu):
                menu.addMenu(submenu)  # a toolbar's menu button is a submenu here
            else:
                menu.addAction(action)
        menu.addSeparator()
