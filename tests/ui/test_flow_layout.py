"""The wrapping row of buttons (ui/flow_layout.py): one line when there is room, more when the
window is narrow, and laid out again when a button is shown, hidden or renamed."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from ui.flow_layout import FlowLayout


def _row(qtbot, texts):  # noqa: ANN001, ANN202
    """A window whose button row (nested, as in the panes) holds buttons with *texts*."""
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    flow = FlowLayout()
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        flow.addWidget(button)
    outer.addLayout(flow)
    outer.addStretch(1)
    return window, flow, buttons


def _lines(buttons) -> int:  # noqa: ANN001
    return len({b.geometry().top() for b in buttons if b.isVisible()})


def test_the_buttons_keep_to_one_line_when_there_is_room_and_wrap_when_narrow(qtbot):
    window, flow, buttons = _row(qtbot, ["Giao cho…", "Ghi chú…", "Thêm việc…", "Sửa…", "Xóa việc"])
    one_line = flow.sizeHint().width() + 40
    window.resize(one_line, 300)
    window.show()
    QApplication.processEvents()
    assert _lines(buttons) == 1
    assert flow.heightForWidth(one_line) < flow.heightForWidth(one_line // 3)  # asked twice: the same answer
    assert flow.heightForWidth(one_line) == flow.heightForWidth(one_line)
    window.resize(one_line // 3, 300)
    QApplication.processEvents()
    assert _lines(buttons) > 1


def test_a_button_shown_hidden_or_renamed_is_laid_out_again(qtbot):
    window, flow, buttons = _row(qtbot, ["Giao cho…", "Ghi chú…", "Thêm việc…"])
    width = flow.sizeHint().width() + 60  # the window's margins too
    window.resize(width, 300)
    window.show()
    QApplication.processEvents()
    assert _lines(buttons) == 1
    one_line = flow.heightForWidth(width)
    buttons[1].setText("Cập nhật theo mẫu danh mục việc của loại cuộc họp")  # no longer fits
    QApplication.processEvents()
    assert _lines(buttons) > 1 and flow.heightForWidth(width) > one_line
    buttons[1].hide()
    QApplication.processEvents()
    assert _lines(buttons) == 1 and flow.heightForWidth(width) == one_line
