"""PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void method call, so a
long session aborted with "Fatal Python error: none_dealloc". The pinned PySide6 must not."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter, QPen


def test_void_qt_calls_do_not_consume_references_to_none():
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(5_000):
            painter.setPen(QPen())  # a void method, as the chart calls hundreds of times per repaint
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before - 50
