"""The leave pane (Nghỉ phép): requests, "waiting for me", balances, the absence calendar and
duty rosters, with a reminder of emergency leave whose written application is still due.

Each tab is built when it is first shown or used (ui.lazy_page): a first visit builds the one
it opens on. ``pane.requests`` (and the others) is the tab itself, built if need be;
:meth:`LeavePane.show_tab` brings one forward."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.errors import VanPhongError
from app.services.admin.auth import Actor, Permission
from app.services.leave.approval import waiting_for
from app.services.leave.read import RequestInfo, applications_due, office_units
from app.services.org import edit as org
from db.errors import DatabaseError
from db.models.base import today_local
from ui.context import AppContext, show_error
from ui.lazy_page import Lazy, LazyPage, add_lazy_tab
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
        self._requests = add_lazy_tab(self.tabs, self.tr("Đơn xin nghỉ"), RequestsTab, lambda: RequestsTab(self))
        self._approvals = add_lazy_tab(self.tabs, self.tr("Chờ tôi duyệt"), ApprovalsTab, lambda: ApprovalsTab(self))
        self._balances = add_lazy_tab(self.tabs, self.tr("Số ngày phép"), BalancesTab, lambda: BalancesTab(self))
        self._absences = add_lazy_tab(self.tabs, self.tr("Lịch vắng mặt"), AbsenceTab, lambda: AbsenceTab(self))
        self._rosters = add_lazy_tab(self.tabs, self.tr("Lịch trực"), RosterTab, lambda: RosterTab(self))
        self._approvals.page.when_built(self._approvals_built)
        # the tab the pane opens on depends on its data ("waiting for me" when something waits):
        # the tabs show once it is read, so that only that tab is built
        self.tabs.setVisible(False)
        self._waiting: list[RequestInfo] | None = None  # read with the pane's data
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
        # the tabs that reload when next shown (all of them after the pane's data was read)
        self._stale: set[Lazy[RequestsTab] | Lazy[BalancesTab] | Lazy[AbsenceTab] | Lazy[RosterTab]] = set()
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current())
        self.refresh()

    # -- the tabs, built when first shown or used ----------------------------------------------

    @property
    def requests(self) -> RequestsTab:
        """The requests tab (built now if it was not yet), as the other four below."""
        return self._requests.get()

    @property
    def approvals(self) -> ApprovalsTab:
        return self._approvals.get()

    @property
    def balances(self) -> BalancesTab:
        return self._balances.get()

    @property
    def absences(self) -> AbsenceTab:
        return self._absences.get()

    @property
    def rosters(self) -> RosterTab:
        return self._rosters.get()

    def show_tab(self, tab: QWidget) -> None:
        """Bring *tab* (``pane.requests``, ``pane.approvals``…) forward."""
        self.tabs.setCurrentWidget(self._page_of(tab))

    @staticmethod
    def _page_of(tab: QWidget) -> LazyPage:
        page = tab.parentWidget()
        assert isinstance(page, LazyPage)  # every tab is built into its page
        return page

    def current_tab(self) -> QWidget:
        """The tab shown (built, if the pane was not shown yet)."""
        page = self.tabs.currentWidget()
        assert isinstance(page, LazyPage)  # every tab is one
        return page.content()

    def tab_title(self, tab: QWidget) -> str:
        return self.tabs.tabText(self.tabs.indexOf(self._page_of(tab)))

    def _approvals_built(self, tab: QWidget) -> None:
        assert isinstance(tab, ApprovalsTab)
        tab.decided.connect(lambda _id: self._update_tab_titles())
        if self._loaded:  # else the pane's data fills it when it arrives
            self._fill_approvals(tab)

    def _fill_approvals(self, tab: ApprovalsTab) -> None:
        if self._waiting is not None:
            tab.show_rows(self._waiting)
        else:
            tab.refresh()  # says the account decides none

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
                            done=self._show, failed=self._read_failed)

    def _read_failed(self, error: BaseException) -> None:
        """The tabs show anyway (each reads its own rows), with the error said as usual."""
        self.tabs.setVisible(True)
        if not isinstance(error, (VanPhongError, DatabaseError)):
            raise error
        show_error(self, str(error))

    @property
    def snapshot(self) -> org.OrgSnapshot:
        """The office's units and people (for the dialogs' pickers), read when first needed after
        the pane's data was last read: a change to them reads that again."""
        if self._snapshot is None:
            self._snapshot = self.ctx.read(org.load_org)
        return self._snapshot

    def _show(self, found: LeaveView) -> None:
        self.units, self._snapshot = found.units, None
        for built in (self._requests.built(), self._balances.built(), self._absences.built()):
            if built is not None:  # one built later reads the units then
                built.unit.reload(found.units)
        self._stale = {self._requests, self._balances, self._absences, self._rosters}
        self._waiting = found.waiting  # its count is in the tab title
        first = not self._loaded
        self._loaded = True
        approvals = self._approvals.built()
        if approvals is not None:
            self._fill_approvals(approvals)
        if first and found.waiting:
            self.tabs.setCurrentWidget(self._approvals.page)  # opens on what waits for the user
        self.tabs.setVisible(True)
        self._refresh_current()
        self._update_tab_titles()
        due = found.due
        if due:
            names = ", ".join(f"{r.person_name} ({period_text(r)})" for r in due[:4]) + ("…" if len(due) > 4 else "")
            self.reminder.setText(self.tr("Đơn xin nghỉ giấy chưa nộp Bộ phận Lưu trữ (Điều 18): %1")
                                  .replace("%1", names))
        self.reminder.setVisible(bool(due))

    def _refresh_current(self) -> None:
        tab = next((t for t in self._stale if t.page is self.tabs.currentWidget()), None)
        if tab is not None:
            self._stale.discard(tab)
            tab.get().refresh()

    def _update_tab_titles(self) -> None:
        approvals = self._approvals.built()
        count = approvals.count() if approvals is not None else len(self._waiting or ())
        title = self.tr("Chờ tôi duyệt") + (f" ({count})" if count else "")
        self.tabs.setTabText(self.tabs.indexOf(self._approvals.page), title)

    def new_request(self, emergency: bool = False) -> int | None:
        dialog = RequestDialog(self.ctx, self.snapshot, emergency=emergency, today=self.today, parent=self)
        if dialog.exec() and dialog.request_id:
            self.show_tab(self.requests)
            self.requests.select(dialog.request_id)
            return dialog.request_id
        return None

    def show_request(self, request_id: int, start: date) -> bool:
        """Show request *request_id* (starting on *start*) selected in the requests tab, whatever
        the filters were (Việc của tôi opens a request this way)."""
        tab = self.requests
        self.show_tab(tab)
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
        self.show_tab(self.requests)
        self.ctx.wait_idle()  # the list comes from the database thread
        if self.requests.proxy.rowCount():
            self.requests.table.selectRow(0)
