"""The lobby display window: full screen, nothing to click, no editing.

It shows the office, the week's dates and the published version above the schedule board,
pages through the board on a timer when the week does not fit, and polls the database for
a newer published version (a cheap aggregate on a worker thread), so another PC's
publication reaches the screen within one poll. Esc asks for an administrator's account and
password (checked on a worker thread); nothing else closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from app.rules.schedule import NOON, HalfDay, monday_of
from app.services.calendar.display import DisplayWeek
from app.text import format_date, weekday_vi
from db.engine import Database
from ui.display.board import COLORS, BoardStyle, ScheduleBoard, body_pixels, page_of_day, paginate
from ui.display.tasks import DisplaySignals, PasswordTask, PollTask

if TYPE_CHECKING:
    from ui.display.exit_dialog import ExitDialog

PAGE_SECONDS = 20
POLL_SECONDS = 30


def week_of(choice: str | date, today: date) -> date:
    """The Monday shown for *choice*: "current", "next" or a fixed date's week."""
    if choice == "current":
        return monday_of(today)
    if choice == "next":
        return monday_of(today) + timedelta(weeks=1)
    return monday_of(choice)  # type: ignore[arg-type]  # the only strings are the two above (app.commands.display parses any other --week)


class DisplayWindow(QWidget):
    """The schedule for a lobby screen. ``closed`` is emitted once an administrator let it go."""

    refreshed = Signal(object)  # the DisplayWeek now shown
    page_changed = Signal(int)
    poll_failed = Signal(str)
    closed = Signal()

    def __init__(self, database: Database, *, week: str | date = "current", show_draft: bool = False,
                 page_seconds: float = PAGE_SECONDS, poll_seconds: float = POLL_SECONDS,
                 now: Callable[[], datetime] = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lobbyDisplay")
        self.setWindowTitle(self.tr("VănPhòng — Lịch công tác tuần"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(COLORS["background"]))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(COLORS["text"]))
        self.setPalette(palette)
        self.database, self.week_choice, self.show_draft, self.now = database, week, show_draft, now
        self.monday = week_of(week, now().date())
        self.data: DisplayWeek | None = None  # once loaded
        self.pages: list = [[]]
        self.page = 0
        self._unlocked = False
        self._busy = False
        self.exit_dialog: ExitDialog | None = None

        self.pool = QThreadPool(self)  # one task at a time: polls never pile up
        self.pool.setMaxThreadCount(1)
        self.signals = DisplaySignals(self)
        self.signals.loaded.connect(self._on_loaded)
        self.signals.unchanged.connect(self._on_idle)
        self.signals.failed.connect(self._on_failed)

        self._build()
        self.page_timer = self._timer(page_seconds, self.next_page)
        self.poll_timer = self._timer(poll_seconds, self.poll)
        self.clock_timer = self._timer(20, self._tick)
        self._tick()
        self.poll(force=True)

    # -- building -----------------------------------------------------------------------

    def _label(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setWordWrap(True)
        return label

    def _build(self) -> None:
        self.parent_body = self._label("displayParentBody")
        self.office = self._label("displayOffice")
        self.title = self._label("displayTitle", Qt.AlignmentFlag.AlignHCenter)
        self.title.setText(self.tr("LỊCH CÔNG TÁC TUẦN"))
        self.range = self._label("displayRange", Qt.AlignmentFlag.AlignHCenter)
        self.version = self._label("displayVersion", Qt.AlignmentFlag.AlignHCenter)
        self.clock = self._label("displayClock", Qt.AlignmentFlag.AlignRight)
        self.page_label = self._label("displayPage", Qt.AlignmentFlag.AlignRight)
        self.message = self._label("displayMessage", Qt.AlignmentFlag.AlignHCenter)
        self.board = ScheduleBoard()

        left, middle, right = QVBoxLayout(), QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.parent_body)
        left.addWidget(self.office)
        left.addStretch(1)
        for widget in (self.title, self.range, self.version):
            middle.addWidget(widget)
        right.addWidget(self.clock)
        right.addWidget(self.page_label)
        right.addStretch(1)
        head = QHBoxLayout()
        head.addLayout(left, 3)
        head.addLayout(middle, 5)
        head.addLayout(right, 3)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.stack, 1)
        self.board.resized.connect(lambda: self._layout_pages())

    def _timer(self, seconds: float, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(max(50, round(seconds * 1000)))
        timer.timeout.connect(lambda: slot())
        timer.start()
        return timer

    def show_on(self, screen: QScreen | None = None, *, full_screen: bool = True) -> None:
        """Show on *screen* (the primary one if None), full screen."""
        screen = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()

    # -- data -----------------------------------------------------------------------------

    def poll(self, *, force: bool = False) -> None:
        """Ask a worker whether the week has a newer version (or whether the week changed)."""
        if self._busy:
            return
        monday = week_of(self.week_choice, self.now().date())
        known = self.data.version if self.data is not None and self.data.monday == monday else -1
        self._busy = True
        self.pool.start(PollTask(self.database, self.signals, monday, known, force=force,
                                 show_draft=self.show_draft))

    def _on_idle(self) -> None:
        self._busy = False

    def _on_failed(self, message: str) -> None:
        self._busy = False
        if self.data is None:  # nothing to show yet: say why (the next poll retries)
            self.message.setText(self.tr("Chưa đọc được lịch công tác: %1\nĐang thử lại…").replace("%1", message))
            self.stack.setCurrentWidget(self.message)
        self.poll_failed.emit(message)  # otherwise keep showing the last good version

    def _on_loaded(self, data: DisplayWeek) -> None:
        self._busy = False
        self.data, self.monday = data, data.monday
        self.parent_body.setText(data.parent_body.upper())
        self.office.setText(data.office_name.upper())
        self.range.setText(data.range_line)
        self.version.setText(data.version_line)
        self.version.setProperty("state", data.state)
        self._layout_pages()
        self.refreshed.emit(data)

    # -- layout and paging ------------------------------------------------------------------

    def half_now(self) -> str:
        return (HalfDay.MORNING if self.now().time() < NOON else HalfDay.AFTERNOON).value

    def _scale_fonts(self) -> BoardStyle:
        pixels = body_pixels(self.height())
        sizes = {self.parent_body: 0.8, self.office: 1.0, self.title: 1.45, self.range: 0.95,
                 self.version: 0.85, self.clock: 1.3, self.page_label: 0.8, self.message: 1.3}
        for label, factor in sizes.items():
            font = label.font()
            font.setPixelSize(round(pixels * factor))
            font.setBold(label in (self.office, self.title, self.clock))
            font.setItalic(label in (self.range, self.version))
            label.setFont(font)
        draft = self.data is not None and self.data.state == "draft"
        self.version.setStyleSheet(f"color: {COLORS['mark']}; font-weight: bold;" if draft else "")
        return BoardStyle(pixels)

    def _layout_pages(self) -> None:
        style = self._scale_fonts()
        data = self.data
        if data is None or not data.rows:
            self.pages, self.page = [[]], 0
            self.message.setText(data.version_line if data is not None else self.tr("Đang tải lịch công tác…"))
            self.stack.setCurrentWidget(self.message)
        else:
            width, height = max(200, self.board.width()), max(200, self.board.height())
            self.pages = paginate(data.rows, style, width, height)
            self.page = page_of_day(self.pages, self.now().date())  # (re)start at today's page
            self.stack.setCurrentWidget(self.board)
        self._show_page(style)

    def _show_page(self, style: BoardStyle | None = None) -> None:
        style = style or BoardStyle(body_pixels(self.height()))
        self.board.show_blocks(self.pages[self.page], style, self.now().date(), self.half_now())
        many = len(self.pages) > 1
        self.page_label.setText(self.tr("Trang %1/%2").replace("%1", str(self.page + 1))
                                .replace("%2", str(len(self.pages))) if many else "")

    def next_page(self) -> None:
        if len(self.pages) > 1:
            self.page = (self.page + 1) % len(self.pages)
            self._show_page()
            self.page_changed.emit(self.page)

    def _tick(self) -> None:
        """The clock, and the highlight of today and the half-day, which move with it."""
        moment = self.now()
        self.clock.setText(f"{moment:%H:%M}\n{weekday_vi(moment.date())}, {format_date(moment.date())}")
        if self.data is not None:
            self._show_page()
            if week_of(self.week_choice, moment.date()) != self.data.monday:
                self.poll()  # a new week began: load it now

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale_fonts()  # the board's own resize cuts the pages again

    # -- leaving --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.ask_to_leave()
            return
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
            self.next_page()  # a remote's arrow keys page by hand; nothing else is editable
            return
        super().keyPressEvent(event)

    def ask_to_leave(self) -> None:
        """The administrator's sign-in; closes the display only when it is accepted."""
        from ui.display.exit_dialog import ExitDialog

        if self.exit_dialog is not None:
            self.exit_dialog.raise_()
            return
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.exit_dialog = ExitDialog(self)
        self.exit_dialog.submitted.connect(self._check_password)
        self.exit_dialog.finished.connect(self._exit_dialog_closed)
        self.signals.checked.connect(self.exit_dialog.show_result)
        self.exit_dialog.open()

    def _check_password(self, username: str, password: str) -> None:
        self.pool.start(PasswordTask(self.database, self.signals, username, password))

    def _exit_dialog_closed(self, result: int) -> None:
        dialog, self.exit_dialog = self.exit_dialog, None
        if dialog is not None:
            self.signals.checked.disconnect(dialog.show_result)
            dialog.deleteLater()
        self.setCursor(Qt.CursorShape.BlankCursor)
        if result:
            self._unlocked = True
            self.close()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        minimised = bool(self.windowState() & Qt.WindowState.WindowMinimized)
        if event.type() == QEvent.Type.WindowStateChange and minimised and not self._unlocked:
            QTimer.singleShot(0, self.showFullScreen)  # no minimising it away either

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self._unlocked:
            event.ignore()
            return
        for timer in (self.page_timer, self.poll_timer, self.clock_timer):
            timer.stop()
        self.pool.waitForDone()
        super().closeEvent(event)
        self.closed.emit()

    def release(self) -> None:
        """Close without a password: for the program that owns the screen when it quits."""
        self._unlocked = True
        self.close()
