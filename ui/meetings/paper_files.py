"""Saving a meeting document (giấy mời, biên bản, thông báo, chương trình) as DOCX or PDF:
ask where, then write it on the thread pool so the window never blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool
from PySide6.QtWidgets import QWidget

from app.reports.leave_doc import Printout
from ui.export_files import ask_save_path
from ui.meetings.printing import ExportSignals


class PaperWrite(QRunnable):
    """Writes one printout; reports through *signals* (owned by the main thread)."""

    def __init__(self, printout: Printout, target: Path, signals: ExportSignals) -> None:
        super().__init__()
        self.printout, self.target, self.signals = printout, target, signals

    def run(self) -> None:
        from app.reports.meeting_papers import write_paper

        try:
            write_paper(self.printout, self.target)
        except Exception as exc:  # shown to the user, never raised in a thread
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(str(self.target))


def ask_target(parent: QWidget, suggested: str) -> Path | None:
    """Where to save: a .docx (to edit before signing, the default) or a .pdf."""
    word = QCoreApplication.translate("PaperFiles", "Văn bản Word (*.docx)")
    pdf = QCoreApplication.translate("PaperFiles", "Tệp PDF (*.pdf)")
    answer = ask_save_path(parent, "meeting-papers", QCoreApplication.translate("PaperFiles", "Lưu văn bản"),
                           suggested, [word, pdf])
    if answer is None:
        return None
    path = Path(answer[0])
    if path.suffix.lower() not in (".docx", ".pdf"):
        path = path.with_name(path.name + (".pdf" if answer[1] == pdf else ".docx"))
    return path


def write_in_background(printout: Printout, target: Path, signals: ExportSignals) -> None:
    QThreadPool.globalInstance().start(PaperWrite(printout, target, signals))
