"""The absence calendar: a month grid of people × days for a unit, and its printed report."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.reports.leave import absence_report_printout
from app.reports.leave_doc import Printout
from app.services.leave.absence_calendar import absence_month
from app.services.leave.printouts import absence_report_data
from ui.columns import set_widths
from ui.flow_layout import FlowLayout
from ui.leave.models import AbsenceModel
from ui.leave.widgets import UnitCombo
from ui.panes import VISIBLE_ROWS

if TYPE_CHECKING:
    from ui.leave.pane import LeavePane


class AbsenceTab(QWidget):
    def __init__(self, pane: LeavePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self.first = date(pane.today.year, pane.today.month, 1)
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        for b in (self.previous_button, self.next_button):
            b.setFixedWidth(32)
        self.month_label = QLabel()
        self.month_label.setObjectName("absenceMonth")
        self.unit = UnitCombo(pane.units)
        self.only_absent = QCheckBox(self.tr("Chỉ người có vắng"))
        self.print_button = QPushButton(self.tr("Xem và in báo cáo tháng…"))
        self.pdf_button = QPushButton(self.tr("Lưu báo cáo ra PDF…"))
        self.model = AbsenceModel(self)
        self.table = QTableView()
        self.table.setObjectName("absenceTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(30)
        self.legend = QLabel(self.tr("P: phép năm · R: việc riêng · Ro: không lương · Ô: ốm · TS: thai sản · K: khác · "
                                     "CT: công tác · V: vắng · ½: nửa ngày · ?: chờ duyệt · cột xám: ngày nghỉ"))
        self.legend.setWordWrap(True)
        top = FlowLayout()  # wraps when the window is narrow
        top.addWidget(self.previous_button)
        top.addWidget(self.month_label)
        top.addWidget(self.next_button)
        top.addWidget(self.unit, 1)
        top.addWidget(self.only_absent)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.previous_button.clicked.connect(lambda: self.move(-1))
        self.next_button.clicked.connect(lambda: self.move(+1))
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_absent.toggled.connect(lambda _c: self.refresh())
        self.print_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self.save_pdf)

    def move(self, months: int) -> None:  # type: ignore[override]  # a month back or on; QWidget.move (position) is not used on this tab
        index = self.first.year * 12 + self.first.month - 1 + months
        self.first = date(index // 12, index % 12 + 1, 1)
        self.refresh()

    def refresh(self) -> None:
        self.month_label.setText(self.tr("Tháng %1/%2").replace("%1", str(self.first.month))
                                 .replace("%2", str(self.first.year)))
        data = self.pane.ctx.read(absence_month, year=self.first.year, month=self.first.month,
                                  unit_id=self.unit.unit_id(), only_absent=self.only_absent.isChecked())
        self.model.set_month(data)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(VISIBLE_ROWS)  # the names on screen, not the whole office
        self.table.resizeColumnToContents(0)
        set_widths(self.table, [30] * len(data.days) + [60], first=1)  # a day's "11\nWed" is never cut

    def _printout(self) -> Printout:
        return absence_report_printout(self.pane.ctx.read(absence_report_data, year=self.first.year,
                                                          month=self.first.month, unit_id=self.unit.unit_id()))

    def preview(self) -> None:
        self.pane.printing.preview(self._printout())

    def save_pdf(self) -> None:
        path = self.pane.printing.ask_path(self.tr("Lưu báo cáo nghỉ phép tháng"),
                                           f"nghi-phep-{self.first:%Y-%m}.pdf", self.tr("Tệp PDF (*.pdf)"))
        if path:
            self.pane.printing.save_pdf(self._printout(), path)
