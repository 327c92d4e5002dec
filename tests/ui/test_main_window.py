import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.admin import auth
from app.services.admin.auth import AccountRole, Actor
from app.services.org import edit as org
from ui.panes import pane_specs


def test_navigation_lists_exactly_the_registered_panes(demo_db, window_on):
    window = window_on(demo_db)
    keys = [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())]
    assert keys == [spec.key for spec in pane_specs()]
    assert "orgchart" in keys


def test_status_bar_shows_the_database_the_user_and_todays_absentees(demo_db, window_on):
    window = window_on(demo_db)
    assert str(demo_db.path) in window.status_db.text()
    assert "system" in window.status_user.text()
    assert window.absent_label.text().startswith("Vắng hôm nay:")


def test_the_toolbar_shows_the_current_panes_actions_and_backup_and_the_menus_the_rest(demo_db, window_on):
    window = window_on(demo_db)
    window.show_pane("orgchart")  # (not the pane a window of an earlier test may have left in QSettings)
    names = [a.objectName() for a in window.toolbar.actions()]
    assert "actionBackup" in names and "actionSettings" not in names and "actionAbout" not in names
    assert "actionAddPerson" in names, names  # the org chart's own
    menus = window.menus.menus
    for key in ("tools", "help"):
        menus[key].aboutToShow.emit()
    assert window.settings_action in menus["tools"].actions() and window.about_action in menus["help"].actions()


def test_first_run_creates_the_admin_and_can_load_the_demo(database, vp_app, qtbot):
    from ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    dialog.password.setText("matkhau1")
    dialog.password2.setText("matkhau1")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.role is AccountRole.ADMIN
    with database.session() as s:
        assert auth.has_users(s)
        assert org.get_office(s).name == "Văn phòng Tỉnh ủy"
        assert len(org.load_org(s).people) > 30


def test_first_run_keeps_the_dialog_open_when_passwords_differ(database, vp_app, qtbot):
    from ui.dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    dialog.load_demo.setChecked(False)
    dialog.password.setText("matkhau1")
    dialog.password2.setText("matkhau2")
    dialog.accept()
    assert "không khớp" in dialog.error.text()
    with database.session() as s:
        assert not auth.has_users(s)


def test_login_shows_an_error_for_a_wrong_password_and_accepts_the_right_one(database, vp_app, qtbot):
    from ui.dialogs.login import LoginDialog

    with database.session() as s:
        auth.create_user(session=s, actor=None, username="admin", password="matkhau1", role="admin")
    dialog = LoginDialog(database)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText("sai")
    with qtbot.waitSignal(dialog.checked):
        dialog.accept()
    assert dialog.actor is None and "Sai" in dialog.error.text()
    dialog.password.setText("matkhau1")
    with qtbot.waitSignal(dialog.checked):
        dialog.accept()
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_the_window_is_built_hidden_while_the_password_is_checked_and_shown_only_once_it_is_right(
        database, vp_app, qtbot):
    from ui.dialogs.login import LoginDialog
    from ui.main import Opener, WindowAhead, open_main_window

    with database.session() as s:
        auth.create_user(session=s, actor=None, username="admin", password="matkhau1", role="admin")
    opener = Opener(str(database.path))
    opener()  # opened (the app does it behind the dialog)
    ahead = WindowAhead(opener)
    dialog = LoginDialog(opener, prepare=ahead)
    qtbot.addWidget(dialog)
    dialog.username.setText("Admin")
    dialog.password.setText("sai")
    with qtbot.waitSignal(dialog.checked):
        dialog.accept()
    built = ahead.window
    assert dialog.actor is None and built is not None  # built for the account named...
    assert not built.isVisible() and built.ctx.actor.username == "admin"  # ...and never shown
    dialog.password.setText("matkhau1")
    with qtbot.waitSignal(dialog.checked):
        dialog.accept()
    assert ahead.window is not None and ahead.window is not built  # the first one was dropped
    prepared = ahead.window
    window = open_main_window(opener.database, dialog.actor, opener.read_ahead, ahead)
    qtbot.addWidget(window)
    assert window is prepared and window.isVisible() and window.ctx.actor == dialog.actor
    assert ahead.window is None
    window.ctx.wait_idle()
    window.close()
    window.ctx.db.shutdown()
    opener.database.dispose()


def test_a_window_built_for_another_account_is_dropped(database, vp_app, qtbot):
    from ui.main import Opener, WindowAhead

    opener = Opener(str(database.path))
    opener()
    ahead = WindowAhead(opener)
    ahead(Actor("admin", AccountRole.ADMIN, user_id=1))
    assert ahead.window is not None
    ahead.window.ctx.wait_idle()
    assert ahead.take(Actor("xem", AccountRole.VIEWER, user_id=2)) is None and ahead.window is None
    opener.database.dispose()


def test_settings_dialog_saves_the_office_kind_and_a_rule_number(demo_db, window_on, qtbot):
    from ui.settings.dialog import SettingsDialog

    window = window_on(demo_db)
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.office.kind.setCurrentIndex(1)
    row = dialog.rules.keys.index("backup.keep")
    dialog.rules.table.item(row, 1).setText("15")
    dialog.save()
    from app.services.admin import settings

    with demo_db.session() as s:
        assert org.get_office(s).kind == "state"
        assert settings.get(s, "backup.keep") == 15


def test_a_viewer_cannot_save_settings(demo_db, window_on, qtbot):
    from ui.settings.dialog import SettingsDialog

    window = window_on(demo_db, Actor("xem", AccountRole.VIEWER))
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert not buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.tabs.count() == 3  # office, rules, appearance: no accounts tab


def test_switching_panes_back_and_forth_keeps_every_toolbar_action_alive(demo_db, window_on):
    import shiboken6

    window = window_on(demo_db)
    for key in [spec.key for spec in pane_specs()] * 2:
        window.show_pane(key)
    window.show_pane("orgchart")
    actions = window.toolbar.actions()
    assert all(shiboken6.isValid(a) for a in actions)
    assert "actionUndo" in [a.objectName() for a in actions]
    assert sum(a.isSeparator() for a in actions) == 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_window_fits_a_1280x800_screen_at_150_percent_on_every_pane(demo_db, window_on, vp_app, lang):
    from ui.application import install_translation

    install_translation(vp_app, lang)
    try:
        window = window_on(demo_db)
        for spec in pane_specs():
            window.show_pane(spec.key)  # the stacked panes' minimum sizes add up as they are shown
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert smallest.width() <= 1280 // 1.5 and smallest.height() <= 800 // 1.5, smallest
    finally:
        install_translation(vp_app, "vi")


def test_what_start_up_made_is_kept_out_of_the_collector_and_what_comes_later_is_collected():
    import gc
    import weakref

    from ui.main import keep_startup_out_of_gc

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    before = Node()
    try:
        keep_startup_out_of_gc()
        assert gc.get_freeze_count() > 0
        assert not any(obj is before for obj in gc.get_objects())  # the start-up's: out of its passes
        later = Node()
        gone = weakref.ref(later)
        del later
        gc.collect()
        assert gone() is None  # made after start-up: collected as usual
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual
