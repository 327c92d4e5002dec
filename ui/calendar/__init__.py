"""The calendar pane (Lịch công tác): the weekly leadership schedule."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

import app.services.calendar.read  # noqa: F401 - registers leaders' business trips as absences (org chart)
from ui.panes import PaneSpec, register_pane


def _create(ctx):  # noqa: ANN001, ANN202
    from ui.calendar.pane import CalendarPane

    return CalendarPane(ctx)


register_pane(PaneSpec(key="calendar", title=QT_TRANSLATE_NOOP("Panes", "Lịch công tác"),
                       icon="calendar.svg", factory=_create, order=20))
