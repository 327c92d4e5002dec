"""The balances tab: annual leave per person for a year (entitlement, carried, taken, pending,
remaining), by unit, with export to Excel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports.leave_xlsx import export_balances
from app.services.leave.balance import balances
from ui.leave.models import BalancesModel, FoldedProxy
from ui.leave.widgets import UnitCombo
from ui.panes import VISIBLE_ROWS

if TYPE_CHECKING:
    from ui.leave.pane import LeavePane


class BalancesTab(QWidget):
    def __init__(self, pane: LeavePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.year = QSpinBox()
        self.year.setObjectName("balanceYear")
        self.year.setRange(2000, 2200)
        self.year.setValue(pane.today.year)
        self.unit = UnitCombo(pane.units)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên…"))
        self.search.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.setObjectName("exportBalances")
        self.model = BalancesModel(self)
        self.proxy = FoldedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("balancesTable")
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # protocol order first
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setResizeContentsPrecision(VISIBLE_ROWS)  # the rows on screen (1,000 staff)
        self.note = QLabel(self.tr("Được nghỉ: 12 ngày (Bộ luật Lao động 2019, Điều 113) cộng 1 ngày cho mỗi 5 năm "
                                   "công tác (Điều 114), tính theo tỷ lệ trong năm đầu. Còn lại = được nghỉ + chuyển "
                                   "sang − đã nghỉ − chờ duyệt. Chỉ tính các loại nghỉ trừ vào phép năm."))
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm")))
        top.addWidget(self.year)
        top.addWidget(self.unit, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(self.proxy.set_query)
        self.export_button.clicked.connect(self.export)

    def refresh(self) -> None:
        rows = self.pane.ctx.read(balances, year=self.year.value(), unit_id=self.unit.unit_id())
        self.model.set_rows(rows)

    def export(self, path: str = "") -> None:
        year = self.year.value()
        path = path or self.pane.printing.ask_path(self.tr("Xuất số ngày phép"), f"phep-nam-{year}.xlsx",
                                                   self.tr("Bảng tính Excel (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        rows = [row for r in range(self.proxy.rowCount())
                if (row := self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())) is not None]
        office = self.pane.units.office
        name = office.name if office else ""
        self.pane.printing.run(lambda: export_balances(rows, year, Path(path), name))
