"""The org chart pane (Sơ đồ tổ chức)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.panes import PaneSpec, register_pane


def _create(ctx):
    from ui.orgchart.pane import OrgChartPane

    return OrgChartPane(ctx)


register_pane(PaneSpec(key="orgchart", title=QT_TRANSLATE_NOOP("Panes", "Sơ đồ tổ chức"),
                       icon="orgchart.svg", factory=_create, order=10))
