"""The "Việc của tôi" pane: what waits for the signed-in user, grouped, each row opening its thing."""


import app.services.my_work.settings  # noqa: F401 - declares the reminder settings
from app.services.admin.auth import Actor
from ui.context import AppContext
from ui.panes import Pane, PaneSpec, Reads, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.my_work.pane import MyWorkPane

    return MyWorkPane(ctx)


def _warm(actor: Actor) -> Reads:
    from app.services.my_work.read import my_work

    return [(my_work, {"actor": actor, "now": None})]


register_pane(PaneSpec(key="my_work", title=QT_TRANSLATE_NOOP("Panes", "Việc của tôi"),
                       icon="my_work.svg", factory=_create, order=50, warm=_warm))
