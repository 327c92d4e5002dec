"""`vanphong display`: the lobby display as the program's only window (no sign-in: it only
reads the published schedule; leaving asks for an administrator)."""

from __future__ import annotations

from datetime import date, datetime

from db.engine import Database


def screen_count() -> int:
    from ui.application import ensure_application

    ensure_application(None)
    from PySide6.QtGui import QGuiApplication

    return len(QGuiApplication.screens())


def run_display(database: Database, *, week: str | date = "current", screen: int | None = None,
                show_draft: bool = False, page_seconds: float = 20, poll_seconds: float = 30,
                lang: str | None = None) -> int:
    """Show the display full screen on *screen* (an index of the system's screens) until an
    administrator closes it; returns the exit code."""
    from PySide6.QtGui import QGuiApplication

    from ui.application import apply_theme, ensure_application
    from ui.display.window import DisplayWindow

    app = ensure_application(lang)
    apply_theme(app, "light")
    screens = QGuiApplication.screens()
    window = DisplayWindow(database, week=week, show_draft=show_draft, page_seconds=page_seconds,
                           poll_seconds=poll_seconds)
    window.show_on(screens[screen] if screen is not None and screen < len(screens) else None)
    return app.exec()


def render_display(database: Database, path: str, *, size: tuple[int, int], week: str | date = "current",
                   at: datetime | None = None, show_draft: bool = False, lang: str | None = None) -> str:
    """Render the display offscreen at *size* (as of the moment *at*) into the PNG *path*."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ui.application import apply_theme, ensure_application
    from ui.display.window import DisplayWindow

    app = ensure_application(lang)
    apply_theme(app, "light")
    if at is not None:
        window = DisplayWindow(database, week=week, show_draft=show_draft, now=lambda: at)
    else:
        window = DisplayWindow(database, week=week, show_draft=show_draft)
    loop = QEventLoop()
    window.refreshed.connect(loop.quit)
    window.poll_failed.connect(loop.quit)
    QTimer.singleShot(30000, loop.quit)
    window.resize(*size)
    window.show()
    if window.data is None:
        loop.exec()
    window.resize(*size)
    app.processEvents()
    if not window.grab().save(path):
        raise OSError(f"Không ghi được ảnh {path}")
    window.release()
    window.deleteLater()
    return path
