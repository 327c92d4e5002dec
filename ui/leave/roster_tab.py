"""The duty roster tab (lịch trực): pick a roster, see who is on duty each day, generate a
fair rotation, edit a day by hand, print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports.leave import roster_printout
from app.reports.leave_doc import Printout
from app.services.admin.auth import Permission
from app.services.leave import roster as leave_roster
from app.services.leave.printouts import roster_data
from app.services.leave.roster import RosterInfo
from app.text import format_date
from ui.empty_hint import EmptyHint
from ui.flow_layout import FlowLayout
from ui.leave.models import RosterModel
from ui.leave.roster_dialogs import DutyDayDialog, RosterDialog
from ui.leave.widgets import office_staff
from ui.panes import VISIBLE_ROWS

if TYPE_CHECKING:
    from ui.leave.pane import LeavePane


class RosterTab(QWidget):
    def __init__(self, pane: LeavePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.roster: RosterInfo | None = None
        self.rosters = QComboBox()
        self.rosters.setObjectName("rosterChoice")
        self.new_button = QPushButton(self.tr("Lập lịch trực…"))
        self.generate_button = QPushButton(self.tr("Phân công lại tự động"))
        self.edit_button = QPushButton(self.tr("Sửa ngày…"))
        self.print_button = QPushButton(self.tr("Xem và in…"))
        self.pdf_button = QPushButton(self.tr("Lưu PDF…"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RosterModel(self)
        self.table = QTableView()
        self.table.setObjectName("rosterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(VISIBLE_ROWS)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Chưa có lịch trực nào được chọn.\nBấm “Lập lịch trực…” để lập lịch trực ngày nghỉ, ngày lễ."))
        top = FlowLayout()  # wraps when the window is narrow
        top.addWidget(self.rosters, 1)
        for b in (self.new_button, self.generate_button, self.edit_button, self.print_button, self.pdf_button,
                  self.delete_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.rosters.currentIndexChanged.connect(lambda _i: self._load())
        self.new_button.clicked.connect(self.new_roster)
        self.generate_button.clicked.connect(self.regenerate)
        self.edit_button.clicked.connect(self.edit_day)
        self.table.doubleClicked.connect(lambda _index: self.edit_day())
        self.print_button.clicked.connect(lambda: self.pane.printing.preview(self._printout()))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.delete_button.clicked.connect(self.delete)

    def refresh(self) -> None:
        current = self.rosters.currentData()
        self.rosters.blockSignals(True)
        try:
            self.rosters.clear()
            for r in self.pane.ctx.read(leave_roster.list_rosters):
                self.rosters.addItem(f"{r.title} ({format_date(r.start)} – {format_date(r.end)})", r.id)
            index = self.rosters.findData(current)
            self.rosters.setCurrentIndex(max(index, 0) if self.rosters.count() else -1)
        finally:
            self.rosters.blockSignals(False)
        self._load()

    def _load(self) -> None:
        roster_id = self.rosters.currentData()
        self.roster = self.pane.ctx.read(leave_roster.get_roster, roster_id=roster_id) if roster_id else None
        self.model.set_roster(self.roster)
        may_edit = self.pane.ctx.can(Permission.LEAVE_RECORD)
        self.new_button.setEnabled(may_edit)
        for b in (self.generate_button, self.edit_button, self.delete_button):
            b.setEnabled(may_edit and self.roster is not None)
        for b in (self.print_button, self.pdf_button):
            b.setEnabled(self.roster is not None)
        if self.roster is None:
            self.summary.setText(self.tr("Chưa có lịch trực. Bấm “Lập lịch trực…” để lập cho kỳ nghỉ lễ, Tết."))
            return
        short = self.roster.short_days
        text = self.tr("%n ngày trực, %1 người mỗi ngày.", "", len(self.roster.days)) \
            .replace("%1", str(self.roster.per_day))
        if short:
            text += " " + self.tr("Còn thiếu người: %1.").replace("%1", ", ".join(format_date(d) for d in short))
        self.summary.setText(text + " " + self.tr("✎: phân công bằng tay (giữ nguyên khi phân công lại)."))

    def _printout(self) -> Printout:
        assert self.roster is not None  # printing is enabled only with a roster shown
        return roster_printout(self.pane.ctx.read(roster_data, roster_id=self.roster.id))

    def new_roster(self) -> None:
        dialog = RosterDialog(self.pane.ctx, office_staff(self.pane.snapshot), self.pane.today, self)
        if dialog.exec() and dialog.roster_id:
            self.refresh()
            self.rosters.setCurrentIndex(self.rosters.findData(dialog.roster_id))

    def regenerate(self) -> None:
        if self.roster is not None:
            self.pane.ctx.try_call(self, leave_roster.generate_rotation, roster_id=self.roster.id)

    def edit_day(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if self.roster is None or not rows or not self.pane.ctx.can(Permission.LEAVE_RECORD):
            return
        day = self.roster.days[rows[0].row()]
        DutyDayDialog(self.pane.ctx, self.roster.id, day.day, office_staff(self.pane.snapshot),
                      {p.person_id for p in day.people}, self).exec()

    def save_pdf(self) -> None:
        if self.roster is None:  # the button is disabled then
            return
        path = self.pane.printing.ask_path(self.tr("Lưu lịch trực"), f"lich-truc-{self.roster.id}.pdf",
                                           self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.pane.printing.save_pdf(self._printout(), path)

    def delete(self) -> None:
        if self.roster is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa lịch trực"),
                                      self.tr("Xóa “%1”?").replace("%1", self.roster.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.pane.ctx.try_call(self, leave_roster.delete_roster, roster_id=self.roster.id)
