"""Small widgets of the leave pane: a person picker with diacritics-insensitive completion,
a half-day picker, the unit filter, and a search field as wide as its placeholder."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from app.rules.leave import HalfDay
from app.services.org.read import OrgSnapshot, PersonInfo
from app.text import fold
from ui.person_picker import PersonPicker


def fit_placeholder(edit: QLineEdit) -> None:
    """Make *edit* wide enough for its whole placeholder (in a flow of filters a line edit keeps its
    size hint, room for 17 x's: "Tìm theo tên (gõ không dấu…" was cut short)."""
    metrics = edit.fontMetrics()
    missing = metrics.horizontalAdvance(edit.placeholderText()) - metrics.horizontalAdvance("x") * 17
    if missing > 0:
        edit.setMinimumWidth(edit.sizeHint().width() + missing + 2)  # 2: the text's rounding


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def office_staff(snapshot: OrgSnapshot) -> list[PersonInfo]:
    """Active people of the office (not of the leadership bodies), in protocol order."""
    people = [p for p in snapshot.people.values()
              if p.active and (p.unit_id is None or snapshot.units[p.unit_id].kind != "body")]
    return sorted(people, key=lambda p: (p.rank, fold(p.full_name.split()[-1] if p.full_name else ""), p.id))


class PersonCombo(PersonPicker):
    """The person picker over the office's people ("name — position, unit")."""

    def __init__(self, people: Iterable[PersonInfo], *, allow_empty: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__([(p.id, person_label(p)) for p in people], allow_empty=allow_empty, parent=parent)


def person_label(person: PersonInfo) -> str:
    label = f"{person.full_name} — {person.position_title}"
    return f"{label}, {person.unit_name}" if person.unit_name else label


class HalfDayCombo(QComboBox):
    def __init__(self, default: HalfDay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(QCoreApplication.translate("HalfDayCombo", "Sáng"), HalfDay.MORNING.value)
        self.addItem(QCoreApplication.translate("HalfDayCombo", "Chiều"), HalfDay.AFTERNOON.value)
        self.set_half(default)

    def half(self) -> HalfDay:
        return HalfDay(self.currentData())

    def set_half(self, half: HalfDay) -> None:
        self.setCurrentIndex(0 if half is HalfDay.MORNING else 1)


class UnitCombo(QComboBox):
    """The office's departments, with "all units" first."""

    def __init__(self, snapshot: OrgSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(QCoreApplication.translate("UnitCombo", "Toàn Văn phòng"), None)
        self.reload(snapshot)

    def reload(self, snapshot: OrgSnapshot) -> None:
        current = self.unit_id()
        self.blockSignals(True)
        try:
            while self.count() > 1:
                self.removeItem(1)
            office_units = [u for u in snapshot.units.values() if u.kind != "body" and u.active]
            for unit in sorted(office_units, key=lambda u: (u.kind != "office", u.sort_order, u.name)):
                self.addItem(unit.name, unit.id)
            index = self.findData(current)
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)

    def unit_id(self) -> int | None:
        return self.currentData()

