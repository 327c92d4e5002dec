"""Accounts, roles and permissions. Permissions are checked here, not only in the UI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, func, select

from app.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.text import nfc
from db.models import Person, User
from db.models.base import id_of

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 6


class AccountRole(StrEnum):
    """What a signed-in user may do."""

    ADMIN = "admin"  # everything, incl. accounts and settings
    CLERK = "clerk"  # văn thư: enters and prints most data
    LEADER = "leader"  # reads everything, approves leave, edits the schedule
    STAFF = "staff"  # files own leave, ticks own checklist items
    VIEWER = "viewer"  # reads only


ROLE_LABELS = {
    AccountRole.ADMIN: "Quản trị",
    AccountRole.CLERK: "Văn thư",
    AccountRole.LEADER: "Lãnh đạo",
    AccountRole.STAFF: "Cán bộ, chuyên viên",
    AccountRole.VIEWER: "Chỉ xem",
}


class Permission(StrEnum):
    ORG_WRITE = "org.write"
    CALENDAR_WRITE = "calendar.write"
    CALENDAR_PUBLISH = "calendar.publish"
    MEETINGS_WRITE = "meetings.write"
    CHECKLIST_TICK = "checklist.tick"
    LEAVE_FILE = "leave.file"  # file a request (own, or anyone's for clerk/admin)
    LEAVE_RECORD = "leave.record"  # record for others, emergency approvals, rosters
    LEAVE_DECIDE = "leave.decide"
    SETTINGS_WRITE = "settings.write"
    ACCOUNTS_WRITE = "accounts.write"


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[AccountRole, frozenset[Permission]] = {
    AccountRole.ADMIN: _ALL,
    AccountRole.CLERK: frozenset(
        {
            Permission.ORG_WRITE,
            Permission.CALENDAR_WRITE,
            Permission.MEETINGS_WRITE,
            Permission.CHECKLIST_TICK,
            Permission.LEAVE_FILE,
            Permission.LEAVE_RECORD,
        }
    ),
    AccountRole.LEADER: frozenset(
        {
            Permission.CALENDAR_WRITE,
            Permission.CALENDAR_PUBLISH,
            Permission.MEETINGS_WRITE,
            Permission.CHECKLIST_TICK,
            Permission.LEAVE_FILE,
            Permission.LEAVE_DECIDE,
        }
    ),
    AccountRole.STAFF: frozenset({Permission.CHECKLIST_TICK, Permission.LEAVE_FILE}),
    AccountRole.VIEWER: frozenset(),
}


@dataclass(frozen=True)
class Actor:
    """Who is doing something: the signed-in user (or the command line, as admin)."""

    username: str
    role: AccountRole
    user_id: int | None = None
    person_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


SYSTEM = Actor(username="system", role=AccountRole.ADMIN)


def require(actor: Actor, permission: Permission) -> None:
    """Raise Forbidden unless *actor* holds *permission*."""
    if not actor.can(permission):
        raise Forbidden(
            f"Tài khoản {actor.username} ({ROLE_LABELS[actor.role]}) không có quyền thực hiện thao tác này."
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def has_users(session: Session) -> bool:
    return (session.exec(select(func.count()).select_from(User)).one() or 0) > 0


def create_user(
    *,
    session: Session,
    actor: Actor | None,
    username: str,
    password: str,
    role: AccountRole | str,
    person_id: int | None = None,
    password_hash: str | None = None,
) -> Actor:
    """Create an account. The very first account needs no actor (first-run).

    *password_hash*, if given, is :func:`hash_password` of *password* made beforehand (the demo
    office hashes its published password once, on another thread, while it fills the office)."""
    from app.services.admin.audit import write

    if actor is None:
        if has_users(session):
            raise Forbidden("Chỉ quản trị viên mới tạo được tài khoản.")
        actor = SYSTEM
    require(actor, Permission.ACCOUNTS_WRITE)
    username = nfc(username).lower()
    if not username or any(ch.isspace() for ch in username):
        raise InvalidInput("Tên đăng nhập không được để trống hay chứa khoảng trắng.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.")
    try:
        role = AccountRole(role)
    except ValueError as exc:
        raise InvalidInput(f"Vai trò không hợp lệ: {role}") from exc
    if session.exec(select(User).where(User.username == username)).first():
        raise Conflict(f"Tên đăng nhập {username} đã tồn tại.")
    if person_id is not None and session.get(Person, person_id) is None:
        raise InvalidInput("Không tìm thấy cán bộ được gắn với tài khoản.")
    user = User(username=username, password_hash=password_hash or hash_password(password), role=role.value, person_id=person_id)
    with write(session, actor, "user.create", f"user:{username}", role.value):
        session.add(user)
    return Actor(username=username, role=role, user_id=user.id, person_id=person_id)


def authenticate(*, session: Session, username: str, password: str) -> Actor:
    """Check a username and password; raise InvalidInput with one message for any failure."""
    user = session.exec(select(User).where(User.username == nfc(username).lower())).first()
    failure = InvalidInput("Sai tên đăng nhập hoặc mật khẩu.")
    if user is None or not user.active:
        raise failure
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        raise failure from None
    if _hasher.check_needs_rehash(user.password_hash):
        from app.services.unit_of_work import unit_of_work

        with unit_of_work(session):  # a stronger hash of the same password: no audit row
            user.password_hash = hash_password(password)
            session.add(user)
    return Actor(username=user.username, role=AccountRole(user.role), user_id=user.id, person_id=user.person_id)


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    role: AccountRole
    person_id: int | None
    person_name: str
    active: bool


def actor_for(*, session: Session, username: str) -> Actor:
    """The account *username* as an Actor (what it would be signed in), NotFound if none is active."""
    user = session.exec(select(User).where(User.username == nfc(username).strip().lower())).first()
    if user is None or not user.active:
        raise NotFound(f"Không có tài khoản {username!r} (đang dùng).")
    return Actor(username=user.username, role=AccountRole(user.role), user_id=user.id, person_id=user.person_id)


def list_users(*, session: Session) -> list[UserRow]:
    rows = session.exec(select(User, Person).join(Person, isouter=True).order_by(User.username)).all()
    return [
        UserRow(id_of(u), u.username, AccountRole(u.role), u.person_id, p.full_name if p else "", u.active)
        for u, p in rows
    ]


def set_password(*, session: Session, actor: Actor, user_id: int, password: str) -> None:
    from app.services.admin.audit import write

    user = session.get(User, user_id)
    if user is None:
        raise InvalidInput("Không tìm thấy tài khoản.")
    if actor.user_id != user_id:
        require(actor, Permission.ACCOUNTS_WRITE)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự.")
    with write(session, actor, "user.password", f"user:{user.username}"):
        user.password_hash = hash_password(password)
        session.add(user)


def update_user(*, session: Session, actor: Actor, user_id: int, role: AccountRole | str | None = None,
                active: bool | None = None, person_id: int | bool | None = False) -> None:
    """Change an account's role, active flag or linked person (``person_id=False``: unchanged).

    The last active administrator can neither be demoted nor deactivated.
    """
    from app.services.admin.audit import write

    require(actor, Permission.ACCOUNTS_WRITE)
    user = session.get(User, user_id)
    if user is None:
        raise InvalidInput("Không tìm thấy tài khoản.")
    new_role = user.role if role is None else AccountRole(role).value
    new_active = user.active if active is None else active
    if user.role == AccountRole.ADMIN and (new_role != AccountRole.ADMIN or not new_active):
        admins = session.exec(select(func.count()).select_from(User).where(
            User.role == AccountRole.ADMIN.value, User.active, User.id != user_id)).one()
        if not admins:
            raise Conflict("Phải còn ít nhất một tài khoản quản trị đang hoạt động.")
    if person_id not in (False, None) and session.get(Person, person_id) is None:
        raise InvalidInput("Không tìm thấy cán bộ được gắn với tài khoản.")
    with write(session, actor, "user.update", f"user:{user.username}", f"role={new_role} active={new_active}"):
        user.role, user.active = new_role, new_active
        if person_id is not False:
            user.person_id = person_id
        session.add(user)
