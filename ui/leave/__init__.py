"""The leave pane (Nghỉ phép)."""


import app.services.leave.balance  # noqa: F401 - declares the leave settings (carry-over, base days)
import app.services.leave.read  # noqa: F401 - approved leave shows in "away today" and calendar conflicts
from ui.context import AppContext
from ui.panes import Pane, PaneSpec, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.leave.pane import LeavePane

    return LeavePane(ctx)


register_pane(PaneSpec(key="leave", title=QT_TRANSLATE_NOOP("Panes", "Nghỉ phép"),
                       icon="leave.svg", factory=_create, order=40))
