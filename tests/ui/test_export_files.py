"""Every save goes through ui.export_files: Vietnamese names without accents in the user's
Documents (or the last folder of that kind), and "Mở tệp" / "Mở thư mục" afterwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from ui import export_files

UI = Path(__file__).resolve().parents[2] / "ui"


def test_no_save_dialog_in_the_window_bypasses_the_export_helper():
    callers = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("getSaveFileName", "getExistingDirectory"):
                callers.append(path.relative_to(UI).as_posix())
    assert set(callers) == {"export_files.py"}


def test_file_names_are_vietnamese_without_accents():
    assert export_files.file_name("Giấy mời", "Đại hội", "2026-11-25", suffix=".docx") == \
        "giay-moi-dai-hoi-2026-11-25.docx"
    assert export_files.file_name("Danh sách đại biểu", suffix=".pdf") == "danh-sach-dai-bieu.pdf"


@pytest.fixture
def dialog(monkeypatch):  # noqa: ANN001, ANN201
    """The save dialog answers with the name it was offered, in *answer_folder* (if set)."""
    calls = []

    def fake(parent, title, suggested, filters, selected=""):  # noqa: ANN001, ANN202
        calls.append(suggested)
        folder = dialog.answer_folder or Path(suggested).parent
        return str(folder / Path(suggested).stem), selected

    dialog = type("Dialog", (), {"calls": calls, "answer_folder": None})
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return dialog


def test_the_first_offer_is_in_documents_then_in_the_folder_last_used_for_that_kind(vp_app, dialog, tmp_path):
    documents = export_files.documents_folder()
    assert documents.name and documents != Path.cwd()
    first = export_files.ask_save_path(None, "week", "Xuất", "lich-cong-tac-2026-W48.pdf", ["PDF (*.pdf)"])
    assert dialog.calls[-1] == str(documents / "lich-cong-tac-2026-W48.pdf")
    assert first[0] == str(documents / "lich-cong-tac-2026-W48.pdf")  # the filter's suffix added
    dialog.answer_folder = tmp_path
    export_files.ask_save_path(None, "week", "Xuất", "lich-cong-tac-2026-W49.pdf", ["PDF (*.pdf)"])
    export_files.ask_save_path(None, "week", "Xuất", "lich-cong-tac-2026-W50.pdf", ["PDF (*.pdf)"])
    assert dialog.calls[-1] == str(tmp_path / "lich-cong-tac-2026-W50.pdf")
    export_files.ask_save_path(None, "leave", "Lưu", "phep-nam-2026.xlsx", ["Excel (*.xlsx)"])
    assert dialog.calls[-1] == str(documents / "phep-nam-2026.xlsx")  # another kind keeps its own folder


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(vp_app, tmp_path):
    export_files.remember_folder("week", tmp_path / "gone")
    assert export_files.last_folder("week") == export_files.documents_folder()


def test_after_an_export_the_message_opens_the_file_or_its_folder(vp_app, qtbot, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(export_files.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    written = tmp_path / "giay-moi-2026-11-25.docx"
    written.write_bytes(b"x")
    box = export_files.announce_export(None, written)
    qtbot.addWidget(box)
    assert box.isVisible() and "giay-moi-2026-11-25.docx" in box.text()
    buttons = {b.text(): b for b in box.findChildren(QPushButton)}
    buttons["Mở tệp"].click()
    box = export_files.announce_export(None, written)
    qtbot.addWidget(box)
    {b.text(): b for b in box.findChildren(QPushButton)}["Mở thư mục"].click()
    assert [u.toLocalFile() for u in opened] == [str(written), str(tmp_path)]


def test_the_weeks_export_offers_the_weeks_vietnamese_name(demo_db, window_on, dialog, monkeypatch):
    from ui.calendar import printing

    started = []
    monkeypatch.setattr(printing, "start_export", lambda pane, path: started.append(path))
    window = window_on(demo_db)
    pane = window.show_pane("calendar")
    printing.ask_export(pane)
    name = Path(dialog.calls[-1]).name
    assert name.startswith("lich-cong-tac-") and name.endswith(".pdf") and "-W" in name
    assert Path(started[0]).parent == export_files.documents_folder()
