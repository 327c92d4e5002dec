"""The first-run dialog of a new installation: the administrator, the office, the demo office."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from app.services.admin import auth
from app.services.admin.auth import AccountRole
from app.services.org import edit as org
from ui.dialogs.first_run import FirstRunDialog


def _fill(dialog: FirstRunDialog, password: str = "matkhau123", again: str | None = None) -> None:
    dialog.password.setText(password)
    dialog.password2.setText(password if again is None else again)


def test_the_first_run_with_the_demo_office_creates_the_administrator_and_the_office(qtbot, database):
    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    _fill(dialog)
    assert dialog.load_demo.isChecked()  # offered by default
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert dialog.actor is not None and dialog.actor.role == AccountRole.ADMIN
    with database.session() as session:
        assert auth.authenticate(session=session, username="admin", password="matkhau123").role == AccountRole.ADMIN
        assert len(org.load_org(session).people) > 50
        assert org.get_office(session).name == "Văn phòng Tỉnh ủy"


def test_the_first_run_without_the_demo_office_leaves_the_office_empty(qtbot, database):
    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    dialog.load_demo.setChecked(False)
    dialog.office_name.setText("Văn phòng UBND huyện")
    _fill(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    with database.session() as session:
        assert org.load_org(session).people == {}
        assert org.get_office(session).name == "Văn phòng UBND huyện"


def test_a_rejected_password_changes_nothing_and_a_corrected_one_goes_through(qtbot, database):
    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    _fill(dialog, password="1")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text()
    with database.session() as session:
        assert not auth.has_users(session)
        assert org.load_org(session).people == {}
    _fill(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
