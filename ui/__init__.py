"""PySide6 user interface: main window, one sub-package per pane, dialogs, workers."""

from ui.pyside_workarounds import keep_none_alive

keep_none_alive()  # before any Qt call: see ui/pyside_workarounds.py
