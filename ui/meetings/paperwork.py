"""The meetings pane's "Văn bản" menu: the paperwork of the selected meeting (giấy mời…) and
the outgoing-document register every one of them takes its number from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.context import show_error


def paperwork_action(pane: QWidget) -> QAction:
    """A toolbar action with the menu of documents; *pane* is the meetings pane."""
    menu = QMenu(pane)
    invitation = menu.addAction(QCoreApplication.translate("MeetingPaperwork", "Giấy mời…"))
    invitation.setObjectName("actionInvitation")
    invitation.triggered.connect(lambda: open_invitation(pane))
    menu.addSeparator()
    book = menu.addAction(QCoreApplication.translate("MeetingPaperwork", "Sổ đăng ký văn bản đi…"))
    book.setObjectName("actionRegister")
    book.triggered.connect(lambda: open_register(pane))
    action = QAction(QCoreApplication.translate("MeetingPaperwork", "Văn bản"), pane)
    action.setObjectName("actionPaperwork")
    action.setToolTip(QCoreApplication.translate("MeetingPaperwork", "Giấy mời, sổ đăng ký văn bản đi"))
    action.setMenu(menu)
    action.triggered.connect(lambda: open_invitation(pane))
    return action


def open_invitation(pane: QWidget):  # noqa: ANN201
    from ui.meetings.invitation_dialog import InvitationDialog

    if pane.meeting is None:
        show_error(pane, QCoreApplication.translate("MeetingPaperwork", "Hãy chọn một cuộc họp."))
        return None
    dialog = InvitationDialog(pane.ctx, pane.meeting, pane._people(), pane.export_signals, pane)
    dialog.open()
    return dialog


def open_register(pane: QWidget):  # noqa: ANN201
    from ui.meetings.register_dialog import RegisterDialog

    dialog = RegisterDialog(pane.ctx, pane)
    dialog.open()
    return dialog
