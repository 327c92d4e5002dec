"""Render a pane offscreen to PNG (`vanphong screenshot PANE -o FILE.png`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import InvalidInput
from app.services.admin.auth import SYSTEM
from db.engine import Database

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def render_pane(database: Database, key: str, target: Path, size: tuple[int, int], *, lang: str = "vi",
                tab: str | None = None) -> Path:
    """Build the main window on *database*, show pane *key* (on its *tab*, if it has tabs),
    and save it as PNG atomically."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import ensure_application

    app = ensure_application(lang)
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.panes import pane_specs

    keys = [spec.key for spec in pane_specs()]
    if key not in keys:
        raise InvalidInput(f"Không có màn hình {key!r}; chọn một trong: {', '.join(keys)}")
    window = MainWindow(AppContext(database, SYSTEM), remember=False)
    window.resize(*size)
    pane = window.show_pane(key)
    if tab is not None and tab not in pane.screenshot_tabs():
        window.close()
        window.deleteLater()
        tabs = ", ".join(pane.screenshot_tabs()) or "—"
        raise InvalidInput(f"Màn hình {key} không có thẻ {tab!r}; chọn một trong: {tabs}")
    window.show()
    _settle(window)  # the pane's data arrives from the database thread
    if hasattr(pane, "prepare_screenshot"):
        if tab is None:
            pane.prepare_screenshot()
        else:
            pane.prepare_screenshot(tab)
        _settle(window)
    image = window.grab()
    tmp = target.with_name(target.name + ".tmp.png")
    try:
        if not image.save(str(tmp), "PNG"):
            raise InvalidInput(f"Không ghi được ảnh {target}")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
        window.close()
        window.deleteLater()
        app.processEvents()
    return target


SETTLE_SECONDS = 0.3  # longer than the short timers that follow a layout (a wrapped tree's rows re-measured 50 ms after its columns settle)


def _settle(window: MainWindow) -> None:
    """Deliver every read under way and the layout steps that follow (rows measured in steps),
    then let the short timers a layout starts fire, as they do before anyone looks at a window."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(3):
        window.ctx.wait_idle()
        for _ in range(20):
            QCoreApplication.processEvents()
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        window.ctx.wait_idle()
