"""Dialogs that edit people and units. They only collect and check input; the pane turns
the result into an undoable command (commands.py) that calls the services."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.services.org.edit import UNIT_KIND_LABELS, PersonInput
from app.services.org.read import OrgSnapshot, PersonInfo, UnitInfo
from app.text import fold
from db.models.base import today_local
from ui import tints
from ui.person_picker import PersonPicker
from ui.terms import term

DATE_FORMAT = "dd/MM/yyyy"
NO_DATE = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    """A date shown as dd/MM/yyyy with a calendar popup; *optional* allows "no date" (—)."""

    def __init__(self, value: date | None = None, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.optional = optional
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText("—")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        if value is None:
            today = today_local()
            self.setDate(NO_DATE if self.optional else QDate(today.year, today.month, today.day))
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        if self.optional and self.date() == NO_DATE:
            return None
        return cast(date, self.date().toPython())  # a QDate gives a date


def unit_tree(snap: OrgSnapshot, *, kinds: tuple[str, ...] = ("office", "department", "body"),
              exclude: AbstractSet[int] = frozenset(), include_inactive: bool = False) -> list[tuple[UnitInfo, int]]:
    """Units in tree order with their depth."""
    found: list[tuple[UnitInfo, int]] = []

    def visit(parent: int | None, depth: int) -> None:
        for unit in snap.children(parent):
            if unit.id in exclude or not (unit.active or include_inactive):
                continue
            if unit.kind in kinds:
                found.append((unit, depth))
            visit(unit.id, depth + 1)

    visit(None, 0)
    return found


def descendants(snap: OrgSnapshot, unit_id: int) -> set[int]:
    result = {unit_id}
    for child in snap.children(unit_id):
        result |= descendants(snap, child.id)
    return result


def fill_units(combo: QComboBox, snap: OrgSnapshot, selected: int | None, *, none_label: str = "", **kwargs: Any) -> None:
    combo.clear()
    if none_label:
        combo.addItem(none_label, None)
    for unit, depth in unit_tree(snap, **kwargs):
        combo.addItem("    " * depth + unit.name, unit.id)
    select_data(combo, selected)


def fill_positions(combo: QComboBox, snap: OrgSnapshot, selected: int | None, *, none_label: str = "") -> None:
    combo.clear()
    if none_label:
        combo.addItem(none_label, None)
    for position in sorted(snap.positions.values(), key=lambda p: (p.rank, fold(p.title))):
        combo.addItem(position.title, position.id)
    select_data(combo, selected)


def people_picker(people: list[PersonInfo], selected: int | None, *, none_label: str = "") -> PersonPicker:
    """The searchable person picker over *people* (protocol order), *selected* chosen."""
    entries = [(p.id, f"{p.full_name} — {p.position_title}" if p.position_title else p.full_name)
               for p in sorted(people, key=lambda p: (p.rank, fold(p.full_name)))]
    picker = PersonPicker(entries, allow_empty=bool(none_label), empty_label=none_label or None)
    select_data(picker, selected)
    return picker


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class FormDialog(QDialog):
    """A form with OK/Cancel and an error line; :meth:`check` raises InvalidInput to keep it open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet("color: " + tints.ink(tints.RED_INK).name())
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def check(self) -> None:
        """Raise InvalidInput with a message when the input cannot be accepted."""

    def accept(self) -> None:
        try:
            self.check()
        except InvalidInput as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


class PersonDialog(FormDialog):
    """Add or edit a person: every field of PersonInput."""

    def __init__(self, snap: OrgSnapshot, person: PersonInfo | None = None, *, unit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sửa thông tin cán bộ") if person else self.tr("Thêm cán bộ"), parent)
        self.setObjectName("personDialog")
        data = PersonInput.of(person) if person else PersonInput("", unit_id=unit_id)
        self.full_name = QLineEdit(data.full_name)
        self.full_name.setObjectName("fullName")
        self.gender = QComboBox()
        self.gender.setObjectName("gender")
        for label, value in ((self.tr("—"), ""), (self.tr("Nam"), "male"), (self.tr("Nữ"), "female")):
            self.gender.addItem(label, value)
        select_data(self.gender, data.gender)
        self.birth_date = DateEdit(data.birth_date, optional=True)
        self.birth_date.setObjectName("birthDate")
        self.phone = QLineEdit(data.phone)
        self.phone.setObjectName("phone")
        self.email = QLineEdit(data.email)
        self.email.setObjectName("email")
        self.unit = QComboBox()
        self.unit.setObjectName("unitCombo")
        fill_units(self.unit, snap, data.unit_id, none_label=self.tr("(chưa xếp đơn vị)"))
        self.position = QComboBox()
        self.position.setObjectName("positionCombo")
        fill_positions(self.position, snap, data.position_id, none_label=self.tr("(chưa có chức vụ)"))
        self.service_start = DateEdit(data.service_start, optional=True)
        self.service_start.setObjectName("serviceStart")
        self.notes = QPlainTextEdit(data.notes)
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)
        for label, widget in ((self.tr("Họ và tên"), self.full_name), (self.tr("Giới tính"), self.gender),
                              (self.tr("Ngày sinh"), self.birth_date), (self.tr("Điện thoại"), self.phone),
                              (self.tr("E-mail"), self.email), (self.tr("Đơn vị"), self.unit),
                              (self.tr("Chức vụ"), self.position), (self.tr("Ngày vào cơ quan"), self.service_start),
                              (self.tr("Ghi chú"), self.notes)):
            self.form.addRow(label, widget)
        self.resize(460, self.sizeHint().height())

    def value(self) -> PersonInput:
        return PersonInput(full_name=self.full_name.text(), gender=self.gender.currentData(),
                           birth_date=self.birth_date.value(), phone=self.phone.text(), email=self.email.text(),
                           unit_id=self.unit.currentData(), position_id=self.position.currentData(),
                           service_start=self.service_start.value(), notes=self.notes.toPlainText())

    def check(self) -> None:
        self.value().clean()


class MovePersonDialog(FormDialog):
    """Transfer a person to another unit, optionally with a new position."""

    def __init__(self, snap: OrgSnapshot, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chuyển %1 sang đơn vị khác").replace("%1", person.full_name), parent)
        self.setObjectName("movePersonDialog")
        self.person = person
        self.unit = QComboBox()
        self.unit.setObjectName("unitCombo")
        fill_units(self.unit, snap, person.unit_id)
        self.position = QComboBox()
        self.position.setObjectName("positionCombo")
        fill_positions(self.position, snap, None, none_label=self.tr("(giữ chức vụ hiện tại: %1)")
                       .replace("%1", person.position_title or "—"))
        self.form.addRow(self.tr("Đơn vị mới"), self.unit)
        self.form.addRow(self.tr("Chức vụ mới"), self.position)

    def value(self) -> tuple[int | None, int | None]:
        return self.unit.currentData(), self.position.currentData()

    def check(self) -> None:
        unit_id, position_id = self.value()
        if unit_id == self.person.unit_id and position_id in (None, self.person.position_id):
            raise InvalidInput(self.tr("Hãy chọn đơn vị hoặc chức vụ khác với hiện tại."))


class UnitDialog(FormDialog):
    """Add a unit (name, short name, kind, parent) or rename one (name, short name)."""

    def __init__(self, snap: OrgSnapshot, unit: UnitInfo | None = None, *, parent_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Đổi tên đơn vị") if unit else self.tr("Thêm đơn vị"), parent)
        self.setObjectName("unitDialog")
        self.editing = unit
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setObjectName("unitName")
        self.short_name = QLineEdit(unit.short_name if unit else "")
        self.short_name.setObjectName("shortName")
        self.form.addRow(self.tr("Tên đơn vị"), self.name)
        self.form.addRow(self.tr("Tên viết tắt"), self.short_name)
        self.kind = QComboBox()
        self.parent_unit = QComboBox()
        self.parent_unit.setObjectName("parentCombo")
        if unit is None:
            for kind, label in UNIT_KIND_LABELS.items():
                self.kind.addItem(term(label), kind)
            select_data(self.kind, "department")
            fill_units(self.parent_unit, snap, parent_id, none_label=self.tr("(cấp cao nhất)"))
            self.form.addRow(self.tr("Loại"), self.kind)
            self.form.addRow(self.tr("Trực thuộc"), self.parent_unit)
        self.resize(440, self.sizeHint().height())

    def value(self) -> dict:
        result = {"name": " ".join(self.name.text().split()), "short_name": self.short_name.text().strip()}
        if self.editing is None:
            result |= {"kind": self.kind.currentData(), "parent_id": self.parent_unit.currentData()}
        return result

    def check(self) -> None:
        if not self.value()["name"]:
            raise InvalidInput(self.tr("Tên đơn vị không được để trống."))


class MoveUnitDialog(FormDialog):
    """Put a unit under another (never under itself or its own sub-units)."""

    def __init__(self, snap: OrgSnapshot, unit: UnitInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chuyển đơn vị %1").replace("%1", unit.name), parent)
        self.setObjectName("moveUnitDialog")
        self.unit = unit
        self.parent_unit = QComboBox()
        self.parent_unit.setObjectName("parentCombo")
        fill_units(self.parent_unit, snap, unit.parent_id, none_label=self.tr("(cấp cao nhất)"),
                   exclude=descendants(snap, unit.id))
        self.form.addRow(self.tr("Trực thuộc"), self.parent_unit)

    def value(self) -> int | None:
        return self.parent_unit.currentData()

    def check(self) -> None:
        if self.value() == self.unit.parent_id:
            raise InvalidInput(self.tr("Đơn vị đã trực thuộc đơn vị này."))
