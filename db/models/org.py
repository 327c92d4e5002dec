"""Tables of the org chart and accounts: office, units, positions, people,
oversight, delegations, users, audit log and settings."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.models.base import datetime_field, now_local

UNIT_KINDS = ("office", "department", "body")
USER_ROLES = ("admin", "clerk", "leader", "staff", "viewer")
OFFICE_KINDS = ("party", "state")


def fk(target: str, *, ondelete: str = "RESTRICT", nullable: bool = True, index: bool = True) -> Any:
    """An integer foreign-key column with an explicit ON DELETE action."""
    return Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index
        ),
    )


class Office(SQLModel, table=True):
    """The office using the app; its names go into every printed header."""

    __table_args__ = (
        CheckConstraint("kind IN ('party', 'state')", name="ck_office_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str  # "VĂN PHÒNG TỈNH ỦY"
    parent_body: str = ""  # "TỈNH ỦY NINH THUẬN"
    address: str = ""
    place: str = ""  # "Ninh Thuận" in "Ninh Thuận, ngày … tháng … năm …"
    kind: str = "party"
    code_suffix: str = "VPTU"  # document number suffix, e.g. "-LCT/VPTU"
    # made once at creation: the office's part of every iCalendar UID it gives out
    # ("<event>@<uuid>.vanphong"), so two offices' events never share an identity
    uuid: str = Field(default_factory=lambda: str(uuid4()))


class Unit(SQLModel, table=True):
    """A node of the org tree: the office, a department, or a leadership body."""

    __table_args__ = (
        CheckConstraint("kind IN ('office', 'department', 'body')", name="ck_unit_kind"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="ck_unit_not_own_parent"),
        UniqueConstraint("code", name="uq_unit_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str
    short_name: str = ""
    code: str | None = None  # stable code: "tong_hop", "hanh_chinh", "btv", …
    kind: str = "department"
    parent_id: int | None = fk("unit.id")
    sort_order: int = 0
    active: bool = True


class Position(SQLModel, table=True):
    """A position: a role code from the rules plus its Vietnamese title and protocol rank."""

    __table_args__ = (UniqueConstraint("title", name="uq_position_title"),)

    id: int | None = Field(default=None, primary_key=True)
    role: str  # app.rules.leave.Role value: chief, deputy_chief, head, …
    title: str  # "Chánh Văn phòng"
    rank: int = 100  # protocol order: lower comes first


class Person(SQLModel, table=True):
    """A member of staff or of a leadership body."""

    __table_args__ = (
        CheckConstraint("gender IN ('male', 'female', '')", name="ck_person_gender"),
    )

    id: int | None = Field(default=None, primary_key=True)
    full_name: str = Field(index=True)
    search_key: str = Field(default="", index=True)  # app.text.fold(full_name)
    gender: str = ""
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    unit_id: int | None = fk("unit.id")
    position_id: int | None = fk("position.id")
    is_standing_deputy: bool = False  # PCVP thường trực: acts for the chief
    service_start: date | None = None
    active: bool = True
    notes: str = ""


class BodyMember(SQLModel, table=True):
    """Membership of a person in a leadership body (BCH, BTV, Thường trực)."""

    __tablename__ = "body_member"
    __table_args__ = (UniqueConstraint("person_id", "body_id", name="uq_body_member"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = fk("person.id", ondelete="CASCADE", nullable=False)
    body_id: int = fk("unit.id", ondelete="CASCADE", nullable=False)
    title: str = ""  # "Ủy viên Ban Thường vụ"


class Oversight(SQLModel, table=True):
    """A deputy chief oversees a department and/or a field (lĩnh vực)."""

    __table_args__ = (
        CheckConstraint("unit_id IS NOT NULL OR field <> ''", name="ck_oversight_target"),
    )

    id: int | None = Field(default=None, primary_key=True)
    deputy_id: int = fk("person.id", ondelete="CASCADE", nullable=False)
    unit_id: int | None = fk("unit.id", ondelete="CASCADE")
    field: str = ""


class Delegation(SQLModel, table=True):
    """Who acts for whom, from when to when, for what (ủy quyền / ký thay)."""

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="ck_delegation_dates"),
        CheckConstraint("principal_id <> acting_id", name="ck_delegation_distinct"),
    )

    id: int | None = Field(default=None, primary_key=True)
    principal_id: int = fk("person.id", ondelete="CASCADE", nullable=False)
    acting_id: int = fk("person.id", ondelete="CASCADE", nullable=False)
    start_date: date
    end_date: date
    scope: str = ""
    reason: str = ""  # "đi công tác", "nghỉ phép", …


class User(SQLModel, table=True):
    """An account that signs in to the app."""

    __tablename__ = "app_user"
    __table_args__ = (
        UniqueConstraint("username", name="uq_user_username"),
        CheckConstraint(
            "role IN ('admin', 'clerk', 'leader', 'staff', 'viewer')", name="ck_user_role"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    username: str
    password_hash: str
    role: str = "staff"
    person_id: int | None = fk("person.id", ondelete="SET NULL")
    active: bool = True
    created_at: datetime = datetime_field(default_factory=now_local)


class AuditLog(SQLModel, table=True):
    """One row per write: who did what to which record, when."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = datetime_field(default_factory=now_local, index=True)
    username: str = ""
    action: str  # "person.create", …
    target: str = ""  # "person:12"
    detail: str = ""


class Setting(SQLModel, table=True):
    """An office setting (a number from the regulations, a preference) stored as JSON."""

    key: str = Field(primary_key=True)
    value: str  # JSON


class DayOverride(SQLModel, table=True):
    """The office's own change to the public calendar: an extra day off or working day."""

    __tablename__ = "day_override"
    __table_args__ = (
        CheckConstraint("kind IN ('day_off', 'working_day')", name="ck_day_override_kind"),
        UniqueConstraint("day", name="uq_day_override_day"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day: date
    kind: str  # day_off (nghỉ bù) | working_day (làm bù)
    note: str = ""
