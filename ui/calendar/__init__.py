"""The calendar pane (Lịch công tác): the weekly leadership schedule."""


import app.services.calendar.read  # noqa: F401 - registers leaders' business trips as absences (org chart)
from ui.context import AppContext
from ui.panes import Pane, PaneSpec, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.calendar.pane import CalendarPane

    return CalendarPane(ctx)


register_pane(PaneSpec(key="calendar", title=QT_TRANSLATE_NOOP("Panes", "Lịch công tác"),
                       icon="calendar.svg", factory=_create, order=20))
