"""The watchdog of the UI tests (tests/ui/watchdog.py): it times each event handler in CPU time."""

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.watchdog import Watchdog, WatchedApplication


def _busy(seconds):  # noqa: ANN001, ANN202
    started = time.thread_time()
    while time.thread_time() - started < seconds:
        pass


def _watch_click(qtbot, handler):  # noqa: ANN001, ANN202
    button = QPushButton("thử")
    qtbot.addWidget(button)
    button.clicked.connect(handler)
    watchdog = WatchedApplication.watchdog = Watchdog(limit=0.1)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        WatchedApplication.watchdog = None
    return watchdog


def test_the_watchdog_catches_a_handler_busy_over_the_limit(vp_app, qtbot):
    watchdog = _watch_click(qtbot, lambda: _busy(0.15))
    assert [s.event for s in watchdog.stalls] == ["MouseButtonRelease"]


def test_the_watchdog_counts_busy_time_not_waiting(vp_app, qtbot):
    watchdog = _watch_click(qtbot, lambda: time.sleep(0.3))  # a loaded machine makes handlers wait too
    assert watchdog.handled and not watchdog.stalls


def test_the_fixture_times_every_handler_of_the_test(vp_app, qtbot, ui_watchdog):
    button = QPushButton("nhanh")
    qtbot.addWidget(button)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicks and ui_watchdog.handled >= 2  # press and release, at least
