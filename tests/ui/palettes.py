"""Switching the application's palette at run time (Thiết lập → Giao diện) in a test."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor

from ui.application import apply_theme


def ink_follows_the_palette(app, qtbot, shown: Callable[[], QColor], shades: tuple[str, str]) -> None:  # noqa: ANN001 - the QApplication and pytest-qt's qtbot
    """Switch to the dark palette, then the light one: each time *shown()* comes to be the
    shade of *shades* (light, dark) for it. The palette is restored afterwards."""
    style, palette = app.style().name(), app.palette()
    try:
        for theme, shade in (("dark", shades[1]), ("light", shades[0])):
            apply_theme(app, theme)  # Qt posts the palette change to the widgets
            qtbot.waitUntil(lambda shade=shade: shown().name() == shade)
    finally:
        app.setStyle(style)
        app.setPalette(palette)
