"""The meetings pane's "Văn bản" menu: the paperwork of the selected meeting (giấy mời…) and
the outgoing-document register every one of them takes its number from."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget

from ui import tints
from ui.context import AppContext, show_error

if TYPE_CHECKING:
    from app.services.meetings.preparation import MeetingInfo
    from app.services.org.read import PersonInfo
    from ui.meetings.pane import MeetingsPane
    from ui.meetings.printing import ExportSignals


def paperwork_action(pane: MeetingsPane) -> QAction:
    """A toolbar action with the menu of documents; *pane* is the meetings pane."""
    menu = QMenu(pane)
    invitation = menu.addAction(QCoreApplication.translate("MeetingPaperwork", "Giấy mời…"))
    invitation.setObjectName("actionInvitation")
    invitation.triggered.connect(lambda: open_invitation(pane))
    for name, text, opener in (
            ("actionMinutes", QCoreApplication.translate("MeetingPaperwork", "Biên bản…"), open_minutes),
            ("actionConclusions", QCoreApplication.translate("MeetingPaperwork", "Thông báo kết luận…"),
             open_conclusions),
            ("actionProgramme", QCoreApplication.translate("MeetingPaperwork", "Chương trình công tác tháng…"),
             open_programme)):
        item = menu.addAction(text)
        item.setObjectName(name)
        item.triggered.connect(lambda _checked=False, o=opener: o(pane))
    menu.addSeparator()
    book = menu.addAction(QCoreApplication.translate("MeetingPaperwork", "Sổ đăng ký văn bản đi…"))
    book.setObjectName("actionRegister")
    book.triggered.connect(lambda: open_register(pane))
    action = QAction(QCoreApplication.translate("MeetingPaperwork", "Văn bản"), pane)
    action.setObjectName("actionPaperwork")
    action.setToolTip(QCoreApplication.translate(
        "MeetingPaperwork", "Giấy mời, biên bản, thông báo kết luận, chương trình tháng, sổ đăng ký văn bản đi"))
    action.setMenu(menu)
    action.triggered.connect(lambda: open_invitation(pane))
    return action


def open_invitation(pane: MeetingsPane) -> QDialog | None:
    from ui.meetings.invitation_dialog import InvitationDialog

    return _meeting_dialog(pane, InvitationDialog)


def _meeting_dialog(pane: MeetingsPane, cls: Callable[[AppContext, MeetingInfo, list[PersonInfo], ExportSignals, QWidget], QDialog]) -> QDialog | None:
    meeting = pane.meeting
    if meeting is None:
        show_error(pane, QCoreApplication.translate("MeetingPaperwork", "Hãy chọn một cuộc họp."))
        return None
    dialog = cls(pane.ctx, meeting, pane._people(), pane.export_signals, pane)
    dialog.open()
    return dialog


def open_minutes(pane: MeetingsPane) -> QDialog | None:
    from ui.meetings.paper_dialogs import MinutesDialog

    return _meeting_dialog(pane, MinutesDialog)


def open_conclusions(pane: MeetingsPane) -> QDialog | None:
    from ui.meetings.paper_dialogs import ConclusionsDialog

    return _meeting_dialog(pane, ConclusionsDialog)


def open_programme(pane: MeetingsPane) -> QDialog:
    from ui.meetings.paper_dialogs import ProgrammeDialog

    dialog = ProgrammeDialog(pane.ctx, pane._people(), pane.export_signals, pane)
    dialog.open()
    return dialog


def due_label(pane: MeetingsPane) -> QLabel:
    """The programme's due item under the meetings list; its link opens the programme dialog."""
    label = QLabel(pane)
    label.setObjectName("programmeDue")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.linkActivated.connect(lambda _link: open_programme(pane))
    return label


def due_text(pane: QWidget, items: list) -> str:
    """The monthly programme's due *items* (``app.services.meetings.programme.due_status``), as
    the pane and the calendar show them."""
    red = tints.ink(tints.RED_INK, pane.palette()).name()
    lines = [f"<span style='color:{red}'>⚠ {escape(d.text)}</span>" if d.overdue else escape(d.text) for d in items]
    link = QCoreApplication.translate("MeetingPaperwork", "Soạn chương trình…")
    return "<br/>".join(lines) + f" <a href='programme'>{escape(link)}</a>"


def open_register(pane: MeetingsPane) -> QDialog:
    from ui.meetings.register_dialog import RegisterDialog

    dialog = RegisterDialog(pane.ctx, pane)
    dialog.open()
    return dialog
