"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method call;
importing `ui` makes None effectively immortal so the window cannot abort mid-session."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter, QPen

import ui  # noqa: F401  (the workaround runs at import)


def test_thousands_of_void_calls_leave_none_with_references_to_spare():
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for _ in range(20_000):
            painter.setPen(QPen())  # a void method, as the chart calls hundreds of times per repaint
    finally:
        painter.end()
    assert sys.getrefcount(None) > 1 << 30
