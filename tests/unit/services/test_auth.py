import pytest

from app.errors import Conflict, Forbidden, InvalidInput
from app.services.admin import auth
from app.services.admin.auth import AccountRole, Actor, Permission
from app.services.org import edit as org


def test_the_first_account_needs_no_signed_in_user(session):
    actor = auth.create_user(session=session, actor=None, username="Admin", password="secret1", role="admin")
    assert actor.username == "admin" and actor.role is AccountRole.ADMIN


def test_later_accounts_need_an_administrator(session):
    auth.create_user(session=session, actor=None, username="admin", password="secret1", role="admin")
    with pytest.raises(Forbidden):
        auth.create_user(session=session, actor=None, username="x", password="secret1", role="staff")
    clerk = Actor("vanthu", AccountRole.CLERK)
    with pytest.raises(PermissionError):
        auth.create_user(session=session, actor=clerk, username="x", password="secret1", role="staff")


def test_sign_in_accepts_the_right_password_only(session):
    auth.create_user(session=session, actor=None, username="admin", password="secret1", role="admin")
    assert auth.authenticate(session=session, username="ADMIN", password="secret1").role is AccountRole.ADMIN
    with pytest.raises(InvalidInput, match="Sai tên đăng nhập"):
        auth.authenticate(session=session, username="admin", password="wrong!")
    with pytest.raises(InvalidInput, match="Sai tên đăng nhập"):
        auth.authenticate(session=session, username="nobody", password="secret1")


def test_passwords_are_stored_as_argon2_hashes(session):
    auth.create_user(session=session, actor=None, username="admin", password="secret1", role="admin")
    from sqlmodel import select

    from db.models import User

    stored = session.exec(select(User)).one().password_hash
    assert stored.startswith("$argon2") and "secret1" not in stored


def test_duplicate_usernames_and_short_passwords_are_refused(session, admin):
    auth.create_user(session=session, actor=admin, username="a", password="secret1", role="staff")
    with pytest.raises(Conflict):
        auth.create_user(session=session, actor=admin, username="A", password="secret1", role="staff")
    with pytest.raises(InvalidInput, match="ít nhất"):
        auth.create_user(session=session, actor=admin, username="b", password="123", role="staff")
    with pytest.raises(InvalidInput, match="Vai trò"):
        auth.create_user(session=session, actor=admin, username="c", password="secret1", role="boss")


def test_a_viewer_calling_a_write_service_gets_a_permission_error(session, viewer):
    with pytest.raises(PermissionError):
        org.create_person(session=session, actor=viewer, data=org.PersonInput(full_name="Nguyễn Văn An"))
    assert org.load_org(session).people == {}


@pytest.mark.parametrize(("role", "allowed"), [
    (AccountRole.ADMIN, True), (AccountRole.CLERK, True), (AccountRole.LEADER, False),
    (AccountRole.STAFF, False), (AccountRole.VIEWER, False)])
def test_only_admins_and_clerks_edit_the_org_chart(role, allowed):
    assert Actor("u", role).can(Permission.ORG_WRITE) is allowed
