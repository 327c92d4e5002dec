"""The tray reminder: at start and every few minutes (an office setting; 0 turns it off), a
notification summarising what is new in "Việc của tôi"; clicking it opens the pane. Each user
may turn it off for themself (the pane's switch). Without a system tray (offscreen, some
desktops) the summary goes to the window's status bar instead."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from app.resources import resource_path
from app.services.changes import Changes
from app.services.my_work.read import MyWork, WorkItem, WorkKind, my_work
from ui.context import AppContext
from ui.my_work.models import group_title
from ui.panes import SETTINGS
from ui.single_instance import bring_to_front
from ui.translation import TranslationContext

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Reminders = TranslationContext("Reminders")
PANE = "my_work"
MESSAGE_MS = 15_000


def tray_available() -> bool:
    """A system tray that shows messages (none offscreen or on a desktop without one)."""
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


def summary(items: list[WorkItem], *, first: bool) -> tuple[str, str]:
    """(title, body) of a notification about *items*: counts per group, the first few lines."""
    if first:
        title = Reminders.tr("Việc của tôi: %n việc", "", len(items))
    else:
        title = Reminders.tr("Việc của tôi: %n việc mới", "", len(items))
    overdue = sum(1 for i in items if i.overdue)
    lines = [f"{group_title(kind)}: {n}" for kind in WorkKind if (n := sum(1 for i in items if i.kind is kind))]
    if overdue:
        lines.append(Reminders.tr("%n việc quá hạn", "", overdue))
    return title, "\n".join(lines)


class ReminderTray(QObject):
    """Owns the tray icon and the timer of one main window (``show_pane``, ``statusBar``)."""

    notified = Signal(str, str)  # title, body: what was shown (tray or status bar)

    def __init__(self, window: MainWindow, ctx: AppContext, *, use_tray: bool | None = None) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.seen: frozenset[str] | None = None  # keys already notified; None before the first read
        self.work: MyWork | None = None
        self.now: datetime | None = None  # the office's clock (tests fix it)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if tray_available() if use_tray is None else use_tray:
            self.tray = QSystemTrayIcon(QIcon(str(resource_path("icons", "vanphong.svg"))), self)
            self.tray.setToolTip(Reminders.tr("VănPhòng — Việc của tôi"))
            self.tray.messageClicked.connect(self.open_panel)
            self.tray.activated.connect(self._activated)
        ctx.data_changed.connect(self._on_data_changed)

    def start(self) -> None:
        """The first reminder, once the window is up."""
        self.check()

    def start_when_idle(self, ms: int, moved: SignalInstance) -> None:
        """:meth:`start` once *ms* have passed without *moved* (the window's pane switches): its
        read (all of "Việc của tôi") would otherwise share the database thread with the first
        visit of the pane the user just opened."""
        first = QTimer(self)
        first.setSingleShot(True)
        first.setInterval(ms)

        def put_off() -> None:
            if first.isActive():
                first.start()

        def fire() -> None:
            moved.disconnect(put_off)
            first.deleteLater()
            self.start()

        moved.connect(put_off)
        first.timeout.connect(fire)
        first.start()

    def check(self) -> None:
        self.ctx.read_later(my_work, actor=self.ctx.actor, now=self.now, done=self.on_work, key="reminders")

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(SETTINGS):  # the interval or the user's switch may have changed
            self.check()

    def on_work(self, work: MyWork) -> None:
        self.work = work
        enabled = work.tray_enabled and work.tray_minutes > 0
        if not enabled:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()
            self.seen = work.keys  # switched on later: only what is new from now on
            return
        interval = work.tray_minutes * 60_000
        if self.timer.interval() != interval or not self.timer.isActive():
            self.timer.start(interval)
        if self.tray is not None:
            self.tray.show()
        seen = self.seen
        first = seen is None
        new = [i for i in work.items if seen is None or i.key not in seen]
        self.seen = work.keys
        if new:
            self.notify(*summary(new, first=first))

    def notify(self, title: str, body: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        else:
            self.window.statusBar().showMessage(f"{title} — {body.replace(chr(10), '; ')}", MESSAGE_MS)
        self.notified.emit(title, body)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_panel()

    def open_panel(self) -> None:
        """Bring the window forward on "Việc của tôi"."""
        self.window.show_pane(PANE)
        bring_to_front(self.window)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
