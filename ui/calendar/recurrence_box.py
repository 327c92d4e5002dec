"""The "Lặp lại" group of the event dialog: none, every working day, weekly, monthly on
day N (the giao ban rule, 002 Điều 19.2), or a raw RRULE; what to do on a day off; an end date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.rules.recurrence import parse_rule
from db.models.base import today_local
from ui.recurrence_text import describe_rule
from ui.translation import QT_TRANSLATE_NOOP

REPEATS = (("", QT_TRANSLATE_NOOP("RecurrenceBox", "Không lặp")),
           ("workdays", QT_TRANSLATE_NOOP("RecurrenceBox", "Hằng ngày làm việc (Thứ Hai – Thứ Sáu)")),
           ("weekly", QT_TRANSLATE_NOOP("RecurrenceBox", "Hằng tuần, cùng thứ")),
           ("monthly", QT_TRANSLATE_NOOP("RecurrenceBox", "Hằng tháng vào ngày…")),
           ("custom", QT_TRANSLATE_NOOP("RecurrenceBox", "Quy tắc RRULE…")))
SHIFTS = (("", QT_TRANSLATE_NOOP("RecurrenceBox", "giữ nguyên ngày")),
          ("next", QT_TRANSLATE_NOOP("RecurrenceBox", "chuyển sang ngày làm việc kế tiếp")),
          ("previous", QT_TRANSLATE_NOOP("RecurrenceBox", "chuyển về ngày làm việc liền trước")))
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


class RecurrenceBox(QGroupBox):
    """Edits a recurrence rule and the working-day shift of a series."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lặp lại"))
        self.first_day = today_local()
        self.repeat = QComboBox()
        self.repeat.setObjectName("eventRepeat")
        for key, label in REPEATS:
            self.repeat.addItem(self.tr(label), key)
        self.month_day = QSpinBox()
        self.month_day.setObjectName("eventMonthDay")
        self.month_day.setRange(1, 31)
        self.shift = QComboBox()
        self.shift.setObjectName("eventShift")
        for key, label in SHIFTS:
            self.shift.addItem(self.tr(label), key)
        self.until_on = QCheckBox(self.tr("Kết thúc vào ngày"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        self.custom_rule = QLineEdit()
        self.custom_rule.setObjectName("eventRule")
        self.custom_rule.setPlaceholderText("FREQ=MONTHLY;BYDAY=-1FR")
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        form = QFormLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.repeat, 1)
        row.addWidget(self.month_day)
        form.addRow(self.tr("Kiểu lặp"), row)
        form.addRow(self.tr("Gặp ngày nghỉ thì"), self.shift)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_on)
        until_row.addWidget(self.until, 1)
        form.addRow(until_row)
        form.addRow(self.tr("RRULE"), self.custom_rule)
        form.addRow(self.rule_text)
        for signal in (self.repeat.currentIndexChanged, self.month_day.valueChanged, self.shift.currentIndexChanged,
                       self.until.dateChanged, self.custom_rule.textChanged, self.until_on.toggled):
            signal.connect(lambda *_a: self._sync())

    def load(self, rule: str, shift: str, first_day: date) -> None:
        """Show *rule* (anchored at *first_day*) in the controls that fit it best."""
        self.first_day = first_day
        self.until.setDate(QDate(first_day.year, 12, 31))
        self.month_day.setValue(first_day.day)
        self.shift.setCurrentIndex(max(0, self.shift.findData(shift or "")))
        kind = ""
        if rule:
            parts = parse_rule(rule)
            until = parts.pop("UNTIL", None)
            if until:
                self.until_on.setChecked(True)
                self.until.setDate(QDate.fromString(until[:8], "yyyyMMdd"))
            if parts == {"FREQ": "DAILY", "BYDAY": "MO,TU,WE,TH,FR"}:
                kind = "workdays"
            elif parts.get("FREQ") == "WEEKLY" and set(parts) <= {"FREQ", "BYDAY"} and "," not in parts.get("BYDAY", ""):
                kind = "weekly"
            elif parts.get("FREQ") == "MONTHLY" and set(parts) == {"FREQ", "BYMONTHDAY"} and parts["BYMONTHDAY"].isdigit():
                kind = "monthly"
                self.month_day.setValue(int(parts["BYMONTHDAY"]))
            else:
                kind = "custom"
                self.custom_rule.setText(rule)
        self.repeat.setCurrentIndex(self.repeat.findData(kind))
        self._sync()

    def set_first_day(self, day: date) -> None:
        self.first_day = day
        self._sync()

    def rule(self) -> str:
        """The RRULE text ("" for no recurrence)."""
        repeat = self.repeat.currentData()
        if not repeat:
            return ""
        if repeat == "custom":
            return self.custom_rule.text().strip()
        base = {"workdays": "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
                "weekly": f"FREQ=WEEKLY;BYDAY={_BYDAY[self.first_day.weekday()]}",
                "monthly": f"FREQ=MONTHLY;BYMONTHDAY={self.month_day.value()}"}[repeat]
        if self.until_on.isChecked():
            until = self.until.date()
            base += f";UNTIL={until.year():04d}{until.month():02d}{until.day():02d}T235959"
        return base

    def workday_shift(self) -> str:
        return (self.shift.currentData() or "") if self.rule() else ""

    def _sync(self) -> None:
        repeat = self.repeat.currentData()
        self.month_day.setVisible(repeat == "monthly")
        self.custom_rule.setEnabled(repeat == "custom")
        self.shift.setEnabled(bool(repeat))
        self.until_on.setEnabled(bool(repeat) and repeat != "custom")
        self.until.setEnabled(self.until_on.isChecked() and self.until_on.isEnabled())
        try:
            self.rule_text.setText(describe_rule(self.rule(), self.shift.currentData() or ""))
        except ValueError as exc:
            self.rule_text.setText(str(exc))
        self.changed.emit()
