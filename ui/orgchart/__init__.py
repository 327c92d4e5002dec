"""The org chart pane (Sơ đồ tổ chức)."""


from collections.abc import Callable
from typing import Any

from ui.context import AppContext
from ui.panes import Pane, PaneSpec, register_pane
from ui.translation import QT_TRANSLATE_NOOP


def _create(ctx: AppContext) -> Pane:
    from ui.orgchart.pane import OrgChartPane

    return OrgChartPane(ctx)


def _first_read() -> tuple[Callable[..., Any], dict[str, Any]]:
    from datetime import date

    from ui.orgchart.pane import read_org

    return read_org, {"today": date.today()}  # as OrgChartPane.refresh asks for it


register_pane(PaneSpec(key="orgchart", title=QT_TRANSLATE_NOOP("Panes", "Sơ đồ tổ chức"),
                       icon="orgchart.svg", factory=_create, order=10, first_read=_first_read))
