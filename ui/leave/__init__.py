"""The leave pane (Nghỉ phép)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

import app.services.leave.balance  # noqa: F401 - declares the leave settings (carry-over, base days)
import app.services.leave.read  # noqa: F401 - approved leave shows in "away today" and calendar conflicts
from ui.panes import PaneSpec, register_pane


def _create(ctx):  # noqa: ANN001, ANN202
    from ui.leave.pane import LeavePane

    return LeavePane(ctx)


register_pane(PaneSpec(key="leave", title=QT_TRANSLATE_NOOP("Panes", "Nghỉ phép"),
                       icon="leave.svg", factory=_create, order=40))
