"""Dialogs of the documents after a meeting and of the month: the biên bản (with the minute
taker, the personnel flag and the absent members' written comments), the thông báo kết luận
and the Ban Thường vụ's monthly work programme. Each saves a draft (number blank) or issues
the document: its number is taken from the register, then it is saved as DOCX or PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.reports.leave_doc import Printout
from app.rules.programme import programme_due
from app.services.admin.auth import Permission
from app.services.meetings import minutes, programme, register
from app.services.meetings.paper_common import SignerChoice, document_type_for
from app.services.meetings.preparation import MeetingInfo
from app.text import format_date
from ui.context import AppContext, show_error
from ui.meetings import paper_files
from ui.meetings.invitation_dialog import SignerFields, recipients_of
from ui.meetings.printing import ExportSignals
from ui.screen_fit import resize_within_screen


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return cast(date, day.toPython())  # a QDate gives a date


class PaperDialog(QDialog):
    """Number (the register's next, editable), date, signer, recipients; draft or issue."""

    purpose = ""

    def __init__(self, ctx: AppContext, people: list, signals: ExportSignals,  # noqa: ANN001
                 parent: QWidget | None = None, *, day: date | None = None, signer: bool = True) -> None:
        super().__init__(parent)
        self.ctx, self.signals = ctx, signals
        resize_within_screen(self, 620, 420)
        type_code = ctx.read(lambda session: document_type_for(session, self.purpose))
        self.number = QSpinBox()
        self.number.setRange(1, 99999)
        self.number.setValue(ctx.read(register.next_number, type_code=type_code))
        self.number.setToolTip(self.tr("Số kế tiếp trong sổ văn bản đi; sửa được trước khi phát hành"))
        self.day = QDateEdit(_qdate(day) if day else QDate.currentDate())
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Số:"), self.number)
        self.form.addRow(self.tr("Ngày:"), self.day)
        self.signer = SignerFields(people, self.form, "", self) if signer else None
        self.recipients = QPlainTextEdit()
        self.recipients.setMaximumHeight(60)
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận; để trống: mặc định"))
        if signer:
            self.form.addRow(self.tr("Nơi nhận:"), self.recipients)
        draft = QPushButton(self.tr("Lưu bản nháp…"))
        draft.setObjectName("paperDraft")
        draft.clicked.connect(lambda: self.save_draft())
        issue = QPushButton(self.tr("Phát hành và lưu…"))
        issue.setObjectName("paperIssue")
        issue.setToolTip(self.tr("Lấy số trong sổ văn bản đi rồi lưu văn bản"))
        issue.setEnabled(ctx.can(Permission.MEETINGS_WRITE))
        issue.clicked.connect(lambda: self.issue())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(draft, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(issue, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.buttons)

    # -- what a subclass says -------------------------------------------------------------

    def printout(self, number: int | None) -> Printout:
        raise NotImplementedError

    def issue_target(self) -> dict:
        raise NotImplementedError

    def suggested(self) -> str:
        raise NotImplementedError

    # -- saving ---------------------------------------------------------------------------

    def _save(self, number: int | None, target: str | None) -> bool:
        try:
            printout = self.printout(number)
        except ValueError as exc:
            show_error(self, str(exc))
            return False
        path = paper_files.ask_target(self, self.suggested()) if target is None else Path(target)
        if path is None:
            return False
        paper_files.write_in_background(printout, path, self.signals)
        return True

    def save_draft(self, target: str | None = None) -> bool:
        return self._save(None, target)

    def issue(self, target: str | None = None) -> bool:
        if target is None:
            chosen = paper_files.ask_target(self, self.suggested())
            if chosen is None:
                return False
            target = str(chosen)
        ok, entry = self.ctx.try_call(self, minutes.issue_paper, purpose=self.purpose,
                                      number=self.number.value(), day=_pydate(self.day.date()),
                                      **self.issue_target())
        if not ok or entry is None:
            return False
        self.number.setValue(entry.number)
        saved = self._save(entry.number, target)
        if saved:
            self.accept()
        return saved

    def paper_options(self, number: int | None) -> minutes.PaperOptions:
        return minutes.PaperOptions(number=number, day=_pydate(self.day.date()),
                                    signer=self.signer.choice() if self.signer else SignerChoice(),
                                    recipients=recipients_of(self.recipients.toPlainText()))


class MinutesDialog(PaperDialog):
    purpose = "minutes"

    def __init__(self, ctx: AppContext, meeting: MeetingInfo, people: list, signals: ExportSignals,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        self.meeting = meeting
        super().__init__(ctx, people, signals, parent, day=meeting.start.date(), signer=False)
        self.setObjectName("minutesDialog")
        self.setWindowTitle(self.tr("Biên bản — %1").replace("%1", meeting.title))
        paper = ctx.read(minutes.minutes_paper, meeting_id=meeting.id)
        due = format_date(paper.minutes_due) if paper.minutes_due else "—"
        self.due = QLabel(self.tr("Hạn hoàn thành biên bản: %1 (003 §II.1.1)").replace("%1", due))
        self.due.setObjectName("minutesDue")
        self.personnel = QCheckBox(self.tr("Họp về tổ chức, cán bộ: Chánh Văn phòng ghi biên bản"))
        self.personnel.setChecked(paper.personnel)
        self.taker = QComboBox()
        self.taker.addItem(self.tr("(chưa phân công)"), None)
        for person in sorted((p for p in people if p.active), key=lambda p: (p.rank, p.full_name)):
            self.taker.addItem(f"{person.full_name} — {person.position_title}", person.id)
        _personnel, current = ctx.read(minutes.minute_taker_choice, meeting_id=meeting.id)
        self.taker.setCurrentIndex(max(self.taker.findData(current), 0))
        save_taker = QPushButton(self.tr("Lưu người ghi biên bản"))
        save_taker.setObjectName("minutesSaveTaker")
        save_taker.clicked.connect(self.save_taker)
        self.form.insertRow(0, self.due)
        self.form.addRow("", self.personnel)
        self.form.addRow(self.tr("Người ghi biên bản:"), self.taker)
        self.form.addRow("", save_taker)
        self.absent = QListWidget()
        self.absent.setObjectName("minutesAbsent")
        self.absent.setMaximumHeight(90)
        self.absentees = {a.attendee_id: a for a in ctx.read(minutes.absent_members, meeting_id=meeting.id)}
        for absent in self.absentees.values():
            item = QListWidgetItem(absent.name)
            item.setData(Qt.ItemDataRole.UserRole, absent.attendee_id)
            self.absent.addItem(item)
        self.comments = QPlainTextEdit()
        self.comments.setMaximumHeight(70)
        self.comments.setPlaceholderText(self.tr("Ý kiến bằng văn bản của đồng chí vắng mặt (004 Điều 10.4, 11.4)"))
        save_comments = QPushButton(self.tr("Lưu ý kiến"))
        save_comments.setObjectName("minutesSaveComments")
        save_comments.clicked.connect(self.save_comments)
        self.absent.currentItemChanged.connect(lambda item, _old: self._show_comments(item))
        self.form.addRow(self.tr("Vắng mặt:"), self.absent)
        self.form.addRow(self.tr("Ý kiến gửi bằng văn bản:"), self.comments)
        self.form.addRow("", save_comments)
        self.finish_layout()

    def _show_comments(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.comments.clear()
            return
        self.comments.setPlainText(self.absentees[item.data(Qt.ItemDataRole.UserRole)].comments)

    def save_taker(self) -> bool:
        ok, _result = self.ctx.try_call(self, minutes.set_minute_taker,
                                        meeting_id=self.meeting.id, personnel=self.personnel.isChecked(),
                                        person_id=self.taker.currentData())
        return ok

    def save_comments(self) -> bool:
        item = self.absent.currentItem()
        if item is None:
            show_error(self, self.tr("Hãy chọn một đồng chí vắng mặt."))
            return False
        attendee_id = item.data(Qt.ItemDataRole.UserRole)
        ok, _result = self.ctx.try_call(self, minutes.record_written_comments,
                                        attendee_id=attendee_id, comments=self.comments.toPlainText())
        if ok:
            self.absentees = {a.attendee_id: a for a in self.ctx.read(minutes.absent_members,
                                                                      meeting_id=self.meeting.id)}
        return ok

    def printout(self, number: int | None) -> Printout:
        from app.reports.meeting_minutes import minutes_printout

        return minutes_printout(self.ctx.read(minutes.minutes_paper, meeting_id=self.meeting.id,
                                              options=self.paper_options(number)))

    def issue_target(self) -> dict:
        return {"meeting_id": self.meeting.id, "title": f"Biên bản {self.meeting.title}"}

    def suggested(self) -> str:
        return f"bien-ban-hop-{self.meeting.start:%Y-%m-%d}.docx"


class ConclusionsDialog(PaperDialog):
    purpose = "conclusions"

    def __init__(self, ctx: AppContext, meeting: MeetingInfo, people: list, signals: ExportSignals,  # noqa: ANN001
                 parent: QWidget | None = None) -> None:
        self.meeting = meeting
        super().__init__(ctx, people, signals, parent)
        self.setObjectName("conclusionsDialog")
        self.setWindowTitle(self.tr("Thông báo kết luận — %1").replace("%1", meeting.title))
        self.finish_layout()

    def printout(self, number: int | None) -> Printout:
        from app.reports.meeting_minutes import conclusions_printout

        return conclusions_printout(self.ctx.read(minutes.conclusions_paper, meeting_id=self.meeting.id,
                                                  options=self.paper_options(number)))

    def issue_target(self) -> dict:
        return {"meeting_id": self.meeting.id, "title": f"Thông báo kết luận {self.meeting.title}"}

    def suggested(self) -> str:
        return f"thong-bao-ket-luan-{self.meeting.start:%Y-%m-%d}.docx"


class ProgrammeDialog(PaperDialog):
    purpose = "programme"

    def __init__(self, ctx: AppContext, people: list, signals: ExportSignals,  # noqa: ANN001
                 parent: QWidget | None = None, *, first: date | None = None) -> None:
        due = ctx.read(programme.due_status)[-1]
        first = first or date(due.year, due.month, 1)
        super().__init__(ctx, people, signals, parent, day=programme_due(first))
        self.setObjectName("programmeDialog")
        self.setWindowTitle(self.tr("Chương trình công tác tháng"))
        self.month = QDateEdit(_qdate(first))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.dateChanged.connect(self._month_changed)
        self.due = QLabel()
        self.due.setObjectName("programmeDue")
        self.form.insertRow(0, self.tr("Tháng:"), self.month)
        self.form.insertRow(1, "", self.due)
        self._month_changed()
        self.finish_layout()

    def first(self) -> date:
        return _pydate(self.month.date()).replace(day=1)

    def _month_changed(self) -> None:
        paper = self.ctx.read(programme.programme_paper, first=self.first())
        self.day.setDate(_qdate(paper.due))
        self.due.setText(self.tr("Công bố ngày %1 (004 Điều 11.1); %n hoạt động trong lịch", "", len(paper.rows))
                         .replace("%1", format_date(paper.due)))

    def printout(self, number: int | None) -> Printout:
        from app.reports.programme_doc import programme_printout

        options = programme.ProgrammeOptions(number=number, day=_pydate(self.day.date()),
                                             signer=self.signer.choice() if self.signer else SignerChoice(),
                                             recipients=recipients_of(self.recipients.toPlainText()))
        return programme_printout(self.ctx.read(programme.programme_paper, first=self.first(), options=options))

    def issue_target(self) -> dict:
        first = self.first()
        return {"period": programme.period_of(first),
                "title": f"Chương trình công tác tháng {first.month}/{first.year} của Ban Thường vụ"}

    def suggested(self) -> str:
        return f"chuong-trinh-{programme.period_of(self.first())}.docx"
