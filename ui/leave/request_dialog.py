"""The new-request dialog: a leave with its computed days, the approval chain by name, the
balance and warnings, shown live; and its emergency variant (approved by phone, recorded
by the clerk — 001 Điều 18)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import VanPhongError
from app.rules.leave import HalfDay, Role
from app.services.admin.auth import Permission
from app.services.leave import requests as leave
from app.services.leave.read import format_days, list_types
from app.services.org.read import OrgSnapshot
from db.models.base import today_local
from ui import tints
from ui.context import AppContext
from ui.leave.models import working_days_text
from ui.leave.widgets import HalfDayCombo, PersonCombo, office_staff, to_date, to_qdate
from ui.screen_fit import resize_within_screen
from ui.terms import term

LEADER_ROLES = {Role.CHIEF.value, Role.DEPUTY_CHIEF.value, Role.STANDING_DEPUTY_SECRETARY.value,
                Role.SECRETARY.value, Role.DEPUTY_SECRETARY.value}


def typed_date(edit: QDateEdit) -> date:
    """The date in *edit* as typed so far if it is a whole date (a click on "Gửi duyệt" may
    come before the field has taken it), else its current date."""
    typed = QDate.fromString(edit.text(), edit.displayFormat())
    return to_date(typed if typed.isValid() else edit.date())


class RequestDialog(QDialog):
    """File a leave (or, with *emergency*, record one approved by phone)."""

    def __init__(self, ctx: AppContext, snapshot: OrgSnapshot, *, emergency: bool = False,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.emergency = ctx, emergency
        self.today = today or today_local()
        self.request_id: int | None = None
        self.setObjectName("leaveRequestDialog")
        self.setWindowTitle(self.tr("Ghi nhận nghỉ đột xuất") if emergency else self.tr("Đơn xin nghỉ"))
        staff = office_staff(snapshot)
        self.person = PersonCombo(staff)
        self.person.setObjectName("requestPerson")
        may_record = ctx.can(Permission.LEAVE_RECORD)
        if ctx.actor.person_id is not None:
            self.person.set_person(ctx.actor.person_id)
        self.person.setEnabled(may_record or ctx.actor.person_id is None)
        self.leave_type = QComboBox()
        self.leave_type.setObjectName("requestType")
        for t in ctx.read(list_types):
            self.leave_type.addItem(t.name, t.id)
            if emergency and t.code == "sick":
                self.leave_type.setCurrentIndex(self.leave_type.count() - 1)
        # a leave is asked for ahead (tomorrow); an emergency has begun (today)
        self.start = QDateEdit(to_qdate(self.today + timedelta(days=0 if emergency else 1)))
        self.end = QDateEdit(self.start.date())
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            # a date being typed is taken when complete, not day by day (the end must not jump
            # to a half-typed start)
            edit.setKeyboardTracking(False)
        self.start.setObjectName("requestStart")
        self.end.setObjectName("requestEnd")
        self.start_half = HalfDayCombo(HalfDay.MORNING)
        self.end_half = HalfDayCombo(HalfDay.AFTERNOON)
        self.reason = QLineEdit()
        self.reason.setObjectName("requestReason")
        self.handover = PersonCombo(staff, allow_empty=True)
        self.handover.setObjectName("requestHandover")
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Điện thoại, địa chỉ khi cần liên hệ"))

        form = QFormLayout()
        form.addRow(self.tr("Người xin nghỉ"), self.person)
        form.addRow(self.tr("Loại nghỉ"), self.leave_type)
        form.addRow(self.tr("Từ ngày"), self._pair(self.start, self.start_half))
        form.addRow(self.tr("Đến ngày"), self._pair(self.end, self.end_half))
        form.addRow(self.tr("Lý do"), self.reason)
        form.addRow(self.tr("Người xử lý công việc thay"), self.handover)
        form.addRow(self.tr("Liên hệ khi nghỉ"), self.contact)
        if emergency:
            leaders = [p for p in snapshot.people.values() if p.active and p.role in LEADER_ROLES]
            self.approver = PersonCombo(sorted(leaders, key=lambda p: (p.rank, p.id)))
            self.approver.setObjectName("emergencyApprover")
            self.approver_chosen = False  # until the clerk picks one, follow the approval chain
            self.approver.activated.connect(lambda _i: setattr(self, "approver_chosen", True))
            self.approved_at = QDateTimeEdit(QDateTime(to_qdate(self.today), QTime.currentTime()))
            self.approved_at.setDisplayFormat("HH:mm dd/MM/yyyy")
            form.addRow(self.tr("Lãnh đạo đồng ý qua điện thoại"), self.approver)
            form.addRow(self.tr("Lúc"), self.approved_at)

        self.preview = QLabel()
        self.preview.setObjectName("requestPreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setMinimumHeight(110)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid); padding: 6px; }")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(self.tr("Ghi nhận") if emergency else self.tr("Gửi duyệt"))
        self.ok.setObjectName("requestSubmit")
        self.ok.setDefault(True)
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_draft = None
        if not emergency:
            self.save_draft = QPushButton(self.tr("Lưu nháp"))
            buttons.addButton(self.save_draft, QDialogButtonBox.ButtonRole.ActionRole)
            self.save_draft.clicked.connect(lambda: self._save(submit=False))
        self.ok.clicked.connect(lambda: self._save(submit=True))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(buttons)
        for signal in (self.person.currentIndexChanged, self.leave_type.currentIndexChanged,
                       self.start_half.currentIndexChanged, self.end_half.currentIndexChanged,
                       self.handover.currentIndexChanged, self.end.dateChanged):
            signal.connect(self.update_preview)
        self.start.dateChanged.connect(self._start_changed)
        resize_within_screen(self, 620, 560)
        self.update_preview()

    @staticmethod
    def _pair(edit: QWidget, half: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(half)
        return box

    def _start_changed(self, value: QDate) -> None:
        if self.end.date() < value:
            self.end.setDate(value)
        self.update_preview()

    def draft(self) -> leave.LeaveDraft | None:
        person, leave_type = self.person.person_id(), self.leave_type.currentData()
        if person is None or leave_type is None:
            return None
        return leave.LeaveDraft(person, leave_type, typed_date(self.start), typed_date(self.end),
                                self.start_half.half(), self.end_half.half(), self.reason.text(),
                                self.handover.person_id(), self.contact.text())

    def update_preview(self) -> None:
        draft = self.draft()
        if draft is None:
            self._show(f"<span style='color:{tints.ink(tints.RED_INK).name()}'>" + escape(self.tr("Hãy chọn người xin nghỉ và loại nghỉ.")) + "</span>",
                       False)
            return
        try:
            preview = self.ctx.read(leave.preview_request, draft=draft, today=self.today)
        except VanPhongError as exc:
            self._show(f"<span style='color:{tints.ink(tints.RED_INK).name()}'>{escape(str(exc))}</span>", False)
            return
        if self.emergency and preview.chain and not self.approver_chosen:
            self.approver.set_person(preview.chain[0].person_id)
        parts = [self.tr("<b>Số ngày nghỉ:</b> %1").replace("%1", working_days_text(preview.days))]
        if preview.needs_application:
            parts[-1] += self.tr(" — nghỉ trên 1 ngày: cần có đơn xin nghỉ phép")
        if preview.chain:
            chain = " → ".join(
                f"{escape(s.person_title or term(s.role.label))} {escape(s.person_name)}"
                + (self.tr(" (làm thay %1)").replace("%1", escape(s.acting_for_name)) if s.acting_for_id else "")
                for s in preview.chain)
            parts.append(self.tr("<b>Người phê duyệt:</b> %1").replace("%1", chain))
        elif not preview.chain_error:
            parts.append(self.tr("<b>Người phê duyệt:</b> không cần phê duyệt"))
        if preview.informed:
            parts.append(self.tr("<b>Thông báo cho:</b> %1").replace("%1", escape(", ".join(preview.informed))))
        if preview.balance is not None:
            b = preview.balance
            parts.append(self.tr("<b>Phép năm %1:</b> được nghỉ %2, đã nghỉ %3, chờ duyệt %4, còn %5")
                         .replace("%1", str(b.year)).replace("%2", format_days(b.entitlement + b.carried))
                         .replace("%3", format_days(b.taken)).replace("%4", format_days(b.pending))
                         .replace("%5", format_days(b.remaining)))
            if b.comp_earned or b.comp_used:
                parts.append(self.tr("<b>Nghỉ bù (trực ngày nghỉ):</b> được %1, đã dùng %2, còn %3")
                             .replace("%1", format_days(b.comp_earned)).replace("%2", format_days(b.comp_used))
                             .replace("%3", format_days(b.comp_remaining)))
        parts += [f"<i>{escape(n)}</i>" for n in preview.notes]
        amber, red = tints.ink(tints.AMBER_INK).name(), tints.ink(tints.RED_INK).name()
        parts += [f"<span style='color:{amber}'>⚠ {escape(w)}</span>" for w in preview.warnings]
        ok = True
        if preview.chain_error and not self.emergency:
            parts.append(f"<span style='color:{red}'>{escape(preview.chain_error)}</span>")
            ok = False
        self._show("<br/>".join(parts), ok)

    def _show(self, html: str, ok: bool) -> None:
        self.preview.setText(html)
        self.ok.setEnabled(ok)
        if self.save_draft is not None:
            self.save_draft.setEnabled(ok)

    def _save(self, *, submit: bool) -> None:
        draft = self.draft()
        if draft is None:
            return
        if self.emergency:
            moment = self.approved_at.dateTime()
            approved_at = datetime(moment.date().year(), moment.date().month(), moment.date().day(),
                                   moment.time().hour(), moment.time().minute())
            ok, result = self.ctx.try_call(self, leave.record_emergency, draft=draft,
                                           approved_by_id=self.approver.person_id(), approved_at=approved_at,
                                           today=self.today)
        else:
            ok, result = self.ctx.try_call(self, leave.file_request, draft=draft, submit=submit,
                                           today=self.today)
        if ok:
            self.request_id = result
            self.accept()
