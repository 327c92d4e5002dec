"""The calendar pane (Lịch công tác): the weekly leadership schedule."""


import app.services.calendar.read  # noqa: F401 - registers leaders' business trips as absences (org chart)
from app.services.admin.auth import Actor
from ui.context import AppContext
from ui.panes import Pane, PaneSpec, Reads, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.calendar.pane import CalendarPane

    return CalendarPane(ctx)


def _warm(_actor: Actor) -> Reads:
    from app.rules.schedule import monday_of
    from app.services.calendar.events import ScheduleFilter
    from db.models.base import today_local
    from ui.calendar.pane import read_view

    return [(read_view, {"monday": monday_of(today_local()), "filter": ScheduleFilter(), "tab": 0, "leaders": True})]


register_pane(PaneSpec(key="calendar", title=QT_TRANSLATE_NOOP("Panes", "Lịch công tác"),
                       icon="calendar.svg", factory=_create, order=20, warm=_warm))
