"""Giấy mời for the selected meeting: number (the register's next, editable), date, content,
documents, contact, one letter per invitee or one with the list, the signer and his authority,
"Nơi nhận". Save a draft (number left blank) or issue: the number is taken from the register,
the invitees are marked sent with it, and the letters are saved as DOCX or PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rules.register import AUTHORITY_LABELS, Authority
from app.services.admin.auth import Permission
from app.services.meetings import invitations, register
from app.services.meetings.paper_common import SignerChoice, document_type_for
from app.services.meetings.preparation import MeetingInfo
from ui.context import AppContext, show_error
from ui.meetings import paper_files
from ui.meetings.printing import ExportSignals
from ui.screen_fit import resize_within_screen
from ui.terms import term


class SignerFields:
    """The signer's three fields, shared by every paperwork dialog."""

    def __init__(self, people: list, form: QFormLayout, default_body: str, parent: QWidget) -> None:  # noqa: ANN001
        self.authority = QComboBox(parent)
        for authority in Authority:
            self.authority.addItem(term(AUTHORITY_LABELS[authority]), authority.value)
        self.authority.setCurrentIndex(self.authority.findData(Authority.BY_ORDER.value))
        self.body = QLineEdit(default_body, parent)
        self.body.setPlaceholderText(parent.tr("Mặc định: cơ quan lãnh đạo của cuộc họp"))
        self.person = QComboBox(parent)
        self.person.addItem(parent.tr("Chánh Văn phòng (mặc định)"), None)
        for person in sorted(people, key=lambda p: (p.rank, p.full_name)):
            if person.active and person.role in ("chief", "deputy_chief", "secretary",
                                                 "standing_deputy_secretary", "deputy_secretary"):
                self.person.addItem(f"{person.full_name} — {person.position_title}", person.id)
        form.addRow(parent.tr("Thẩm quyền ký:"), self.authority)
        form.addRow(parent.tr("Thay mặt/thừa lệnh:"), self.body)
        form.addRow(parent.tr("Người ký:"), self.person)

    def choice(self) -> SignerChoice:
        return SignerChoice(self.authority.currentData(), self.body.text().strip(), self.person.currentData())


def recipients_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class InvitationDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting: MeetingInfo, people: list, signals: ExportSignals,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting, self.signals = ctx, meeting, signals
        self.setObjectName("invitationDialog")
        self.setWindowTitle(self.tr("Giấy mời — %1").replace("%1", meeting.title))
        resize_within_screen(self, 640, 600)
        type_code = ctx.read(lambda session: document_type_for(session, "invitation"))
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.number.setValue(ctx.read(register.next_number, type_code=type_code))
        self.number.setToolTip(self.tr("Số kế tiếp trong sổ văn bản đi; sửa được trước khi phát hành"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.content = QPlainTextEdit(meeting.notes or meeting.title)
        self.content.setMaximumHeight(90)
        self.documents_note = QLineEdit()
        self.documents_note.setPlaceholderText(self.tr("Mặc định: Tài liệu gửi kèm theo giấy mời."))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Ví dụ: đồng chí … , Phòng Hành chính, điện thoại …"))
        self.per_invitee = QCheckBox(self.tr("Mỗi đại biểu một giấy mời (bỏ chọn: một giấy kèm danh sách)"))
        self.per_invitee.setChecked(True)
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận; để trống: Như trên, Lưu Văn phòng."))
        self.recipients.setMaximumHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Số:"), self.number)
        form.addRow(self.tr("Ngày ký:"), self.day)
        form.addRow(self.tr("Nội dung:"), self.content)
        form.addRow(self.tr("Tài liệu:"), self.documents_note)
        form.addRow(self.tr("Liên hệ:"), self.contact)
        form.addRow("", self.per_invitee)
        self.signer = SignerFields(people, form, "", self)
        form.addRow(self.tr("Nơi nhận:"), self.recipients)
        draft = QPushButton(self.tr("Lưu bản nháp…"))
        draft.setObjectName("invitationDraft")
        draft.setToolTip(self.tr("Số để trống, không lấy số"))
        draft.clicked.connect(lambda: self.save_draft())
        issue = QPushButton(self.tr("Phát hành và lưu…"))
        issue.setObjectName("invitationIssue")
        issue.setToolTip(self.tr("Lấy số trong sổ văn bản đi, ghi nhận đã gửi giấy mời cho các đại biểu"))
        issue.setEnabled(ctx.can(Permission.MEETINGS_WRITE))
        issue.clicked.connect(lambda: self.issue())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(draft, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(issue, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self, *, numbered: bool) -> invitations.InvitationOptions:
        return invitations.InvitationOptions(
            number=self.number.value() if numbered else None, day=cast(date, self.day.date().toPython()),
            content=self.content.toPlainText(), documents_note=self.documents_note.text(),
            contact=self.contact.text(), per_invitee=self.per_invitee.isChecked(), signer=self.signer.choice(),
            recipients=recipients_of(self.recipients.toPlainText()))

    def _suggested(self) -> str:
        return f"giay-moi-{self.meeting.start:%Y-%m-%d}.docx"

    def save_draft(self, target: str | None = None) -> bool:
        from app.reports.meeting_papers import invitation_printout

        try:
            paper = self.ctx.read(invitations.invitation_paper, meeting_id=self.meeting.id,
                                  options=self.options(numbered=False))
        except ValueError as exc:
            show_error(self, str(exc))
            return False
        path = paper_files.ask_target(self, self._suggested()) if target is None else Path(target)
        if path is None:
            return False
        paper_files.write_in_background(invitation_printout(paper), path, self.signals)
        return True

    def issue(self, target: str | None = None) -> bool:
        from app.reports.meeting_papers import invitation_printout

        path = paper_files.ask_target(self, self._suggested()) if target is None else Path(target)
        if path is None:
            return False
        ok, issued = self.ctx.try_call(self, invitations.issue_invitations,
                                       meeting_id=self.meeting.id, options=self.options(numbered=True))
        if not ok or issued is None:
            return False
        paper_files.write_in_background(invitation_printout(issued.paper), path, self.signals)
        self.accept()
        return True
