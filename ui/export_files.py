"""Where the office's files go: every "save as" of the window asks here.

Default names are Vietnamese without accents (``lich-cong-tac-2026-W48.pdf``); the first folder
offered is the last one used for that kind of export (QSettings), else the user's Documents,
never the working folder. After an export, :func:`announce_export` offers "Mở tệp" and
"Mở thư mục".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.text import fold
from ui.translation import TranslationContext

FOLDERS = "exportFolders"


ExportFiles = TranslationContext("ExportFiles")  # lupdate reads ExportFiles.tr("…")


def file_name(*parts: object, suffix: str) -> str:
    """A file name from *parts*: lowercase ASCII words joined by "-" ("Giấy mời", 12 -> giay-moi-12)."""
    stem = "-".join(re.sub(r"[^a-z0-9]+", "-", fold(str(p))).strip("-") for p in parts if str(p))
    return f"{stem.strip('-') or 'vanphong'}{suffix}"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder if the system names none or it is missing)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def last_folder(kind: str, default: Path | None = None) -> Path:
    """The folder last used for *kind* of export if it still exists, else *default* or Documents."""
    saved = QSettings().value(f"{FOLDERS}/{kind}", "")
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    return default if default is not None and default.is_dir() else documents_folder()


def remember_folder(kind: str, folder: str | Path) -> None:
    QSettings().setValue(f"{FOLDERS}/{kind}", str(folder))


def ask_save_path(parent: QWidget | None, kind: str, title: str, name: str, filters: Sequence[str], *,
                  default_folder: Path | None = None) -> tuple[str, str] | None:
    """Ask where to save a *kind* of export, offering *name* in the last folder of that kind.

    Returns (path, chosen filter), the path ending in the chosen filter's suffix when the user
    typed none; None when cancelled.
    """
    suggested = str(last_folder(kind, default_folder) / name)
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(filters),
                                               filters[0] if filters else "")
    if not path:
        return None
    if not Path(path).suffix:
        suffix = re.search(r"\*(\.\w+)", chosen or (filters[0] if filters else ""))
        path += suffix.group(1) if suffix else Path(name).suffix
    remember_folder(kind, Path(path).parent)
    return path, chosen


def ask_folder(parent: QWidget | None, kind: str, title: str) -> str | None:
    """Ask for a folder to export a *kind* of files into, starting from the last one used."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(last_folder(kind)))
    if not folder:
        return None
    remember_folder(kind, folder)
    return folder


def open_location(path: str | Path) -> bool:
    """Open a file or folder with the system's program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def announce_export(parent: QWidget | None, path: str | Path) -> QMessageBox:
    """Tell that *path* was written, with "Mở tệp" (not for a folder) and "Mở thư mục".

    The message does not block (a window-modal sheet that deletes itself).
    """
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    box = QMessageBox(QMessageBox.Icon.Information, ExportFiles.tr("Đã xuất"),
                      ExportFiles.tr("Đã ghi %1").replace("%1", target.name) if not target.is_dir()
                      else ExportFiles.tr("Đã ghi vào thư mục %1").replace("%1", target.name), QMessageBox.StandardButton.Close,
                      parent)
    box.setObjectName("exportDoneDialog")
    box.setInformativeText(str(folder))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not target.is_dir():
        open_file = box.addButton(ExportFiles.tr("Mở tệp"), QMessageBox.ButtonRole.ActionRole)
        open_file.setObjectName("openFile")
        open_file.clicked.connect(lambda: open_location(target))
    open_folder = box.addButton(ExportFiles.tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
    open_folder.setObjectName("openFolder")
    open_folder.clicked.connect(lambda: open_location(folder))
    box.open()
    return box
