"""The checklist tab: items grouped by department, tick / untick, owners, notes, items by hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.auth import Permission
from app.services.meetings import preparation as meetings
from app.services.meetings.checklist import ChecklistEntry
from app.services.meetings.preparation import MeetingInfo
from app.services.org.read import OrgSnapshot
from ui import tints
from ui.context import AppContext
from ui.empty_hint import EmptyHint
from ui.flow_layout import FlowLayout
from ui.meetings.dialogs import ItemDialog, PickDialog, person_choices
from ui.meetings.models import ChecklistModel
from ui.wrapping import WrappingDelegate


class ChecklistTab(QWidget):
    minutes_requested = Signal()  # the minutes item (7 working days, 003 §II.1.1) opens the biên bản

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: MeetingInfo | None = None
        self.org_source: Callable[[], OrgSnapshot | None] = lambda: None  # the pane's, read when needed
        self.model = ChecklistModel(self)
        self.model.can_tick = self._can_tick
        self.model.tick_requested.connect(self._tick)
        self.tree = QTreeView()
        self.tree.setObjectName("checklistTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # a long task wraps instead of being cut; the tooltip has it all
        self.tree.setItemDelegate(WrappingDelegate(self.tree, single_line={1}))  # the due time
        self.tree.header().setStretchLastSection(False)
        # the task keeps room for a few words in a narrow window (it wraps; the tree scrolls sideways)
        self.tree.header().setMinimumSectionSize(120)
        self.tree.doubleClicked.connect(lambda _index: self._double_clicked())
        self.empty_hint = EmptyHint(self.tree, self._empty_text)
        legend = QLabel(self.tr("<span style='background:%1;color:%2'>&nbsp;Quá hạn&nbsp;</span> "
                                "<span style='background:%3;color:%4'>&nbsp;Đến hạn trong 1 ngày làm "
                                "việc&nbsp;</span> — đánh dấu ô vuông khi xong việc.")
                        .replace("%1", tints.css(tints.RED_TINT)).replace("%2", tints.ink(tints.RED_INK).name())
                        .replace("%3", tints.css(tints.AMBER_TINT)).replace("%4", tints.ink(tints.AMBER_INK).name()))
        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout()  # wraps when the window is narrow
        for key, text, slot in (
                ("owner", self.tr("Giao cho…"), self.assign_owner),
                ("notes", self.tr("Ghi chú…"), self.edit_notes),
                ("add", self.tr("Thêm việc…"), self.add_item),
                ("edit", self.tr("Sửa…"), self.edit_item),
                ("delete", self.tr("Xóa việc"), self.delete_item),
                ("regenerate", self.tr("Cập nhật theo mẫu"), self.regenerate),
                ("minutes", self.tr("Soạn biên bản…"), self.minutes_requested.emit)):
            button = QPushButton(text)
            button.setObjectName(f"checklist_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        writer = ctx.can(Permission.MEETINGS_WRITE)
        for key in ("owner", "add", "edit", "delete", "regenerate"):
            self.buttons[key].setEnabled(writer)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "model"):
            self.model.recolour()  # the tints' ink, a done item's muted text: for the palette (light or dark)

    def _empty_text(self) -> str:
        if self.meeting is None:
            return self.tr("Chọn một cuộc họp ở danh sách bên trái.")
        return self.tr("Cuộc họp chưa có việc cần làm nào.\nBấm “Cập nhật theo mẫu” để lấy danh mục việc "
                       "của loại cuộc họp, hoặc “Thêm việc…”.")

    def _can_tick(self, entry: ChecklistEntry) -> bool:
        if self.ctx.can(Permission.MEETINGS_WRITE):
            return True
        return self.ctx.can(Permission.CHECKLIST_TICK) and entry.owner_id is not None \
            and entry.owner_id == self.ctx.actor.person_id

    @property
    def org(self) -> OrgSnapshot | None:
        """The units and staff, for the pickers."""
        return self.org_source()

    def set_meeting(self, meeting: MeetingInfo | None, entries: list[ChecklistEntry] | None = None) -> None:
        """Show *meeting*'s checklist: *entries* if they were read with it, else read now."""
        self.meeting = meeting
        self.refresh(entries)

    def refresh(self, entries: list[ChecklistEntry] | None = None) -> None:
        current = self.current()
        if entries is None:
            entries = self.ctx.read(meetings.get_checklist, meeting_id=self.meeting.id) if self.meeting else []
        self.model.load(entries)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnHidden(4, not any(e.notes for e in entries))  # no empty "Ghi chú" column
        self.tree.setColumnHidden(3, not any(e.done_at for e in entries))
        # every department open; not expandAll(), which measures every row's wrapped text at once,
        # before the columns have their widths: expanding after the reset only marks the groups,
        # and the rows are measured once, when the tree is next laid out
        for group in range(self.model.rowCount()):
            self.tree.expand(self.model.index(group, 0))
        if current is not None:
            index = self.model.find(current.id)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def current(self) -> ChecklistEntry | None:
        return self.model.entry(self.tree.currentIndex())

    def _tick(self, item_id: int, done: bool) -> None:
        fn = meetings.tick_item if done else meetings.untick_item
        self.ctx.try_call(self, fn, item_id=item_id)

    def assign_owner(self) -> None:
        entry = self.current()
        if entry is None or self.org is None:
            return
        people = sorted(self.org.people.values(), key=lambda p: (p.unit_id != self._unit_of(entry), p.rank))
        choices = person_choices(people)
        dialog = PickDialog(self.tr("Giao việc: %1").replace("%1", entry.task[:60]), choices, single=True,
                            parent=self)
        if dialog.exec() and dialog.selected():
            self.ctx.try_call(self, meetings.assign_owner, item_id=entry.id,
                              owner_id=dialog.selected()[0])

    def _unit_of(self, entry: ChecklistEntry) -> int | None:
        if self.org is None:
            return None
        return next((u.id for u in self.org.units.values() if u.code == entry.department), None)

    def is_minutes_item(self, entry: ChecklistEntry | None) -> bool:
        from app.services.meetings.minutes import minutes_item_id

        return entry is not None and self.ctx.read(minutes_item_id, meeting_id=entry.meeting_id) == entry.id

    def _double_clicked(self) -> None:
        if self.is_minutes_item(self.current()):
            self.minutes_requested.emit()
        else:
            self.edit_notes()

    def edit_notes(self) -> None:
        entry = self.current()
        if entry is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Ghi chú"), entry.task, entry.notes)
        if ok:
            self.ctx.try_call(self, meetings.set_item_notes, item_id=entry.id, notes=text)

    def add_item(self) -> None:
        if self.meeting is None:
            return
        dialog = ItemDialog(self.meeting.start, parent=self)
        if dialog.exec():
            department, task, due = dialog.values()
            self.ctx.try_call(self, meetings.add_item, meeting_id=self.meeting.id,
                              department=department, task=task, due=due)

    def edit_item(self) -> None:
        entry = self.current()
        if entry is None:
            return
        dialog = ItemDialog(entry.due, entry.department, entry.task, parent=self)
        if dialog.exec():
            department, task, due = dialog.values()
            self.ctx.try_call(self, meetings.update_item, item_id=entry.id,
                              department=department, task=task, due=due)

    def delete_item(self) -> None:
        entry = self.current()
        if entry is not None:
            self.ctx.try_call(self, meetings.delete_item, item_id=entry.id)

    def regenerate(self) -> None:
        if self.meeting is not None:
            self.ctx.try_call(self, meetings.regenerate_checklist, meeting_id=self.meeting.id)
