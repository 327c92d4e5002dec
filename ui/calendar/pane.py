"""The calendar pane (Lịch công tác): the week laid out like the printed schedule, the month,
an agenda list; navigation, filters, editing, publishing, printing and exchange."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.rules.schedule import monday_of
from app.services.admin.auth import Permission
from app.services.calendar import events as cal
from app.services.calendar.events import MonthSchedule, ScheduleFilter, WeekEntry, WeekSchedule
from db.models.base import today_local
from ui.calendar import week_drag
from ui.calendar.header import (
    conflict_box_style,
    conflicts_html,
    programme_due_html,
    status_html,
    view_title,
)
from ui.calendar.meeting_link import LinkedAgendaModel, LinkedWeekModel, MeetingLinks
from ui.calendar.models import (
    DAY_ROLE,
    ENTRY_ROLE,
    FoldedFilterProxy,
    MonthModel,
)
from ui.calendar.month_view import MonthDelegate
from ui.calendar.my_week import MyWeekTab, tab_title
from ui.calendar.table import AGENDA_COLUMNS, MONTH_COLUMNS, WEEK_COLUMNS, ScheduleTable
from ui.calendar.viewing import viewing_actions
from ui.context import AppContext
from ui.empty_hint import EmptyHint
from ui.lazy_page import add_lazy_tab
from ui.panes import CALENDAR, LEAVE, ORG, SETTINGS, Pane
from ui.screen_fit import scroll_area

if TYPE_CHECKING:
    from sqlmodel import Session

    from ui.calendar.event_dialog import EventDialog

_View = TypeVar("_View", bound=QTableView)

AGENDA_WEEKS = 4


@dataclass(frozen=True)
class CalendarView:
    """What the calendar pane shows for a week and a tab, read in one go on the database thread."""

    monday: date
    tab: int
    schedule: WeekSchedule
    month: MonthSchedule | None  # the month tab's
    agenda: list[WeekEntry] | None  # the list tab's
    meetings: dict[int, int]  # event id → meeting id, for the entries shown
    due: list  # the programme's announcements (app.services.meetings.programme.due_status)
    leaders: list | None = None  # the filter's leaders (cal.leader_choices), when asked for


def read_view(session: Session, monday: date, filter: ScheduleFilter, tab: int,  # noqa: A002
              leaders: bool = False) -> CalendarView:
    """The week (always: the header's status and the actions use it), and the month or the
    list when that tab is the current one; the leaders of the filter too with *leaders* (the
    pane's first read: one answer, one layout)."""
    from app.services.meetings import calendar_link, programme

    schedule = cal.week(session, monday=monday, filter=filter)
    month = agenda = None
    if tab == 1:
        middle = monday + timedelta(days=3)
        month = cal.month(session, year=middle.year, month=middle.month, filter=filter)
    elif tab == 2:
        agenda = cal.agenda(session, start=monday, end=monday + timedelta(weeks=AGENDA_WEEKS, days=-1),
                            filter=filter)
    ids = [e.event_id for e in [*schedule.entries, *(agenda or [])]]
    meetings = calendar_link.meetings_by_event(session=session, event_ids=ids) if ids else {}
    return CalendarView(monday, tab, schedule, month, agenda, meetings, programme.due_status(session=session),
                        cal.leader_choices(session) if leaders else None)


class AgendaPage(QWidget):
    """The list tab: a search box over the entries of the following weeks."""

    def __init__(self, view: ScheduleTable) -> None:
        super().__init__()
        self.view = view
        self.hint: EmptyHint | None = None  # set once the view has its model
        self.search = QLineEdit()
        self.search.setObjectName("agendaSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm trong %n tuần (gõ không dấu cũng được)…", "", AGENDA_WEEKS))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)


CONFLICT_LINES = 4  # lines of conflicts shown under the week before the box scrolls


class CalendarPane(Pane):
    """Shows one week (and its month / the following weeks); edits go through dialogs."""

    week_loaded = Signal(object)  # the WeekSchedule shown
    export_finished = Signal(str)  # path written by an export worker
    export_failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.monday = monday_of(today_local())
        self.schedule: WeekSchedule | None = None
        self._due: list = []
        self._workers: list = []
        self._leaders_added = False  # the filter's leaders come with the first week read

        self.title = QLabel()
        self.title.setObjectName("weekTitle")
        self.title.setWordWrap(True)  # on two lines in a narrow window
        self.title.setStyleSheet("QLabel { font-size: 15px; font-weight: bold; }")
        self.status = QLabel()
        self.status.setObjectName("weekStatus")
        self.status.setWordWrap(True)
        self.filter = QComboBox()
        self.filter.setObjectName("calendarFilter")
        self.filter.setMinimumWidth(240)
        self._fill_filter()

        self.meeting_links = MeetingLinks(ctx, self)  # entries with a meeting: marker, "Mở chuẩn bị họp"
        self.week_model = LinkedWeekModel(self.meeting_links, self)
        self.week_view = self._table("weekView", self.week_model, week_drag.WeekTable(WEEK_COLUMNS))
        self.week_view.set_movable(self.ctx.can(Permission.CALENDAR_WRITE))
        self.week_view.entry_dropped.connect(self.move_entry)
        self.week_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.month_model = MonthModel(self)
        self.month_view = self._table("monthView", self.month_model,
                                      ScheduleTable(MONTH_COLUMNS, rows_fit_text=False))
        self.month_view.setItemDelegate(MonthDelegate(self.month_view))
        self.month_view.verticalHeader().setVisible(True)
        self.month_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.agenda_model = LinkedAgendaModel(self.meeting_links, self)
        self.agenda_proxy = FoldedFilterProxy(self)
        self.agenda_proxy.setSourceModel(self.agenda_model)
        self.week_hint = EmptyHint(self.week_view, self._empty_week_text,
                                   is_empty=lambda: self.schedule is not None and not self.schedule.entries)

        self.conflict_box = QLabel()
        self.conflict_box.setObjectName("conflictBox")
        self.conflict_box.setWordWrap(True)
        self.conflict_box.setTextFormat(Qt.TextFormat.RichText)
        self.conflict_box.setStyleSheet(conflict_box_style())
        # at most a few lines high, scrolled beyond: on a small screen the week keeps the height
        self.conflict_area = scroll_area(self.conflict_box, horizontal=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflict_area.setObjectName("conflictArea")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("calendarTabs")
        self.tabs.addTab(self.week_view, self.tr("Tuần"))
        self.tabs.addTab(self.month_view, self.tr("Tháng"))
        # the list and the user's own week are built when first opened
        self._agenda = add_lazy_tab(self.tabs, self.tr("Danh sách"), AgendaPage, self._agenda_page)
        self._my_week = add_lazy_tab(self.tabs, tab_title(), MyWeekTab, lambda: MyWeekTab(self))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Xem lịch của:")))
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.conflict_area)

        self._actions = self._make_actions()
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.meeting_links.install(self.week_view)  # double-click: edit, or the meeting's menu
        self.month_view.doubleClicked.connect(self._open_day)
        self.week_view.selectionModel().currentChanged.connect(lambda *_a: self._update_actions())
        self.refresh()

    # -- the tabs built when first opened -------------------------------------------------

    def _agenda_page(self) -> AgendaPage:
        page = AgendaPage(self._table("agendaView", self.agenda_proxy, ScheduleTable(AGENDA_COLUMNS, group_column=0)))
        page.search.textChanged.connect(self._on_search)
        page.hint = EmptyHint(page.view, lambda: self._empty_agenda_text(page.search.text().strip()))
        self.meeting_links.install(page.view)
        page.view.selectionModel().currentChanged.connect(lambda *_a: self._update_actions())
        return page

    @property
    def agenda_view(self) -> ScheduleTable:
        """The list tab's table (built now if it was not yet)."""
        return self._agenda.get().view

    @property
    def search(self) -> QLineEdit:
        """The list tab's search box."""
        return self._agenda.get().search

    @property
    def my_week(self) -> MyWeekTab:
        """The "Lịch của tôi" tab."""
        return self._my_week.get()

    # -- building -----------------------------------------------------------------------

    def _table(self, name: str, model: QAbstractItemModel, view: _View) -> _View:
        view.setObjectName(name)
        view.setModel(model)
        view.setWordWrap(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setHighlightSections(False)
        return view

    def _fill_filter(self) -> None:
        """The groups (the leaders follow with the first week read: _add_leaders)."""
        self.filter.blockSignals(True)
        try:
            self.filter.clear()
            self.filter.addItem(self.tr("Tất cả lãnh đạo"), ("", None))
            self.filter.addItem(self.tr("Thường trực"), ("standing", None))
            self.filter.addItem(self.tr("Lãnh đạo Văn phòng"), ("office", None))
            self.filter.insertSeparator(self.filter.count())
        finally:
            self.filter.blockSignals(False)

    def _add_leaders(self, choices: list) -> None:
        self._leaders_added = True
        self.filter.blockSignals(True)
        try:
            for choice in choices:
                self.filter.addItem(f"{choice.name} — {choice.title}", ("", choice.id))
        finally:
            self.filter.blockSignals(False)

    def _action(self, name: str, text: str, slot: Callable[[], object], shortcuts: tuple[str, ...] = (), *,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> dict[str, QAction]:
        a = {
            "previous": self._action("actionPreviousWeek", self.tr("◀ Tuần trước"), self.previous_week,
                                     ("Alt+Left", "PgUp"), tip=self.tr("Tuần trước (Alt+←, Page Up)")),
            "today": self._action("actionToday", self.tr("Hôm nay"), self.go_today, ("Ctrl+T",)),
            "next": self._action("actionNextWeek", self.tr("Tuần sau ▶"), self.next_week,
                                 ("Alt+Right", "PgDown"), tip=self.tr("Tuần sau (Alt+→, Page Down)")),
            "new": self._action("actionNewEvent", self.tr("Thêm lịch…"), self.new_event, ("Ctrl+N",)),
            "edit": self._action("actionEditEvent", self.tr("Sửa…"), self.edit_current, ("Return",)),
            "cancel": self._action("actionCancelEvent", self.tr("Hoãn/hủy"), self.cancel_current),
            "delete": self._action("actionDeleteEvent", self.tr("Xóa"), self.delete_current, ("Del",)),
            "publish": self._action("actionPublishWeek", self.tr("Công bố tuần…"), self.publish),
            "changes": self._action("actionChanges", self.tr("Thay đổi…"), self.show_changes),
            "preview": self._action("actionPrintPreview", self.tr("Xem trước khi in…"), self.print_preview,
                                    ("Ctrl+Shift+P",)),
            "print": self._action("actionPrint", self.tr("In…"), self.print_direct, ("Ctrl+P",)),
            "export": self._action("actionExport", self.tr("Xuất…"), self.export_dialog, ("Ctrl+E",)),
            "import": self._action("actionImportIcs", self.tr("Nhập .ics…"), self.import_ics),
            "workdays": self._action("actionWorkdays", self.tr("Ngày làm việc…"), self.show_workdays),
        }
        a.update(viewing_actions(self))  # lobby display, one .ics per leader
        writable = self.ctx.can(Permission.CALENDAR_WRITE)
        for key in ("new", "edit", "cancel", "delete", "import"):
            a[key].setVisible(writable)
        a["publish"].setVisible(self.ctx.can(Permission.CALENDAR_PUBLISH))
        self._allowed = {key for key, action in a.items() if action.isVisible()}  # what this account may do
        return a

    def toolbar_actions(self) -> list[QAction]:
        order = ("previous", "today", "next", "new", "edit", "cancel", "publish", "changes", "preview", "export",
                 "leaders_ics", "display", "import", "workdays")
        return [self._actions[k] for k in order if k in self._allowed]

    def menu_actions(self) -> dict[str, list[QAction]]:
        groups = {"file": ("preview", "print", "export", "leaders_ics", "import", "publish"),
                  "edit": ("new", "edit", "cancel", "delete"),
                  "view": ("previous", "today", "next", "changes", "display"), "tools": ("workdays",)}
        return {menu: [self._actions[k] for k in keys if k in self._allowed] for menu, keys in groups.items()}

    def tables(self) -> frozenset[str]:
        return CALENDAR | ORG | LEAVE | SETTINGS

    # -- state --------------------------------------------------------------------------

    def current_filter(self) -> ScheduleFilter:
        group, leader = self.filter.currentData() or ("", None)
        return ScheduleFilter(leader_id=leader, group=group)

    def set_filter(self, *, group: str = "", leader_id: int | None = None) -> None:
        for i in range(self.filter.count()):
            if self.filter.itemData(i) == (group, leader_id):
                self.filter.setCurrentIndex(i)
                return
        raise ValueError(f"no filter {group!r} {leader_id!r}")

    def show_week(self, day: date) -> None:
        self.monday = monday_of(day)
        self.refresh()

    def previous_week(self) -> None:
        """The week before, or in the month view the month before."""
        if self.tabs.currentIndex() == 1:
            self._show_month(-1)
        else:
            self.show_week(self.monday - timedelta(weeks=1))

    def next_week(self) -> None:
        if self.tabs.currentIndex() == 1:
            self._show_month(1)
        else:
            self.show_week(self.monday + timedelta(weeks=1))

    def _show_month(self, step: int) -> None:
        middle = self.monday + timedelta(days=3)  # the month shown is the one of the week's Thursday
        month = middle.month - 1 + step
        self.show_week(date(middle.year + month // 12, month % 12 + 1, 15))

    def go_today(self) -> None:
        self.show_week(today_local())

    def refresh(self) -> None:
        """Read what the current tab shows on the database thread; :meth:`_show` lays it out."""
        tab = self.tabs.currentIndex()
        self.title.setText(view_title(tab, self.monday, AGENDA_WEEKS))
        self.ctx.read_later(read_view, monday=self.monday, filter=self.current_filter(), tab=tab,
                            leaders=not self._leaders_added, key=f"calendar-{id(self)}", done=self._show)

    def _show(self, view: CalendarView) -> None:
        if view.leaders is not None and not self._leaders_added:
            self._add_leaders(view.leaders)
        self.monday = view.monday
        self.schedule = view.schedule
        self._due = view.due
        self.week_model.load(self.schedule, view.meetings)
        self.week_view.set_spans(self.week_model.spans())
        self.week_view.fit_rows()
        self.week_hint.update_hint()  # placed under the day rows, now that they have their heights
        if view.month is not None:
            self.month_model.load(view.month)
        if view.agenda is not None:
            self.agenda_model.load(view.agenda, view.meetings)
            self.agenda_view.fit_rows()
        if view.tab == 3:
            self.my_week.load(self.monday)
        self._show_title()
        self._update_actions()
        self.week_loaded.emit(self.schedule)

    def _show_title(self) -> None:
        tab = self.tabs.currentIndex()
        self.title.setText(view_title(tab, self.monday, AGENDA_WEEKS))
        if self.schedule is None:  # the week is not read yet
            return
        self.status.setText(status_html(self.schedule) + programme_due_html(self._due, self.monday))
        conflicts = conflicts_html(self.schedule)
        self.conflict_box.setText(conflicts)
        self.conflict_area.setVisible(bool(conflicts) and tab == 0)
        self._fit_conflicts()

    def _fit_conflicts(self) -> None:
        """The conflicts' height for the pane's width, at most CONFLICT_LINES lines (then scrolled)."""
        width = self.conflict_area.viewport().width() or self.width()
        needed = self.conflict_box.heightForWidth(width - self.conflict_area.verticalScrollBar().sizeHint().width())
        cap = int(self.conflict_box.fontMetrics().lineSpacing() * (CONFLICT_LINES + 0.5)) + 10  # + padding, border
        height = max(min(needed, cap), 0)
        if (self.conflict_area.minimumHeight(), self.conflict_area.maximumHeight()) != (height, height):
            self.conflict_area.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.conflict_area.isVisibleTo(self):
            self._fit_conflicts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.schedule is not None:
            self._show_title()  # the status and the conflicts are coloured for the palette

    def _empty_week_text(self) -> str:
        text = self.tr("Tuần này chưa có lịch công tác nào.")
        if self.ctx.can(Permission.CALENDAR_WRITE):
            text += " " + self.tr("Bấm “Thêm lịch…” (Ctrl+N) để thêm.")
        return text + "\n" + self.tr("Xem tuần khác bằng “◀ Tuần trước”, “Tuần sau ▶” (Alt+←, Alt+→).")

    def _empty_agenda_text(self, query: str) -> str:
        if query:
            return self.tr("Không có lịch nào khớp “%1” trong những tuần này.\nThử ít chữ hơn; gõ không dấu cũng "
                           "được.").replace("%1", query)
        return self.tr("Không có lịch công tác nào trong những tuần này.")

    def _on_search(self, text: str) -> None:
        self.agenda_proxy.set_query(text)
        page = self._agenda.get()
        page.view.fit_rows()
        if page.hint is not None:
            page.hint.update_hint()

    def current_entry(self) -> WeekEntry | None:
        view = self.agenda_view if self.tabs.currentIndex() == 2 else self.week_view
        index = view.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def select_entry(self, key: str) -> bool:
        self.tabs.setCurrentIndex(0)
        row = self.week_model.row_of(key)
        if row < 0:
            return False
        self.week_view.setCurrentIndex(self.week_model.index(row, 3))
        return True

    def _update_actions(self) -> None:
        """Show only the controls that apply to the view: the month has no selected entry and
        is not the week that is published, printed or exported."""
        month = self.tabs.currentIndex() == 1
        for key in ("edit", "cancel", "delete", "publish", "changes", "preview", "print", "export"):
            self._actions[key].setVisible(key in self._allowed and not month)
        previous, following = self._actions["previous"], self._actions["next"]
        if month:
            previous.setText(self.tr("◀ Tháng trước"))
            previous.setToolTip(self.tr("Tháng trước (Alt+←, Page Up)"))
            following.setText(self.tr("Tháng sau ▶"))
            following.setToolTip(self.tr("Tháng sau (Alt+→, Page Down)"))
        else:
            previous.setText(self.tr("◀ Tuần trước"))
            previous.setToolTip(self.tr("Tuần trước (Alt+←, Page Up)"))
            following.setText(self.tr("Tuần sau ▶"))
            following.setToolTip(self.tr("Tuần sau (Alt+→, Page Down)"))
        self.status.setVisible(not month)
        entry = self.current_entry()
        for key in ("edit", "cancel", "delete"):
            self._actions[key].setEnabled(entry is not None)
        if entry is not None:
            self._actions["cancel"].setEnabled(not entry.cancelled)
        self._actions["changes"].setEnabled(self.schedule is not None and self.schedule.published is not None)

    def _open_day(self, index: QModelIndex) -> None:
        day = index.data(DAY_ROLE)
        if day is not None:
            self.tabs.setCurrentIndex(0)
            self.show_week(day)

    # -- editing --------------------------------------------------------------------------

    def event_dialog(self, entry: WeekEntry | None = None, scope: str = "all", day: date | None = None) -> EventDialog:
        from ui.calendar.event_dialog import EventDialog

        return EventDialog(self.ctx, self, entry=entry, scope=scope, day=day or self.monday)

    def new_event(self) -> None:
        if self.event_dialog().exec():
            self.refresh()

    def ask_scope(self, verb: str) -> str | None:
        from ui.calendar.event_dialog import ask_scope

        return ask_scope(self, verb)

    def edit_current(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.ctx.can(Permission.CALENDAR_WRITE):
            return
        scope = self.ask_scope(self.tr("sửa")) if entry.recurring else "all"
        if scope is None:
            return
        if self.event_dialog(entry, scope).exec():
            self.refresh()

    def move_entry(self, entry: WeekEntry, day: date, half: str) -> None:
        """An entry dropped on another day or half-day of the week: ask, then move it."""
        week_drag.move_entry(self, entry, day, half)

    def cancel_current(self) -> None:
        self._change_current(cal.cancel_event, self.tr("hoãn/hủy"))

    def delete_current(self) -> None:
        self._change_current(cal.delete_event, self.tr("xóa"))

    def _change_current(self, fn: Callable[..., object], verb: str) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if entry.recurring:
            scope = self.ask_scope(verb)
            if scope is None:
                return
        else:
            if not self.confirm(self.tr("Bạn muốn %1 «%2»?").replace("%1", verb).replace("%2", entry.title)):
                return
            scope = "all"
        self.ctx.try_call(self, fn, event_id=entry.event_id, scope=scope,
                          occurrence=entry.rule_day)

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Xác nhận"), text)
        return answer == QMessageBox.StandardButton.Yes

    # -- publishing, printing, exchange (delegated) ---------------------------------------

    def publish(self) -> None:
        from ui.calendar.dialogs import publish_week

        publish_week(self)

    def show_changes(self) -> None:
        from ui.calendar.dialogs import ChangesDialog

        ChangesDialog(self.ctx, self.monday, self.current_filter(), self).exec()

    def show_workdays(self) -> None:
        from ui.calendar.workdays_dialog import WorkdaysDialog

        WorkdaysDialog(self.ctx, self).exec()

    def print_preview(self) -> None:
        from ui.calendar.printing import print_preview

        print_preview(self)

    def print_direct(self) -> None:
        from ui.calendar.printing import print_direct

        print_direct(self)

    def export_dialog(self) -> None:
        from ui.calendar.printing import ask_export

        ask_export(self)

    def export_to(self, path: str) -> None:
        """Write the shown week to *path* (.pdf, .docx, .xlsx, .ics) on a worker thread."""
        from ui.calendar.printing import start_export

        start_export(self, path)

    def import_ics(self) -> None:
        from ui.calendar.dialogs import import_ics_file

        import_ics_file(self)

    def prepare_screenshot(self) -> None:
        """The current week, nothing selected, so the conflict and amendment colours show."""
        self.week_view.clearSelection()
        self.week_view.setCurrentIndex(self.week_model.index(-1, -1))
