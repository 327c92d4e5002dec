"""Creating the QApplication: organisation names, fonts, translation, palette."""

from __future__ import annotations

import os
import sys
from typing import cast

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.resources import resource_path

UI_FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                 "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf")


def ensure_application(lang: str | None = None) -> QApplication:
    """The QApplication, created once with the bundled fonts and the chosen language."""
    # the window's process only ever creates a QApplication (here), never a bare QCoreApplication
    app = cast(QApplication | None, QApplication.instance())
    if app is None:
        QCoreApplication.setOrganizationName(APP_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(sys.argv[:1])
        # the installed .desktop entry (build/linux/vanphong.desktop): taskbar icon and grouping
        QGuiApplication.setDesktopFileName("vanphong")
        app.setWindowIcon(QIcon(str(resource_path("icons", "vanphong.svg"))))
    if not getattr(app, "_vanphong_ready", False):
        for name in UI_FONT_FILES:
            # from memory, not by path: Qt's FreeType loader (the offscreen platform on Windows)
            # opens a path through the ANSI code page and fails when the app is installed under
            # a profile with Vietnamese letters (C:\Users\Nguyễn Văn A\AppData\Local\Programs)
            if QFontDatabase.addApplicationFontFromData(resource_path("fonts", name).read_bytes()) < 0:
                print(f"vanphong: không nạp được phông chữ {name}", file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            # offscreen has no system fonts configured: use the bundled Vietnamese-capable one
            app.setFont(QFont("Liberation Sans", 10))
        app._vanphong_ready = True  # type: ignore[attr-defined]  # our own marker on the QApplication
    install_translation(app, lang)
    return app


def apply_theme(app: QApplication, theme: str) -> None:
    """Light (Fusion) or dark palette; "system" keeps the platform's own."""
    if theme == "system":
        return
    app.setStyle("Fusion")
    if theme != "dark":
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    role = QPalette.ColorRole
    for r, colour in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                      (role.AlternateBase, QColor("#26282b")), (role.ToolTipBase, window),
                      (role.ToolTipText, text), (role.Text, text), (role.Button, window),
                      (role.ButtonText, text), (role.BrightText, QColor("#ff6b6b")),
                      (role.Highlight, QColor("#3d6fb4")), (role.HighlightedText, QColor("#ffffff")),
                      (role.Link, QColor("#7aa7ff")), (role.PlaceholderText, QColor("#8a8a8a"))):
        palette.setColor(r, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#777777"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#777777"))
    app.setPalette(palette)


def install_translation(app: QApplication, lang: str | None) -> None:
    """Vietnamese is the source language; English comes from resources/translations.

    Qt ships no Vietnamese catalogue of its own, so in Vietnamese a small hand-written
    qtbase_vi.qm translates Qt's standard buttons, file and print dialogs."""
    previous = getattr(app, "_vanphong_translator", None)
    if previous is not None:
        app.removeTranslator(previous)
        app._vanphong_translator = None  # type: ignore[attr-defined]  # ours: the translator to remove on a change
    english = (lang or "vi") == "en"
    translator = QTranslator(app)
    catalogue = "vanphong_en.qm" if english else "qtbase_vi.qm"
    if translator.load(str(resource_path("translations", catalogue))):
        app.installTranslator(translator)
        app._vanphong_translator = translator  # type: ignore[attr-defined]  # ours: the translator to remove on a change
    if english:
        QLocale.setDefault(QLocale(QLocale.Language.English))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
