"""Edits of the org chart: units, people, positions, oversight, delegations.

Every function is one transaction with one audit-log row, checks the actor's
permission first, and returns the id of what it changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date

from sqlmodel import Session, col, select

from app.errors import Conflict, InvalidInput
from app.rules.leave import Role
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.lookup import get_or_raise
from app.services.org.read import (  # re-exported: the org API in one place
    Absence,
    OrgSnapshot,
    PersonInfo,
    absences_between,
    acting_on,
    away_on,
    get_office,
    get_person,
    load_org,
    search_people,
    who_acts_for,
)
from app.text import fold, nfc
from db.models import BodyMember, Delegation, Office, Oversight, Person, Position, Unit
from db.models.base import id_of, today_local

__all__ = [
    "Absence", "OrgSnapshot", "PersonInfo", "PersonInput", "absences_between", "acting_on", "away_on",
    "get_office", "get_person", "load_org", "search_people", "who_acts_for",
]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+().\s-]{6,20}$")
UNIT_KIND_LABELS = {"office": "Cơ quan", "department": "Phòng, đơn vị", "body": "Cơ quan lãnh đạo"}


@dataclass
class PersonInput:
    """What a user types for a person; validated by :meth:`clean`."""

    full_name: str
    gender: str = ""
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    unit_id: int | None = None
    position_id: int | None = None
    service_start: date | None = None
    notes: str = ""

    def clean(self, today: date | None = None) -> PersonInput:
        today = today or today_local()
        name = " ".join(nfc(self.full_name).split())
        if len(name) < 2:
            raise InvalidInput("Họ và tên không được để trống.")
        if self.gender not in ("male", "female", ""):
            raise InvalidInput("Giới tính không hợp lệ.")
        email = nfc(self.email)
        if email and not _EMAIL.match(email):
            raise InvalidInput(f"Địa chỉ e-mail không hợp lệ: {email}")
        phone = nfc(self.phone)
        if phone and not _PHONE.match(phone):
            raise InvalidInput(f"Số điện thoại không hợp lệ: {phone}")
        if self.birth_date and self.birth_date > today:
            raise InvalidInput("Ngày sinh không thể ở tương lai.")
        if self.birth_date and self.service_start and self.service_start < self.birth_date:
            raise InvalidInput("Ngày vào cơ quan không thể trước ngày sinh.")
        return PersonInput(name, self.gender, self.birth_date, phone, email, self.unit_id,
                           self.position_id, self.service_start, nfc(self.notes))

    @classmethod
    def of(cls, person: PersonInfo) -> PersonInput:
        return cls(**{f.name: getattr(person, f.name) for f in fields(cls)})


def _person(session: Session, person_id: int) -> Person:
    return get_or_raise(session, Person, person_id, f"Không tìm thấy cán bộ có mã {person_id}.")


def _unit(session: Session, unit_id: int) -> Unit:
    return get_or_raise(session, Unit, unit_id, f"Không tìm thấy đơn vị có mã {unit_id}.")


def _check_refs(session: Session, data: PersonInput) -> None:
    if data.unit_id is not None:
        _unit(session, data.unit_id)
    if data.position_id is not None:
        get_or_raise(session, Position, data.position_id, f"Không tìm thấy chức vụ có mã {data.position_id}.")


# -- office -----------------------------------------------------------------------

def save_office(*, session: Session, actor: Actor, name: str, parent_body: str = "", address: str = "",
                place: str = "", kind: str = "party", code_suffix: str = "VPTU") -> int:
    """Create or update the office (there is exactly one)."""
    require(actor, Permission.SETTINGS_WRITE)
    name = nfc(name)
    if not name:
        raise InvalidInput("Tên cơ quan không được để trống.")
    if kind not in ("party", "state"):
        raise InvalidInput("Loại cơ quan phải là cơ quan Đảng hoặc cơ quan Nhà nước.")
    office = session.exec(select(Office).order_by(col(Office.id))).first() or Office(name=name)
    with write(session, actor, "office.save", "office", name):
        office.name, office.parent_body, office.address = name, nfc(parent_body), nfc(address)
        office.place, office.kind, office.code_suffix = nfc(place), kind, nfc(code_suffix)
        session.add(office)
    return id_of(office)


# -- units ------------------------------------------------------------------------

def create_unit(*, session: Session, actor: Actor, name: str, parent_id: int | None,
                kind: str = "department", short_name: str = "", code: str | None = None,
                sort_order: int = 0) -> int:
    require(actor, Permission.ORG_WRITE)
    name = nfc(name)
    if not name:
        raise InvalidInput("Tên đơn vị không được để trống.")
    if kind not in UNIT_KIND_LABELS:
        raise InvalidInput(f"Loại đơn vị không hợp lệ: {kind}")
    if parent_id is not None:
        _unit(session, parent_id)
    unit = Unit(name=name, parent_id=parent_id, kind=kind, short_name=nfc(short_name),
                code=code or None, sort_order=sort_order)
    with write(session, actor, "unit.create", "unit", name):
        session.add(unit)
    return id_of(unit)


def rename_unit(*, session: Session, actor: Actor, unit_id: int, name: str, short_name: str | None = None) -> int:
    require(actor, Permission.ORG_WRITE)
    unit = _unit(session, unit_id)
    name = nfc(name)
    if not name:
        raise InvalidInput("Tên đơn vị không được để trống.")
    with write(session, actor, "unit.rename", f"unit:{unit_id}", f"{unit.name} → {name}"):
        unit.name = name
        if short_name is not None:
            unit.short_name = nfc(short_name)
        session.add(unit)
    return unit_id


def move_unit(*, session: Session, actor: Actor, unit_id: int, parent_id: int | None) -> int:
    """Put a unit under another; a unit can never go under itself or its own sub-units."""
    require(actor, Permission.ORG_WRITE)
    unit = _unit(session, unit_id)
    if parent_id is not None:
        ancestor: Unit | None = _unit(session, parent_id)
        while ancestor is not None:
            if ancestor.id == unit_id:
                raise Conflict("Một đơn vị không thể nằm dưới chính nó hoặc đơn vị cấp dưới của nó.")
            ancestor = session.get(Unit, ancestor.parent_id) if ancestor.parent_id else None
    with write(session, actor, "unit.move", f"unit:{unit_id}", f"parent={parent_id}"):
        unit.parent_id = parent_id
        session.add(unit)
    return unit_id


def set_unit_active(*, session: Session, actor: Actor, unit_id: int, active: bool) -> int:
    """Deactivate (or reactivate) a unit. A unit with active staff or sub-units stays active."""
    require(actor, Permission.ORG_WRITE)
    unit = _unit(session, unit_id)
    if not active:
        staff = session.exec(select(Person).where(Person.unit_id == unit_id, Person.active)).first()
        if staff is not None:
            raise Conflict(f"Đơn vị {unit.name} còn cán bộ đang công tác; hãy chuyển họ đi trước.")
        sub = session.exec(select(Unit).where(Unit.parent_id == unit_id, Unit.active)).first()
        if sub is not None:
            raise Conflict(f"Đơn vị {unit.name} còn đơn vị trực thuộc ({sub.name}).")
    with write(session, actor, "unit.deactivate" if not active else "unit.activate", f"unit:{unit_id}"):
        unit.active = active
        session.add(unit)
    return unit_id


def delete_unit(*, session: Session, actor: Actor, unit_id: int) -> None:
    """Remove a unit that nothing refers to (undo of a creation)."""
    require(actor, Permission.ORG_WRITE)
    unit = _unit(session, unit_id)
    with write(session, actor, "unit.delete", f"unit:{unit_id}", unit.name):
        session.delete(unit)


# -- positions --------------------------------------------------------------------

def create_position(*, session: Session, actor: Actor, role: str, title: str, rank: int = 100) -> int:
    require(actor, Permission.ORG_WRITE)
    title = nfc(title)
    if not title:
        raise InvalidInput("Tên chức vụ không được để trống.")
    try:
        checked = Role(role)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc
    if checked.is_body:
        raise InvalidInput(f"{checked.label} là một tập thể, không phải chức vụ của một người.")
    position = Position(role=checked.value, title=title, rank=rank)
    with write(session, actor, "position.create", "position", title):
        session.add(position)
    return id_of(position)


def find_position(session: Session, title: str) -> int | None:
    """The id of the position with this title (diacritics and case ignored)."""
    wanted = fold(title)
    for position in session.exec(select(Position)).all():
        if fold(position.title) == wanted:
            return position.id
    return None


# -- people -----------------------------------------------------------------------

def create_person(*, session: Session, actor: Actor, data: PersonInput) -> int:
    require(actor, Permission.ORG_WRITE)
    data = data.clean()
    _check_refs(session, data)
    person = Person(**vars(data), search_key=fold(data.full_name))
    with write(session, actor, "person.create", "person", data.full_name):
        session.add(person)
    return id_of(person)


def update_person(*, session: Session, actor: Actor, person_id: int, data: PersonInput) -> int:
    require(actor, Permission.ORG_WRITE)
    person = _person(session, person_id)
    data = data.clean()
    _check_refs(session, data)
    with write(session, actor, "person.update", f"person:{person_id}", data.full_name):
        for key, value in vars(data).items():
            setattr(person, key, value)
        person.search_key = fold(data.full_name)
        session.add(person)
    return person_id


def move_person(*, session: Session, actor: Actor, person_id: int, unit_id: int | None,
                position_id: int | None = None) -> int:
    """Transfer a person to another unit and, optionally, another position."""
    require(actor, Permission.ORG_WRITE)
    person = _person(session, person_id)
    if unit_id is not None:
        _unit(session, unit_id)
    if position_id is not None:
        get_or_raise(session, Position, position_id, f"Không tìm thấy chức vụ có mã {position_id}.")
    with write(session, actor, "person.move", f"person:{person_id}", f"unit={unit_id} position={position_id}"):
        person.unit_id = unit_id
        if position_id is not None:
            person.position_id = position_id
        session.add(person)
    return person_id


def set_person_active(*, session: Session, actor: Actor, person_id: int, active: bool) -> int:
    require(actor, Permission.ORG_WRITE)
    person = _person(session, person_id)
    with write(session, actor, "person.activate" if active else "person.deactivate", f"person:{person_id}"):
        person.active = active
        if not active:
            person.is_standing_deputy = False
        session.add(person)
    return person_id


def delete_person(*, session: Session, actor: Actor, person_id: int) -> None:
    """Remove a person nothing refers to (undo of a creation); otherwise deactivate instead."""
    require(actor, Permission.ORG_WRITE)
    person = _person(session, person_id)
    with write(session, actor, "person.delete", f"person:{person_id}", person.full_name):
        session.delete(person)


def set_standing_deputy(*, session: Session, actor: Actor, person_id: int | None) -> None:
    """Mark the deputy chief who acts for the chief (PCVP thường trực); None clears it."""
    require(actor, Permission.ORG_WRITE)
    if person_id is not None:
        person = _person(session, person_id)
        position = session.get(Position, person.position_id) if person.position_id else None
        role = position.role if position else ""
        if role != "deputy_chief":
            raise InvalidInput("Chỉ Phó Chánh Văn phòng mới có thể là Phó Chánh Văn phòng thường trực.")
    with write(session, actor, "person.standing_deputy", f"person:{person_id}"):
        for other in session.exec(select(Person).where(Person.is_standing_deputy)).all():
            other.is_standing_deputy = False
            session.add(other)
        if person_id is not None:
            person.is_standing_deputy = True
            session.add(person)


def set_body_membership(*, session: Session, actor: Actor, body_id: int, person_ids: list[int]) -> None:
    """Replace the members of a leadership body (BCH, BTV, Thường trực)."""
    require(actor, Permission.ORG_WRITE)
    body = _unit(session, body_id)
    if body.kind != "body":
        raise InvalidInput(f"{body.name} không phải là cơ quan lãnh đạo.")
    for pid in person_ids:
        _person(session, pid)
    with write(session, actor, "body.members", f"unit:{body_id}", f"{len(person_ids)} members"):
        for row in session.exec(select(BodyMember).where(BodyMember.body_id == body_id)).all():
            session.delete(row)
        session.flush()
        for pid in dict.fromkeys(person_ids):
            session.add(BodyMember(person_id=pid, body_id=body_id))


# -- oversight and delegations ----------------------------------------------------

def set_oversight(*, session: Session, actor: Actor, deputy_id: int, unit_ids: list[int],
                  fields_: Sequence[str] = ()) -> None:
    """Replace what a deputy chief oversees: departments and fields (lĩnh vực)."""
    require(actor, Permission.ORG_WRITE)
    deputy = _person(session, deputy_id)
    for uid in unit_ids:
        _unit(session, uid)
    with write(session, actor, "oversight.set", f"person:{deputy_id}", deputy.full_name):
        for row in session.exec(select(Oversight).where(Oversight.deputy_id == deputy_id)).all():
            session.delete(row)
        session.flush()
        for uid in dict.fromkeys(unit_ids):
            session.add(Oversight(deputy_id=deputy_id, unit_id=uid))
        for name in dict.fromkeys(nfc(f) for f in fields_):
            if name:
                session.add(Oversight(deputy_id=deputy_id, field=name))


def add_delegation(*, session: Session, actor: Actor, principal_id: int, acting_id: int,
                   start_date: date, end_date: date, scope: str = "", reason: str = "") -> int:
    """Record that *acting_id* acts for *principal_id* from *start_date* to *end_date*."""
    require(actor, Permission.ORG_WRITE)
    principal, acting = _person(session, principal_id), _person(session, acting_id)
    if principal_id == acting_id:
        raise InvalidInput("Một người không thể ủy quyền cho chính mình.")
    if end_date < start_date:
        raise InvalidInput("Ngày kết thúc ủy quyền phải từ ngày bắt đầu trở đi.")
    if not acting.active:
        raise InvalidInput(f"{acting.full_name} không còn công tác.")
    overlap = session.exec(select(Delegation).where(
        Delegation.principal_id == principal_id,
        Delegation.start_date <= end_date, Delegation.end_date >= start_date)).first()
    if overlap is not None:
        raise Conflict(
            f"{principal.full_name} đã có ủy quyền từ {overlap.start_date:%d/%m/%Y} đến {overlap.end_date:%d/%m/%Y}."
        )
    delegation = Delegation(principal_id=principal_id, acting_id=acting_id, start_date=start_date,
                            end_date=end_date, scope=nfc(scope), reason=nfc(reason))
    with write(session, actor, "delegation.create", f"person:{principal_id}",
               f"{acting.full_name} {start_date}–{end_date}"):
        session.add(delegation)
    return id_of(delegation)


def remove_delegation(*, session: Session, actor: Actor, delegation_id: int) -> None:
    require(actor, Permission.ORG_WRITE)
    delegation = get_or_raise(session, Delegation, delegation_id,
                              f"Không tìm thấy ủy quyền có mã {delegation_id}.")
    with write(session, actor, "delegation.delete", f"delegation:{delegation_id}"):
        session.delete(delegation)
