"""Windows and dialogs that fit a small screen: 1280x800 at 150 % leaves 853x533 logical pixels,
less the taskbar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

# what the window manager and the taskbar take from the screen's available area, at most
MARGIN_W, MARGIN_H = 40, 60


def scroll_area(widget: QWidget, *, horizontal: Qt.ScrollBarPolicy = Qt.ScrollBarPolicy.ScrollBarAsNeeded
                ) -> QScrollArea:
    """*widget* in a frameless scroll area that gives it its whole width."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(horizontal)
    return area


def scrolling(content: QLayout) -> QScrollArea:
    """*content* in a frameless scroll area: a dialog taller than the screen scrolls its form
    instead of running off the screen, and its buttons stay in sight."""
    inner = QWidget()
    inner.setLayout(content)
    content.setContentsMargins(0, 0, 0, 0)
    return scroll_area(inner)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize *window* to *width* x *height*, or smaller where the screen has less room."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - MARGIN_W), min(height, free.height() - MARGIN_H)
    window.resize(width, height)
