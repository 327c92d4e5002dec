"""Dialogs of the meetings pane: a meeting, a hand-made checklist item, a guest, an advance
absence notice, invitations sent, a document, and choosing people."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rules.meetings import DEPARTMENT_LABELS, KIND_LABELS, MeetingKind
from app.rules.protocol import ROLE_LABELS, AttendeeRole
from app.services.meetings.attendees import INVITATION_CHANNELS
from app.services.meetings.calendar_link import EventChoice
from app.services.meetings.documents import DocumentInfo, DocumentInput
from app.services.meetings.preparation import MeetingInfo, MeetingInput, office_now
from app.services.org.read import PersonInfo
from app.text import fold
from ui.meetings.event_link import DayEntries, EventLinkBox
from ui.person_picker import PersonPicker
from ui.screen_fit import resize_within_screen
from ui.terms import term


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def _from_qt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _datetime_edit(moment: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(_to_qt(moment))
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    return edit


class FormDialog(QDialog):
    """A dialog with a form and OK / Cancel."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)


class MeetingDialog(FormDialog):
    """Create a meeting, or edit / move one (new times recompute the checklist's due dates).

    A new meeting gets its own calendar entry, or — given *day_entries* — may be linked to an
    entry already in the calendar on its day (its time, place and chair fill the form)."""

    # set by ui.meetings.meeting_warnings.attach
    clash_label: QLabel
    update_clashes: Callable[[], None]

    def __init__(self, people: Sequence[PersonInfo], meeting: MeetingInfo | None = None,
                 start: datetime | None = None, parent: QWidget | None = None,
                 day_entries: DayEntries | None = None) -> None:
        super().__init__(self.tr("Cuộc họp mới") if meeting is None else self.tr("Sửa, dời cuộc họp"), parent)
        self.setObjectName("meetingDialog")
        self.kind = QComboBox()
        self.kind.setObjectName("meetingKind")
        for kind in MeetingKind:
            self.kind.addItem(term(KIND_LABELS[kind]), kind.value)
        self.title = QLineEdit()
        self.title.setObjectName("meetingTitle")
        self.title.setMinimumWidth(420)
        begin = start or (office_now() + timedelta(days=7)).replace(hour=8, minute=0, second=0, microsecond=0)
        self.start = _datetime_edit(meeting.start if meeting else begin)
        self.start.setObjectName("meetingStart")
        self.end = _datetime_edit(meeting.end if meeting else begin.replace(hour=11, minute=30))
        self.end.setObjectName("meetingEnd")
        self.location = QLineEdit()
        self.chair = PersonPicker([(p.id, f"{p.full_name} — {p.position_title}")
                                   for p in sorted(people, key=lambda p: (p.rank, fold(p.full_name))) if p.active],
                                  allow_empty=True, empty_label=self.tr("(chưa chọn)"))
        self.chair.setObjectName("meetingChair")
        self.important = QCheckBox(self.tr("Có nội dung quan trọng, phức tạp (gửi tài liệu sớm hơn)"))
        self.foreign = QCheckBox(self.tr("Có khách nước ngoài (bố trí cờ)"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.form.addRow(self.tr("Loại"), self.kind)
        self.form.addRow(self.tr("Tên cuộc họp"), self.title)
        self.form.addRow(self.tr("Bắt đầu"), self.start)
        self.form.addRow(self.tr("Kết thúc"), self.end)
        self.form.addRow(self.tr("Địa điểm"), self.location)
        self.form.addRow(self.tr("Chủ trì"), self.chair)
        self.form.addRow("", self.important)
        self.form.addRow("", self.foreign)
        self.form.addRow(self.tr("Ghi chú"), self.notes)
        self.invite_body: QCheckBox | None = None  # ui.meetings.meeting_warnings adds these two
        self.clashes: list = []
        self.link_box: EventLinkBox | None = None
        if meeting is None and day_entries is not None:
            self.link_box = EventLinkBox(day_entries)
            self.form.addRow(self.tr("Lịch công tác"), self.link_box)
            self.link_box.load(cast(date, self.start.date().toPython()))  # a QDate gives a date
            self.link_box.chosen_changed.connect(self._take_entry)
            self.start.dateChanged.connect(lambda day: self.link_box.load(day.toPython()))
        self.start.dateTimeChanged.connect(self._keep_length)
        self._length = self.start.dateTime().secsTo(self.end.dateTime())
        if meeting is not None:
            self.kind.setCurrentIndex(self.kind.findData(meeting.kind.value))
            self.title.setText(meeting.title)
            self.location.setText(meeting.location)
            self.chair.setCurrentIndex(max(0, self.chair.findData(meeting.chair_id)))
            self.important.setChecked(meeting.important)
            self.foreign.setChecked(meeting.foreign_guests)
            self.notes.setPlainText(meeting.notes)

    def _keep_length(self, value: QDateTime) -> None:
        """Moving the start moves the end with it."""
        self.end.setDateTime(value.addSecs(max(0, self._length)))

    def _take_entry(self, choice: EventChoice | None) -> None:
        """A linked entry gives the meeting its time and place (and its chair if none is chosen)."""
        for edit in (self.end, self.location):
            edit.setEnabled(choice is None)
        if choice is None:
            return
        self._length = int((choice.end - choice.start).total_seconds())
        self.start.setDateTime(_to_qt(choice.start))
        self.end.setDateTime(_to_qt(choice.end))
        self.location.setText(choice.location)
        if self.chair.currentData() is None and choice.chair_id is not None:
            self.chair.setCurrentIndex(max(0, self.chair.findData(choice.chair_id)))
        if not self.title.text().strip():  # a form not filled in yet takes the entry's wording and kind
            self.title.setText(choice.title)
            kind = {"reception": MeetingKind.RECEPTION, "field_visit": MeetingKind.FIELD_VISIT}.get(choice.kind)
            if kind is not None:
                self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def data(self) -> MeetingInput:
        self._length = self.start.dateTime().secsTo(self.end.dateTime())
        choice = self.link_box.chosen() if self.link_box is not None else None
        return MeetingInput(self.kind.currentData(), self.title.text(), _from_qt(self.start.dateTime()),
                            _from_qt(self.end.dateTime()), self.location.text(), self.chair.currentData(),
                            self.important.isChecked(), self.foreign.isChecked(), self.notes.toPlainText(),
                            event_id=choice.event_id if choice else None,
                            occurrence=choice.occurrence if choice else None,
                            invite_body=bool(self.invite_body is not None and self.invite_body.isChecked()
                                             and not self.invite_body.isHidden()))


class ItemDialog(FormDialog):
    """A checklist item typed by hand (its deadline is fixed and moves with the meeting)."""

    def __init__(self, due: datetime, department: str = "hanh_chinh", task: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Việc cần làm"), parent)
        self.department = QComboBox()
        for code, label in DEPARTMENT_LABELS.items():
            self.department.addItem(term(label), code)
        if self.department.findData(department) < 0:
            self.department.addItem(department, department)
        self.department.setCurrentIndex(self.department.findData(department))
        self.task = QLineEdit(task)
        self.task.setMinimumWidth(420)
        self.due = _datetime_edit(due)
        self.form.addRow(self.tr("Phòng"), self.department)
        self.form.addRow(self.tr("Công việc"), self.task)
        self.form.addRow(self.tr("Hạn"), self.due)

    def values(self) -> tuple[str, str, datetime]:
        return self.department.currentData(), self.task.text(), _from_qt(self.due.dateTime())


class GuestDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thêm khách mời"), parent)
        self.name, self.title, self.organisation = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setMinimumWidth(360)
        self.role = QComboBox()
        for role in (AttendeeRole.GUEST, AttendeeRole.DELEGATE, AttendeeRole.CHAIR):
            self.role.addItem(term(ROLE_LABELS[role]), role.value)
        self.form.addRow(self.tr("Họ và tên"), self.name)
        self.form.addRow(self.tr("Chức vụ"), self.title)
        self.form.addRow(self.tr("Cơ quan, đơn vị"), self.organisation)
        self.form.addRow(self.tr("Vai trò"), self.role)

    def values(self) -> tuple[str, str, str, str]:
        return self.name.text(), self.title.text(), self.organisation.text(), self.role.currentData()


class AbsenceDialog(FormDialog):
    """An absence announced before the meeting (004 Điều 10.1: in writing, permitted by the Thường trực)."""

    def __init__(self, name: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Báo vắng: %1").replace("%1", name), parent)
        self.reason = QLineEdit(reason)
        self.reason.setMinimumWidth(360)
        self.in_writing = QCheckBox(self.tr("Đã báo cáo bằng văn bản"))
        self.permitted = QCheckBox(self.tr("Được Thường trực cho phép"))
        self.form.addRow(self.tr("Lý do"), self.reason)
        self.form.addRow("", self.in_writing)
        self.form.addRow("", self.permitted)

    def values(self) -> tuple[str, bool, bool]:
        return self.reason.text(), self.in_writing.isChecked(), self.permitted.isChecked()


class InvitationDialog(FormDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đã gửi giấy mời cho %n người", "", count), parent)
        self.via = QComboBox()
        self.via.setEditable(True)
        self.via.addItems(list(INVITATION_CHANNELS))
        self.sent_at = _datetime_edit(office_now().replace(second=0, microsecond=0))
        self.form.addRow(self.tr("Cách gửi"), self.via)
        self.form.addRow(self.tr("Thời gian gửi"), self.sent_at)

    def values(self) -> tuple[str, datetime]:
        return self.via.currentText(), _from_qt(self.sent_at.dateTime())


class DocumentDialog(FormDialog):
    def __init__(self, document: DocumentInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tài liệu hội nghị"), parent)
        self.title = QLineEdit(document.title if document else "")
        self.title.setMinimumWidth(380)
        self.copies = QSpinBox()
        self.copies.setRange(0, 10_000)
        self.copies.setValue(document.copies if document else 0)
        self.secret = QCheckBox(self.tr("Tài liệu Mật (không gửi qua thư điện tử)"))
        self.secret.setChecked(bool(document and document.secret))
        self.retrieve = QCheckBox(self.tr("Phải thu hồi sau khi dùng"))
        self.retrieve.setChecked(bool(document and document.to_be_retrieved))
        self.secret.toggled.connect(lambda on: self.retrieve.setChecked(True) if on else None)
        self.notes = QLineEdit(document.notes if document else "")
        self.form.addRow(self.tr("Tên tài liệu"), self.title)
        self.form.addRow(self.tr("Số bản"), self.copies)
        self.form.addRow("", self.secret)
        self.form.addRow("", self.retrieve)
        self.form.addRow(self.tr("Ghi chú"), self.notes)

    def data(self) -> DocumentInput:
        return DocumentInput(self.title.text(), self.secret.isChecked(), self.copies.value(),
                             self.retrieve.isChecked(), self.notes.text())


class PickDialog(QDialog):
    """Tick some of a list (people, attendees), with a diacritics-insensitive filter."""

    def __init__(self, title: str, choices: Sequence[tuple[int, str]], *, single: bool = False,
                 checked: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("pickDialog")
        resize_within_screen(self, 480, 520)
        self.single = single
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Lọc theo tên (gõ không dấu cũng được)…"))
        self.list = QListWidget()
        for item_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(label))
            if not single:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        if single:
            self.list.itemDoubleClicked.connect(lambda _item: self.accept())

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(not all(w in key for w in words))

    def selected(self) -> list[int]:
        if self.single:
            current = self.list.currentItem()
            return [current.data(Qt.ItemDataRole.UserRole)] if current else []
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


def person_choices(people: Sequence[PersonInfo]) -> list[tuple[int, str]]:
    active = [p for p in people if p.active]
    return [(p.id, f"{p.full_name} — {p.position_title}, {p.unit_name}")
            for p in sorted(active, key=lambda p: (p.rank, fold(p.full_name)))]
