"""Editing the office's checklist templates (one per meeting kind): tasks, departments, due rules.

Changes shape the checklists of meetings created afterwards; a prepared meeting picks
them up with "Cập nhật theo mẫu" (done items are kept)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.rules.meeting_templates import (
    CONDITION_FOREIGN_GUESTS,
    DEFAULT_NUMBERS,
    DEPARTMENT_LABELS,
    KIND_LABELS,
    RULE_LABELS,
    DueRule,
    MeetingKind,
    department_label,
)
from app.services.admin import settings
from app.services.meetings import templates
from app.services.meetings.templates import TemplateItemInfo, TemplateItemInput
from ui.context import AppContext
from ui.meetings.attendee_tabs import table_view
from ui.meetings.dialogs import FormDialog
from ui.screen_fit import resize_within_screen
from ui.table_model import Column, RowTableModel
from ui.terms import term
from ui.translation import QT_TRANSLATE_NOOP


class TemplateModel(RowTableModel[TemplateItemInfo]):
    NUMBERED = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("TemplateModel", "Phòng"), lambda r: term(department_label(r.department))),
            Column(QT_TRANSLATE_NOOP("TemplateModel", "Công việc"), lambda r: r.task, lambda r: r.task),
            Column(QT_TRANSLATE_NOOP("TemplateModel", "Hạn"), self._rule, self._rule_tip),
            Column(QT_TRANSLATE_NOOP("TemplateModel", "Căn cứ"), lambda r: r.source),
        )

    def _rule(self, row: TemplateItemInfo) -> str:
        rule = term(RULE_LABELS[row.rule]) if row.rule is DueRule.AT_START else f"{row.number} {term(RULE_LABELS[row.rule])}"
        if row.setting_key:
            rule += " *"
        if row.condition == CONDITION_FOREIGN_GUESTS:
            rule += self.tr(" (khách nước ngoài)")
        return rule

    def _rule_tip(self, row: TemplateItemInfo) -> str | None:
        if not row.setting_key:
            return None
        spec = settings.CATALOGUE.get(row.setting_key)
        return self.tr("* theo thiết lập: %1").replace("%1", term(spec.label) if spec else row.setting_key)


class TemplateItemDialog(FormDialog):
    def __init__(self, item: TemplateItemInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mục trong mẫu"), parent)
        self.department = QComboBox()
        self.department.setEditable(True)
        for code, label in DEPARTMENT_LABELS.items():
            self.department.addItem(term(label), code)
        self.task = QLineEdit(item.task if item else "")
        self.task.setMinimumWidth(460)
        self.rule = QComboBox()
        for rule in DueRule:
            self.rule.addItem(term(RULE_LABELS[rule]), rule.value)
        self.amount = QSpinBox()
        self.amount.setRange(0, 600)
        self.setting = QComboBox()
        self.setting.addItem(self.tr("(số cố định ở trên)"), None)
        for key in DEFAULT_NUMBERS:
            spec = settings.CATALOGUE.get(key)
            self.setting.addItem(term(spec.label) if spec else key, key)
        self.offset = QSpinBox()
        self.offset.setRange(-30, 30)
        self.foreign = QCheckBox(self.tr("Chỉ khi có khách nước ngoài"))
        self.source = QLineEdit(item.source if item else "")
        for label, widget in ((self.tr("Phòng"), self.department), (self.tr("Công việc"), self.task),
                              (self.tr("Cách tính hạn"), self.rule), (self.tr("Số ngày / phút"), self.amount),
                              (self.tr("Lấy số theo thiết lập"), self.setting), (self.tr("Cộng thêm"), self.offset),
                              ("", self.foreign), (self.tr("Căn cứ"), self.source)):
            self.form.addRow(label, widget)
        self._important = item.important_setting if item else None
        if item is not None:
            index = self.department.findData(item.department)
            if index < 0:
                self.department.addItem(item.department, item.department)
                index = self.department.count() - 1
            self.department.setCurrentIndex(index)
            self.rule.setCurrentIndex(self.rule.findData(item.rule.value))
            self.amount.setValue(item.amount)
            self.setting.setCurrentIndex(max(0, self.setting.findData(item.setting_key)))
            self.offset.setValue(item.setting_offset)
            self.foreign.setChecked(item.condition == CONDITION_FOREIGN_GUESTS)

    def data(self) -> TemplateItemInput:
        text = self.department.currentText()
        index = self.department.findText(text)
        department = self.department.itemData(index) if index >= 0 else text
        return TemplateItemInput(department, self.task.text(), self.rule.currentData(), self.amount.value(),
                                 self.setting.currentData(), self.offset.value(), self._important,
                                 CONDITION_FOREIGN_GUESTS if self.foreign.isChecked() else "", self.source.text())


class TemplatesDialog(QDialog):
    """One template at a time, chosen by meeting kind."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Mẫu danh mục công việc chuẩn bị họp"))
        resize_within_screen(self, 1000, 640)
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(term(KIND_LABELS[kind]), kind.value)
        self.model = TemplateModel(self)
        self.view = table_view(self.model, "templateTable")
        self.view.doubleClicked.connect(lambda _index: self.edit())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Loại cuộc họp:")))
        top.addWidget(self.kind, 1)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Thêm…"), self.add), (self.tr("Sửa…"), self.edit), (self.tr("Bỏ"), self.remove),
                           (self.tr("Lên"), lambda: self.move(-1)), (self.tr("Xuống"), lambda: self.move(1)),
                           (self.tr("Khôi phục mặc định"), self.reset)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(QLabel(self.tr("* số lấy theo thiết lập của cơ quan (Thiết lập → Quy định).")))
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        rows = self.ctx.read(templates.list_template, kind=self.kind.currentData())
        self.model.set_rows(rows)
        for column, width in enumerate((170, 500, 220)):
            self.view.setColumnWidth(column, width)
        if select is not None and self.model.row_of(select) >= 0:
            self.view.selectRow(self.model.row_of(select))

    def current(self) -> TemplateItemInfo | None:
        return self.model.row_at(self.view.currentIndex())

    def add(self) -> None:
        dialog = TemplateItemDialog(parent=self)
        if dialog.exec():
            ok, item_id = self.ctx.try_call(self, templates.add_template_item,
                                            kind=self.kind.currentData(), data=dialog.data())
            if ok:
                self.refresh(item_id)

    def edit(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = TemplateItemDialog(item, parent=self)
        if dialog.exec():
            self.ctx.try_call(self, templates.update_template_item, item_id=item.id,
                              data=dialog.data())
            self.refresh(item.id)

    def remove(self) -> None:
        item = self.current()
        if item is not None:
            self.ctx.try_call(self, templates.remove_template_item, item_id=item.id)
            self.refresh()

    def move(self, step: int) -> None:  # type: ignore[override]  # moves the chosen row; QWidget.move (position) is not used on this dialog
        item = self.current()
        if item is not None:
            self.ctx.try_call(self, templates.move_template_item, item_id=item.id, step=step)
            self.refresh(item.id)

    def reset(self) -> None:
        answer = QMessageBox.question(self, self.tr("Khôi phục mặc định"),
                                      self.tr("Thay mẫu này bằng mẫu mặc định theo Quy chế 003?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.try_call(self, templates.reset_template, kind=self.kind.currentData())
            self.refresh()
