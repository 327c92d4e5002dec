"""About dialog: version, licences of the bundled fonts, Qt/PySide6 and other libraries."""

from __future__ import annotations

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app import WINDOW_TITLE, __version__
from app.resources import resource_path
from ui.screen_fit import resize_within_screen

LICENCES = [
    ("Qt / PySide6", "LGPL-3.0"),
    ("Liberation Serif, Liberation Sans", "SIL Open Font License 1.1 (resources/fonts/LICENSE-Liberation.txt)"),
    ("SQLAlchemy, SQLModel, Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("holidays", "MIT"),
    ("python-dateutil", "Apache-2.0 / BSD"),
    ("argon2-cffi", "MIT"),
    ("openpyxl", "MIT"),
    ("python-docx", "MIT"),
    ("icalendar", "BSD-2-Clause"),
    ("appdirs", "MIT"),
]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Giới thiệu VănPhòng"))
        header = QLabel(f"<h2>{WINDOW_TITLE} {__version__}</h2>"
                        + self.tr("<p>Sơ đồ tổ chức, lịch công tác tuần, chuẩn bị họp và nghỉ phép cho một văn phòng.</p>")
                        + f"<p>Qt {qVersion()}</p>")
        browser = QTextBrowser()
        rows = "".join(f"<tr><td>{name}</td><td>{licence}</td></tr>" for name, licence in LICENCES)
        browser.setHtml(f"<table cellpadding=3>{rows}</table>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(QLabel(self.tr("Giấy phép của các thành phần đi kèm:")))
        layout.addWidget(browser)
        texts = QLabel(self.tr("Toàn văn các giấy phép: %1").replace("%1", str(resource_path("licenses"))))
        texts.setObjectName("licenceFolder")
        texts.setWordWrap(True)
        texts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(texts)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 420)
