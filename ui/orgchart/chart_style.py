"""Fonts, colours and word wrapping shared by the chart's layout, the scene and the exports.

Fonts are sized in pixels of the chart's own coordinates, so the same drawing comes out
identical on screen, in a PNG and on an A4 PDF page whatever the device resolution.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF

FONT_FAMILY = "Liberation Sans"  # bundled (resources/fonts), full Vietnamese coverage

INK = "#1f2937"
NAVY = "#1f4e79"
MUTED = "#475569"
AWAY = "#c2410c"  # orange: away today
AWAY_FILL = "#ea580c"
PARTY_RED = "#b91c1c"
# One colour per deputy chief: their box band and their dashed oversight lines.
DEPUTY_COLOURS = ("#2563eb", "#059669", "#9333ea", "#0891b2", "#65a30d", "#db2777")


@dataclass(frozen=True)
class TextStyle:
    pixel_size: int
    bold: bool = False
    italic: bool = False
    colour: str = INK


STYLES: dict[str, TextStyle] = {
    "title": TextStyle(20, bold=True, colour=NAVY),
    "subtitle": TextStyle(12, italic=True, colour=MUTED),
    "caption": TextStyle(10, bold=True, colour=MUTED),  # position title above a name
    "name": TextStyle(13, bold=True),
    "unit": TextStyle(13, bold=True, colour=NAVY),
    "body": TextStyle(11),
    "member": TextStyle(11, bold=True),  # a member's name in a leadership body
    "small": TextStyle(10, italic=True, colour=MUTED),
    "away": TextStyle(10, bold=True, colour=AWAY),
    "badge": TextStyle(9, bold=True, colour="#ffffff"),
    "frame": TextStyle(10, bold=True, colour=MUTED),
    "legend": TextStyle(10, colour=MUTED),
}


def font(style: str) -> QFont:
    """A new QFont for *style* (not shared: the PDF export paints in a worker thread)."""
    spec = STYLES[style]
    result = QFont(FONT_FAMILY)
    result.setPixelSize(spec.pixel_size)
    result.setBold(spec.bold)
    result.setItalic(spec.italic)
    result.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same metrics on every device
    return result


def colour(style: str) -> QColor:
    return QColor(STYLES[style].colour)


_local = threading.local()  # font metrics are not shared between threads


def _metrics(style: str) -> QFontMetricsF:
    cache = getattr(_local, "metrics", None)
    if cache is None:
        cache = _local.metrics = {}
    metrics = cache.get(style)
    if metrics is None:
        metrics = cache[style] = QFontMetricsF(font(style))
    return metrics


def line_height(style: str) -> float:
    return _metrics(style).height()


def text_width(style: str, text: str) -> float:
    return _metrics(style).horizontalAdvance(text)


def wrap(style: str, text: str, width: float) -> list[str]:
    """Break *text* into lines no wider than *width* (a word longer than that keeps its line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and text_width(style, candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]
