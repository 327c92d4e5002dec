"""Printing from the leave pane: print preview of a printout (the pages of its PDF) and
writing PDF / xlsx files on a worker thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from app.reports.leave_doc import Printout, write_pdf
from ui.context import show_error
from ui.export_files import announce_export, ask_save_path
from ui.pdf_print import preview_pdf


class JobSignals(QObject):
    """Lives in the main thread; the worker reports through it."""

    finished = Signal(str)  # the written file
    failed = Signal(str)


class FileJob(QRunnable):
    """Writes one file off the main thread (ReportLab, openpyxl). Touches no widget."""

    def __init__(self, write: Callable[[], Path], signals: JobSignals) -> None:
        super().__init__()
        self.write, self.signals = write, signals

    def run(self) -> None:
        try:
            path = self.write()
        except Exception as exc:  # reported to the user, not raised in a thread
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(str(path))


class Printing(QObject):
    """The pane's printer: preview, save as PDF, export; one signals object in the main thread."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.signals = JobSignals(self)
        self.signals.failed.connect(lambda message: show_error(self.widget, message))
        self.last_path: str = ""
        self.signals.finished.connect(self._remember)

    def _remember(self, path: str) -> None:
        self.last_path = path
        announce_export(self.widget, path)

    def preview(self, printout: Printout) -> None:
        """Show the pages of the printout's PDF; printing from the preview prints them."""
        preview_pdf(self.widget, lambda path: write_pdf(printout, path), printout.title)

    def ask_path(self, title: str, suggested: str, pattern: str) -> str:
        """Where to save a leave printout ("" if cancelled); the last folder of leave exports first."""
        chosen = ask_save_path(self.widget, "leave", title, suggested, [pattern])
        return chosen[0] if chosen else ""

    def save_pdf(self, printout: Printout, path: str) -> None:
        """Write *printout* to *path* on the thread pool; ``signals.finished`` tells when."""
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.run(lambda: write_pdf(printout, path))

    def run(self, write: Callable[[], Path]) -> None:
        QThreadPool.globalInstance().start(FileJob(write, self.signals))
