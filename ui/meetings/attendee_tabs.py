"""The attendees tab (who is invited, roles, invitations, advance absences) and the
attendance tab used during the meeting (tally, live quorum, absences this year)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.rules.meetings import ABSENCE_LIMIT, AttendanceStatus
from app.rules.protocol import ROLE_LABELS, AttendeeRole
from app.services.admin import settings
from app.services.admin.auth import Permission
from app.services.meetings import attendees
from app.services.meetings.attendees import AttendeeInfo
from app.services.meetings.preparation import MeetingInfo
from app.services.org.read import OrgSnapshot
from ui.columns import set_widths
from ui.context import AppContext
from ui.empty_hint import EmptyHint
from ui.flow_layout import FlowLayout
from ui.meetings.dialogs import (
    AbsenceDialog,
    GuestDialog,
    InvitationDialog,
    PickDialog,
    person_choices,
)
from ui.meetings.models import AttendanceModel, AttendeeModel
from ui.table_model import RowTableModel
from ui.terms import term


def table_view(model: RowTableModel[Any], name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class _AttendeeTable(QWidget):
    """Shared by both tabs: a table of the meeting's attendees and the selected rows."""

    model_class: type[AttendeeModel | AttendanceModel] = AttendeeModel
    view_name = "attendeeTable"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingInfo | None = None
        self.org_source: Callable[[], OrgSnapshot | None] = lambda: None  # the pane's, read when needed
        self.model = self.model_class(self)
        self.view = table_view(self.model, self.view_name)
        self.writer = ctx.can(Permission.MEETINGS_WRITE)
        self.empty_hint = EmptyHint(self.view, self._empty_text)

    def _empty_text(self) -> str:
        if self.meeting is None:
            return QCoreApplication.translate("AttendeeTable", "Chọn một cuộc họp ở danh sách bên trái.")
        return QCoreApplication.translate(  # a base class: one context for both tabs
            "AttendeeTable", "Cuộc họp chưa có đại biểu nào.\nỞ thẻ “Đại biểu, giấy mời”, bấm “Thêm cả cơ quan "
            "lãnh đạo”, “Thêm một đơn vị…” hoặc “Thêm người…”.")

    def button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setEnabled(self.writer)
        return button

    @property
    def org(self) -> OrgSnapshot | None:
        """The units and staff, for the pickers."""
        return self.org_source()

    def set_meeting(self, meeting: MeetingInfo | None) -> None:
        self.meeting = meeting
        self.refresh()

    def load_rows(self) -> list[AttendeeInfo]:
        rows = self.ctx.read(attendees.list_attendees, meeting_id=self.meeting.id) if self.meeting else []
        selected = {a.id for a in self.selected()}
        self.model.set_rows(rows)
        selection = self.view.selectionModel()
        for row, attendee in enumerate(rows):
            if attendee.id in selected:
                self.view.selectRow(row) if len(selected) == 1 else selection.select(
                    self.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        return rows

    def refresh(self) -> None:
        self.load_rows()

    def selected(self) -> list[AttendeeInfo]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    def selected_ids(self) -> list[int]:
        return [a.id for a in self.selected()]


class AttendeesTab(_AttendeeTable):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = QLabel()
        self.add_body_button = self.button(self.tr("Thêm cả cơ quan lãnh đạo"), self._show_body_menu, "addBody")
        self.body_menu = QMenu(self)
        add_row = FlowLayout()  # the button rows wrap when the window is narrow
        for widget in (self.add_body_button,
                       self.button(self.tr("Thêm một đơn vị…"), self.add_unit, "addUnit"),
                       self.button(self.tr("Thêm người…"), self.add_people, "addPeople"),
                       self.button(self.tr("Thêm khách mời…"), self.add_guest, "addGuest")):
            add_row.addWidget(widget)
        add_row.addStretch(1)
        act_row = FlowLayout()
        for widget in (self.button(self.tr("Vai trò…"), self.set_role, "setRole"),
                       self.button(self.tr("Đã gửi giấy mời…"), self.record_invitations, "invite"),
                       self.button(self.tr("Báo vắng trước…"), self.notify_absence, "notifyAbsence"),
                       self.button(self.tr("Hủy báo vắng"), self.clear_absence, "clearAbsence"),
                       self.button(self.tr("Bỏ khỏi danh sách"), self.remove, "removeAttendee")):
            act_row.addWidget(widget)
        act_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(act_row)

    def refresh(self) -> None:
        rows = self.load_rows()
        set_widths(self.view, (165, 185, 150, 70, 150))
        invited = sum(1 for a in rows if a.invitation_sent_at)
        notices = sum(1 for a in rows if a.absence_notified_at)
        self.summary.setText(self.tr("%n người; đã gửi giấy mời %1; báo vắng trước %2.", "", len(rows))
                             .replace("%1", str(invited)).replace("%2", str(notices)))

    def _show_body_menu(self) -> None:
        self.body_menu.clear()
        if self.org is not None:
            for unit in sorted(self.org.units.values(), key=lambda u: (u.sort_order, u.id)):
                if unit.kind == "body" and unit.active:
                    count = len(self.org.members.get(unit.id, []))
                    action = self.body_menu.addAction(f"{unit.name} ({count})")
                    action.triggered.connect(lambda _checked=False, uid=unit.id: self.add_body(uid))
        self.body_menu.popup(self.add_body_button.mapToGlobal(self.add_body_button.rect().bottomLeft()))

    def add_body(self, body_id: int) -> None:
        if self.meeting is not None:
            self.ctx.try_call(self, attendees.add_body, meeting_id=self.meeting.id, body_id=body_id)

    def add_unit(self) -> None:
        if self.meeting is None or self.org is None:
            return
        units = [(u.id, u.name) for u in sorted(self.org.units.values(), key=lambda u: (u.kind, u.sort_order))
                 if u.active and u.kind != "body"]
        dialog = PickDialog(self.tr("Thêm cả đơn vị"), units, single=True, parent=self)
        if dialog.exec() and dialog.selected():
            self.ctx.try_call(self, attendees.add_unit, meeting_id=self.meeting.id,
                              unit_id=dialog.selected()[0])

    def add_people(self) -> None:
        if self.meeting is None or self.org is None:
            return
        dialog = PickDialog(self.tr("Thêm người vào danh sách"), person_choices(list(self.org.people.values())),
                            parent=self)
        if dialog.exec() and dialog.selected():
            self.ctx.try_call(self, attendees.add_people, meeting_id=self.meeting.id,
                              person_ids=dialog.selected())

    def add_guest(self) -> None:
        if self.meeting is None:
            return
        dialog = GuestDialog(self)
        if dialog.exec():
            name, title, organisation, role = dialog.values()
            self.ctx.try_call(self, attendees.add_guest, meeting_id=self.meeting.id,
                              full_name=name, title=title, organisation=organisation, role=role)

    def set_role(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        labels = [term(ROLE_LABELS[r]) for r in AttendeeRole]
        label, ok = QInputDialog.getItem(self, self.tr("Vai trò"), self.tr("Vai trò tại cuộc họp"), labels,
                                         labels.index(term(chosen[0].role_label)), False)
        if ok:
            role = list(AttendeeRole)[labels.index(label)]
            for attendee in chosen:
                self.ctx.try_call(self, attendees.update_attendee, attendee_id=attendee.id,
                                  role=role)

    def record_invitations(self) -> None:
        ids = self.selected_ids() or [a.id for a in self.model.rows if a.invitation_sent_at is None]
        if not ids:
            return
        dialog = InvitationDialog(len(ids), self)
        if dialog.exec():
            via, sent_at = dialog.values()
            self.ctx.try_call(self, attendees.record_invitations, attendee_ids=ids, via=via,
                              sent_at=sent_at)

    def notify_absence(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        dialog = AbsenceDialog(chosen[0].full_name, chosen[0].absence_reason, self)
        if dialog.exec():
            reason, in_writing, permitted = dialog.values()
            self.ctx.try_call(self, attendees.notify_absence, attendee_id=chosen[0].id,
                              reason=reason, in_writing=in_writing, permitted_by_standing=permitted)

    def clear_absence(self) -> None:
        for attendee in self.selected():
            self.ctx.try_call(self, attendees.clear_absence_notice, attendee_id=attendee.id)

    def remove(self) -> None:
        for attendee in self.selected():
            self.ctx.try_call(self, attendees.remove_attendee, attendee_id=attendee.id)


class AttendanceTab(_AttendeeTable):
    """During the meeting: C / M / V keys (có mặt, muộn, vắng), the quorum indicator, absences this year."""

    model_class = AttendanceModel
    view_name = "attendanceTable"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.quorum = QLabel()
        self.quorum.setObjectName("quorumIndicator")
        self.quorum.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("attendanceCounts")
        row = FlowLayout()
        for widget in (self.button(self.tr("Có mặt (C)"), lambda: self.mark(AttendanceStatus.PRESENT), "markPresent"),
                       self.button(self.tr("Đến muộn (M)"), lambda: self.mark(AttendanceStatus.LATE), "markLate"),
                       self.button(self.tr("Vắng mặt (V)…"), lambda: self.mark(AttendanceStatus.ABSENT), "markAbsent"),
                       self.button(self.tr("Xóa điểm danh"), lambda: self.mark(None), "markClear"),
                       self.button(self.tr("Điểm danh những người còn lại"), self.mark_rest_present, "markRest")):
            row.addWidget(widget)
        row.addStretch(1)
        # C có mặt, M muộn, V vắng: the clerk's own words, whatever the language of the window
        for key, status in (("C", AttendanceStatus.PRESENT), ("M", AttendanceStatus.LATE),
                            ("V", AttendanceStatus.ABSENT)):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=status: self.mark(s))
        layout = QVBoxLayout(self)
        layout.addWidget(self.quorum)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        assert isinstance(self.model, AttendanceModel)  # model_class
        self.model.limit = int(self.ctx.read(lambda session: settings.get(session, ABSENCE_LIMIT)))
        self.load_rows()
        set_widths(self.view, (160, 150, 80, 120))
        self.update_quorum()

    def update_quorum(self) -> None:
        if self.meeting is None:
            self.quorum.clear()
            self.counts.clear()
            return
        tally = self.ctx.read(attendees.attendance_tally, meeting_id=self.meeting.id)
        self.counts.setText(self.tr("Có mặt %1 · Đến muộn %2 · Vắng %3 · Chưa điểm danh %4 (tổng %5)")
                            .replace("%1", str(tally.present)).replace("%2", str(tally.late))
                            .replace("%3", str(tally.absent)).replace("%4", str(tally.not_taken))
                            .replace("%5", str(tally.total)))
        q = tally.quorum
        if not q.applies:
            self.quorum.setText(self.tr("Loại cuộc họp này không cần tính số ủy viên tham dự."))
            self.quorum.setStyleSheet("QLabel { padding: 6px; }")
            return
        text = (self.tr("ĐỦ 2/3 ủy viên: có mặt %1/%2 (cần %3)") if q.met else
                self.tr("CHƯA ĐỦ 2/3 ủy viên: có mặt %1/%2 (cần %3)"))
        text = text.replace("%1", str(q.present)).replace("%2", str(q.members)).replace("%3", str(q.needed))
        if q.not_invited:
            text += self.tr(" — chưa mời: %1").replace("%1", ", ".join(q.not_invited))
        colour = "#166534; background: #dcfce7" if q.met else "#991b1b; background: #fee2e2"
        self.quorum.setText(text)
        self.quorum.setStyleSheet(f"QLabel {{ padding: 6px; font-size: 15px; font-weight: bold; color: {colour}; }}")

    def mark(self, status: AttendanceStatus | None) -> None:
        ids = self.selected_ids()
        if not ids or self.meeting is None:
            return
        reason = ""
        if status in (AttendanceStatus.ABSENT, AttendanceStatus.LATE):
            first = self.selected()[0]
            prompt = self.tr("Lý do vắng mặt") if status is AttendanceStatus.ABSENT else self.tr("Lý do đến muộn")
            reason, ok = QInputDialog.getText(self, prompt, first.full_name, text=first.absence_reason)
            if not ok:
                return
        self.ctx.try_call(self, attendees.set_attendance, attendee_ids=ids, status=status,
                          reason=reason)

    def mark_rest_present(self) -> None:
        """Everyone not yet marked is present, except those who announced their absence: absent."""
        rest = [a for a in self.model.rows if a.attendance is None and a.role is not AttendeeRole.SERVICE]
        present = [a.id for a in rest if a.absence_notified_at is None]
        absent = [a.id for a in rest if a.absence_notified_at is not None]
        if present:
            self.ctx.try_call(self, attendees.set_attendance, attendee_ids=present,
                              status=AttendanceStatus.PRESENT)
        if absent:
            self.ctx.try_call(self, attendees.set_attendance, attendee_ids=absent,
                              status=AttendanceStatus.ABSENT)
