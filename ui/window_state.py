"""What the main window keeps between runs in QSettings: the last pane and the splitters'
positions (the geometry is the window's own saveGeometry)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

LAST_PANE = "mainWindow/pane"


def _splitters(widget: QWidget, scope: str) -> list[QSplitter]:
    """The splitters of a pane in a stable order; of the window ("main"), only its own."""
    if scope == "main":
        return [widget] if isinstance(widget, QSplitter) else []
    return widget.findChildren(QSplitter)


def _key(scope: str, index: int, splitter: QSplitter) -> str:
    return f"splitters/{scope}/{splitter.objectName() or index}"


def restore_splitters(widget: QWidget, scope: str) -> None:
    settings = QSettings()
    for index, splitter in enumerate(_splitters(widget, scope)):
        state = settings.value(_key(scope, index, splitter))
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)


def save(current: str, panes: Mapping[str, QWidget], central: QWidget) -> None:
    """Keep the current pane and every splitter of the window and of the panes built so far."""
    settings = QSettings()
    if current:
        settings.setValue(LAST_PANE, current)
    for scope, widget in [("main", central), *panes.items()]:
        for index, splitter in enumerate(_splitters(widget, scope)):
            settings.setValue(_key(scope, index, splitter), splitter.saveState())


def last_pane_row(specs: Sequence[object]) -> int:
    """The navigation row of the pane shown when the window was last closed (0 if none or gone)."""
    key = QSettings().value(LAST_PANE, "")
    keys = [getattr(spec, "key", "") for spec in specs]
    return keys.index(key) if key in keys else 0
