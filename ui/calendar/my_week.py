"""The calendar pane's "Lịch của tôi" tab: the signed-in user's own week (entries they
chair or attend, meetings they are invited to, leave, duty days), any person's for a clerk,
and its one-page printout."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.rules.schedule import iso_week
from app.services.admin.auth import Permission
from app.services.calendar.my_week import MyWeek, my_week
from app.services.org.read import OrgSnapshot, load_org
from ui.calendar.models.my_week import MyWeekModel
from ui.calendar.printing import gather_then_write
from ui.export_files import ask_save_path, file_name

if TYPE_CHECKING:
    from ui.calendar.pane import CalendarPane
    from ui.leave.widgets import PersonCombo


class MyWeekTab(QWidget):
    """One person's week; ``pane`` is the calendar pane (its week, its export signals)."""

    def __init__(self, pane: CalendarPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane, self.ctx = pane, pane.ctx
        self.monday: date | None = None
        self.model = MyWeekModel(self)
        self.view = QTableView()
        self.view.setObjectName("myWeekView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 70, 80, 380, 90, 170)):
            self.view.setColumnWidth(column, width)
        self.who = QLabel(self)  # owned by the tab even where the picker takes its place
        self.who.setObjectName("myWeekPerson")
        self.summary = QLabel()
        self.summary.setObjectName("myWeekSummary")
        self.print_button = QPushButton(self.tr("In lịch tuần (PDF)…"))
        self.print_button.setObjectName("myWeekPrint")
        self.print_button.clicked.connect(self.ask_pdf)
        self.picker: PersonCombo | None = None
        # clerks and administrators look at anyone's week: the picker of people is built when
        # the tab is first shown (the office's people are read on the database thread)
        self._wants_picker = self.ctx.can(Permission.LEAVE_RECORD)
        self._top = QHBoxLayout()
        if self._wants_picker:
            self._top.addWidget(QLabel(self.tr("Lịch của:")))
            self.who.hide()
        else:
            self._top.addWidget(self.who, 1)
        self._top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self._top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)

    def person_id(self) -> int | None:
        return self.picker.person_id() if self.picker is not None else self.ctx.actor.person_id

    def load(self, monday: date) -> None:
        self.monday = monday
        if self._wants_picker and self.picker is None:
            self.ctx.read_later(load_org, key=f"my-week-people-{id(self)}", done=self._add_picker)
            return
        self.refresh()

    def _add_picker(self, snapshot: OrgSnapshot) -> None:
        from ui.leave.widgets import PersonCombo

        if self.picker is not None:
            return
        people = sorted((p for p in snapshot.people.values() if p.active), key=lambda p: (p.rank, p.full_name))
        self.picker = PersonCombo(people)
        self.picker.setObjectName("myWeekPicker")
        if self.ctx.actor.person_id is not None:
            self.picker.set_person(self.ctx.actor.person_id)
        self.picker.currentIndexChanged.connect(lambda _i: self.refresh())
        self._top.insertWidget(1, self.picker, 1)
        self.refresh()

    def refresh(self) -> None:
        person = self.person_id()
        if self.monday is None:
            return
        if person is None:
            self.model.load(None)
            self.who.setText(self.tr("Tài khoản này chưa gắn với cán bộ nào: quản trị viên gắn tài khoản với "
                                     "cán bộ trong Thiết lập → Tài khoản."))
            self.summary.setText("")
            self.print_button.setEnabled(False)
            return
        self.ctx.read_later(my_week, monday=self.monday, person_id=person, key=f"my-week-{id(self)}",
                            done=self._show)

    def _show(self, week: MyWeek) -> None:
        self.model.load(week)
        self.view.resizeRowsToContents()
        self.who.setProperty("personName", week.person_name)
        self.who.setText(self.tr("Lịch của: %1").replace("%1", f"{week.person_name} — {week.position_title}"))
        self.summary.setText(self.tr("%n lượt công tác, họp", "", week.entry_count)
                             + (self.tr("; nghỉ %1 ngày").replace("%1", f"{week.leave_days:g}".replace(".", ","))
                                if week.leave_days else "")
                             + (self.tr("; trực %n ngày", "", week.duty_days) if week.duty_days else ""))
        self.print_button.setEnabled(True)

    def ask_pdf(self) -> None:
        person = self.person_id()
        if person is None or self.monday is None:
            return
        name = file_name("lich-tuan", self.who.property("personName") or "", iso_week(self.monday), suffix=".pdf")
        chosen = ask_save_path(self, "my-week", self.tr("In lịch tuần của một người"), name, ["PDF (*.pdf)"])
        if chosen:
            path = chosen[0]
            self.write_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def write_pdf(self, path: str) -> None:
        """The one-page printout on a worker; the pane's export signals report the end."""
        person = self.person_id()
        if person is None or self.monday is None:
            return
        from app.reports.my_week_pdf import write_my_week_pdf

        gather_then_write(self.pane, my_week, lambda week: write_my_week_pdf(week, path), path,
                          monday=self.monday, person_id=person)


def tab_title() -> str:
    return QCoreApplication.translate("CalendarPane", "Lịch của tôi")
