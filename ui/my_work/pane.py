"""The "Việc của tôi" pane: the signed-in user's list, read on the database thread, grouped,
with counts; a row opens its thing; an empty list says there is nothing to do; the user's own
switch for the tray reminder (ui.reminders)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.my_work import settings as reminders
from app.services.my_work.read import MyWork, WorkItem, my_work
from app.text import format_date, weekday_vi
from ui.columns import fit_to_widest
from ui.context import AppContext, show_error
from ui.my_work.models import ITEM_ROLE, MyWorkModel
from ui.my_work.opening import open_item
from ui.panes import CALENDAR, LEAVE, MEETINGS, ORG, SETTINGS, Pane
from ui.terms import term
from ui.wrapping import WrappingDelegate


class MyWorkPane(Pane):
    loaded = Signal(object)  # the MyWork shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.work: MyWork | None = None
        self.now: datetime | None = None  # the office's clock (a test or a screenshot fixes it)
        self.heading = QLabel()
        self.heading.setObjectName("myWorkHeading")
        self.heading.setWordWrap(True)
        self.summary = QLabel(self.tr("Đang tải…"))
        self.summary.setObjectName("myWorkSummary")
        self.tray_switch = QCheckBox(self.tr("Nhắc tôi bằng thông báo trên khay hệ thống"))
        self.tray_switch.setObjectName("myWorkTraySwitch")
        self.tray_switch.setEnabled(False)
        self.tray_switch.toggled.connect(self._switch_tray)

        self.model = MyWorkModel(self)
        self.view = QTreeView()
        self.view.setObjectName("myWorkView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # as wide as the widest due date (show_work)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegate(WrappingDelegate(self.view, single_line={1}))  # the due date
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.activated.connect(self.open_index)
        self.view.doubleClicked.connect(self.open_index)

        self.empty = QLabel()
        self.empty.setObjectName("myWorkEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(self.tr("Không có việc nào cần làm.\n\nViệc chuẩn bị họp đến hạn của phòng anh/chị, "
                                   "đơn nghỉ chờ anh/chị duyệt, đơn xin nghỉ giấy chưa nộp và lịch cần công bố "
                                   "sẽ hiện ở đây."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.setObjectName("myWorkOpen")
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        layout = QVBoxLayout(self)
        for first, last in ((self.heading, self.tray_switch), (self.stack, None), (self.summary, self.open_button)):
            if last is None:
                layout.addWidget(first, 1)
                continue
            row = QHBoxLayout()
            row.addWidget(first, 1)
            row.addWidget(last)
            layout.addLayout(row)

        self.refresh_action = QAction(self.tr("Làm mới"), self)
        self.refresh_action.setObjectName("actionRefreshMyWork")
        self.refresh_action.setToolTip(self.tr("Làm mới (F5, menu Xem)"))  # F5 is the window's Xem > Làm mới
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.refresh()

    def toolbar_actions(self) -> list[QAction]:
        return [self.refresh_action]

    def tables(self) -> frozenset[str]:
        return LEAVE | MEETINGS | CALENDAR | ORG | SETTINGS

    def refresh(self) -> None:
        """Read the list on the database thread; it shows when it arrives."""
        self.ctx.read_later(my_work, actor=self.ctx.actor, now=self.now, done=self.show_work, key="my_work_pane")

    def show_work(self, work: MyWork) -> None:
        self.work = work
        self.model.load(work)
        self.view.expandAll()
        self._fit_due_column()
        self.stack.setCurrentWidget(self.view if work.items else self.empty)
        day = f"{term(weekday_vi(work.today))} {format_date(work.today)}"
        who = work.person_name or work.username
        self.heading.setText(self.tr("<b>Việc của %1</b> — %2").replace("%1", who).replace("%2", day))
        if not work.items:
            self.summary.setText(self.tr("Không có việc nào cần làm."))
        else:
            text = self.tr("%n việc", "", len(work.items))
            if work.overdue:
                text += self.tr(", %n việc quá hạn", "", work.overdue)
            self.summary.setText(text + self.tr(". Bấm đúp vào một dòng để mở."))
        self.open_button.setEnabled(bool(work.items))
        self.tray_switch.blockSignals(True)
        try:
            self.tray_switch.setChecked(work.tray_enabled)
            office_on = work.tray_minutes > 0
            self.tray_switch.setEnabled(office_on)
            self.tray_switch.setToolTip(
                self.tr("Nhắc mỗi %n phút khi có việc mới.", "", work.tray_minutes) if office_on else
                self.tr("Văn phòng đã tắt thông báo nhắc việc (Thiết lập → Quy định)."))
        finally:
            self.tray_switch.blockSignals(False)
        self.loaded.emit(work)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "model"):
            self.model.recolour()  # the overdue dates' red is chosen for the palette (light or dark)

    def _fit_due_column(self) -> None:
        """The due column as wide as its widest text, measured once per load: sized to its
        contents, the header measured forty rows again at each of the view's layouts."""
        model = self.model
        dues = (model.index(row, 1, model.index(group, 0))
                for group in range(model.group_count()) for row in range(model.group_size(group)))
        fit_to_widest(self.view, 1, dues, QFontMetrics(self.view.font()))

    def _switch_tray(self, enabled: bool) -> None:
        ok, _ = self.ctx.try_call(self, reminders.set_own_tray, enabled=enabled)
        if not ok:
            self.refresh()

    def open_index(self, index: QModelIndex) -> bool:
        item = index.siblingAtColumn(0).data(ITEM_ROLE) if index.isValid() else None
        if item is None:
            return False
        return self.open_item(item)

    def open_item(self, item: WorkItem) -> bool:
        window = self.window()
        if not hasattr(window, "show_pane") or not open_item(window, item):
            show_error(self, self.tr("Không mở được việc này: có thể nó vừa được làm xong hoặc đã bị xóa. "
                                     "Bấm “Làm mới” để cập nhật danh sách."))
            return False
        return True

    def prepare_screenshot(self) -> None:
        """The list loaded (screenshots wait for the database thread)."""
        self.ctx.wait_idle()
        first = self.model.first_item()
        if first.isValid():
            self.view.setCurrentIndex(first)
