"""Dialogs for the links between people: what a deputy oversees, delegations (who acts
for whom), and the standing deputy (PCVP thường trực)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app.errors import InvalidInput
from app.services.org.read import DelegationInfo, OrgSnapshot, PersonInfo
from app.text import format_date, nfc
from db.models.base import today_local
from ui.orgchart.dialogs import DateEdit, FormDialog, people_picker, unit_tree
from ui.screen_fit import resize_within_screen

COMMON_REASONS = ("Đi công tác", "Nghỉ phép", "Học tập, bồi dưỡng", "Nghỉ ốm", "Việc gia đình")


class OversightDialog(FormDialog):
    """Which departments and fields (lĩnh vực) a deputy chief oversees."""

    def __init__(self, snap: OrgSnapshot, deputy: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Phân công phụ trách: %1").replace("%1", deputy.full_name), parent)
        self.setObjectName("oversightDialog")
        current = snap.overseen_by(deputy.id)
        chosen = {o.unit_id for o in current if o.unit_id}
        self.units = QListWidget()
        self.units.setObjectName("oversightUnits")
        for unit, depth in unit_tree(snap, kinds=("department",)):
            item = QListWidgetItem("    " * max(0, depth - 1) + unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit.id in chosen else Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.fields = QPlainTextEdit("\n".join(o.field for o in current if o.field))
        self.fields.setObjectName("oversightFields")
        self.fields.setPlaceholderText(self.tr("Mỗi dòng một lĩnh vực, ví dụ: Văn thư – lưu trữ"))
        self.form.addRow(self.tr("Phòng, đơn vị"), self.units)
        self.form.addRow(self.tr("Lĩnh vực"), self.fields)
        resize_within_screen(self, 480, 440)

    def value(self) -> tuple[list[int], list[str]]:
        units = [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                 if self.units.item(i).checkState() == Qt.CheckState.Checked]
        fields_ = [nfc(line) for line in self.fields.toPlainText().splitlines() if nfc(line)]
        return units, list(dict.fromkeys(fields_))


class DelegationDialog(FormDialog):
    """Record that someone acts for someone else, from one day to another."""

    def __init__(self, snap: OrgSnapshot, *, principal_id: int | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Thêm ủy quyền"), parent)
        self.setObjectName("delegationDialog")
        today = today or today_local()
        people = [p for p in snap.people.values() if p.active]
        self.principal = people_picker(people, principal_id)
        self.principal.setObjectName("principalCombo")
        self.acting = people_picker(people, None, none_label=self.tr("(chọn người làm thay)"))
        self.acting.setObjectName("actingCombo")
        self.start = DateEdit(today)
        self.start.setObjectName("startDate")
        self.end = DateEdit(today + timedelta(days=1))
        self.end.setObjectName("endDate")
        self.scope = QLineEdit()
        self.scope.setObjectName("scope")
        self.scope.setPlaceholderText(self.tr("Ví dụ: Ký thay văn bản hành chính"))
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(COMMON_REASONS)
        self.reason.setCurrentText("")
        for label, widget in ((self.tr("Người ủy quyền"), self.principal), (self.tr("Người làm thay"), self.acting),
                              (self.tr("Từ ngày"), self.start), (self.tr("Đến ngày"), self.end),
                              (self.tr("Phạm vi"), self.scope), (self.tr("Lý do"), self.reason)):
            self.form.addRow(label, widget)
        self.resize(480, self.sizeHint().height())

    def value(self) -> dict:
        return {"principal_id": self.principal.currentData(), "acting_id": self.acting.currentData(),
                "start": self.start.value(), "end": self.end.value(), "scope": nfc(self.scope.text()),
                "reason": nfc(self.reason.currentText())}

    def check(self) -> None:
        v = self.value()
        if v["acting_id"] is None:
            raise InvalidInput(self.tr("Hãy chọn người làm thay."))
        if v["acting_id"] == v["principal_id"]:
            raise InvalidInput(self.tr("Một người không thể ủy quyền cho chính mình."))
        if v["end"] < v["start"]:
            raise InvalidInput(self.tr("Ngày kết thúc phải từ ngày bắt đầu trở đi."))


class RemoveDelegationDialog(FormDialog):
    """Pick a delegation that has not ended yet, to remove it."""

    def __init__(self, snap: OrgSnapshot, *, today: date | None = None, principal_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Xóa ủy quyền"), parent)
        self.setObjectName("removeDelegationDialog")
        today = today or today_local()
        self.delegations = [d for d in snap.delegations if d.end_date >= today
                            and d.principal_id in snap.people and d.acting_id in snap.people]
        self.list = QListWidget()
        self.list.setObjectName("delegationList")
        for d in self.delegations:
            text = self.tr("%1 → %2 làm thay, %3 – %4").replace("%1", snap.people[d.principal_id].full_name) \
                .replace("%2", snap.people[d.acting_id].full_name).replace("%3", format_date(d.start_date)) \
                .replace("%4", format_date(d.end_date))
            if d.reason or d.scope:
                text += f" ({'; '.join(x for x in (d.reason, d.scope) if x)})"
            self.list.addItem(text)
            if d.principal_id == principal_id and self.list.currentRow() < 0:
                self.list.setCurrentRow(self.list.count() - 1)
        if not self.delegations:
            self.form.addRow(QLabel(self.tr("Không có ủy quyền nào đang hoặc sắp có hiệu lực.")))
        self.form.addRow(self.list)
        resize_within_screen(self, 560, 320)

    def value(self) -> DelegationInfo | None:
        row = self.list.currentRow()
        return self.delegations[row] if 0 <= row < len(self.delegations) else None

    def check(self) -> None:
        if self.value() is None:
            raise InvalidInput(self.tr("Hãy chọn một ủy quyền."))


class StandingDeputyDialog(FormDialog):
    """Choose the deputy chief who acts for the chief (PCVP thường trực; 001 Điều 5)."""

    def __init__(self, snap: OrgSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Phó Chánh Văn phòng thường trực"), parent)
        self.setObjectName("standingDeputyDialog")
        deputies = snap.with_role("deputy_chief")
        current = next((p.id for p in deputies if p.is_standing_deputy), None)
        self.current = current
        self.deputy = people_picker(deputies, current, none_label=self.tr("(không có)"))
        self.deputy.setObjectName("deputyCombo")
        note = QLabel(self.tr("Người này làm thay Chánh Văn phòng khi Chánh Văn phòng vắng mặt."))
        note.setWordWrap(True)
        self.form.addRow(self.tr("Phó Chánh Văn phòng"), self.deputy)
        self.form.addRow(note)

    def value(self) -> int | None:
        return self.deputy.currentData()
