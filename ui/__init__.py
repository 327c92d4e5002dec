"""PySide6 user interface: main window, one sub-package per pane, dialogs, workers."""
