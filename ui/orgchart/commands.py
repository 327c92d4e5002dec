"""Undoable edits of the org chart: QUndoCommands that call the org services.

Undoing a creation deletes what was created (delete_person / delete_unit); undoing an
edit writes the old values back. A row re-created by a redo gets a new id, so commands
name rows through :class:`Ref` objects shared by a :class:`RefRegistry`: every command
that names the same row follows it to its new id.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, overload

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.errors import NotFound, VanPhongError
from app.services.org import edit as org
from app.services.org import staff_import as org_import
from app.services.org.edit import PersonInput
from app.services.org.read import DelegationInfo, UnitInfo
from db.errors import DatabaseError
from ui.context import AppContext, show_error
from ui.translation import TranslationContext

OrgCommands = TranslationContext("OrgCommands")  # undo texts with plural forms


class Ref:
    """A row named by kind and its current id (None while an undone creation is undone)."""

    def __init__(self, registry: RefRegistry, kind: str, value: int | None) -> None:
        self.registry, self.kind, self.value = registry, kind, value

    @property
    def id(self) -> int:
        if self.value is None:
            raise NotFound(QCoreApplication.translate("OrgCommands", "Bản ghi này đã bị hoàn tác nên không còn nữa."))
        return self.value

    def rebind(self, value: int | None) -> None:
        self.registry.moved(self, self.value, value)
        self.value = value


class RefRegistry:
    """The live Refs by (kind, id): asking twice for the same row gives the same Ref."""

    def __init__(self) -> None:
        self._live: dict[tuple[str, int], Ref] = {}

    @overload
    def get(self, kind: str, item_id: int) -> Ref: ...
    @overload
    def get(self, kind: str, item_id: int | None) -> Ref | None: ...

    def get(self, kind: str, item_id: int | None) -> Ref | None:
        if item_id is None:
            return None
        ref = self._live.get((kind, item_id))
        if ref is None:
            ref = self._live[(kind, item_id)] = Ref(self, kind, item_id)
        return ref

    def new(self, kind: str) -> Ref:
        return Ref(self, kind, None)

    def moved(self, ref: Ref, old: int | None, new: int | None) -> None:
        if old is not None and self._live.get((ref.kind, old)) is ref:
            del self._live[(ref.kind, old)]
        if new is not None:
            self._live[(ref.kind, new)] = ref


def _id(ref: Ref | None) -> int | None:
    return ref.id if ref is not None else None


class OrgEditor(QObject):
    """Runs org commands: the first run happens before the push (a refused edit never
    enters the stack); each run, undo and redo announces its writes' changes once."""

    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        self.refs = RefRegistry()
        self.parent_widget: QWidget | None = None

    def call(self, fn: Callable[..., Any], /, **kwargs: Any) -> Any:
        return self.ctx.call(fn, **kwargs)

    def run(self, command: OrgCommand) -> bool:
        try:
            with self.ctx.batch():  # a half-done multi-step edit shows as it is
                command.apply()
        except (VanPhongError, DatabaseError) as exc:
            show_error(self.parent_widget, str(exc))
            return False
        command.skip_redo = True  # push() calls redo(): it is already applied
        self.stack.push(command)
        return True

    def report(self, message: str) -> None:
        """An undo or redo failed (someone changed the data meanwhile): say so, after the stack settles."""
        self.failed.emit(message)
        QTimer.singleShot(0, lambda: show_error(self.parent_widget, message))


class OrgCommand(QUndoCommand):
    """Subclasses implement :meth:`apply` (do) and :meth:`revert` (undo)."""

    def __init__(self, editor: OrgEditor, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.skip_redo = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.skip_redo:
            self.skip_redo = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            with self.editor.ctx.batch():
                step()
        except (VanPhongError, DatabaseError) as exc:
            self.setObsolete(True)
            self.editor.report(str(exc))

    def call(self, fn: Callable[..., Any], /, **kwargs: Any) -> Any:
        return self.editor.call(fn, **kwargs)


# -- people -----------------------------------------------------------------------

class _PersonData:
    """A PersonInput whose unit and position are Refs."""

    def __init__(self, editor: OrgEditor, data: PersonInput) -> None:
        self.data = data
        self.unit = editor.refs.get("unit", data.unit_id)
        self.position = editor.refs.get("position", data.position_id)

    def resolve(self) -> PersonInput:
        return PersonInput(**{**vars(self.data), "unit_id": _id(self.unit), "position_id": _id(self.position)})


class CreatePerson(OrgCommand):
    def __init__(self, editor: OrgEditor, data: PersonInput) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Thêm cán bộ %1").replace("%1", data.full_name))
        self.data = _PersonData(editor, data)
        self.person = editor.refs.new("person")

    def apply(self) -> None:
        self.person.rebind(self.call(org.create_person, data=self.data.resolve()))

    def revert(self) -> None:
        self.call(org.delete_person, person_id=self.person.id)
        self.person.rebind(None)


class EditPerson(OrgCommand):
    def __init__(self, editor: OrgEditor, person_id: int, old: PersonInput, new: PersonInput) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Sửa thông tin %1").replace("%1", new.full_name))
        self.person = editor.refs.get("person", person_id)
        self.old, self.new = _PersonData(editor, old), _PersonData(editor, new)

    def apply(self) -> None:
        self.call(org.update_person, person_id=self.person.id, data=self.new.resolve())

    def revert(self) -> None:
        self.call(org.update_person, person_id=self.person.id, data=self.old.resolve())


class SetPersonActive(OrgCommand):
    def __init__(self, editor: OrgEditor, person: org.PersonInfo, active: bool) -> None:
        text = QCoreApplication.translate("OrgCommands", "Cho %1 công tác trở lại") if active else QCoreApplication.translate("OrgCommands", "Cho %1 thôi công tác")
        super().__init__(editor, text.replace("%1", person.full_name))
        self.person = editor.refs.get("person", person.id)
        self.active, self.was_standing = active, person.is_standing_deputy

    def apply(self) -> None:
        self.call(org.set_person_active, person_id=self.person.id, active=self.active)

    def revert(self) -> None:
        self.call(org.set_person_active, person_id=self.person.id, active=not self.active)
        if self.was_standing:
            self.call(org.set_standing_deputy, person_id=self.person.id)


class MovePerson(OrgCommand):
    def __init__(self, editor: OrgEditor, person: org.PersonInfo, unit_id: int | None,
                 position_id: int | None) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Chuyển %1 sang đơn vị khác").replace("%1", person.full_name))
        refs = editor.refs
        self.person = refs.get("person", person.id)
        self.old = (refs.get("unit", person.unit_id), refs.get("position", person.position_id))
        self.new = (refs.get("unit", unit_id), refs.get("position", position_id) or self.old[1])

    def _move(self, unit: Ref | None, position: Ref | None) -> None:
        self.call(org.move_person, person_id=self.person.id, unit_id=_id(unit), position_id=_id(position))

    def apply(self) -> None:
        self._move(*self.new)

    def revert(self) -> None:
        self._move(*self.old)


class SetStandingDeputy(OrgCommand):
    def __init__(self, editor: OrgEditor, old_id: int | None, new_id: int | None) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Đặt Phó Chánh Văn phòng thường trực"))
        self.old, self.new = editor.refs.get("person", old_id), editor.refs.get("person", new_id)

    def apply(self) -> None:
        self.call(org.set_standing_deputy, person_id=_id(self.new))

    def revert(self) -> None:
        self.call(org.set_standing_deputy, person_id=_id(self.old))


# -- units ------------------------------------------------------------------------

class CreateUnit(OrgCommand):
    def __init__(self, editor: OrgEditor, name: str, parent_id: int | None, kind: str = "department",
                 short_name: str = "", sort_order: int = 0) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Thêm đơn vị %1").replace("%1", name))
        self.args = {"name": name, "kind": kind, "short_name": short_name, "sort_order": sort_order}
        self.parent = editor.refs.get("unit", parent_id)
        self.unit = editor.refs.new("unit")

    def apply(self) -> None:
        self.unit.rebind(self.call(org.create_unit, parent_id=_id(self.parent), **self.args))

    def revert(self) -> None:
        self.call(org.delete_unit, unit_id=self.unit.id)
        self.unit.rebind(None)


class RenameUnit(OrgCommand):
    def __init__(self, editor: OrgEditor, unit: UnitInfo, name: str, short_name: str) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Đổi tên %1 thành %2").replace("%1", unit.name).replace("%2", name))
        self.unit = editor.refs.get("unit", unit.id)
        self.old, self.new = (unit.name, unit.short_name), (name, short_name)

    def apply(self) -> None:
        self.call(org.rename_unit, unit_id=self.unit.id, name=self.new[0], short_name=self.new[1])

    def revert(self) -> None:
        self.call(org.rename_unit, unit_id=self.unit.id, name=self.old[0], short_name=self.old[1])


class MoveUnit(OrgCommand):
    def __init__(self, editor: OrgEditor, unit: UnitInfo, parent_id: int | None) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Chuyển đơn vị %1").replace("%1", unit.name))
        refs = editor.refs
        self.unit = refs.get("unit", unit.id)
        self.old, self.new = refs.get("unit", unit.parent_id), refs.get("unit", parent_id)

    def apply(self) -> None:
        self.call(org.move_unit, unit_id=self.unit.id, parent_id=_id(self.new))

    def revert(self) -> None:
        self.call(org.move_unit, unit_id=self.unit.id, parent_id=_id(self.old))


class SetUnitActive(OrgCommand):
    def __init__(self, editor: OrgEditor, unit: UnitInfo, active: bool) -> None:
        text = QCoreApplication.translate("OrgCommands", "Hoạt động trở lại: %1") if active else QCoreApplication.translate("OrgCommands", "Ngừng hoạt động: %1")
        super().__init__(editor, text.replace("%1", unit.name))
        self.unit, self.active = editor.refs.get("unit", unit.id), active

    def apply(self) -> None:
        self.call(org.set_unit_active, unit_id=self.unit.id, active=self.active)

    def revert(self) -> None:
        self.call(org.set_unit_active, unit_id=self.unit.id, active=not self.active)


# -- oversight and delegations ----------------------------------------------------

class SetOversight(OrgCommand):
    def __init__(self, editor: OrgEditor, deputy: org.PersonInfo, old: tuple[list[int], list[str]],
                 new: tuple[list[int], list[str]]) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Phân công phụ trách cho %1").replace("%1", deputy.full_name))
        refs = editor.refs
        self.deputy = refs.get("person", deputy.id)
        self.old = ([refs.get("unit", u) for u in old[0]], list(old[1]))
        self.new = ([refs.get("unit", u) for u in new[0]], list(new[1]))

    def _set(self, units: list[Ref], fields_: list[str]) -> None:
        self.call(org.set_oversight, deputy_id=self.deputy.id, unit_ids=[u.id for u in units], fields_=fields_)

    def apply(self) -> None:
        self._set(*self.new)

    def revert(self) -> None:
        self._set(*self.old)


class _DelegationData:
    def __init__(self, editor: OrgEditor, principal_id: int, acting_id: int, start: date, end: date,
                 scope: str, reason: str) -> None:
        self.principal = editor.refs.get("person", principal_id)
        self.acting = editor.refs.get("person", acting_id)
        self.rest = {"start_date": start, "end_date": end, "scope": scope, "reason": reason}

    def add(self, command: OrgCommand) -> int:
        return command.call(org.add_delegation, principal_id=self.principal.id, acting_id=self.acting.id,
                            **self.rest)


class AddDelegation(OrgCommand):
    def __init__(self, editor: OrgEditor, principal: org.PersonInfo, acting_id: int, start: date, end: date,
                 scope: str = "", reason: str = "") -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Ủy quyền của %1").replace("%1", principal.full_name))
        self.data = _DelegationData(editor, principal.id, acting_id, start, end, scope, reason)
        self.delegation = editor.refs.new("delegation")

    def apply(self) -> None:
        self.delegation.rebind(self.data.add(self))

    def revert(self) -> None:
        self.call(org.remove_delegation, delegation_id=self.delegation.id)
        self.delegation.rebind(None)


class RemoveDelegation(OrgCommand):
    def __init__(self, editor: OrgEditor, delegation: DelegationInfo, principal_name: str) -> None:
        super().__init__(editor, QCoreApplication.translate("OrgCommands", "Xóa ủy quyền của %1").replace("%1", principal_name))
        d = delegation
        self.data = _DelegationData(editor, d.principal_id, d.acting_id, d.start_date, d.end_date, d.scope,
                                    d.reason)
        self.delegation = editor.refs.get("delegation", d.id)

    def apply(self) -> None:
        self.call(org.remove_delegation, delegation_id=self.delegation.id)
        self.delegation.rebind(None)

    def revert(self) -> None:
        self.delegation.rebind(self.data.add(self))


# -- import -----------------------------------------------------------------------

class ImportStaff(OrgCommand):
    """All valid rows of an .xlsx preview in one transaction; undo removes them in one."""

    def __init__(self, editor: OrgEditor, preview: org_import.StaffImportPreview) -> None:
        super().__init__(editor, OrgCommands.tr("Nhập %n cán bộ từ %1", "", len(preview.valid_rows))
                         .replace("%1", preview.source))
        self.preview = preview
        self.people: list[Ref] = []

    def apply(self) -> None:
        # the dialog lets the import go only once its date warnings were confirmed
        ids = self.call(org_import.commit_staff_import, preview=self.preview, warnings_confirmed=True)
        if not self.people:
            self.people = [self.editor.refs.new("person") for _ in ids]
        for ref, person_id in zip(self.people, ids, strict=True):
            ref.rebind(person_id)

    def revert(self) -> None:
        self.call(org_import.remove_imported_staff, person_ids=[ref.id for ref in self.people])
        for ref in self.people:
            ref.rebind(None)
