"""The org chart's editing actions: each opens a dialog and runs an undoable command.

Write actions are disabled for accounts without Permission.ORG_WRITE (the services
refuse them anyway) and follow the current selection (a person, a unit, a deputy…).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QToolButton, QWidget, QWidgetAction

from app.services.admin.auth import Permission
from app.services.org.read import PersonInfo, UnitInfo
from ui.orgchart import commands as cmd
from ui.orgchart.dialogs import MovePersonDialog, MoveUnitDialog, PersonDialog, UnitDialog
from ui.orgchart.link_dialogs import (
    DelegationDialog,
    OversightDialog,
    RemoveDelegationDialog,
    StandingDeputyDialog,
)

if TYPE_CHECKING:
    from ui.orgchart.pane import OrgChartPane


class MenuButtonAction(QWidgetAction):
    """A toolbar button that opens its menu on click (not a split button)."""

    def __init__(self, menu: QMenu, parent: QObject) -> None:
        super().__init__(parent)
        self.menu_ = menu
        self.setText(menu.title())
        self.setMenu(menu)

    def createWidget(self, parent: QWidget) -> QWidget:
        button = QToolButton(parent)
        button.setText(self.text())
        button.setMenu(self.menu_)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setEnabled(self.isEnabled())  # QWidgetAction keeps it in step afterwards
        return button


class OrgEditActions(QObject):
    def __init__(self, pane: OrgChartPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self.editor = cmd.OrgEditor(pane.ctx, self)
        self.editor.parent_widget = pane
        self.can_write = pane.ctx.can(Permission.ORG_WRITE)
        stack = self.editor.stack
        self.undo = stack.createUndoAction(self, self.tr("Hoàn tác"))
        self.undo.setObjectName("actionUndo")
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = stack.createRedoAction(self, self.tr("Làm lại"))
        self.redo.setObjectName("actionRedo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        a = self._action
        self.add_person = a(self.tr("Thêm cán bộ…"), self.do_add_person, "actionAddPerson", "Ctrl+N")
        self.edit = a(self.tr("Sửa…"), self.do_edit, "actionEdit", "F2")
        self.move_person = a(self.tr("Chuyển đơn vị…"), self.do_move_person, "actionMovePerson")
        self.toggle_person = a(self.tr("Thôi công tác"), self.do_toggle_person, "actionTogglePerson")
        self.add_unit = a(self.tr("Thêm đơn vị…"), self.do_add_unit, "actionAddUnit")
        self.rename_unit = a(self.tr("Đổi tên đơn vị…"), self.do_rename_unit, "actionRenameUnit")
        self.move_unit = a(self.tr("Chuyển đơn vị trực thuộc…"), self.do_move_unit, "actionMoveUnit")
        self.toggle_unit = a(self.tr("Ngừng hoạt động"), self.do_toggle_unit, "actionToggleUnit")
        self.oversight = a(self.tr("Phân công phụ trách…"), self.do_oversight, "actionOversight")
        self.standing = a(self.tr("PCVP thường trực…"), self.do_standing, "actionStandingDeputy")
        self.add_delegation = a(self.tr("Thêm ủy quyền…"), self.do_add_delegation, "actionAddDelegation")
        self.remove_delegation = a(self.tr("Xóa ủy quyền…"), self.do_remove_delegation, "actionRemoveDelegation")
        self.import_staff = a(self.tr("Nhập từ Excel…"), self.do_import, "actionImportStaff")

        self.people_menu = self._menu(self.tr("Cán bộ"), [self.move_person, self.toggle_person])
        self.units_menu = self._menu(self.tr("Đơn vị"), [self.add_unit, self.rename_unit, self.move_unit,
                                                         self.toggle_unit])
        self.links_menu = self._menu(self.tr("Phân công"), [self.oversight, self.standing, None,
                                                           self.add_delegation, self.remove_delegation])
        self.update_for(None, None)

    def _action(self, text: str, slot: Callable[[], None], name: str, key: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.pane.addAction(action)
        action.triggered.connect(slot)
        return action

    def _menu(self, title: str, actions: list[QAction | None]) -> QAction:
        menu = QMenu(title, self.pane)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return MenuButtonAction(menu, self)

    def toolbar_actions(self) -> list[QAction]:
        return [self.undo, self.redo, self.add_person, self.edit, self.people_menu, self.units_menu,
                self.links_menu, self.import_staff]

    def context_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for action in (self.edit, self.move_person, self.toggle_person, None, self.add_person, self.add_unit,
                       self.rename_unit, self.move_unit, self.toggle_unit, None, self.oversight,
                       self.add_delegation, self.remove_delegation):
            if action is None:
                menu.addSeparator()
            elif action.isEnabled():
                menu.addAction(action)
        return menu

    # -- state ----------------------------------------------------------------------

    def update_for(self, person: PersonInfo | None, unit: UnitInfo | None) -> None:
        """Enable what applies to the current selection (a person, a unit, or nothing)."""
        w = self.can_write
        self.person, self.unit = person, unit
        self.add_person.setEnabled(w)
        self.edit.setEnabled(w and (person is not None or unit is not None))
        self.move_person.setEnabled(w and person is not None and person.active)
        self.toggle_person.setEnabled(w and person is not None)
        self.toggle_person.setText(self.tr("Cho công tác trở lại") if person is not None and not person.active
                                   else self.tr("Thôi công tác"))
        self.add_unit.setEnabled(w)
        for action in (self.rename_unit, self.move_unit, self.toggle_unit):
            action.setEnabled(w and unit is not None)
        self.toggle_unit.setText(self.tr("Hoạt động trở lại") if unit is not None and not unit.active
                                 else self.tr("Ngừng hoạt động"))
        self.oversight.setEnabled(w and person is not None and person.role == "deputy_chief" and person.active)
        for action in (self.standing, self.add_delegation, self.remove_delegation, self.import_staff):
            action.setEnabled(w)
        for holder in (self.people_menu, self.units_menu, self.links_menu):
            holder.setEnabled(w)

    # -- running --------------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Show *dialog* modally; True if accepted (tests drive it through the open modal widget)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def run(self, command: cmd.OrgCommand) -> bool:
        return self.editor.run(command)

    def do_add_person(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        unit_id = self.unit.id if self.unit else (self.person.unit_id if self.person else None)
        dialog = PersonDialog(snap, unit_id=unit_id, parent=self.pane)
        if self.exec_dialog(dialog):
            command = cmd.CreatePerson(self.editor, dialog.value())
            if self.run(command):
                self.pane.select("person", command.person.id)

    def do_edit(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        if self.person is not None:
            dialog = PersonDialog(snap, self.person, parent=self.pane)
            if self.exec_dialog(dialog):
                from app.services.org.edit import PersonInput

                self.run(cmd.EditPerson(self.editor, self.person.id, PersonInput.of(self.person), dialog.value()))
        elif self.unit is not None:
            self.do_rename_unit()

    def do_move_person(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        if self.person is None:
            return
        dialog = MovePersonDialog(snap, self.person, parent=self.pane)
        if self.exec_dialog(dialog):
            self.run(cmd.MovePerson(self.editor, self.person, *dialog.value()))

    def do_toggle_person(self) -> None:
        if self.person is not None:
            self.run(cmd.SetPersonActive(self.editor, self.person, not self.person.active))

    def do_add_unit(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        parent_id = self.unit.id if self.unit else None
        dialog = UnitDialog(snap, parent_id=parent_id, parent=self.pane)
        if self.exec_dialog(dialog):
            command = cmd.CreateUnit(self.editor, **dialog.value())
            if self.run(command):
                self.pane.select("unit", command.unit.id)

    def do_rename_unit(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        if self.unit is None:
            return
        dialog = UnitDialog(snap, self.unit, parent=self.pane)
        if self.exec_dialog(dialog):
            v = dialog.value()
            self.run(cmd.RenameUnit(self.editor, self.unit, v["name"], v["short_name"]))

    def do_move_unit(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        if self.unit is None:
            return
        dialog = MoveUnitDialog(snap, self.unit, parent=self.pane)
        if self.exec_dialog(dialog):
            self.run(cmd.MoveUnit(self.editor, self.unit, dialog.value()))

    def do_toggle_unit(self) -> None:
        if self.unit is not None:
            self.run(cmd.SetUnitActive(self.editor, self.unit, not self.unit.active))

    def do_oversight(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        if self.person is None:
            return
        snap = snap
        dialog = OversightDialog(snap, self.person, parent=self.pane)
        if self.exec_dialog(dialog):
            current = snap.overseen_by(self.person.id)
            old = ([o.unit_id for o in current if o.unit_id], [o.field for o in current if o.field])
            self.run(cmd.SetOversight(self.editor, self.person, old, dialog.value()))

    def do_standing(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        dialog = StandingDeputyDialog(snap, parent=self.pane)
        if self.exec_dialog(dialog) and dialog.value() != dialog.current:
            self.run(cmd.SetStandingDeputy(self.editor, dialog.current, dialog.value()))

    def do_add_delegation(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        principal = self.person.id if self.person else None
        dialog = DelegationDialog(snap, principal_id=principal, today=self.pane.today(),
                                  parent=self.pane)
        if self.exec_dialog(dialog):
            v = dialog.value()
            person = snap.people[v.pop("principal_id")]
            self.run(cmd.AddDelegation(self.editor, person, **v))

    def do_remove_delegation(self) -> None:
        snap = self.pane.snapshot
        if snap is None:  # the office is not read yet: nothing to edit
            return
        dialog = RemoveDelegationDialog(snap, today=self.pane.today(),
                                        principal_id=self.person.id if self.person else None, parent=self.pane)
        if self.exec_dialog(dialog) and (delegation := dialog.value()) is not None:
            self.run(cmd.RemoveDelegation(self.editor, delegation, snap.people[delegation.principal_id].full_name))

    def do_import(self) -> None:
        from ui.orgchart.import_dialog import ImportStaffDialog

        dialog = ImportStaffDialog(self.pane.ctx, parent=self.pane)
        if self.exec_dialog(dialog) and dialog.preview is not None:
            self.run(cmd.ImportStaff(self.editor, dialog.preview))
