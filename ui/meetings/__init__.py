"""The meetings pane (Chuẩn bị họp)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

import app.services.meetings.templates  # noqa: F401  (declares the meeting settings for the settings dialog)
from ui.panes import PaneSpec, register_pane


def _create(ctx):  # noqa: ANN001, ANN202
    from ui.meetings.pane import MeetingsPane

    return MeetingsPane(ctx)


register_pane(PaneSpec(key="meetings", title=QT_TRANSLATE_NOOP("Panes", "Chuẩn bị họp"),
                       icon="meetings.svg", factory=_create, order=30))
