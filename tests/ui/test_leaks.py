"""The leak check of every UI test (tests/ui/leaks.py, the autouse fixture in conftest.py):
it names a thread, a pool task or a window the test left, and nothing once they are gone."""

from __future__ import annotations

import threading

from PySide6.QtCore import QRunnable, QThread, QThreadPool
from PySide6.QtWidgets import QDialog, QWidget

from tests.ui.leaks import close_leftovers, leftovers, snapshot


def test_a_thread_still_running_after_the_test_is_named(qapp):
    before = snapshot()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="left-running")
    thread.start()
    try:
        assert leftovers(before, wait=0.05) == ["thread 'left-running' still running"]
    finally:
        stop.set()
        thread.join()
    assert leftovers(before) == []


class _Waiting(QRunnable):
    def __init__(self, stop: threading.Event) -> None:
        super().__init__()
        self.stop = stop

    def run(self) -> None:
        self.stop.wait()


def test_a_task_still_running_in_the_global_pool_is_named(qapp):
    before = snapshot()
    stop = threading.Event()
    QThreadPool.globalInstance().start(_Waiting(stop))
    try:
        assert leftovers(before, wait=0.05) == ["1 task(s) still running in the global QThreadPool"]
    finally:
        stop.set()
    assert leftovers(before) == []


class _Sleeper(QThread):
    def __init__(self, stop: threading.Event) -> None:
        super().__init__()
        self.stop = stop

    def run(self) -> None:
        self.stop.wait()


def test_a_qthread_still_running_is_named(qapp):
    before = snapshot()
    stop = threading.Event()
    thread = _Sleeper(stop)
    thread.start()
    try:
        assert "QThread _Sleeper still running" in leftovers(before, wait=0.05)
    finally:
        stop.set()
        thread.wait()
    assert leftovers(before) == []


def test_a_window_left_open_or_hidden_but_not_deleted_is_named_then_closed(qapp):
    before = snapshot()
    shown = QDialog()
    shown.setObjectName("leftOpen")
    shown.show()
    hidden = QWidget()
    hidden.setWindowTitle("hidden")
    assert sorted(leftovers(before)) == ["top-level widget QDialog 'leftOpen' (shown, not deleted)",
                                         "top-level widget QWidget 'hidden' (hidden, not deleted)"]
    close_leftovers(before)
    assert leftovers(before) == []


def test_a_window_the_test_deleted_later_is_not_a_leftover(qapp):
    before = snapshot()
    window = QWidget()
    window.show()
    window.close()
    window.deleteLater()
    assert leftovers(before) == []
