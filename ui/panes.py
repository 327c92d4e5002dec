"""The panes of the main window. A pane module registers itself with :func:`register_pane`;
the navigation lists exactly the registered panes (no placeholder pages)."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStackedWidget, QTableView, QWidget
from sqlmodel import SQLModel

from app.services.admin.auth import Actor
from app.services.changes import Changes
from db.engine import Database
from db.models import calendar, leave, meetings, org, register
from ui.context import AppContext


def tables_of(*models: type[SQLModel]) -> frozenset[str]:
    """The database tables of *models* (what :meth:`Pane.tables` returns)."""
    return frozenset(str(model.__tablename__) for model in models)


# The tables each part of the office's data lives in; a pane shows the parts it names.
ORG = tables_of(org.Office, org.Unit, org.Position, org.Person, org.BodyMember, org.Oversight, org.Delegation,
                org.User)
CALENDAR = tables_of(calendar.Event, calendar.EventLeader, calendar.EventUnit, calendar.ScheduleWeek,
                     org.DayOverride)
MEETINGS = tables_of(meetings.Meeting, meetings.ChecklistTemplate, meetings.ChecklistTemplateItem,
                     meetings.MeetingChecklistItem, meetings.Attendee, meetings.Document, meetings.DocumentCopy,
                     register.DocumentType, register.OutgoingDocument)
LEAVE = tables_of(leave.LeaveType, leave.LeaveRequest, leave.ApprovalStep, leave.LeaveApprovalRule,
                  leave.LeaveActingRule, leave.DutyRoster, leave.DutyAssignment)
SETTINGS = tables_of(org.Setting)

# Columns sized to their content measure this many rows (about a screenful; Qt's default
# is 1,000, and in a tab not on screen every row): ten years of leave are thousands of rows.
VISIBLE_ROWS = 40



def fit_visible_rows(view: QTableView) -> None:
    """Fit the rows on screen (about VISIBLE_ROWS from the top one) to their wrapped text, the
    others when scrolled to: QTableView.resizeRowsToContents measures every row of a long list."""
    model = view.model()
    if model is None or not model.rowCount() or view.property("fittingRows"):
        return
    if not view.property("fitsVisibleRows"):
        view.setProperty("fitsVisibleRows", True)
        view.verticalScrollBar().valueChanged.connect(lambda _value: fit_visible_rows(view))
    view.setProperty("fittingRows", True)  # a resized row may scroll the view: no fit within a fit
    try:
        first = max(view.rowAt(0), 0)
        for row in range(first, min(first + VISIBLE_ROWS, model.rowCount())):
            view.resizeRowToContents(row)
    finally:
        view.setProperty("fittingRows", False)


# Modules that register panes, in navigation order.
PANE_MODULES = [
    "ui.orgchart",
    "ui.calendar",
    "ui.meetings",
    "ui.leave",
    "ui.my_work",
]


class Pane(QWidget):
    """Base class of a pane: toolbar actions and a refresh hook.

    After a write the pane on screen updates at once (:meth:`apply_changes`, by default a
    :meth:`refresh`) if the write changed a table it shows (:meth:`tables`); a pane not on screen
    is only marked stale and refreshes when it is shown again (:meth:`became_current`)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = False
        ctx.data_changed.connect(self._on_data_changed)

    def toolbar_actions(self) -> list[QAction]:
        """Actions shown in the window's toolbar while this pane is current."""
        return []

    def menu_actions(self) -> dict[str, list[QAction]]:
        """The pane's actions in the window's menus, by menu: "file", "edit", "view", "tools"
        (by default its toolbar's, in Tệp)."""
        return {"file": self.toolbar_actions()}

    def tables(self) -> frozenset[str]:
        """The database tables whose rows this pane shows (unions of ORG, CALENDAR, …)."""
        return frozenset()

    def refresh(self) -> None:
        """Reload from the services."""

    def apply_changes(self, changes: Changes) -> None:
        """Show a write's *changes* (which touch :meth:`tables`): by default, reload."""
        self.refresh()

    def hasHeightForWidth(self) -> bool:
        """No: a pane fills the window's stack, whatever its wrapped labels need (its own
        layout gives them their lines). The stack asks every page when one answers yes, so a
        pane that did would have each layout of the window measure the wrapped labels of every
        pane built so far — most of the calendar's first visit when the calendar said yes."""
        return False

    def on_screen(self) -> bool:
        """Whether the pane is the one the window shows (a pane outside a window always is)."""
        stack = self.parentWidget()
        return not isinstance(stack, QStackedWidget) or stack.currentWidget() is self

    def became_current(self) -> None:
        """The window switched to this pane: catch up on the changes it missed while hidden."""
        if self.stale:
            self.stale = False
            self.refresh()

    def screenshot_tabs(self) -> list[str]:
        """Names `vanphong screenshot PANE --tab NAME` accepts; the pane's
        ``prepare_screenshot(tab)`` shows that tab."""
        return []

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.touches(self.tables()):
            return
        if self.on_screen():
            self.apply_changes(changes)
        else:
            self.stale = True


Reads = list[tuple[Callable[..., Any], dict[str, Any]]]  # service functions and their keyword arguments


@dataclass(frozen=True)
class PaneSpec:
    key: str  # used by `vanphong screenshot KEY`
    title: str  # Vietnamese source text, translated in context "Panes"
    icon: str  # file name under resources/icons
    factory: Callable[[AppContext], Pane]
    order: int = 100
    # the read the pane starts with, as (service function, keyword arguments): when it is the
    # first pane, it is read ahead while the sign-in dialog waits (ui.main.Opener)
    first_read: Callable[[], tuple[Callable[..., Any], dict[str, Any]]] | None = None
    # the reads of the pane's first visit for an account, as (service function, keyword
    # arguments): run once while the sign-in dialog waits, their results dropped (warm_reads);
    # none for the first pane, whose first_read is read ahead then
    warm: Callable[[Actor], Reads] | None = None

    def translated_title(self) -> str:
        return QCoreApplication.translate("Panes", self.title)


_REGISTRY: dict[str, PaneSpec] = {}


def register_pane(spec: PaneSpec) -> None:
    _REGISTRY[spec.key] = spec


def pane_specs() -> list[PaneSpec]:
    for name in PANE_MODULES:
        importlib.import_module(name)
    return sorted(_REGISTRY.values(), key=lambda s: s.order)


def warm_reads(database: Database, actor: Actor, *, stop: threading.Event | None = None) -> None:
    """Run once the reads of each pane's first visit (PaneSpec.warm), dropping their results,
    until *stop* is set. SQLAlchemy compiles a statement the first time it runs and the
    database's pages come into memory the first time they are read: done while the user types
    a password, a pane's first visit no longer pays for it (a third of the calendar's). A read
    that fails is left to the visit, which reads again and says why."""
    for spec in pane_specs():
        for fn, kwargs in spec.warm(actor) if spec.warm is not None else []:
            if stop is not None and stop.is_set():
                return
            try:
                with database.session() as session:
                    fn(session=session, **kwargs)
            except Exception:  # noqa: BLE001, S112 - only a head start: the visit reads for itself
                continue


def warm_up() -> None:
    """Import every pane's modules now (the sign-in dialog does it while the user types): a
    pane's first visit then only builds widgets and loads data (an import was up to half of it)."""
    for name in PANE_MODULES:
        importlib.import_module(name)
        importlib.import_module(f"{name}.pane")
