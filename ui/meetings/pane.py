"""The meetings pane (Chuẩn bị họp): upcoming and past meetings with their progress; for the
selected meeting its place in the work calendar, checklist, attendees, attendance with the
live quorum, and documents; every printout with preview, direct print and PDF export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.auth import Permission
from app.services.changes import Changes
from app.services.meetings import calendar_link as meeting_calendar
from app.services.meetings import preparation as meetings
from app.services.meetings.calendar_link import CalendarLink, EventChoice
from app.services.meetings.checklist import ChecklistEntry, get_checklist
from app.services.meetings.preparation import MeetingInfo, office_now
from app.services.org import edit as org
from app.text import format_date
from ui import tints
from ui.columns import fit_to_widest, hide_empty_columns
from ui.context import AppContext, show_error
from ui.empty_hint import EmptyHint
from ui.export_files import announce_export
from ui.lazy_page import add_lazy_tab
from ui.meetings import meeting_warnings, paperwork, printing
from ui.meetings.attendee_tabs import AttendanceTab, AttendeesTab
from ui.meetings.checklist_tab import ChecklistTab
from ui.meetings.dialogs import MeetingDialog
from ui.meetings.documents_tab import DocumentsTab
from ui.meetings.event_link import CalendarLinkRow, choice_label
from ui.meetings.models import MeetingListModel
from ui.panes import CALENDAR, MEETINGS, ORG, SETTINGS, Pane, fit_visible_rows
from ui.table_model import ID_ROLE
from ui.terms import term

if TYPE_CHECKING:
    from sqlmodel import Session



PAGE = 60  # meetings read at a time: the list shows about VISIBLE_ROWS, the next page when scrolled to


@dataclass(frozen=True)
class Selected:
    """The meeting the list will select, read with the list: its calendar entry, and its
    checklist when that is the tab shown."""

    meeting: MeetingInfo
    link: CalendarLink | None
    checklist: list[ChecklistEntry] | None


@dataclass(frozen=True)
class MeetingList:
    """What the pane's list shows first, read in one go on the database thread."""

    rows: list[MeetingInfo]
    more: bool  # more meetings follow (read when the list is scrolled to its end)
    due: list  # the programme's announcements (app.services.meetings.programme.due_status)
    selected: Selected | None = None


def read_list(session: Session, scope: str, now: datetime, limit: int = PAGE,
              through: int | None = None, checklist: bool = False) -> MeetingList:
    """The first *limit* meetings *scope* shows (ten years of them in a long-lived office), and
    through meeting *through* if the scope holds it; the meeting to select (*through*, else the
    first) with its calendar entry, and its checklist with *checklist*."""
    from app.services.meetings import programme

    rows, more = meetings.meeting_page(session=session, scope=scope, now=now, limit=limit, through=through)
    chosen = next((m for m in rows if m.id == through), rows[0] if rows else None)
    selected = None
    if chosen is not None:
        selected = Selected(chosen, meeting_calendar.calendar_link(session=session, meeting_id=chosen.id),
                            get_checklist(session=session, meeting_id=chosen.id, now=now) if checklist else None)
    return MeetingList(rows, more, programme.due_status(session=session), selected)


def read_meeting(session: Session, meeting_id: int) -> tuple[MeetingInfo, CalendarLink | None]:
    """A meeting and its calendar link."""
    return (meetings.get_meeting(session=session, meeting_id=meeting_id),
            meeting_calendar.calendar_link(session=session, meeting_id=meeting_id))


def read_changed(session: Session, meeting_id: int, changes: Changes) -> tuple[MeetingInfo, CalendarLink | None] | None:
    """Meeting *meeting_id* again if *changes* wrote only its own rows, else None (the list
    is read again)."""
    changed = meetings.meetings_changed(session=session, changes=changes)
    if changed is None or changed - {meeting_id}:
        return None
    return read_meeting(session, meeting_id)


_Detail = TypeVar("_Detail", AttendeesTab, AttendanceTab, DocumentsTab)

OVERDUE_COLUMN = 3  # the list's "Quá hạn": hidden when no meeting shown has an overdue item
TITLE_ROOM = 120  # logical pixels kept for the titles in the list of meetings

class MeetingsPane(Pane):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.meeting: MeetingInfo | None = None
        self._org: org.OrgSnapshot | None = None  # read when an action needs it (org_snapshot)
        self._loading = False  # the list is being read
        self._generation = 0  # the list's reads: a page read for an older list is dropped
        self._wanted: int | None = None  # the meeting to select once it is
        self._asked = 0  # meetings asked for (show_meeting): a selection that asked needs no second read
        self.export_signals = printing.ExportSignals(self)
        self.export_signals.finished.connect(lambda path: announce_export(self, path))
        self.export_signals.failed.connect(lambda message: show_error(self, message))

        self.scope = QComboBox()
        self.scope.setObjectName("meetingScope")
        self.scope.addItem(self.tr("Sắp tới và hôm nay"), "upcoming")
        self.scope.addItem(self.tr("Đã qua"), "past")
        self.scope.addItem(self.tr("Tất cả"), "all")
        self.list_model = MeetingListModel(self)
        self.list_model.fetch = self._fetch_more
        self.list_view = QTableView()
        self.list_view.setObjectName("meetingList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setStretchLastSection(False)
        self.list_view.setWordWrap(True)  # long titles wrap; the tooltip has the rest
        self.list_view.doubleClicked.connect(lambda _index: self.edit_meeting())
        # the rows fit their wrapped titles again once a resize is over (a relayout resizes every
        # column one after the other: one fit for them all)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(lambda: fit_visible_rows(self.list_view))
        self.list_view.horizontalHeader().sectionResized.connect(lambda *_args: self._fit_timer.start(0))
        self.list_hint = EmptyHint(self.list_view, self._empty_list_text)

        self.header = QLabel()
        self.header.setObjectName("meetingHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.calendar_row = CalendarLinkRow(ctx.can(Permission.MEETINGS_WRITE))
        self.calendar_row.jump_requested.connect(self.show_in_calendar)
        self.calendar_row.link_requested.connect(self.link_to_calendar)
        self.checklist = ChecklistTab(ctx)  # the tab shown first; the others are built when first opened
        self.checklist.minutes_requested.connect(lambda: paperwork.open_minutes(self))
        self.checklist.org_source = self.org_snapshot
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.addTab(self.checklist, self.tr("Việc cần làm"))
        self._attendees = add_lazy_tab(self.tabs, self.tr("Đại biểu, giấy mời"), AttendeesTab,
                                       lambda: self._detail_tab(AttendeesTab(ctx)))
        self._attendance = add_lazy_tab(self.tabs, self.tr("Điểm danh"), AttendanceTab,
                                        lambda: self._detail_tab(AttendanceTab(ctx)))
        self._documents = add_lazy_tab(self.tabs, self.tr("Tài liệu"), DocumentsTab,
                                       lambda: self._detail_tab(DocumentsTab(ctx)))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Hiện:")))
        scope_row.addWidget(self.scope, 1)
        left_layout.addLayout(scope_row)
        left_layout.addWidget(self.list_view)
        self.programme_due = paperwork.due_label(self)  # 004 Điều 11.1: the monthly programme's due day
        left_layout.addWidget(self.programme_due)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.calendar_row)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._actions = self._make_actions()
        self.scope.currentIndexChanged.connect(lambda _i: self._change_scope())
        self.list_view.selectionModel().currentRowChanged.connect(self._on_current)
        self.refresh()

    def _detail_tab(self, tab: _Detail) -> _Detail:
        """A tab built when first opened: it shows the selected meeting (its set_meeting reads it)."""
        if not isinstance(tab, DocumentsTab):
            tab.org_source = self.org_snapshot
        tab.meeting = self.meeting
        return tab

    @property
    def attendees(self) -> AttendeesTab:
        """The invitations tab (built now if it was not yet)."""
        return self._attendees.get()

    @property
    def attendance(self) -> AttendanceTab:
        return self._attendance.get()

    @property
    def documents(self) -> DocumentsTab:
        return self._documents.get()

    def _built_tabs(self) -> list[ChecklistTab | AttendeesTab | AttendanceTab | DocumentsTab]:
        """The detail tabs built so far (the checklist always)."""
        lazy = (self._attendees.built(), self._attendance.built(), self._documents.built())
        return [self.checklist, *(tab for tab in lazy if tab is not None)]

    # -- actions ------------------------------------------------------------------------

    def _make_actions(self) -> list[QAction]:
        writer = self.ctx.can(Permission.MEETINGS_WRITE)
        new = QAction(self.tr("Cuộc họp mới…"), self)
        new.setObjectName("actionNewMeeting")
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.triggered.connect(self.new_meeting)
        edit = QAction(self.tr("Sửa, dời lịch…"), self)
        edit.setObjectName("actionEditMeeting")
        edit.triggered.connect(self.edit_meeting)
        delete = QAction(self.tr("Xóa cuộc họp"), self)
        delete.setObjectName("actionDeleteMeeting")
        delete.triggered.connect(self.delete_meeting)
        cancel = QAction(self.tr("Hoãn/hủy"), self)
        cancel.setObjectName("actionCancelMeeting")
        cancel.setToolTip(self.tr("Hoãn/hủy cuộc họp: lịch công tác của nó được đánh dấu hoãn/hủy"))
        cancel.triggered.connect(self.cancel_meeting)
        template = QAction(self.tr("Mẫu danh mục việc…"), self)
        template.setObjectName("actionMeetingTemplates")
        template.triggered.connect(self.edit_templates)
        for action in (new, edit, cancel, delete, template):
            action.setEnabled(writer)
        self.print_menu = QMenu(self)
        for kind, (title, _landscape) in printing.PRINTOUTS.items():
            sub = self.print_menu.addMenu(QCoreApplication.translate("MeetingPrinting", title))
            for text, handler in ((self.tr("Xem trước khi in…"), self.preview),
                                  (self.tr("In ngay…"), self.print_now),
                                  (self.tr("Xuất PDF…"), self.export)):
                action = sub.addAction(text)
                action.triggered.connect(lambda _checked=False, k=kind, h=handler: h(k))
        print_action = QAction(self.tr("In, xuất PDF"), self)
        print_action.setObjectName("actionPrintMenu")
        print_action.setMenu(self.print_menu)
        print_action.triggered.connect(lambda: self.preview("attendance"))
        papers = paperwork.paperwork_action(self)
        for action in (new, edit, cancel, delete, print_action, papers, template):
            self.addAction(action)
        return [new, edit, cancel, delete, print_action, papers, template]

    def toolbar_actions(self) -> list[QAction]:
        return self._actions

    def menu_actions(self) -> dict[str, list[QAction]]:
        new, edit, cancel, delete, print_action, papers, template = self._actions
        return {"file": [print_action, papers], "edit": [new, edit, cancel, delete], "tools": [template]}

    def tables(self) -> frozenset[str]:
        return MEETINGS | CALENDAR | ORG | SETTINGS

    def apply_changes(self, changes: Changes) -> None:
        """A change to the shown meeting's own rows (a ticked item, an attendee, a document)
        updates its row of the list and its details; anything else reads the list again."""
        current = self.meeting
        # the meeting's own row (title, programme…) may move it in or out of the list: read it again
        if current is None or self._loading or not changes.only(meetings.MEETING_TABLES - {"meeting"}):
            self.refresh()
            return
        self.ctx.read_later(read_changed, meeting_id=current.id, changes=changes, key=f"meeting-{id(self)}",
                            done=self._show_changed, failed=lambda _error: self.refresh())

    def _show_changed(self, found: tuple[MeetingInfo, CalendarLink | None] | None) -> None:
        if found is None or self._loading:
            self.refresh()
            return
        meeting, link = found
        row = self.list_model.row_of(meeting.id)
        if row >= 0:
            self.list_model.update_row(row, meeting)
            self._fit_list_columns()
        self._show_meeting(meeting, link)

    # -- loading ------------------------------------------------------------------------

    def org_snapshot(self) -> org.OrgSnapshot:
        """The units and staff (for the dialogs and pickers), read when first needed after the
        list was last read: a change to them reads the list again."""
        if self._org is None:
            self._org = self.ctx.read(org.load_org)
        return self._org

    def refresh(self) -> None:
        """Read the meetings the scope shows on the database thread (as many as are loaded, and
        the one wanted or selected); :meth:`_show_list` shows them."""
        self._loading = True
        self._org = None
        self._generation += 1
        through = self._wanted if self._wanted is not None else (self.meeting.id if self.meeting else None)
        self.ctx.read_later(read_list, scope=self.scope.currentData(), now=office_now(),
                            limit=max(PAGE, self.list_model.rowCount()), through=through,
                            checklist=self.tabs.currentWidget() is self.checklist,
                            key=f"meetings-{id(self)}", done=self._show_list)

    def _change_scope(self) -> None:
        self.list_model.set_rows([])  # the new scope's first page (and the meeting wanted or selected)
        self.list_model.fetched(False)
        self.refresh()

    def _fetch_more(self) -> None:
        """The list was scrolled to its end: read the next page of the scope."""
        if self._loading:
            return
        generation = self._generation
        self.ctx.read_later(meetings.meeting_page, scope=self.scope.currentData(), now=office_now(),
                            offset=self.list_model.rowCount(), limit=PAGE, key=f"meetings-more-{id(self)}",
                            done=lambda found: self._append(generation, *found),
                            failed=lambda _error: self.list_model.fetched(self.list_model.more))

    def _append(self, generation: int, rows: list[MeetingInfo], more: bool) -> None:
        if generation != self._generation:
            return  # the list was read again meanwhile
        self.list_model.append_rows([m for m in rows if self.list_model.row_of(m.id) < 0])
        self.list_model.fetched(more)
        self._fit_list_columns()
        fit_visible_rows(self.list_view)

    def _show_list(self, found: MeetingList) -> None:
        self._loading = False
        wanted = self._wanted
        if wanted is not None and all(m.id != wanted for m in found.rows) and self.scope.currentData() != "all":
            self.scope.setCurrentIndex(self.scope.findData("all"))  # reads again, wanted kept
            return
        self._wanted = None
        rows = found.rows
        if wanted is None or all(m.id != wanted for m in rows):  # none wanted, or no such meeting
            wanted = self.meeting.id if self.meeting else None
        current = wanted
        self.list_model.set_rows(rows)
        self.list_model.fetched(found.more)
        self.programme_due.setText(paperwork.due_text(self, found.due))
        self._fit_list_columns()
        fit_visible_rows(self.list_view)
        self._fit_timer.stop()  # fitted for the columns' widths of now (a later resize starts it again)
        row = self.list_model.row_of(current) if current is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            meeting_id = self.list_model.rows[row].id
            selected = found.selected
            if selected is not None and selected.meeting.id == meeting_id:  # read with the list
                self._show_meeting(selected.meeting, selected.link, selected.checklist)
            asked = self._asked
            self.list_view.selectRow(row)
            if self._asked == asked and (selected is None or selected.meeting.id != meeting_id):
                self.show_meeting(meeting_id)  # the selection did not move (the same meeting): read it again
        else:
            self.show_meeting(None)

    def _fit_list_columns(self) -> None:
        """The date, "Xong" and "Quá hạn" columns as wide as their widest text among the meetings
        read, the titles the rest; no empty "Quá hạn" column. The widest text is found by its
        font's metrics and only its cell is measured by the view (a column sized to its contents
        measures every cell of each visible row whenever the view is laid out)."""
        view, model = self.list_view, self.list_model
        header = view.horizontalHeader()
        hide_empty_columns(view, model, (OVERDUE_COLUMN,))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        plain, bold = QFontMetrics(view.font()), QFont(view.font())
        bold.setBold(True)
        strong = QFontMetrics(bold)
        others = 0
        for column in (c for c in range(model.columnCount()) if c != 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            if header.isSectionHidden(column):
                continue
            others += fit_to_widest(view, column, (model.index(r, column) for r in range(model.rowCount())),
                                    strong if column == OVERDUE_COLUMN else plain, extra=1 if view.showGrid() else 0)
        # the titles keep room for a few words a line however narrow the window (the splitter
        # gives this side 2/7 of the pane: little on a 1280×800 screen at 150%)
        minimum = others + TITLE_ROOM + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth()
        if view.minimumWidth() != minimum:
            view.setMinimumWidth(minimum)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        meeting_id = current.data(ID_ROLE) if current.isValid() else None
        if meeting_id != (self.meeting.id if self.meeting else None):
            self.show_meeting(meeting_id)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "calendar_row"):
            self.list_model.recolour()  # cancelled meetings' muted text, overdue counts' red
            # the overdue count and a cancelled calendar entry are red for the palette
            self.header.setText(self._header_html(self.meeting))
            self.calendar_row.show_link(self.calendar_row.link, self.meeting is not None)

    def show_meeting(self, meeting_id: int | None) -> None:
        self._asked += 1
        if meeting_id is None:
            self._show_meeting(None, None)
        else:
            self.ctx.read_later(read_meeting, meeting_id=meeting_id, key=f"meeting-{id(self)}",
                                done=lambda found: self._show_meeting(*found))

    def _show_meeting(self, meeting: MeetingInfo | None, link: CalendarLink | None,
                      checklist: list[ChecklistEntry] | None = None) -> None:
        """Show *meeting* (its *checklist* when read with it: not read again)."""
        self.meeting = meeting
        self.header.setText(self._header_html(self.meeting))
        self.calendar_row.show_link(link, self.meeting is not None)
        for tab in self._built_tabs():
            tab.meeting = self.meeting
        self._refresh_tab(checklist)

    def _refresh_tab(self, checklist: list[ChecklistEntry] | None = None) -> None:
        widget = self.tabs.currentWidget()
        if widget is self.checklist:
            self.checklist.set_meeting(self.meeting, checklist)
            return
        lazy = next((t for t in (self._attendees, self._attendance, self._documents) if t.page is widget), None)
        if lazy is not None:  # one of the three others (built now if it was not yet)
            lazy.get().set_meeting(self.meeting)

    def _empty_list_text(self) -> str:
        scope = self.scope.currentData()
        if scope == "past":
            return self.tr("Chưa có cuộc họp nào đã qua.\nChọn “Sắp tới và hôm nay” hoặc “Tất cả” ở trên.")
        text = (self.tr("Không có cuộc họp nào sắp tới.") if scope == "upcoming"
                else self.tr("Chưa có cuộc họp nào."))
        if self.ctx.can(Permission.MEETINGS_WRITE):
            text += "\n" + self.tr("Bấm “Cuộc họp mới…” (Ctrl+N) để bắt đầu chuẩn bị một cuộc họp.")
        return text

    def _header_html(self, m: MeetingInfo | None) -> str:
        if m is None:
            if self.list_model.rowCount():
                return self.tr("<i>Chọn một cuộc họp ở danh sách bên trái để xem việc cần làm, đại biểu, "
                               "điểm danh và tài liệu.</i>")
            return self.tr("<i>Chưa có cuộc họp nào. Bấm “Cuộc họp mới…” để bắt đầu chuẩn bị.</i>")
        when = f"{m.start:%H:%M} {format_date(m.start)}"
        if m.end.date() != m.start.date():
            when += f" – {m.end:%H:%M} {format_date(m.end)}"
        else:
            when += f" – {m.end:%H:%M}"
        red = tints.ink(tints.RED_INK, self.header.palette()).name()
        overdue = self.tr("%n việc quá hạn", "", m.overdue)
        overdue = f" · <span style='color:{red}'><b>{overdue}</b></span>" if m.overdue else ""
        flags = (self.tr(" · quan trọng") if m.important else "") + (self.tr(" · khách nước ngoài")
                                                                       if m.foreign_guests else "")
        return (f"<div style='font-size:15px'><b>{m.title}</b></div>"
                f"<div>{term(m.kind_label)}{flags} · {when} · {m.location or '—'} · "
                + self.tr("chủ trì: %1").replace("%1", m.chair_name or "—")
                + " · " + self.tr("đã xong %1/%n việc", "", m.total).replace("%1", str(m.done))
                + overdue + "</div>")

    # -- meeting commands ---------------------------------------------------------------

    def _people(self) -> list:
        return list(self.org_snapshot().people.values())

    def _day_entries(self, day: date) -> list[EventChoice]:
        return self.ctx.read(meeting_calendar.day_entries, day=day)

    def new_meeting(self) -> None:
        dialog = self.meeting_dialog()
        if dialog.exec():
            ok, meeting_id = self.ctx.try_call(self, meetings.create_meeting, data=dialog.data())
            if ok and meeting_id is not None:
                self.select_meeting(meeting_id)

    def edit_meeting(self) -> None:
        if self.meeting is None:
            return
        dialog = MeetingDialog(self._people(), self.meeting, parent=self)
        meeting_warnings.attach(dialog, self.ctx, self.meeting.id)
        if dialog.exec():
            self.ctx.try_call(self, meetings.update_meeting, meeting_id=self.meeting.id,
                              data=dialog.data())

    def meeting_dialog(self) -> MeetingDialog:
        """The dialog for a new meeting (with the choice of an existing calendar entry)."""
        dialog = MeetingDialog(self._people(), parent=self, day_entries=self._day_entries)
        meeting_warnings.attach(dialog, self.ctx)
        return dialog

    def cancel_meeting(self) -> None:
        if self.meeting is None or self.meeting.cancelled:
            return
        answer = QMessageBox.question(self, self.tr("Hoãn/hủy cuộc họp"),
                                      self.tr("Hoãn/hủy “%1”? Lịch công tác sẽ ghi là hoãn/hủy; việc chuẩn bị "
                                              "vẫn được giữ lại.").replace("%1", self.meeting.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.try_call(self, meetings.cancel_meeting, meeting_id=self.meeting.id)

    def show_in_calendar(self) -> bool:
        """Switch to the calendar pane on the week of this meeting's entry, the entry selected."""
        link = self.calendar_row.link
        window = self.window()
        if link is None or not hasattr(window, "show_pane"):
            return False
        pane = window.show_pane("calendar")
        pane.show_week(link.monday)
        if not pane.select_entry(link.entry_key):
            pane.set_filter()  # a leader's filter may hide it
            return pane.select_entry(link.entry_key)
        return True

    def link_to_calendar(self) -> None:
        """Link a meeting that is not in the calendar to an entry of its day."""
        from ui.meetings.dialogs import PickDialog

        if self.meeting is None:
            return
        choices = [c for c in self._day_entries(self.meeting.start.date()) if c.linkable]
        if not choices:
            show_error(self, self.tr("Ngày của cuộc họp chưa có lịch công tác nào để gắn."))
            return
        dialog = PickDialog(self.tr("Gắn với lịch công tác"), [(i, choice_label(c)) for i, c in enumerate(choices)],
                            single=True, parent=self)
        if dialog.exec() and dialog.selected():
            choice = choices[dialog.selected()[0]]
            self.ctx.try_call(self, meetings.link_event, meeting_id=self.meeting.id,
                              event_id=choice.event_id, occurrence=choice.occurrence)

    def delete_meeting(self) -> None:
        if self.meeting is None:
            return
        answer = QMessageBox.question(self, self.tr("Xóa cuộc họp"),
                                      self.tr("Xóa “%1” cùng danh mục việc, đại biểu và tài liệu?")
                                      .replace("%1", self.meeting.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.try_call(self, meetings.delete_meeting, meeting_id=self.meeting.id)

    def edit_templates(self) -> None:
        from ui.meetings.templates_dialog import TemplatesDialog

        TemplatesDialog(self.ctx, self).exec()

    def select_meeting(self, meeting_id: int) -> bool:
        """Select *meeting_id*, in the whole list if the scope does not show it; while the list
        is being read, once it arrives. False if there is no such meeting."""
        row = self.list_model.row_of(meeting_id)
        if row >= 0 and not self._loading:
            self.list_view.selectRow(row)
            return True
        self._wanted = meeting_id
        if not self._loading:
            self.refresh()  # the scope's list through that meeting; "all" if the scope does not hold it
        # still being read: selected when it arrives (at once when the read was delivered at once)
        return self._loading or self.list_model.row_of(meeting_id) >= 0

    # -- printing -----------------------------------------------------------------------

    def preview(self, kind: str) -> QPrintPreviewDialog | None:
        if self.meeting is not None:
            return printing.preview(self, self.ctx, self.meeting.id, kind)
        return None

    def print_now(self, kind: str) -> None:
        if self.meeting is not None:
            printing.print_direct(self, self.ctx, self.meeting.id, kind)

    def export(self, kind: str, target: str | None = None) -> bool:
        if self.meeting is None:
            return False
        return printing.export_pdf(self, self.ctx, self.meeting.id, kind, self.export_signals, target)

    def prepare_screenshot(self) -> None:
        """Show today's (or the next) meeting with a filled checklist."""
        rows = self.list_model.rows
        best = next((m for m in rows if m.done and m.done < m.total), rows[0] if rows else None)
        if best is not None:
            self.select_meeting(best.id)
            self.tabs.setCurrentWidget(self.checklist)
