"""Qt's own texts (standard buttons, file and print dialogs) read in Vietnamese: Qt ships
no Vietnamese catalogue, so resources/translations/qtbase_vi.qm supplies one."""

from __future__ import annotations

from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from app.resources import resource_path
from ui.application import install_translation

Button = QDialogButtonBox.StandardButton


def test_the_compiled_qt_catalogue_loads_and_matches_its_source():
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", "qtbase_vi.qm")))
    assert translator.language() == "vi_VN"
    root = ElementTree.parse(resource_path("translations", "qtbase_vi.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            source, text = message.findtext("source"), message.findtext("translation")
            assert text and translator.translate(context.findtext("name"), source) == text


def test_in_the_vietnamese_ui_a_button_box_reads_in_vietnamese(vp_app, qtbot):
    install_translation(vp_app, "vi")
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Close | Button.Save)
    qtbot.addWidget(box)
    assert box.button(Button.Cancel).text() == "Hủy"
    assert box.button(Button.Ok).text() == "Đồng ý"
    assert box.button(Button.Close).text() == "Đóng"
    assert box.button(Button.Save).text().replace("&", "") == "Lưu"


def test_in_the_english_ui_qt_buttons_stay_english(vp_app, qtbot):
    install_translation(vp_app, "en")
    try:
        box = QDialogButtonBox(Button.Cancel)
        qtbot.addWidget(box)
        assert box.button(Button.Cancel).text().replace("&", "") == "Cancel"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        install_translation(vp_app, "vi")
