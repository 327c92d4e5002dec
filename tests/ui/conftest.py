"""UI fixtures: the QApplication with the bundled fonts, and a main window on a DB."""

from __future__ import annotations

import pytest

from app.services.admin.auth import SYSTEM
from ui.application import ensure_application


@pytest.fixture(scope="session")
def qapp_cls():  # noqa: ANN201 - pytest-qt hook: our application setup
    from PySide6.QtWidgets import QApplication

    return QApplication


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
