"""The meetings pane (Chuẩn bị họp)."""


import app.services.meetings.templates  # noqa: F401  (declares the meeting settings for the settings dialog)
from app.services.admin.auth import Actor
from ui.context import AppContext
from ui.panes import Pane, PaneSpec, Reads, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.meetings.pane import MeetingsPane

    return MeetingsPane(ctx)


def _warm(_actor: Actor) -> Reads:
    from app.services.meetings.preparation import office_now
    from ui.meetings.pane import read_list

    return [(read_list, {"scope": "upcoming", "now": office_now()})]


register_pane(PaneSpec(key="meetings", title=QT_TRANSLATE_NOOP("Panes", "Chuẩn bị họp"),
                       icon="meetings.svg", factory=_create, order=30, warm=_warm))
