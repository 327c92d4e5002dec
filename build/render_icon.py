"""Render resources/icons/vanphong.svg to the PNG sizes of a desktop icon theme and a
Windows .ico (used by the .deb, the PyInstaller spec on Windows and Inno Setup).

    python build/render_icon.py OUT_DIR      ->  OUT_DIR/vanphong-{16..256}.png, vanphong.ico

Qt renders the SVG (offscreen, no display needed); Pillow (a ReportLab dependency) writes
the multi-size .ico.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)
ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "vanphong.svg"


def render(out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"vanphong-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
        written.append(path)

    from PIL import Image

    largest = Image.open(out_dir / "vanphong-256.png")
    ico = out_dir / "vanphong.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in SIZES])
    written.append(ico)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".pyinstaller" / "icons"
    for path in render(target):
        print(path)
