"""The "Việc của tôi" pane: what waits for the signed-in user, grouped, each row opening its thing."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

import app.services.my_work.settings  # noqa: F401 - declares the reminder settings
from ui.panes import PaneSpec, register_pane


def _create(ctx):  # noqa: ANN001, ANN202
    from ui.my_work.pane import MyWorkPane

    return MyWorkPane(ctx)


register_pane(PaneSpec(key="my_work", title=QT_TRANSLATE_NOOP("Panes", "Việc của tôi"),
                       icon="my_work.svg", factory=_create, order=50))
