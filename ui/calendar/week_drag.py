"""Dragging an entry of the week to another day or half-day.

The week table shows where the entry will land (a frame around that half-day); the pane then
says what the move means — the new day and time, and the conflicts it would make — and moves it
only when the clerk agrees, through ``app.services.calendar.events.update_event``: the entry itself, or
only that occurrence of a recurring entry (scope "this").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractItemView, QWidget

from app.errors import VanPhongError
from app.rules.schedule import HALF_DAY_LABELS, HalfDay
from app.rules.schedule_moves import moved_span
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput, WeekEntry
from app.services.calendar.read import OfficeHours, office_hours
from app.text import format_date, weekday_vi
from ui.calendar.models import ENTRY_ROLE, WeekModel
from ui.calendar.table import Column, ScheduleTable
from ui.context import show_error
from ui.terms import term

if TYPE_CHECKING:
    from ui.calendar.pane import CalendarPane

ENTRY_MIME = "application/x-vanphong-week-entry"  # the entry's key
MAX_CONFLICT_LINES = 6


class WeekTable(ScheduleTable):
    """The week table, from which a clerk with the right to edit can drag entries."""

    entry_dropped = Signal(object, object, str)  # WeekEntry, target day, target HalfDay value

    def __init__(self, columns: tuple[Column, ...], parent: QWidget | None = None) -> None:
        super().__init__(columns, parent)
        self.target: tuple[date, str] | None = None  # the half-day under a drag
        self.setDropIndicatorShown(False)
        self.set_movable(False)

    def set_movable(self, movable: bool) -> None:
        """Let entries be dragged and dropped (only for users who may edit the calendar)."""
        self.setDragEnabled(movable)
        self.setAcceptDrops(movable)
        self.viewport().setAcceptDrops(movable)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop if movable
                             else QAbstractItemView.DragDropMode.NoDragDrop)

    # -- dragging ---------------------------------------------------------------------------

    def mime_for(self, index: QModelIndex) -> QMimeData | None:
        """What a drag from *index* carries: the entry's key (nothing for an empty or cancelled row)."""
        entry: WeekEntry | None = index.data(ENTRY_ROLE) if index.isValid() else None
        if entry is None or entry.cancelled:
            return None
        mime = QMimeData()
        mime.setData(ENTRY_MIME, entry.key.encode())
        return mime

    def startDrag(self, _actions: Qt.DropAction) -> None:
        index = self.currentIndex()
        mime = self.mime_for(index)
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.setPixmap(self.viewport().grab(self.visualRect(index.siblingAtColumn(3))))
        drag.exec(Qt.DropAction.MoveAction)
        self.show_target(None)

    # -- dropping ---------------------------------------------------------------------------

    def week_model(self) -> WeekModel:
        model = self.model()
        assert isinstance(model, WeekModel)  # the week's table shows the week
        return model

    def dragged_entry(self, event: QDropEvent) -> WeekEntry | None:
        if not event.mimeData().hasFormat(ENTRY_MIME):
            return None
        key = bytes(event.mimeData().data(ENTRY_MIME).data()).decode()
        model = self.week_model()
        return model.entry(model.row_of(key))

    def target_at(self, point: QPoint) -> tuple[date, str] | None:
        """The (day, half-day) of the row under *point*."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        row = self.week_model().rows[index.row()]
        return row.day.day, row.half

    def _drop_target(self, event: QDropEvent) -> tuple[WeekEntry, tuple[date, str]] | None:
        entry = self.dragged_entry(event)
        target = self.target_at(event.position().toPoint())
        if entry is None or target is None or target == (entry.day, entry.half):
            return None
        return entry, target

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dragged_entry(event) is None:
            event.ignore()
            return
        event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)  # scrolls near the edges
        found = self._drop_target(event)
        self.show_target(found[1] if found else None)
        if found is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.show_target(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        found = self._drop_target(event)
        self.show_target(None)
        if found is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()  # the model keeps its rows: the pane moves the entry through the service
        entry, (day, half) = found
        self.entry_dropped.emit(entry, day, half)

    # -- where it will land ---------------------------------------------------------------------

    def show_target(self, target: tuple[date, str] | None) -> None:
        if target != self.target:
            self.target = target
            self.viewport().update()

    def target_rect(self) -> QRect:
        """The half-day under the drag, from Buổi to the last column."""
        if self.target is None:
            return QRect()
        day, half = self.target
        model = self.week_model()
        rows = [i for i, row in enumerate(model.rows) if row.day.day == day and row.half == half]
        if not rows:
            return QRect()
        top = self.visualRect(model.index(rows[0], 2))
        bottom = self.visualRect(model.index(rows[-1], model.columnCount() - 1))
        left = self.visualRect(model.index(rows[0], 1)).left()
        return QRect(QPoint(left, top.top()), bottom.bottomRight())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        rect = self.target_rect()
        if rect.isNull():
            return
        painter = QPainter(self.viewport())
        try:
            highlight = self.palette().color(self.palette().ColorRole.Highlight)
            shade = QColor(highlight)
            shade.setAlpha(40)
            painter.fillRect(rect, shade)
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        finally:
            painter.end()


# -- moving (called by the pane) -------------------------------------------------------------

def moved_input(data: EventInput, entry: WeekEntry, day: date, half: str, hours: OfficeHours) -> EventInput:
    """*data* of *entry* moved to *day*'s *half*: a whole half-day stays whole, a timed entry keeps
    its length (see :func:`app.rules.schedule_moves.moved_span`)."""
    if data.half_day:
        return replace(data, half_day=half, start=datetime.combine(day, data.start.time()), end=None)
    start, end = moved_span(data.start, data.end or data.start, from_half=entry.half, to_day=day, to_half=half,
                            half_start=hours.span(day, half)[0].time(), whole_days=data.all_day)
    return replace(data, start=start, end=end)


def describe_move(entry: WeekEntry, data: EventInput, half: str, conflicts: list) -> str:
    """The question put to the clerk: where the entry goes, and the conflicts it would make."""
    day = data.start.date()
    where = f"{term(weekday_vi(day))} {format_date(day)}, {term(HALF_DAY_LABELS[HalfDay(half)].lower())}"
    if data.half_day:
        where += QCoreApplication.translate("WeekDrag", " (cả buổi)")
    elif not data.all_day:
        where += f" ({data.start:%H}h{data.start:%M})"
    text = (QCoreApplication.translate("WeekDrag", "Chuyển «%1» sang %2?")
            .replace("%1", entry.title).replace("%2", where))
    if entry.recurring:
        text += "\n" + QCoreApplication.translate("WeekDrag", "Chỉ buổi này; các buổi khác của lịch định kỳ giữ nguyên.")
    if conflicts:
        text += "\n\n" + "\n".join(f"⚠ {c.message}" for c in conflicts[:MAX_CONFLICT_LINES])
    return text


def move_entry(pane: CalendarPane, entry: WeekEntry, day: date, half: str) -> bool:
    """Ask, then move *entry* to *day*'s *half* (only that occurrence of a recurring entry)."""
    ctx = pane.ctx
    occurrence = entry.rule_day if entry.recurring else None
    scope = "this" if entry.recurring else "all"
    data = moved_input(ctx.read(cal.event_input, event_id=entry.event_id, occurrence=occurrence), entry, day, half,
                       ctx.read(office_hours))
    try:
        conflicts = ctx.read(cal.check_event, data=data, event_id=entry.event_id, scope=scope, occurrence=occurrence)
    except VanPhongError as exc:  # the moved entry is not valid (the service says why)
        show_error(pane, str(exc))
        return False
    if not pane.confirm(describe_move(entry, data, half, conflicts)):
        return False
    ok, _ = ctx.try_call(pane, cal.update_event, event_id=entry.event_id, data=data,
                         scope=scope, occurrence=occurrence)
    if ok:
        pane.refresh()
    return ok
