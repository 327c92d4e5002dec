"""Working days: the year's public holidays (from the `holidays` package) and the office's
own overrides — extra days off (nghỉ bù) and extra working days (làm bù) — to add or remove.

:class:`WorkdaysWidget` can sit in the settings dialog as a tab; :class:`WorkdaysDialog`
wraps it for the calendar pane.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from app.rules.workdays import CalendarDay
from app.services.admin.auth import Permission
from app.services.calendar import workdays
from db.models.base import today_local
from ui.calendar.models import DaysOffModel
from ui.context import AppContext
from ui.screen_fit import resize_within_screen
from ui.terms import term


class WorkdaysWidget(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, year: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("workdaysWidget")
        self.year = QSpinBox()
        self.year.setObjectName("workdaysYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(year or today_local().year)
        self.model = DaysOffModel(self)
        self.view = QTableView()
        self.view.setObjectName("workdaysView")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("workdaysSummary")

        self.day = QDateEdit()
        self.day.setObjectName("overrideDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        today = today_local()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        self.kind.setObjectName("overrideKind")
        for key, label in workdays.KIND_LABELS.items():
            self.kind.addItem(term(label), key)
        self.note = QLineEdit()
        self.note.setObjectName("overrideNote")
        self.note.setPlaceholderText(self.tr("Ghi chú, ví dụ: theo Thông báo số …"))
        self.add_button = QPushButton(self.tr("Thêm"))
        self.add_button.setObjectName("overrideAdd")
        self.remove_button = QPushButton(self.tr("Bỏ ngày điều chỉnh đã chọn"))
        self.remove_button.setObjectName("overrideRemove")
        can_edit = ctx.can(Permission.SETTINGS_WRITE)
        for widget in (self.day, self.kind, self.note, self.add_button, self.remove_button):
            widget.setEnabled(can_edit)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm")))
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        add = QHBoxLayout()
        add.addWidget(self.day)
        add.addWidget(self.kind)
        add.addWidget(self.note, 1)
        add.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(add)
        layout.addWidget(self.remove_button)
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.add_button.clicked.connect(self.add_override)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()

        def load(session: Session) -> tuple[list[tuple[CalendarDay, int | None, str]], int]:
            calendar = workdays.office_calendar(session)
            overrides = {o.day: o for o in workdays.list_overrides(session=session, year=year)}
            rows = [(info, overrides[info.day].id if info.day in overrides else None,
                     overrides[info.day].note if info.day in overrides else "")
                    for info in calendar.year_days_off(year)]
            working = calendar.working_days_between(date(year, 1, 1), date(year, 12, 31))
            return rows, working

        rows, working = self.ctx.read(load)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.summary.setText(self.tr("%n ngày làm việc trong năm.", "", working))

    def add_override(self) -> bool:
        value = self.day.date()
        day = date(value.year(), value.month(), value.day())
        ok, _ = self.ctx.try_call(self, workdays.add_override, day=day,
                                  kind=self.kind.currentData(), note=self.note.text())
        if ok:
            self.note.clear()
            if day.year != self.year.value():
                self.year.setValue(day.year)
            self.refresh()
        return ok

    def remove_selected(self) -> bool:
        index = self.view.currentIndex()
        override = self.model.override_id(index.row()) if index.isValid() else None
        if override is None:
            from ui.context import show_error

            show_error(self, self.tr("Chỉ bỏ được ngày điều chỉnh của cơ quan (dòng in đậm)."))
            return False
        ok, _ = self.ctx.try_call(self, workdays.remove_override,
                                  override_id=override)
        if ok:
            self.refresh()
        return ok


class WorkdaysDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workdaysDialog")
        self.setWindowTitle(self.tr("Ngày làm việc, ngày nghỉ"))
        self.widget = WorkdaysWidget(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.widget, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 520)
