"""The meetings pane (Chuẩn bị họp)."""


import app.services.meetings.templates  # noqa: F401  (declares the meeting settings for the settings dialog)
from ui.context import AppContext
from ui.panes import Pane, PaneSpec, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.meetings.pane import MeetingsPane

    return MeetingsPane(ctx)


register_pane(PaneSpec(key="meetings", title=QT_TRANSLATE_NOOP("Panes", "Chuẩn bị họp"),
                       icon="meetings.svg", factory=_create, order=30))
