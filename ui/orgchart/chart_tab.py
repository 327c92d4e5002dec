"""The "Sơ đồ" tab: the chart view with its own toolbar (zoom, fit, export, print)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QVBoxLayout, QWidget

from app.services.org.read import Absence, OrgSnapshot
from db.models.base import today_local
from ui.context import show_error
from ui.export_files import announce_export, ask_save_path, file_name
from ui.orgchart.chart import BoxItem, ChartScene, OrgChartView
from ui.orgchart.chart_export import ExportSignals, ExportTask


class ChartTab(QWidget):
    """Shows the chart; selecting a box emits :attr:`selected`, double-clicking :attr:`activated`."""

    selected = Signal(str, int)
    activated = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orgChartTab")
        self.scene = ChartScene(self)
        self.view = OrgChartView(self.scene)
        self.ensure_current: Callable[[], None] = lambda: None  # the pane brings the chart up to date
        self.export_signals = ExportSignals(self)
        self.export_signals.finished.connect(self._exported)
        self.export_signals.failed.connect(lambda message: show_error(self, message))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(60)

        self.zoom_in_action = self._action(self.tr("Phóng to"), self.view.zoom_in, "zoomIn",
                                           QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+="))
        self.zoom_out_action = self._action(self.tr("Thu nhỏ"), self.view.zoom_out, "zoomOut",
                                            QKeySequence.StandardKey.ZoomOut)
        self.fit_action = self._action(self.tr("Vừa cửa sổ"), self.view.fit, "fitChart", QKeySequence("Ctrl+0"))
        self.actual_action = self._action(self.tr("Cỡ thật"), self.view.actual_size, "actualSize",
                                          QKeySequence("Ctrl+1"))
        self.png_action = self._action(self.tr("Xuất PNG…"), lambda: self.ask_export(".png"), "exportPng")
        self.pdf_action = self._action(self.tr("Xuất PDF…"), lambda: self.ask_export(".pdf"), "exportPdf")
        self.print_action = self._action(self.tr("In sơ đồ…"), self.print_preview, "printChart",
                                         QKeySequence(QKeySequence.StandardKey.Print))
        toolbar = QToolBar()
        toolbar.setObjectName("chartToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action, self.actual_action):
            toolbar.addAction(action)
        toolbar.addWidget(self.zoom_label)
        toolbar.addSeparator()
        for action in (self.png_action, self.pdf_action, self.print_action):
            toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.scene.selectionChanged.connect(self._on_selection)
        self.scene.activated.connect(self.activated)

    def _action(self, text: str, slot: Callable[[], object], name: str,
                *keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- content --------------------------------------------------------------------

    def show_org(self, snap: OrgSnapshot, away: dict[int, Absence], acting: dict[int, int], today: date) -> None:
        selected = [(i.box.kind, i.box.item_id) for i in self.scene.selectedItems() if isinstance(i, BoxItem)]
        self.scene.show_org(snap, away, acting, today)
        for kind, item_id in selected:
            self.select(kind, item_id)
        if self.view.fitted:
            self.view.fit()

    def select(self, kind: str, item_id: int) -> None:
        item = self.scene.box_item(kind, item_id)
        blocker = self.scene.signalsBlocked()
        self.scene.blockSignals(True)
        try:
            self.scene.clearSelection()
            if item is not None:
                item.setSelected(True)
        finally:
            self.scene.blockSignals(blocker)
        self.scene.update()

    def _on_selection(self) -> None:
        items = [i for i in self.scene.selectedItems() if isinstance(i, BoxItem)]
        if items:
            self.selected.emit(items[0].box.kind, items[0].box.item_id)

    # -- export and print -----------------------------------------------------------

    def export_to(self, path: str | Path) -> None:
        """Write the chart to *path* (.pdf or .png) on a worker; see :attr:`export_signals`."""
        self.ensure_current()
        if self.scene.chart is None:
            return
        QThreadPool.globalInstance().start(ExportTask(self.scene.chart, path, self.export_signals))

    def ask_export(self, suffix: str) -> None:
        filters = self.tr("Tệp PDF (*.pdf)") if suffix == ".pdf" else self.tr("Ảnh PNG (*.png)")
        chosen = ask_save_path(self, "orgchart", self.tr("Xuất sơ đồ tổ chức"),
                               file_name("so-do-to-chuc", today_local().isoformat(), suffix=suffix), [filters])
        if chosen:
            path = chosen[0]
            self.export_to(path if path.lower().endswith(suffix) else path + suffix)

    def _exported(self, path: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Đã xuất sơ đồ ra %1").replace("%1", path), 6000)
        announce_export(self, path)

    def print_preview(self) -> None:
        """The print preview shows the pages of the chart's PDF (the exported file's pages)."""
        from ui.orgchart.chart_export import export_pdf
        from ui.pdf_print import preview_pdf

        self.ensure_current()
        chart = self.scene.chart
        if chart is None:
            return
        preview_pdf(self, lambda path: export_pdf(chart, path), chart.title, name="so-do-to-chuc.pdf",
                    color=True)
