"""The meeting's place in the work calendar, in the meetings pane: "Lịch công tác: tuần N" with
a jump to that week, and the create dialog's "link to an existing calendar entry" choice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.meetings.calendar_link import CalendarLink, EventChoice
from app.text import format_date
from ui import tints
from ui.terms import term

DayEntries = Callable[[date], list[EventChoice]]


def choice_label(choice: EventChoice) -> str:
    text = f"{term(choice.time_label)} · {choice.title}"
    if choice.location:
        text += f" · {choice.location}"
    return text


class EventLinkBox(QWidget):
    """A check box "link to an existing entry" and the entries of the meeting's day."""

    chosen_changed = Signal(object)  # the EventChoice picked, or None

    def __init__(self, day_entries: DayEntries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventLinkBox")
        self.day_entries = day_entries
        self.day: date | None = None
        self.enabled = QCheckBox(self.tr("Gắn với lịch công tác đã có trong ngày (không tạo lịch mới)"))
        self.enabled.setObjectName("linkExisting")
        self.entries = QComboBox()
        self.entries.setObjectName("existingEntries")
        self.entries.setMinimumWidth(420)
        self.empty = QLabel(self.tr("<i>Ngày này chưa có lịch nào để gắn.</i>"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.entries)
        layout.addWidget(self.empty)
        self.enabled.toggled.connect(lambda _on: self._update())
        self.entries.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def load(self, day: date) -> None:
        """List the entries of *day* (an entry that already has a meeting, or is cancelled, is shown greyed)."""
        if day == self.day:
            return
        self.day = day
        kept = self.chosen()
        self.entries.blockSignals(True)
        try:
            self.entries.clear()
            for choice in self.day_entries(day):
                label = choice_label(choice)
                if choice.meeting_id is not None:
                    label += self.tr(" (đã có cuộc họp)")
                elif choice.status == "cancelled":
                    label += self.tr(" (đã hoãn/hủy)")
                self.entries.addItem(label, choice)
                model = self.entries.model()
                assert isinstance(model, QStandardItemModel)  # a combo box's own model
                item = model.item(self.entries.count() - 1)
                item.setEnabled(choice.linkable)
            first = next((i for i in range(self.entries.count()) if self.entries.itemData(i).linkable), -1)
            same = next((i for i in range(self.entries.count())
                         if kept is not None and self.entries.itemData(i).event_id == kept.event_id), first)
            self.entries.setCurrentIndex(same)
        finally:
            self.entries.blockSignals(False)
        self._update()

    def chosen(self) -> EventChoice | None:
        if not self.enabled.isChecked():
            return None
        choice = self.entries.currentData()
        return choice if choice is not None and choice.linkable else None

    def choose(self, event_id: int) -> bool:
        """Tick the box and pick the entry *event_id* of the listed day."""
        for i in range(self.entries.count()):
            if self.entries.itemData(i).event_id == event_id:
                self.entries.setCurrentIndex(i)
                self.enabled.setChecked(True)
                return True
        return False

    def _update(self) -> None:
        has_any = any(self.entries.itemData(i).linkable for i in range(self.entries.count()))
        self.enabled.setEnabled(has_any or self.enabled.isChecked())
        self.entries.setVisible(self.enabled.isChecked() and self.entries.count() > 0)
        self.empty.setVisible(self.enabled.isChecked() and not has_any)
        self.chosen_changed.emit(self.chosen())


class CalendarLinkRow(QWidget):
    """"Lịch công tác: tuần 10 (02/03 – 08/03/2026) · Đã công bố" and a button to that week
    (or, for a meeting not in the calendar, to link it)."""

    jump_requested = Signal()
    link_requested = Signal()

    def __init__(self, can_link: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarLinkRow")
        self.can_link = can_link
        self.link: CalendarLink | None = None
        self.label = QLabel()
        self.label.setObjectName("calendarLink")
        self.label.setWordWrap(True)  # on two lines in a narrow window
        self.jump = QPushButton(self.tr("Xem trên lịch tuần"))
        self.jump.setObjectName("calendarJump")
        self.jump.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.jump)

    def show_link(self, link: CalendarLink | None, has_meeting: bool) -> None:
        self.link = link
        self.setVisible(has_meeting)
        if link is None:
            self.label.setText(self.tr("Lịch công tác: <i>chưa có trên lịch</i>"))
            self.jump.setText(self.tr("Gắn với lịch…"))
            self.jump.setVisible(self.can_link)
            return
        sunday = date.fromordinal(link.monday.toordinal() + 6)
        week = (self.tr("Lịch công tác: <b>tuần %1</b> (%2 – %3)").replace("%1", str(link.week_number))
                .replace("%2", f"{link.monday:%d/%m}").replace("%3", format_date(sunday)))
        red = tints.ink(tints.RED_INK, self.label.palette()).name()
        status = (f"<span style='color:{red}'><b>{term(link.status_label)}</b></span>" if link.cancelled
                  else term(link.status_label))
        self.label.setText(f"{week} · {status}")
        self.jump.setText(self.tr("Xem trên lịch tuần"))
        self.jump.setVisible(True)

    def _clicked(self) -> None:
        if self.link is not None:
            self.jump_requested.emit()
        else:
            self.link_requested.emit()
