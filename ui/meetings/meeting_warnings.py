"""The meeting dialog's live warnings: clashes in the work calendar as soon as the time or the
chair changes (a leader double-booked, on leave or away, a day off), and for a BCH, BTV or
Thường trực meeting the offer to invite every member of the body."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel

from app.services.meetings import meeting_checks
from ui import tints
from ui.context import AppContext
from ui.meetings.dialogs import MeetingDialog


def attach(dialog: MeetingDialog, ctx: AppContext, meeting_id: int | None = None) -> None:
    """Add the warnings (and, for a new meeting, the body's members) to a MeetingDialog."""
    label = QLabel(dialog)
    label.setObjectName("meetingClashes")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    dialog.form.addRow("", label)
    dialog.clash_label = label
    if meeting_id is None:
        box = QCheckBox(dialog)
        box.setObjectName("meetingInviteBody")
        box.setChecked(True)
        dialog.form.addRow("", box)
        dialog.invite_body = box
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.setInterval(250)

    def update() -> None:
        data = dialog.data()
        clashes = ctx.read(meeting_checks.meeting_clashes, data=data, meeting_id=meeting_id)
        red, amber = tints.ink(tints.RED_INK, label.palette()).name(), tints.ink(tints.AMBER_INK, label.palette()).name()
        lines = [f"<span style='color:{amber if c.is_warning else red}'>⚠ {escape(c.message)}</span>"
                 for c in clashes[:5]]
        label.setText("<br/>".join(lines))
        label.setVisible(bool(lines))
        dialog.clashes = clashes
        if dialog.invite_body is not None:
            proposal = ctx.read(meeting_checks.body_proposal, kind=data.kind)
            dialog.invite_body.setVisible(bool(proposal.members))
            count = len(proposal.members)
            text = QCoreApplication.translate("MeetingWarnings", "Mời toàn bộ ủy viên %1 (số người: %2)")
            dialog.invite_body.setText(text.replace("%1", proposal.body_name).replace("%2", str(count)))
            dialog.invite_body.setToolTip(", ".join(proposal.members))

    timer.timeout.connect(update)
    for signal in (dialog.start.dateTimeChanged, dialog.end.dateTimeChanged, dialog.chair.currentIndexChanged,
                   dialog.kind.currentIndexChanged):
        signal.connect(lambda *_args: timer.start())
    dialog.update_clashes = update
    update()
