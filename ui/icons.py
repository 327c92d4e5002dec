"""The panes' navigation icons, readable on the light and the dark palette.

The monochrome icons in resources/icons are drawn with one dark ink (#1f2937, like
`currentColor` in a web page). On a dark palette that ink is redrawn in the palette's text
colour; on a light one the file is used as it is."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QIcon, QImageReader, QPalette, QPixmap

from app.resources import resource_path
from ui.tints import current_palette, is_dark

INK = "#1f2937"
SIZES = (16, 22, 24, 32, 44, 48, 64)


def pane_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon *name* (a file under resources/icons) drawn for *palette* (the application's)."""
    path = resource_path("icons", name)
    palette = palette or current_palette()
    if not is_dark(palette):
        return QIcon(str(path))
    ink = palette.color(QPalette.ColorRole.Text).name()
    svg = QByteArray(path.read_text(encoding="utf-8").replace(INK, ink).encode("utf-8"))
    icon = QIcon()
    for size in SIZES:
        buffer = QBuffer()
        buffer.setData(svg)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(size, size))
        icon.addPixmap(QPixmap.fromImage(reader.read()))
    return icon
