"""The built-in user guide: one HTML page per job in Vietnamese and English
(resources/guide/vi, resources/guide/en), with the demo office's screenshots (docs/screenshots,
copied into the bundle by build/vanphong.spec). Offline; F1 opens the current pane's page."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.resources import resource_path, resources_root
from ui.screen_fit import resize_within_screen

# page (file stem) → the pane it explains; "index" is the table of contents
PAGES = ("index", "orgchart", "calendar", "meetings", "leave", "my_work", "settings")


def guide_language() -> str:
    """The guide's language: the interface's (English if the UI is in English, else Vietnamese)."""
    return "en" if QLocale().language() == QLocale.Language.English else "vi"


def guide_folder(lang: str) -> Path:
    return resource_path("guide", lang)


def screenshots_folder() -> Path:
    """The screenshots: the bundle's copy (resources/guide/screenshots) or the repository's docs/screenshots."""
    bundled = resource_path("guide", "screenshots")
    return bundled if bundled.is_dir() else resources_root().parent / "docs" / "screenshots"


def page_for(topic: str) -> str:
    """The page of *topic* (a pane key or a page name); the contents for anything else."""
    return topic if topic in PAGES else "index"


def page_title(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    start, end = text.find("<title>"), text.find("</title>")
    return text[start + 7:end].strip() if 0 <= start < end else path.stem


class GuideBrowser(QTextBrowser):
    """A text browser that finds the pages' images in the screenshots folder."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if isinstance(name, str):  # Qt passes a QUrl
            name = QUrl(name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            relative = name.path() if name.isRelative() else \
                os.path.relpath(name.toLocalFile(), self.folder)
            image = QImage(str(screenshots_folder() / relative))
            if not image.isNull():
                return image
        return super().loadResource(kind, name)


class GuideWindow(QDialog):
    """The guide's pages on the left, the page on the right; links between pages work."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng VănPhòng"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.lang = lang or guide_language()
        folder = guide_folder(self.lang)
        self.pages = QListWidget()
        self.pages.setObjectName("guidePages")
        for page in PAGES:
            item = QListWidgetItem(page_title(folder / f"{page}.html"))
            item.setData(Qt.ItemDataRole.UserRole, page)
            self.pages.addItem(item)
        self.pages.setMaximumWidth(self.pages.sizeHintForColumn(0) + 24)
        self.browser = GuideBrowser(folder)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._source_changed)
        self.pages.currentRowChanged.connect(lambda row: self.open_page(PAGES[row]) if row >= 0 else None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 1000, 720)

    def open_page(self, topic: str) -> None:
        page = page_for(topic)
        url = QUrl.fromLocalFile(str(guide_folder(self.lang) / f"{page}.html"))
        if self.browser.source() != url:
            self.browser.setSource(url)

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _source_changed(self, url: QUrl) -> None:
        stem = Path(url.toLocalFile()).stem
        if stem in PAGES:
            self.pages.blockSignals(True)
            self.pages.setCurrentRow(PAGES.index(stem))
            self.pages.blockSignals(False)


def show_guide(parent: QWidget, topic: str) -> GuideWindow:
    """Open (or raise) *parent*'s guide window at the page of *topic*."""
    window = parent.findChild(GuideWindow, "guideWindow")
    if window is None:
        window = GuideWindow(parent)
    window.open_page(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
