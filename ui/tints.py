"""Colours that read well in the light and the dark palette (Thiết lập → Giao diện).

Row and cell backgrounds are translucent *tints*: painted over the view's base colour they give
a pale shade on the light palette and a deep one on the dark palette, and the palette's own text
colour stays readable on both. Coloured *ink* (a red warning, an amber reminder) is dark on a
light base and light on a dark one; :func:`ink` picks the shade when it is called, so a view
that asks while painting follows a palette switched at run time.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Tints: (red, green, blue, alpha) over the base colour.
RED_TINT = QColor(220, 38, 38, 60)
AMBER_TINT = QColor(234, 179, 8, 70)
BLUE_TINT = QColor(59, 130, 246, 56)
GREEN_TINT = QColor(22, 163, 74, 56)
GREY_TINT = QColor(127, 127, 127, 60)
FAINT_TINT = QColor(127, 127, 127, 24)

# Inks: (on a light base, on a dark base).
RED_INK = ("#b91c1c", "#fca5a5")
AMBER_INK = ("#92400e", "#fcd34d")
GREEN_INK = ("#166534", "#86efac")
AWAY_INK = ("#b45309", "#fdba74")  # orange: away today (org chart)
BLUE_INK = ("#1d4ed8", "#93c5fd")


def current_palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the views' base colour is dark (the dark palette, or a dark system theme)."""
    base = (palette or current_palette()).color(QPalette.ColorRole.Base)
    return base.lightnessF() < 0.5


def ink(shades: tuple[str, str], palette: QPalette | None = None) -> QColor:
    """The shade of a coloured text that reads on the palette's base colour."""
    return QColor(shades[1] if is_dark(palette) else shades[0])


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """*share* of *first* and the rest of *second* (opaque)."""
    rest = 1.0 - share
    return QColor.fromRgbF(first.redF() * share + second.redF() * rest,
                           first.greenF() * share + second.greenF() * rest,
                           first.blueF() * share + second.blueF() * rest)


def muted_text(palette: QPalette | None = None) -> QColor:
    """A text colour between the text and the base: cancelled entries, days of another month."""
    palette = palette or current_palette()
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.55)


def label_text(palette: QPalette | None = None) -> QColor:
    """A quieter text for field names beside their values (a details panel): dark grey on the
    light palette, light grey on the dark one."""
    palette = palette or current_palette()
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.7)


def rule_line(palette: QPalette | None = None) -> QColor:
    """A line a little stronger than the grid: between the days of a schedule."""
    palette = palette or current_palette()
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.45)


def css(colour: QColor) -> str:
    """The colour for a style sheet or rich text: ``rgba(r, g, b, a)`` keeps the translucency."""
    return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"
