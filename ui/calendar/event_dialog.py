"""The create/edit dialog of a calendar entry, with recurrence (incl. the giao ban rule:
monthly on day N, moved off days off) and the conflicts shown before saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import VanPhongError
from app.services.calendar import events as cal
from app.services.calendar.events import KIND_LABELS, EventInput, WeekEntry
from app.services.org import edit as org
from db.models.base import today_local
from ui import tints
from ui.calendar.recurrence_box import RecurrenceBox
from ui.context import AppContext
from ui.person_picker import PersonPicker
from ui.screen_fit import resize_within_screen, scrolling
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP

TIME_MODES = (("timed", QT_TRANSLATE_NOOP("EventDialog", "Giờ cụ thể")),
              ("morning", QT_TRANSLATE_NOOP("EventDialog", "Cả buổi sáng")),
              ("afternoon", QT_TRANSLATE_NOOP("EventDialog", "Cả buổi chiều")),
              ("all_day", QT_TRANSLATE_NOOP("EventDialog", "Cả ngày (một hoặc nhiều ngày)")))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def ask_scope(parent: QWidget, verb: str) -> str | None:
    """Ask which occurrences of a recurring entry to change: "this", "following", "all" or None."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ScopeDialog", "Lịch định kỳ"),
                      QCoreApplication.translate("ScopeDialog", "Đây là lịch định kỳ. Bạn muốn %1:").replace("%1", verb), parent=parent)
    box.setObjectName("scopeDialog")
    this = box.addButton(QCoreApplication.translate("ScopeDialog", "Chỉ buổi này"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(QCoreApplication.translate("ScopeDialog", "Buổi này và các buổi sau"), QMessageBox.ButtonRole.AcceptRole)
    every = box.addButton(QCoreApplication.translate("ScopeDialog", "Tất cả các buổi"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("ScopeDialog", "Hủy bỏ"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    scopes: dict[QAbstractButton | None, str] = {this: "this", following: "following", every: "all"}
    return scopes.get(box.clickedButton())


class EventDialog(QDialog):
    """Create an entry (``entry is None``) or edit one (an occurrence, with *scope*)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, entry: WeekEntry | None = None,
                 scope: str = "all", day: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entry, self.scope = ctx, entry, scope
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Thêm lịch công tác") if entry is None else self.tr("Sửa lịch công tác"))
        self.saved_id: int | None = None
        self.conflicts: list = []
        if entry is None:
            start = datetime.combine(day or today_local(), time(8, 0))
            data = EventInput(title="", start=start)
        else:
            source = entry.series_event_id if entry.recurring and scope != "this" else entry.event_id
            data = ctx.read(cal.event_input, event_id=source, occurrence=entry.rule_day if entry.recurring else None)
        self._build(data)
        self._load(data)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(350)
        self._timer.timeout.connect(self.update_conflicts)
        for signal in (self.title.textChanged, self.mode.currentIndexChanged, self.day.dateChanged,
                       self.start_time.timeChanged, self.end_time.timeChanged, self.end_day.dateChanged,
                       self.chair.currentIndexChanged, self.leaders.itemChanged, self.recurrence.changed):
            signal.connect(lambda *_a: self._timer.start())
        self.update_conflicts()

    # -- layout -------------------------------------------------------------------------

    def _build(self, data: EventInput) -> None:
        self.title = QPlainTextEdit()
        self.title.setObjectName("eventTitle")
        self.title.setFixedHeight(64)
        self.kind = QComboBox()
        for key, label in KIND_LABELS.items():
            self.kind.addItem(term(label), key)
        self.day = QDateEdit()
        self.day.setObjectName("eventDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.mode = QComboBox()
        self.mode.setObjectName("eventTimeMode")
        for key, label in TIME_MODES:
            self.mode.addItem(self.tr(label), key)
        self.start_time = QTimeEdit()
        self.start_time.setObjectName("eventStart")
        self.start_time.setDisplayFormat("HH:mm")
        self.end_time = QTimeEdit()
        self.end_time.setObjectName("eventEnd")
        self.end_time.setDisplayFormat("HH:mm")
        self.end_day = QDateEdit()
        self.end_day.setCalendarPopup(True)
        self.end_day.setDisplayFormat("dd/MM/yyyy")
        times = QHBoxLayout()
        times.addWidget(self.mode)
        times.addWidget(QLabel(self.tr("từ")))
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("đến")))
        times.addWidget(self.end_time)
        times.addWidget(self.end_day)
        self.location = QLineEdit()
        self.location.setObjectName("eventLocation")
        choices = self.ctx.read(cal.leader_choices)
        self.chair = PersonPicker([(c.id, f"{c.name} — {c.title}") for c in choices], allow_empty=True,
                                  empty_label=self.tr("(không)"))
        self.chair.setObjectName("eventChair")
        self.leaders = QListWidget()
        self.leaders.setObjectName("eventLeaders")
        for choice in choices:
            item = QListWidgetItem(f"{choice.name} — {choice.title}")
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.leaders.addItem(item)
        self.participants = QPlainTextEdit()
        self.participants.setObjectName("eventParticipants")
        self.participants.setFixedHeight(48)
        self.units = QListWidget()
        self.units.setObjectName("eventUnits")
        self.preparing = QComboBox()
        self.preparing.setObjectName("eventPreparing")
        self.preparing.setEditable(True)
        self.preparing.addItem("", None)
        snapshot = self.ctx.read(org.load_org)
        for unit in sorted(snapshot.units.values(), key=lambda u: (u.kind != "department", u.sort_order, u.name)):
            if not unit.active or unit.kind == "office":
                continue
            self.preparing.addItem(unit.name, unit.id)
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.notes = QLineEdit()

        self.recurrence = RecurrenceBox()
        self.recurrence.setVisible(self.scope != "this")
        self.repeat, self.month_day, self.shift = self.recurrence.repeat, self.recurrence.month_day, self.recurrence.shift
        self.rule_text = self.recurrence.rule_text

        form = QFormLayout()
        form.addRow(self.tr("Nội dung"), self.title)
        form.addRow(self.tr("Loại"), self.kind)
        form.addRow(self.tr("Ngày"), self.day)
        form.addRow(self.tr("Thời gian"), times)
        form.addRow(self.tr("Địa điểm"), self.location)
        form.addRow(self.tr("Chủ trì"), self.chair)
        form.addRow(self.tr("Thành phần"), self.participants)
        form.addRow(self.tr("Đơn vị chuẩn bị"), self.preparing)
        form.addRow(self.tr("Ghi chú"), self.notes)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.recurrence)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Lãnh đạo dự")))
        right.addWidget(self.leaders, 3)
        right.addWidget(QLabel(self.tr("Đơn vị tham dự")))
        right.addWidget(self.units, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.warnings = QLabel()
        self.warnings.setObjectName("conflictWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy bỏ"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(columns), 1)  # a small screen scrolls the form, not the buttons
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self.mode.currentIndexChanged.connect(lambda _i: self._sync_controls())
        self.day.dateChanged.connect(lambda value: self.recurrence.set_first_day(_pydate(value)))
        resize_within_screen(self, 980, 640)

    def _load(self, data: EventInput) -> None:
        self.title.setPlainText(data.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.day.setDate(_qdate(data.start.date()))
        mode = "all_day" if data.all_day else (data.half_day or "timed")
        self.mode.setCurrentIndex(self.mode.findData(mode))
        self.start_time.setTime(QTime(data.start.hour, data.start.minute))
        end = data.end or datetime.combine(data.start.date(), time(min(data.start.hour + 2, 23), data.start.minute))
        self.end_time.setTime(QTime(end.hour, end.minute))
        self.end_day.setDate(_qdate(end.date()))
        self.location.setText(data.location)
        self.chair.setCurrentIndex(max(0, self.chair.findData(data.chair_id)))
        for i in range(self.leaders.count()):
            item = self.leaders.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.leader_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for i in range(self.units.count()):
            item = self.units.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.unit_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.participants.setPlainText(data.participants)
        index = self.preparing.findData(data.preparing_unit_id) if data.preparing_unit_id else -1
        if index > 0:
            self.preparing.setCurrentIndex(index)
        else:
            self.preparing.setEditText(data.preparing_text)
        self.notes.setText(data.notes)
        self.recurrence.load(data.rrule, data.workday_shift, data.start.date())
        self._sync_controls()

    def _sync_controls(self) -> None:
        mode = self.mode.currentData()
        self.start_time.setEnabled(mode == "timed")
        self.end_time.setEnabled(mode == "timed")
        self.end_day.setVisible(mode == "all_day")

    # -- reading the form -----------------------------------------------------------------

    def rule(self) -> str:
        return "" if self.scope == "this" else self.recurrence.rule()

    def data(self) -> EventInput:
        day = _pydate(self.day.date())
        mode = self.mode.currentData()
        start = datetime.combine(day, _pytime(self.start_time.time()) if mode == "timed" else time(8, 0))
        if mode == "all_day":
            end = datetime.combine(max(_pydate(self.end_day.date()), day), time.min)
        elif mode == "timed":
            end = datetime.combine(day, _pytime(self.end_time.time()))
        else:
            end = None
        checked = [self.leaders.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.leaders.count())
                   if self.leaders.item(i).checkState() == Qt.CheckState.Checked]
        units = [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                 if self.units.item(i).checkState() == Qt.CheckState.Checked]
        preparing_text = self.preparing.currentText().strip()
        index = self.preparing.findText(preparing_text) if preparing_text else -1
        preparing_id = self.preparing.itemData(index) if index > 0 else None
        rule = self.rule()
        return EventInput(
            title=self.title.toPlainText(), start=start, end=end, kind=self.kind.currentData(),
            all_day=mode == "all_day", half_day=mode if mode in ("morning", "afternoon") else None,
            location=self.location.text(), chair_id=self.chair.currentData(), leader_ids=checked, unit_ids=units,
            participants=self.participants.toPlainText(), preparing_unit_id=preparing_id,
            preparing_text="" if preparing_id else preparing_text, notes=self.notes.text(), rrule=rule,
            workday_shift=self.recurrence.workday_shift() if rule else "")

    # -- conflicts and saving ---------------------------------------------------------------

    def _edited_id(self) -> int | None:
        return None if self.entry is None else self.entry.event_id

    def update_conflicts(self) -> None:
        data = self.data()
        if not data.title.strip():
            data = replace(data, title=self.tr("(lịch mới)"))
        try:
            self.conflicts = self.ctx.read(cal.check_event, data=data, event_id=self._edited_id(), scope=self.scope,
                                           occurrence=self.entry.rule_day if self.entry else None)
        except VanPhongError as exc:
            self.conflicts = []
            self.warnings.setText(f"<span style='color:{tints.ink(tints.RED_INK).name()}'>{exc}</span>")
            return
        if not self.conflicts:
            self.warnings.setText(f"<span style='color:{tints.ink(tints.GREEN_INK).name()}'>"
                                  + self.tr("Không trùng lịch.") + "</span>")
            return
        warning, error = tints.ink(tints.AMBER_INK).name(), tints.ink(tints.RED_INK).name()
        lines = [f"<span style='color:{warning if c.is_warning else error}'>⚠ {c.message}</span>"
                 for c in self.conflicts[:6]]
        if len(self.conflicts) > 6:
            lines.append(self.tr("… và %n cảnh báo khác", "", len(self.conflicts) - 6))
        self.warnings.setText("<br/>".join(lines))

    def confirm_conflicts(self, messages: list[str]) -> bool:
        """Ask whether to save despite conflicts (tests replace this)."""
        text = self.tr("Lịch này bị trùng:\n%1\n\nVẫn lưu?").replace("%1", "\n".join(messages[:8]))
        return QMessageBox.question(self, self.tr("Trùng lịch"), text) == QMessageBox.StandardButton.Yes

    def save(self) -> bool:
        """Validate, warn about conflicts, and save through the services."""
        data = self.data()
        self.update_conflicts()
        errors = [c.message for c in self.conflicts if not c.is_warning]
        if errors and not self.confirm_conflicts(errors):
            return False
        if self.entry is None:
            ok, result = self.ctx.try_call(self, cal.create_event, data=data)
        else:
            ok, result = self.ctx.try_call(self, cal.update_event, event_id=self.entry.event_id,
                                           data=data, scope=self.scope,
                                           occurrence=self.entry.rule_day if self.entry.recurring else None)
        if ok:
            self.saved_id = result
        return ok

    def accept(self) -> None:
        if self.save():
            super().accept()
