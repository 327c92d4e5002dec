"""Entries of the calendar that a meeting is being prepared for: a marker in the week and the
list, and "Mở chuẩn bị họp" (context menu, double-click) that opens the meetings pane on it.

Kept apart from the pane and its models, which only swap in the two model subclasses below
and hand their views to :meth:`MeetingLinks.install`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QCursor, QIcon
from PySide6.QtWidgets import QMenu, QTableView

from app.resources import resource_path
from app.services.calendar.events import WeekEntry, WeekSchedule
from app.services.meetings import calendar_link as meeting_calendar
from ui.calendar.models import ENTRY_ROLE, AgendaModel, WeekModel
from ui.context import AppContext

if TYPE_CHECKING:
    from ui.calendar.pane import CalendarPane

Index = QModelIndex | QPersistentModelIndex


class MeetingLinks(QObject):
    """Which shown entries have a meeting (event id → meeting id), and the way to it."""

    def __init__(self, ctx: AppContext, pane: CalendarPane) -> None:
        super().__init__(pane)
        self.ctx = ctx
        self.pane = pane
        self.by_event: dict[int, int] = {}
        self.icon = QIcon(str(resource_path("icons", "meetings.svg")))
        self.open_action = QAction(QCoreApplication.translate("MeetingLinks", "Mở chuẩn bị họp"), pane)
        self.open_action.setObjectName("actionOpenMeeting")
        self.open_action.triggered.connect(lambda _checked=False: self.open_current())

    def load(self, entries: Iterable[WeekEntry], found: dict[int, int] | None = None) -> None:
        """Which of *entries* have a meeting: *found* (event id → meeting id) when the caller
        read it with the entries, else read now."""
        ids = [e.event_id for e in entries]
        if found is None:
            found = self.ctx.read(meeting_calendar.meetings_by_event, event_ids=ids) if ids else {}
        for event_id in ids:
            self.by_event.pop(event_id, None)
        self.by_event.update(found)

    def meeting_of(self, entry: WeekEntry | None) -> int | None:
        return self.by_event.get(entry.event_id) if entry is not None else None

    # -- the views ----------------------------------------------------------------------

    def install(self, *views: QTableView) -> None:
        """Context menu and double-click on the week and list views."""
        for view in views:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
            view.doubleClicked.connect(self._double_clicked)

    def menu_for(self, entry: WeekEntry | None) -> QMenu:
        """"Mở chuẩn bị họp" when the entry has a meeting, then the pane's own entry actions."""
        menu = QMenu(self.pane)
        menu.setObjectName("entryMenu")
        if self.meeting_of(entry) is not None:
            menu.addAction(self.open_action)
            menu.setDefaultAction(self.open_action)
            menu.addSeparator()
        for name in ("actionEditEvent", "actionCancelEvent", "actionDeleteEvent"):
            action = self.pane.findChild(QAction, name)
            if action is not None and action.isVisible():
                menu.addAction(action)
        return menu

    def _context_menu(self, view: QTableView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.setCurrentIndex(index)
        self.menu_for(index.data(ENTRY_ROLE)).exec(view.viewport().mapToGlobal(pos))

    def _double_clicked(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if self.meeting_of(entry) is not None:
            self.menu_for(entry).exec(QCursor.pos())
        else:
            self.pane.edit_current()

    def open_current(self) -> bool:
        return self.open_meeting(self.meeting_of(self.pane.current_entry()))

    def open_meeting(self, meeting_id: int | None) -> bool:
        """Switch the main window to the meetings pane on *meeting_id*."""
        window = self.pane.window()
        if meeting_id is None or not hasattr(window, "show_pane"):
            return False
        return bool(window.show_pane("meetings").select_meeting(meeting_id))


MARKED_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)


def _marked(links: MeetingLinks, entry: WeekEntry | None, role: int, shown: str | None) -> QIcon | str:
    """The marker's icon, or the tooltip *shown* with a line about the meeting."""
    if role == Qt.ItemDataRole.DecorationRole:
        return links.icon
    extra = QCoreApplication.translate("MeetingLinks", "Có hồ sơ chuẩn bị họp (bấm đúp hoặc chuột phải: Mở chuẩn bị họp)")
    return f"{shown}\n{extra}" if shown else extra


class LinkedWeekModel(WeekModel):
    """The week, with the meetings icon on the content of an entry that has a meeting."""

    CONTENT = 3

    def __init__(self, links: MeetingLinks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.links = links

    def load(self, schedule: WeekSchedule, meetings: dict[int, int] | None = None) -> None:
        self.links.load(schedule.entries, meetings)
        super().load(schedule)

    def cell_texts(self, row: int) -> list[tuple[str, bool, bool] | None]:
        cells = super().cell_texts(row)
        if self.links.meeting_of(self.entry(row)) is not None:
            cells[self.CONTENT] = None  # beside the icon: the delegate measures it
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = super().data(index, role)
        if (index.isValid() and index.column() == self.CONTENT and role in MARKED_ROLES
                and self.links.meeting_of(self.entry(index.row())) is not None):
            return _marked(self.links, self.entry(index.row()), role, shown)
        return shown


class LinkedAgendaModel(AgendaModel):
    """The list, with the same marker."""

    CONTENT = 2

    def __init__(self, links: MeetingLinks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.links = links

    def load(self, entries: list[WeekEntry], meetings: dict[int, int] | None = None) -> None:
        self.links.load(entries, meetings)
        super().load(entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = super().data(index, role)
        if (index.isValid() and index.column() == self.CONTENT and role in MARKED_ROLES
                and self.links.meeting_of(self.entries[index.row()]) is not None):
            return _marked(self.links, self.entries[index.row()], role, shown)
        return shown
