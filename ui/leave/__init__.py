"""The leave pane (Nghỉ phép)."""


from datetime import timedelta

import app.services.leave.balance  # noqa: F401 - declares the leave settings (carry-over, base days)
import app.services.leave.read  # noqa: F401 - approved leave shows in "away today" and calendar conflicts
from app.services.admin.auth import Actor
from ui.context import AppContext
from ui.panes import Pane, PaneSpec, Reads, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.leave.pane import LeavePane

    return LeavePane(ctx)


def _warm(actor: Actor) -> Reads:
    from app.services.admin.auth import Permission
    from app.services.leave.requests import list_requests
    from db.models.base import today_local
    from ui.leave.pane import read_leave
    from ui.leave.requests_tab import PAGE

    today = today_local()
    month = today.replace(day=1)
    end = (month + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return [(read_leave, {"actor": actor, "today": today, "decides": actor.can(Permission.LEAVE_DECIDE)}),
            (list_requests, {"unit_id": None, "status": None, "start": month, "end": end, "query": None,
                             "limit": PAGE + 1, "offset": 0})]


register_pane(PaneSpec(key="leave", title=QT_TRANSLATE_NOOP("Panes", "Nghỉ phép"),
                       icon="leave.svg", factory=_create, order=40, warm=_warm))
