"""Shared by the org chart UI tests: the pane on a copy of the demo office, and
helpers that drive dialogs the way a user does."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from app.services.admin.auth import SYSTEM
from tests.conftest import DEMO_TODAY
from ui.application import ensure_application
from ui.context import AppContext
from ui.orgchart.models import KIND_ROLE
from ui.orgchart.pane import OrgChartPane


def make_pane(qtbot, database, monkeypatch, actor=SYSTEM) -> OrgChartPane:
    ensure_application("vi")  # the bundled fonts, as the app has them
    monkeypatch.setattr(OrgChartPane, "today", lambda self: DEMO_TODAY)
    ctx = AppContext(database, actor)
    pane = OrgChartPane(ctx)
    ctx.setParent(pane)  # the context and its database thread end with the pane (as with a window)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    return pane


@pytest.fixture
def pane(qtbot, demo_db, monkeypatch):
    """The org chart pane on a private copy of the demo office, its "today" pinned to DEMO_TODAY."""
    return make_pane(qtbot, demo_db, monkeypatch)


def answer_next_dialog(fill: Callable[[QDialog], None]) -> None:
    """When the next modal dialog opens, let *fill* work on it (it is closed afterwards if still open)."""
    timer = QTimer(QApplication.instance())  # owned by the app: lives until it has run
    timer.setInterval(10)

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        timer.stop()
        timer.deleteLater()
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    timer.timeout.connect(handle)
    timer.start()


def visible_people(pane: OrgChartPane) -> list[str]:
    names: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(pane.model.rowCount(parent)):
            index = pane.model.index(row, 0, parent)
            if index.data(KIND_ROLE) == "person":
                names.append(index.data())
            walk(index)

    walk(QModelIndex())
    return names


def type_text(widget, text: str) -> None:
    """Type Vietnamese as an input method (Unikey, ibus) delivers it: one committed string.
    (QTest's key clicks only know Latin-1 keys.)"""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == text)
    combo.setCurrentIndex(index)


def click_ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
