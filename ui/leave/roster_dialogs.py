"""Dialogs of the duty roster: a new roster (holiday break, days, pool, people per day) and
the hand edit of one day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rules.roster import lunar_year_name
from app.services.leave import roster as leave_roster
from app.services.org.read import PersonInfo
from app.text import format_date, weekday_vi
from ui.context import AppContext
from ui.leave.widgets import to_date, to_qdate
from ui.screen_fit import resize_within_screen
from ui.terms import term

POOL_ROLES = {"head", "deputy_head", "specialist", "staff"}


def people_list(people: list[PersonInfo], checked: set[int]) -> QListWidget:
    widget = QListWidget()
    for person in people:
        item = QListWidgetItem(f"{person.full_name} — {person.position_title}, {person.unit_name}")
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if person.id in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def checked_data(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class RosterDialog(QDialog):
    """Lập lịch trực: pick a holiday break (or dates), the days, the pool; then generate."""

    def __init__(self, ctx: AppContext, staff: list[PersonInfo], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.roster_id: int | None = None
        self.setObjectName("rosterDialog")
        self.setWindowTitle(self.tr("Lập lịch trực"))
        self.breaks = [b for year in (today.year, today.year + 1)
                       for b in ctx.read(leave_roster.holiday_breaks, year=year) if b.end >= today]
        self.period = QComboBox()
        for b in self.breaks:
            self.period.addItem(f"{b.name} ({format_date(b.start)} – {format_date(b.end)})", b)
        self.period.addItem(self.tr("Tự chọn ngày"), None)
        self.title = QLineEdit()
        self.start = QDateEdit(to_qdate(today))
        self.end = QDateEdit(to_qdate(today + timedelta(days=3)))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.per_day = QSpinBox()
        self.per_day.setRange(1, 10)
        self.per_day.setValue(2)
        self.days = QListWidget()
        self.days.setObjectName("rosterDays")
        self.pool = people_list(staff, {p.id for p in staff if p.role in POOL_ROLES})
        self.pool.setObjectName("rosterPool")
        select_all, select_none = QPushButton(self.tr("Chọn tất cả")), QPushButton(self.tr("Bỏ chọn"))
        select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        select_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        pool_buttons = QHBoxLayout()
        pool_buttons.addWidget(select_all)
        pool_buttons.addWidget(select_none)
        pool_buttons.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Kỳ nghỉ"), self.period)
        form.addRow(self.tr("Tên lịch trực"), self.title)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.end)
        form.addRow(self.tr("Từ ngày – đến ngày"), dates)
        form.addRow(self.tr("Số người trực mỗi ngày"), self.per_day)
        form.addRow(self.tr("Ngày trực"), self.days)
        form.addRow(self.tr("Người trực (luân phiên)"), self.pool)
        form.addRow("", pool_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lập và phân công"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.period.currentIndexChanged.connect(self._on_period)
        self.start.dateChanged.connect(lambda _d: self._fill_days())
        self.end.dateChanged.connect(lambda _d: self._fill_days())
        resize_within_screen(self, 640, 720)
        self._on_period()

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.pool.count()):
            self.pool.item(i).setCheckState(state)

    def _on_period(self) -> None:
        period = self.period.currentData()
        if period is None:
            self.title.setText(self.tr("Lịch trực"))
            return
        name = period.name
        if name == "Tết Nguyên Đán":
            name += f" {lunar_year_name(period.start.year)}"
        self.title.setText(self.tr("Lịch trực %1 %2").replace("%1", name).replace("%2", str(period.start.year)))
        self.start.blockSignals(True)
        self.start.setDate(to_qdate(period.start))
        self.start.blockSignals(False)
        self.end.setDate(to_qdate(period.end))
        self._fill_days()

    def _fill_days(self) -> None:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        self.days.clear()
        if end < start or (end - start).days > 62:
            return
        days_off = set(self.ctx.read(leave_roster.default_days, start=start, end=end))
        for i in range((end - start).days + 1):
            d = start + timedelta(days=i)
            item = QListWidgetItem(f"{term(weekday_vi(d))}, {format_date(d)}")
            item.setData(Qt.ItemDataRole.UserRole, d)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d in days_off else Qt.CheckState.Unchecked)
            self.days.addItem(item)

    def create(self) -> None:  # type: ignore[override]  # the OK button's slot; QWidget.create (native window) is never called on a dialog
        ok, roster_id = self.ctx.try_call(
            self, leave_roster.create_roster, title=self.title.text(),
            start=to_date(self.start.date()), end=to_date(self.end.date()), days=checked_data(self.days),
            pool=checked_data(self.pool), per_day=self.per_day.value())
        if not ok:
            return
        self.roster_id = roster_id
        if checked_data(self.pool):
            self.ctx.try_call(self, leave_roster.generate_rotation, roster_id=roster_id)
        self.accept()


class DutyDayDialog(QDialog):
    """Who is on duty on one day, set by hand."""

    def __init__(self, ctx: AppContext, roster_id: int, day: date, staff: list[PersonInfo], current: set[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.roster_id, self.day = ctx, roster_id, day
        self.setWindowTitle(self.tr("Người trực %1").replace("%1", f"{term(weekday_vi(day))}, {format_date(day)}"))
        self.people = people_list(staff, current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.people)
        layout.addWidget(buttons)
        resize_within_screen(self, 520, 560)

    def save(self) -> None:
        ok, _ = self.ctx.try_call(self, leave_roster.set_day, roster_id=self.roster_id,
                                  day=self.day, person_ids=checked_data(self.people))
        if ok:
            self.accept()
