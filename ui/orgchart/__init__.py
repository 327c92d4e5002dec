"""The org chart pane (Sơ đồ tổ chức)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.panes import PaneSpec, register_pane


def _create(ctx):
    from ui.orgchart.pane import OrgChartPane

    return OrgChartPane(ctx)


def _first_read():
    from datetime import date

    from ui.orgchart.pane import read_org

    return read_org, {"today": date.today()}  # as OrgChartPane.refresh asks for it


register_pane(PaneSpec(key="orgchart", title=QT_TRANSLATE_NOOP("Panes", "Sơ đồ tổ chức"),
                       icon="orgchart.svg", factory=_create, order=10, first_read=_first_read))
