"""The leave pane (Nghỉ phép): requests, "waiting for me", balances, the absence calendar and
duty rosters, with a reminder of emergency leave whose written application is still due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.services.admin.auth import Actor, Permission
from app.services.leave.approval import waiting_for
from app.services.leave.read import RequestInfo, applications_due, office_units
from app.services.org import edit as org
from db.models.base import today_local
from ui.context import AppContext
from ui.leave.absence_tab import AbsenceTab
from ui.leave.approvals_tab import ApprovalsTab
from ui.leave.balances_tab import BalancesTab
from ui.leave.models import period_text
from ui.leave.printing import Printing
from ui.leave.request_dialog import RequestDialog
from ui.leave.requests_tab import RequestsTab
from ui.leave.roster_tab import RosterTab
from ui.panes import CALENDAR, LEAVE, ORG, Pane

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class LeaveView:
    """What every tab of the pane shares, read in one go on the database thread."""

    units: org.OrgSnapshot  # the office and its units (the people are read when a dialog needs them)
    waiting: list[RequestInfo] | None  # waiting for the user's decision (None: the user decides none)
    due: list[RequestInfo]  # written applications still to file


def read_leave(session: Session, actor: Actor, today: date, decides: bool) -> LeaveView:
    return LeaveView(office_units(session),
                     waiting_for(session=session, actor=actor, today=today) if decides else None,
                     applications_due(session))


class LeavePane(Pane):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = today or today_local()
        # the office and its units, read with the pane's data (empty until they arrive); the
        # people with them when a dialog needs them (snapshot)
        self.units = org.OrgSnapshot(None, {}, {}, {})
        self._snapshot: org.OrgSnapshot | None = None
        self._loaded = False
        self.printing = Printing(self)
        self.reminder = QLabel()
        self.reminder.setObjectName("applicationsDue")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet(
            "QLabel { background: #fff7ed; color: #7c2d12; border: 1px solid #fdba74; padding: 4px; }")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leaveTabs")
        self.requests = RequestsTab(self)
        self.approvals = ApprovalsTab(self)
        self.balances = BalancesTab(self)
        self.absences = AbsenceTab(self)
        self.rosters = RosterTab(self)
        self.tabs.addTab(self.requests, self.tr("Đơn xin nghỉ"))
        self.tabs.addTab(self.approvals, self.tr("Chờ tôi duyệt"))
        self.tabs.addTab(self.balances, self.tr("Số ngày phép"))
        self.tabs.addTab(self.absences, self.tr("Lịch vắng mặt"))
        self.tabs.addTab(self.rosters, self.tr("Lịch trực"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addWidget(self.tabs, 1)

        self.new_action = QAction(self.tr("Xin nghỉ…"), self)
        self.new_action.setObjectName("actionNewLeave")
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_request)
        self.emergency_action = QAction(self.tr("Ghi nhận nghỉ đột xuất…"), self)
        self.emergency_action.setObjectName("actionEmergencyLeave")
        self.emergency_action.triggered.connect(lambda: self.new_request(emergency=True))
        self.rules_action = QAction(self.tr("Quy tắc nghỉ phép…"), self)
        self.rules_action.setObjectName("actionLeaveRules")
        self.rules_action.triggered.connect(self.edit_rules)
        self.rules_action.setEnabled(ctx.can(Permission.SETTINGS_WRITE))
        self.refresh_action = QAction(self.tr("Làm mới"), self)
        self.refresh_action.setToolTip(self.tr("Làm mới (F5, menu Xem)"))  # F5 is the window's Xem > Làm mới
        self.refresh_action.triggered.connect(self.refresh)
        for action in (self.new_action, self.emergency_action, self.refresh_action):
            self.addAction(action)
        self.new_action.setEnabled(ctx.can(Permission.LEAVE_FILE)
                                   and (ctx.actor.person_id is not None or ctx.can(Permission.LEAVE_RECORD)))
        self.emergency_action.setEnabled(ctx.can(Permission.LEAVE_RECORD))
        self.approvals.decided.connect(lambda _id: self._update_tab_titles())
        self._stale: set[RequestsTab | BalancesTab | AbsenceTab | RosterTab] = set()
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        self.refresh()

    def toolbar_actions(self) -> list[QAction]:
        return [self.new_action, self.emergency_action, self.rules_action, self.refresh_action]

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"edit": [self.new_action, self.emergency_action], "tools": [self.rules_action]}

    def tables(self) -> frozenset[str]:
        return LEAVE | ORG | CALENDAR

    def refresh(self) -> None:
        """Reload the shared data (on the database thread), then the tab on screen; the others
        reload when shown (balances and the absence grid of a large office take a few hundred ms)."""
        self.ctx.read_later(read_leave, actor=self.ctx.actor, today=self.today,
                            decides=self.ctx.can(Permission.LEAVE_DECIDE), key=f"leave-{id(self)}",
                            done=self._show)

    @property
    def snapshot(self) -> org.OrgSnapshot:
        """The office's units and people (for the dialogs' pickers), read when first needed after
        the pane's data was last read: a change to them reads that again."""
        if self._snapshot is None:
            self._snapshot = self.ctx.read(org.load_org)
        return self._snapshot

    def _show(self, found: LeaveView) -> None:
        self.units, self._snapshot = found.units, None
        for tab in (self.requests, self.balances, self.absences):
            tab.unit.reload(found.units)
        self._stale = {self.requests, self.balances, self.absences, self.rosters}
        if found.waiting is not None:
            self.approvals.show_rows(found.waiting)  # its count is in the tab title
        else:
            self.approvals.refresh()  # says the account decides none
        if not self._loaded and self.approvals.count():
            self.tabs.setCurrentWidget(self.approvals)  # refreshes the tab it shows
        self._loaded = True
        self._refresh_current()
        self._update_tab_titles()
        due = found.due
        if due:
            names = ", ".join(f"{r.person_name} ({period_text(r)})" for r in due[:4]) + ("…" if len(due) > 4 else "")
            self.reminder.setText(self.tr("Đơn xin nghỉ giấy chưa nộp Bộ phận Lưu trữ (Điều 18): %1")
                                  .replace("%1", names))
        self.reminder.setVisible(bool(due))

    def _refresh_current(self) -> None:
        tab = next((t for t in self._stale if t is self.tabs.currentWidget()), None)
        if tab is not None:
            self._stale.discard(tab)
            tab.refresh()

    def _update_tab_titles(self) -> None:
        count = self.approvals.count()
        title = self.tr("Chờ tôi duyệt") + (f" ({count})" if count else "")
        self.tabs.setTabText(self.tabs.indexOf(self.approvals), title)

    def new_request(self, emergency: bool = False) -> int | None:
        dialog = RequestDialog(self.ctx, self.snapshot, emergency=emergency, today=self.today, parent=self)
        if dialog.exec() and dialog.request_id:
            self.tabs.setCurrentWidget(self.requests)
            self.requests.select(dialog.request_id)
            return dialog.request_id
        return None

    def show_request(self, request_id: int, start: date) -> bool:
        """Show request *request_id* (starting on *start*) selected in the requests tab, whatever
        the filters were (Việc của tôi opens a request this way)."""
        tab = self.requests
        self.tabs.setCurrentWidget(tab)
        tab.search.clear()
        for combo in (tab.unit, tab.status):
            combo.setCurrentIndex(0)
        tab.by_month.setChecked(True)
        tab.month.setDate(QDate(start.year, start.month, 1))
        tab.refresh()
        return tab.select(request_id)

    def edit_rules(self) -> None:
        from ui.leave.rules_dialog import LeaveSettingsDialog

        LeaveSettingsDialog(self.ctx, self).exec()
        self.refresh()

    def prepare_screenshot(self) -> None:
        """Show the requests of the month with one selected, so the details panel is filled."""
        self.tabs.setCurrentWidget(self.requests)
        self.ctx.wait_idle()  # the list comes from the database thread
        if self.requests.proxy.rowCount():
            self.requests.table.selectRow(0)
