""""Waiting for me": the requests whose current step the signed-in leader decides (as the
approver, or acting for an absent one), with approve / reject and a comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import VanPhongError
from app.services.admin.auth import Permission
from app.services.leave import requests as leave
from app.services.leave.approval import BeyondLimits, waiting_for
from app.services.leave.read import RequestInfo
from ui.context import show_error
from ui.empty_hint import EmptyHint
from ui.leave.models import FoldedProxy, RequestsModel
from ui.leave.requests_tab import list_over_details, request_html, requests_table
from ui.table_model import ID_ROLE

if TYPE_CHECKING:
    from ui.leave.pane import LeavePane


class ApprovalsTab(QWidget):
    decided = Signal(int)  # request id

    def __init__(self, pane: LeavePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.info = QLabel()
        self.info.setObjectName("waitingInfo")
        self.info.setWordWrap(True)
        self.model = RequestsModel(self)
        self.proxy = FoldedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = requests_table(self.proxy, "waitingTable")
        self.empty_hint = EmptyHint(self.table, self.tr("Không có đơn nào chờ đồng chí cho ý kiến."))
        self.details = QTextBrowser()
        self.comment = QLineEdit()
        self.comment.setObjectName("decisionComment")
        self.comment.setPlaceholderText(self.tr("Ý kiến (bắt buộc khi không đồng ý)"))
        self.approve_button = QPushButton(self.tr("Đồng ý"))
        self.approve_button.setObjectName("approveButton")
        self.reject_button = QPushButton(self.tr("Không đồng ý"))
        self.reject_button.setObjectName("rejectButton")
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.comment, 1)
        decide_row.addWidget(self.approve_button)
        decide_row.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(list_over_details(self.table, self.details, decide_row), 1)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self._on_selection(QItemSelection(), QItemSelection())

    def refresh(self) -> None:
        ctx = self.pane.ctx
        if not ctx.can(Permission.LEAVE_DECIDE):
            self.model.set_rows([])
            self.info.setText(self.tr("Tài khoản này không phê duyệt đơn nghỉ."))
            self._on_selection(QItemSelection(), QItemSelection())
            return
        ctx.read_later(waiting_for, actor=ctx.actor, today=self.pane.today, key=f"approvals-{id(self)}",
                       done=self.show_rows)

    def show_rows(self, rows: list[RequestInfo]) -> None:
        """Show the requests waiting for the user (read by :meth:`refresh` or with the pane's data)."""
        ctx = self.pane.ctx
        self.model.set_rows(rows)
        if ctx.actor.person_id is None:
            text = self.tr("Quản trị: mọi đơn đang chờ ý kiến (%1).")
        else:
            text = self.tr("Đơn đang chờ đồng chí cho ý kiến: %1.")
        self.info.setText(text.replace("%1", str(len(rows))))
        if rows:
            self.table.selectRow(0)
        self._on_selection(QItemSelection(), QItemSelection())

    def count(self) -> int:
        return self.model.rowCount()

    def selected(self) -> RequestInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _on_selection(self, _s: QItemSelection, _d: QItemSelection) -> None:
        request = self.selected()
        self.details.setHtml(request_html(request) if request else "")
        for widget in (self.approve_button, self.reject_button, self.comment):
            widget.setEnabled(request is not None)

    def select(self, request_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == request_id:
                self.table.selectRow(row)
                return True
        return False

    def decide(self, approve: bool, *, override: bool = False) -> bool:
        """Approve or reject the selected request; a balance warning asks before overriding it."""
        request = self.selected()
        if request is None:
            return False
        ctx = self.pane.ctx
        try:
            ctx.call(leave.decide, request_id=request.id, approve=approve,
                     comment=self.comment.text(), override_balance=override, today=self.pane.today)
        except BeyondLimits as exc:
            if self.ask_override(str(exc)):
                return self.decide(True, override=True)
            return False
        except VanPhongError as exc:
            show_error(self, str(exc))
            return False
        self.comment.clear()
        self.decided.emit(request.id)
        return True

    def ask_override(self, message: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Vượt số ngày được nghỉ"),
                                      message + "\n\n" + self.tr("Vẫn duyệt? Việc duyệt vượt mức sẽ được ghi lại."))
        return answer == QMessageBox.StandardButton.Yes
