"""The admin's settings of the leave registry: approval rules (001 Điều 18 by default) and
leave types (Labour Code 2019 Art. 113–115 by default) — every number is the office's data."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.rules.leave import Role
from app.services.leave.approval import (
    ActingRuleInfo,
    RuleInfo,
    delete_rule,
    list_acting_rules,
    list_rules,
    reset_rules,
    save_acting_rule,
    save_rule,
)
from app.services.leave.read import format_days, list_types
from app.services.leave.types import LeaveTypeInput, save_leave_type
from ui.context import AppContext
from ui.screen_fit import resize_within_screen
from ui.terms import term


def _role_combo(allow_empty: bool, *, bodies: bool = True) -> QComboBox:
    combo = QComboBox()
    if allow_empty:
        combo.addItem(QCoreApplication.translate("LeaveRules", "— không —"), None)
    for role in Role:
        if bodies or not role.is_body:
            combo.addItem(term(role.label), role.value)
    return combo


def acting_rule_text(rule: ActingRuleInfo) -> str:
    """"Phó Chánh Văn phòng vắng: Phó Chánh Văn phòng, Chánh Văn phòng duyệt thay"."""
    return (QCoreApplication.translate("LeaveRules", "%1 vắng: %2 duyệt thay")
            .replace("%1", term(Role(rule.approver_role).label))
            .replace("%2", ", ".join(term(Role(r).label) for r in rule.acting_roles)))


def rule_text(rule: RuleInfo) -> str:
    """"Chuyên viên, từ 1 ngày: Phó Chánh Văn phòng → Chánh Văn phòng"."""
    return (QCoreApplication.translate("LeaveRules", "%1, từ %2 ngày: %3")
            .replace("%1", term(Role(rule.requester_role).label)).replace("%2", format_days(rule.from_days))
            .replace("%3", " → ".join(term(Role(r).label) for r in rule.approvers)))


def _reload(widget: QListWidget, rules: list[Any], text: Callable[[Any], str]) -> None:
    """Refill *widget* with one line per rule (its source as tooltip), keeping the selected row."""
    row = widget.currentRow()
    widget.clear()
    for rule in rules:
        item = QListWidgetItem(text(rule))
        item.setToolTip(rule.source)
        widget.addItem(item)
    widget.setCurrentRow(min(max(row, 0), len(rules) - 1))


def _show_roles(combos: list[QComboBox], roles: tuple[str, ...]) -> None:
    for i, combo in enumerate(combos):
        combo.setCurrentIndex(combo.findData(roles[i] if i < len(roles) else None))


def _stack(page: QWidget, widget: QListWidget, form: QFormLayout, buttons: QHBoxLayout) -> None:
    layout = QVBoxLayout(page)
    layout.addWidget(widget, 1)
    layout.addLayout(form)
    layout.addLayout(buttons)


class RulesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setObjectName("rulesList")
        self.requester = _role_combo(False, bodies=False)
        self.from_days = QDoubleSpinBox()
        self.from_days.setRange(0.5, 365)
        self.from_days.setSingleStep(0.5)
        self.from_days.setDecimals(1)
        self.approvers = [_role_combo(i > 0) for i in range(3)]
        self.informed = _role_combo(True)
        self.source = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Người xin nghỉ"), self.requester)
        form.addRow(self.tr("Từ số ngày"), self.from_days)
        for i, combo in enumerate(self.approvers, start=1):
            form.addRow(self.tr("Người phê duyệt %1").replace("%1", str(i)), combo)
        form.addRow(self.tr("Thông báo cho"), self.informed)
        form.addRow(self.tr("Căn cứ"), self.source)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Lưu quy tắc"))
        self.add_button = QPushButton(self.tr("Thêm thành quy tắc mới"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.reset_button = QPushButton(self.tr("Khôi phục mặc định (Điều 18)"))
        for b in (self.save_button, self.add_button, self.delete_button, self.reset_button):
            buttons.addWidget(b)
        _stack(self, self.list, form, buttons)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(lambda: self._save(new=False))
        self.add_button.clicked.connect(lambda: self._save(new=True))
        self.delete_button.clicked.connect(self._delete)
        self.reset_button.clicked.connect(self._reset)
        self.refresh()

    def refresh(self) -> None:
        self.rules = self.ctx.read(list_rules)
        _reload(self.list, self.rules, rule_text)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        self.requester.setCurrentIndex(self.requester.findData(rule.requester_role))
        self.from_days.setValue(rule.from_days)
        _show_roles(self.approvers, rule.approvers)
        self.informed.setCurrentIndex(self.informed.findData(rule.informed[0] if rule.informed else None))
        self.source.setText(rule.source)

    def _save(self, *, new: bool) -> None:
        row = self.list.currentRow()
        rule_id = None if new or not 0 <= row < len(self.rules) else self.rules[row].id
        approvers = [c.currentData() for c in self.approvers if c.currentData()]
        informed = [self.informed.currentData()] if self.informed.currentData() else []
        ok, _ = self.ctx.try_call(self, save_rule, rule_id=rule_id,
                                  requester_role=self.requester.currentData(), from_days=self.from_days.value(),
                                  approvers=approvers, informed=informed, source=self.source.text())
        if ok:
            self.refresh()

    def _delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.rules):
            self.ctx.try_call(self, delete_rule, rule_id=self.rules[row].id)
            self.refresh()

    def _reset(self) -> None:
        answer = QMessageBox.question(self, self.tr("Khôi phục mặc định"),
                                      self.tr("Thay mọi quy tắc bằng quy định tại Điều 18 của quy chế?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.try_call(self, reset_rules)
            self.refresh()
            acting = self.window().findChild(ActingTab)
            if acting is not None:
                acting.refresh()


class ActingTab(QWidget):
    """Who may decide a leave step for an absent approver (001 Điều 5, Điều 18.3)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setObjectName("actingRulesList")
        self.approver = _role_combo(False, bodies=False)
        self.acting = [_role_combo(True, bodies=False) for _ in range(3)]
        self.source = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Người phê duyệt vắng mặt"), self.approver)
        for i, combo in enumerate(self.acting, start=1):
            form.addRow(self.tr("Được duyệt thay %1").replace("%1", str(i)), combo)
        form.addRow(self.tr("Căn cứ"), self.source)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("saveActingRule")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        _stack(self, self.list, form, buttons)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(self._save)
        self.refresh()

    def refresh(self) -> None:
        self.rules = self.ctx.read(list_acting_rules)
        _reload(self.list, self.rules, acting_rule_text)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]
        self.approver.setCurrentIndex(self.approver.findData(rule.approver_role))
        _show_roles(self.acting, rule.acting_roles)
        self.source.setText(rule.source)

    def _save(self) -> None:
        acting = [c.currentData() for c in self.acting if c.currentData()]
        ok, _ = self.ctx.try_call(self, save_acting_rule, approver_role=self.approver.currentData(),
                                  acting_roles=acting, source=self.source.text())
        if ok:
            self.refresh()


class TypesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setObjectName("typesList")
        self.code, self.name, self.symbol, self.source = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.paid = QCheckBox(self.tr("Hưởng lương"))
        self.counts = QCheckBox(self.tr("Trừ vào phép năm"))
        self.active = QCheckBox(self.tr("Đang dùng"))
        self.max_days = QDoubleSpinBox()
        self.max_days.setRange(0, 365)
        self.max_days.setSingleStep(0.5)
        self.max_days.setSpecialValueText(self.tr("không giới hạn"))
        self.order = QSpinBox()
        self.order.setRange(0, 999)
        self.notice = QSpinBox()
        self.notice.setObjectName("minNotice")
        self.notice.setRange(0, 250)
        self.notice.setSpecialValueText(self.tr("không yêu cầu"))
        self.notice_refuses = QCheckBox(self.tr("Từ chối đơn báo trước không đủ (nếu không: chỉ cảnh báo)"))
        form = QFormLayout()
        form.addRow(self.tr("Mã"), self.code)
        form.addRow(self.tr("Tên"), self.name)
        form.addRow(self.tr("Ký hiệu chấm công"), self.symbol)
        form.addRow(self.tr("Tối đa mỗi lần (ngày)"), self.max_days)
        form.addRow(self.tr("Báo trước ít nhất (ngày làm việc)"), self.notice)
        form.addRow("", self.notice_refuses)
        form.addRow(self.tr("Căn cứ"), self.source)
        form.addRow(self.tr("Thứ tự"), self.order)
        flags = QHBoxLayout()
        for box in (self.paid, self.counts, self.active):
            flags.addWidget(box)
        form.addRow("", flags)
        self.save_button = QPushButton(self.tr("Lưu loại nghỉ"))
        self.add_button = QPushButton(self.tr("Thêm thành loại mới"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        _stack(self, self.list, form, buttons)
        self.list.currentRowChanged.connect(self._show)
        self.save_button.clicked.connect(lambda: self._save(new=False))
        self.add_button.clicked.connect(lambda: self._save(new=True))
        self.refresh()

    def refresh(self) -> None:
        row = self.list.currentRow()
        self.types = self.ctx.read(list_types, include_inactive=True)
        self.list.clear()
        for t in self.types:
            item = QListWidgetItem(f"{t.symbol or '·'}  {t.name}")
            if not t.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        self.list.setCurrentRow(min(max(row, 0), len(self.types) - 1))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.types):
            return
        t = self.types[row]
        self.code.setText(t.code)
        self.name.setText(t.name)
        self.symbol.setText(t.symbol)
        self.source.setText(t.source)
        self.max_days.setValue(t.max_days or 0)
        self.order.setValue(t.sort_order)
        self.paid.setChecked(t.paid)
        self.counts.setChecked(t.counts_against_annual)
        self.active.setChecked(t.active)
        self.notice.setValue(t.min_notice_days)
        self.notice_refuses.setChecked(t.notice_refuses)

    def _save(self, *, new: bool) -> None:
        row = self.list.currentRow()
        type_id = None if new or not 0 <= row < len(self.types) else self.types[row].id
        data = LeaveTypeInput(self.code.text(), self.name.text(), self.symbol.text(), self.paid.isChecked(),
                              self.counts.isChecked(), self.max_days.value() or None, self.source.text(),
                              self.order.value(), self.active.isChecked(), self.notice.value(),
                              self.notice_refuses.isChecked())
        ok, _ = self.ctx.try_call(self, save_leave_type, data=data, type_id=type_id)
        if ok:
            self.refresh()


class LeaveSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leaveSettingsDialog")
        self.setWindowTitle(self.tr("Quy tắc nghỉ phép"))
        self.tabs = QTabWidget()
        self.rules = RulesTab(ctx)
        self.acting = ActingTab(ctx)
        self.types = TypesTab(ctx)
        self.tabs.addTab(self.rules, self.tr("Thẩm quyền phê duyệt"))
        self.tabs.addTab(self.acting, self.tr("Duyệt thay khi vắng"))
        self.tabs.addTab(self.types, self.tr("Loại nghỉ"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        resize_within_screen(self, 680, 640)
