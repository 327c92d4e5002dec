"""The requests tab: every leave request with filters (person, unit, status, month), the
selected request's details and approval steps, and its actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QInputDialog,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.reports.leave import leave_form_printout
from app.reports.leave_doc import Printout
from app.services.admin.auth import Permission
from app.services.leave import requests as leave
from app.services.leave.printouts import leave_form_data
from app.services.leave.read import RequestInfo
from app.text import format_date, format_datetime
from ui import tints
from ui.columns import hide_empty_columns
from ui.empty_hint import EmptyHint
from ui.flow_layout import FlowLayout
from ui.leave.models import (
    STATUS_TEXT,
    FoldedProxy,
    RequestsModel,
    period_text,
    status_text,
    working_days_text,
)
from ui.leave.widgets import UnitCombo, fit_placeholder
from ui.panes import VISIBLE_ROWS
from ui.table_model import ID_ROLE
from ui.terms import term

# Requests read at a time (ten years of a large office are tens of thousands): the newest first,
# the next page on demand
PAGE = 100
OPTIONAL_COLUMNS = (7, 8)  # "Chờ ý kiến" and "Ghi chú": hidden when no request shown has one


def request_html(r: RequestInfo) -> str:
    """The details panel of a request (shared by the requests and approvals tabs)."""
    rows = [
        (QCoreApplication.translate("RequestDetails", "Người xin nghỉ"), f"{r.person_name} — {r.position_title}, {r.unit_name}"),
        (QCoreApplication.translate("RequestDetails", "Loại nghỉ"), r.leave_type_name),
        (QCoreApplication.translate("RequestDetails", "Thời gian"), f"{period_text(r)} ({working_days_text(r.days)})"),
        (QCoreApplication.translate("RequestDetails", "Lý do"), r.reason),
        (QCoreApplication.translate("RequestDetails", "Người xử lý công việc thay"), r.handover_name),
        (QCoreApplication.translate("RequestDetails", "Liên hệ"), r.contact),
        (QCoreApplication.translate("RequestDetails", "Trạng thái"), status_text(r.status)),
        (QCoreApplication.translate("RequestDetails", "Người lập"), f"{r.created_by}, {format_datetime(r.created_at)}"),
    ]
    if r.emergency:
        phone = r.phone_approved_by_name + (f", {format_datetime(r.phone_approved_at)}" if r.phone_approved_at else "")
        rows.append((QCoreApplication.translate("RequestDetails", "Đồng ý qua điện thoại"), phone))
    if r.application_required:
        rows.append((QCoreApplication.translate("RequestDetails", "Đơn giấy"),
                     QCoreApplication.translate("RequestDetails", "đã nhận ngày %1").replace("%1", format_date(r.application_received_on))
                     if r.application_received and r.application_received_on else QCoreApplication.translate("RequestDetails", "chưa nộp — cần bổ sung")))
    if r.balance_override_note:
        rows.append((QCoreApplication.translate("RequestDetails", "Duyệt vượt mức"), r.balance_override_note))
    if r.cancel_reason:
        rows.append((QCoreApplication.translate("RequestDetails", "Lý do hủy"), r.cancel_reason))
    label = tints.label_text().name()
    body = "".join(f"<tr><td style='color:{label};padding-right:10px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                   for k, v in rows if v)
    steps = "".join(
        f"<li>{escape(term(s.role_label))}: <b>{escape(s.approver_name)}</b>"
        + (escape(QCoreApplication.translate("RequestDetails", " (làm thay %1)").replace("%1", s.acting_for_name)) if s.acting_for_name else "")
        + f" — {escape(term(s.decision_label))}"
        + (f", {format_datetime(s.decided_at)}" if s.decided_at else "")
        + (f"<br/><i>{escape(s.comment)}</i>" if s.comment else "") + "</li>"
        for s in r.steps)
    title = escape(QCoreApplication.translate("RequestDetails", "Đơn số %1").replace("%1", str(r.id)))
    heading = escape(QCoreApplication.translate("RequestDetails", "Các bước phê duyệt"))
    return f"<h3>{title}</h3><table>{body}</table>" + (f"<p><b>{heading}</b></p><ol>{steps}</ol>" if steps else "")


def requests_table(proxy: FoldedProxy, name: str) -> QTableView:
    """A table of requests: whole rows selected one at a time, columns sized to their content."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setResizeContentsPrecision(VISIBLE_ROWS)  # size to the rows on screen, not to thousands
    table.horizontalHeader().setStretchLastSection(True)
    return table


def list_over_details(table: QWidget, details: QTextBrowser, actions: QLayout) -> QSplitter:
    """The list on top, the selected request's details with its action buttons below."""
    below = QWidget()
    below_layout = QVBoxLayout(below)
    below_layout.setContentsMargins(0, 0, 0, 0)
    below_layout.addWidget(details, 1)
    below_layout.addLayout(actions)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(table)
    splitter.addWidget(below)
    splitter.setSizes([420, 300])
    return splitter


if TYPE_CHECKING:
    from ui.leave.pane import LeavePane


class RequestsTab(QWidget):
    def __init__(self, pane: LeavePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.search = QLineEdit()
        self.search.setObjectName("requestSearch")
        self.search.setPlaceholderText(self.tr("Tìm theo tên (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self.unit = UnitCombo(pane.units)
        self.status = QComboBox()
        self.status.setObjectName("requestStatus")
        self.status.addItem(self.tr("Mọi trạng thái"), None)
        for key in STATUS_TEXT:
            self.status.addItem(status_text(key), key)
        self.by_month = QCheckBox(self.tr("Tháng"))
        self.by_month.setChecked(True)
        self.month = QDateEdit(QDate(pane.today.year, pane.today.month, 1))
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setCalendarPopup(False)
        self.model = RequestsModel(self)
        self.proxy = FoldedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = requests_table(self.proxy, "requestsTable")
        self.empty_hint = EmptyHint(self.table, self.tr(
            "Không có đơn nào với bộ lọc đang chọn.\nBấm “Xin nghỉ…” (Ctrl+N) để làm đơn; "
            "bỏ chọn “Tháng” hoặc chọn “Mọi trạng thái” để xem thêm."))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # newest leave first
        self.details = QTextBrowser()
        self.details.setObjectName("requestDetails")

        self.print_button = QPushButton(self.tr("Xem và in đơn…"))
        self.pdf_button = QPushButton(self.tr("Lưu đơn ra PDF…"))
        self.cancel_button = QPushButton(self.tr("Hủy đơn…"))
        self.submit_button = QPushButton(self.tr("Gửi duyệt"))
        self.received_button = QPushButton(self.tr("Đã nhận đơn giấy"))
        self.received_button.setObjectName("applicationReceived")
        self.phone_button = QPushButton(self.tr("Ghi nhận đồng ý qua điện thoại…"))
        self.phone_button.setObjectName("phoneApproval")
        actions = FlowLayout()  # the rows wrap when the window is narrow
        for b in (self.print_button, self.pdf_button, self.submit_button, self.cancel_button, self.phone_button,
                  self.received_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.more_button = QPushButton()
        self.more_button.setObjectName("moreRequests")
        self.more_button.setVisible(False)
        self.more_button.clicked.connect(self.show_more)
        self._filters: dict = {}

        filters = FlowLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.unit, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.by_month)
        filters.addWidget(self.month)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.more_button)
        layout.addWidget(list_over_details(listing, self.details, actions), 1)

        self.search.textChanged.connect(self._search)
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.by_month.toggled.connect(lambda _c: self.refresh())
        self.month.dateChanged.connect(lambda _d: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.print_button.clicked.connect(self.preview_form)
        self.pdf_button.clicked.connect(self.save_form_pdf)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.submit_button.clicked.connect(self.submit_selected)
        self.received_button.clicked.connect(self.mark_received)
        self.phone_button.clicked.connect(self.record_phone_approval)
        self._update_buttons(None)

    # -- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.selected_id()
        start = end = None
        if self.by_month.isChecked():
            q = self.month.date()
            start = date(q.year(), q.month(), 1)
            end = date(q.year() + (q.month() == 12), q.month() % 12 + 1, 1)
            end = date.fromordinal(end.toordinal() - 1)
        self._filters = {"unit_id": self.unit.unit_id(), "status": self.status.currentData(), "start": start,
                         "end": end, "query": self.search.text().strip() or None}
        self._read_page(0, lambda rows: self._show(rows, current))

    def _search(self, text: str) -> None:
        """Filter the rows shown at once, and read the requests that match from the database (the
        list shows a page of them: the others match too)."""
        self.proxy.set_query(text)
        self.refresh()

    def _read_page(self, offset: int, done: Callable[[list[RequestInfo]], None]) -> None:
        """Read PAGE requests from *offset* (one more, to know whether there are others)."""
        self.pane.ctx.read_later(leave.list_requests, **self._filters, limit=PAGE + 1, offset=offset,
                                 key=f"requests-{id(self)}", done=done)

    def show_more(self) -> None:
        """The next page of the list, after the requests shown."""
        self.more_button.setEnabled(False)
        self._read_page(self.model.rowCount(), self._append)

    def _append(self, rows: list[RequestInfo]) -> None:
        self.model.append_rows(rows[:PAGE])
        self._show_more_button(len(rows) > PAGE)
        self._hide_empty_columns()

    def _hide_empty_columns(self) -> None:
        """No empty "Chờ ý kiến" or "Ghi chú" column (a month of decided requests waits for nobody)."""
        hide_empty_columns(self.table, self.model, OPTIONAL_COLUMNS)

    def _show_more_button(self, more: bool) -> None:
        self.more_button.setVisible(more)
        self.more_button.setEnabled(more)
        self.more_button.setText(self.tr("Đang hiện %n đơn mới nhất — xem thêm", "", self.model.rowCount()))

    def _show(self, rows: list[RequestInfo], current: int | None) -> None:
        self.model.set_rows(rows[:PAGE])
        self._show_more_button(len(rows) > PAGE)
        self._hide_empty_columns()
        if current is not None:
            self.select(current)
        self._on_selection(QItemSelection(), QItemSelection())

    def select(self, request_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == request_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def selected(self) -> RequestInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        request = self.selected()
        self.details.setHtml(request_html(request) if request else "")
        self._update_buttons(request)

    def _update_buttons(self, r: RequestInfo | None) -> None:
        ctx = self.pane.ctx
        own = r is not None and (r.person_id == ctx.actor.person_id or ctx.can(Permission.LEAVE_RECORD))
        self.print_button.setEnabled(r is not None)
        self.pdf_button.setEnabled(r is not None)
        self.cancel_button.setEnabled(own and r is not None and r.status in ("draft", "submitted", "approved")
                                      and ctx.can(Permission.LEAVE_FILE))
        self.submit_button.setVisible(r is not None and r.status == "draft")
        self.submit_button.setEnabled(own and ctx.can(Permission.LEAVE_FILE))
        self.received_button.setVisible(r is not None and r.application_due)
        self.received_button.setEnabled(ctx.can(Permission.LEAVE_RECORD))
        self.phone_button.setVisible(r is not None and r.status == "submitted" and ctx.can(Permission.LEAVE_RECORD))

    # -- actions --------------------------------------------------------------------------

    def _form(self, request_id: int) -> Printout:
        """The application form of *request_id*: its data read on the database thread, laid out here."""
        return leave_form_printout(self.pane.ctx.read(leave_form_data, request_id=request_id))

    def preview_form(self) -> None:
        r = self.selected()
        if r is not None:
            self.pane.printing.preview(self._form(r.id))

    def save_form_pdf(self) -> None:
        r = self.selected()
        if r is None:
            return
        path = self.pane.printing.ask_path(self.tr("Lưu đơn xin nghỉ"), f"don-xin-nghi-{r.id}.pdf",
                                           self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.pane.printing.save_pdf(self._form(r.id), path)

    def cancel_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Hủy đơn xin nghỉ"),
                                          self.tr("Lý do hủy đơn số %1:").replace("%1", str(r.id)))
        if ok:
            self.pane.ctx.try_call(self, leave.cancel_request, request_id=r.id, reason=reason)

    def submit_selected(self) -> None:
        r = self.selected()
        if r is not None:
            self.pane.ctx.try_call(self, leave.submit_request, request_id=r.id,
                                   today=self.pane.today)

    def record_phone_approval(self) -> None:
        """The clerk records that the leader of the waiting step agreed by phone (001 Điều 18)."""
        r = self.selected()
        if r is None:
            return
        people = self.pane.ctx.read(leave.phone_deciders, request_id=r.id, today=self.pane.today)
        if not people:
            return
        names = [f"{p.full_name} — {p.position_title}" for p in people]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Đồng ý qua điện thoại"),
            self.tr("Đơn số %1: lãnh đạo đã đồng ý qua điện thoại").replace("%1", str(r.id)), names, 0, False)
        if ok and choice in names:
            approved_at = datetime.combine(self.pane.today, datetime.now().time().replace(second=0, microsecond=0))
            self.pane.ctx.try_call(self, leave.record_phone_approval, request_id=r.id,
                                   approved_by_id=people[names.index(choice)].id, approved_at=approved_at,
                                   today=self.pane.today)

    def mark_received(self) -> None:
        r = self.selected()
        if r is not None:
            self.pane.ctx.try_call(self, leave.mark_application_received, request_id=r.id,
                                   received_on=self.pane.today)
