"""UI fixtures: the QApplication with the bundled fonts, and a main window on a DB.

The tests mirror ``ui/``: a pane's tests live in ``tests/ui/<pane>/`` (``calendar``,
``meetings``, ``leave``, ``orgchart``, ``my_work``, ``display``, ``dialogs``), named after
the module they drive (``test_pane.py`` for the pane as a whole). The window-wide modules sit
at the top of ``ui/`` (main_window.py, startup.py, menu_bar.py, translation.py, db_thread.py,
export_files.py, person_picker.py, guide.py …), so their tests sit at the top of
``tests/ui/``, next to the ones that walk every pane (clipped text, the dark palette, the
office's time zone, UI stalls): a ``tests/ui/app/`` folder would mirror nothing in ``ui/``.
Shared support stays beside its users: ``watchdog.py`` here, ``orgchart/support.py``.
"""

from __future__ import annotations

import pytest

from app.services.admin.auth import SYSTEM
from ui.application import ensure_application


@pytest.fixture(scope="session")
def qapp_cls():  # noqa: ANN201 - pytest-qt hook: our application setup
    from tests.ui.watchdog import WatchedApplication

    return WatchedApplication  # a QApplication whose event handlers a watchdog can time


@pytest.fixture(autouse=True)
def _fresh_settings():  # noqa: ANN202
    """Each test starts with no remembered window state or export folders (QSettings): the
    window restores its last pane, and a test must not inherit the one before it."""
    from PySide6.QtCore import QSettings

    from app import APP_NAME

    QSettings(APP_NAME, APP_NAME).clear()


@pytest.fixture
def ui_watchdog(qapp):  # noqa: ANN001, ANN201
    """Arms the watchdog for the test; the test fails if an event handler kept the UI thread
    busy over 100 ms (CPU time of the thread and of the database work it waited for)."""
    from tests.ui.watchdog import Watchdog, WatchedApplication

    watchdog = Watchdog(limit=0.1)
    WatchedApplication.watchdog = watchdog
    try:
        yield watchdog
    finally:
        WatchedApplication.watchdog = None
    assert not watchdog.stalls, f"the UI thread stalled: {watchdog.report()}"


@pytest.fixture
def vp_app(qapp):  # noqa: ANN001, ANN201
    return ensure_application("vi")


@pytest.fixture
def window_on(vp_app, qtbot):  # noqa: ANN001, ANN201
    """Factory: a main window on *database* signed in as *actor* (admin by default)."""
    from ui.context import AppContext
    from ui.main_window import MainWindow

    def make(database, actor=SYSTEM):  # noqa: ANN001, ANN202
        window = MainWindow(AppContext(database, actor))
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture(autouse=True)
def reads_delivered_at_once(request):  # noqa: ANN001, ANN201
    """A pane's read_later delivers before it returns and a calendar table measures all its rows
    at once, so a test reads the pane right after an action; a test with the watchdog keeps the
    real asynchronous delivery and the measuring in steps (and waits with ``ctx.wait_idle()``)."""
    from ui.calendar.table import ScheduleTable
    from ui.context import AppContext

    at_once = "ui_watchdog" not in request.fixturenames
    AppContext.deliver_at_once = at_once
    step = ScheduleTable.STEP_SECONDS
    ScheduleTable.STEP_SECONDS = float("inf") if at_once else step
    try:
        yield
    finally:
        AppContext.deliver_at_once = False
        ScheduleTable.STEP_SECONDS = step


@pytest.fixture(autouse=True)
def nothing_left_behind(qapp):  # noqa: ANN001, ANN201
    """The test fails if it leaves a thread running, a task in the global QThreadPool or a
    top-level widget open or undeleted (tests/ui/leaks.py): such leftovers act in later tests."""
    from tests.ui.leaks import close_leftovers, leftovers, snapshot

    before = snapshot()
    yield
    found = leftovers(before)
    if found:
        close_leftovers(before)
        pytest.fail("the test left behind: " + "; ".join(found), pytrace=False)
