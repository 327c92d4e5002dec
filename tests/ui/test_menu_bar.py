"""The menu bar (Tệp, Sửa, Xem, Công cụ, Trợ giúp) reaches the panes' own actions with the
standard keys, and the window comes back as it was left: geometry, splitters, last pane."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.services.admin.auth import SYSTEM


def _menu(window, key):  # noqa: ANN001, ANN202
    menu = window.menus.menus[key]
    menu.aboutToShow.emit()
    return menu


def _names(menu):  # noqa: ANN001, ANN202
    return [a.objectName() for a in menu.actions() if not a.isSeparator()]


def test_the_menu_bar_has_the_five_menus_in_vietnamese(demo_db, window_on):
    window = window_on(demo_db)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Tệp", "Sửa", "Xem", "Công cụ", "Trợ giúp"]


def test_each_menu_holds_the_current_panes_own_actions(demo_db, window_on):
    window = window_on(demo_db)
    window.show_pane("calendar")
    calendar = window.panes["calendar"]
    assert calendar._actions["print"] in _menu(window, "file").actions()
    assert calendar._actions["new"] in _menu(window, "edit").actions()
    assert calendar._actions["next"] in _menu(window, "view").actions()
    window.show_pane("meetings")
    meetings = window.panes["meetings"]
    assert "actionNewMeeting" in _names(_menu(window, "edit"))
    assert "actionNewEvent" not in _names(_menu(window, "edit"))  # the calendar's are gone
    assert meetings._actions[-1] in _menu(window, "tools").actions()  # the task list templates


def test_the_orgcharts_toolbar_menus_are_submenus_and_undo_is_under_edit(demo_db, window_on):
    window = window_on(demo_db)
    window.show_pane("orgchart")
    edit = _menu(window, "edit")
    assert "actionUndo" in _names(edit) and "actionRedo" in _names(edit)
    submenus = [a.menu() for a in edit.actions() if a.menu() is not None]
    assert window.panes["orgchart"].edit.people_menu.menu() in submenus


def test_the_window_actions_carry_the_standard_keys(demo_db, window_on):
    window = window_on(demo_db)
    keys = {a.objectName(): a.shortcuts() for a in window.findChildren(type(window.menus.quit))}
    for name, standard, fallback in (("actionQuit", QKeySequence.StandardKey.Quit, "Ctrl+Q"),
                                     ("actionGuide", QKeySequence.StandardKey.HelpContents, "F1"),
                                     ("actionRefresh", QKeySequence.StandardKey.Refresh, "F5"),
                                     ("actionSettings", QKeySequence.StandardKey.Preferences, "Ctrl+,")):
        wanted = [*QKeySequence.keyBindings(standard), QKeySequence(fallback)]
        assert all(k in keys[name] for k in wanted), name
        assert len({k.toString() for k in keys[name]}) == len(keys[name]), name


def test_no_two_actions_of_a_pane_and_the_window_share_a_shortcut(demo_db, window_on):
    """A key bound twice in the same window is ambiguous: Qt then runs neither action."""
    window = window_on(demo_db)
    for spec in window.specs:
        pane = window.show_pane(spec.key)
        seen: dict[str, str] = {}
        owners = [window, pane, *pane.findChildren(type(pane).__mro__[-3])]  # every QObject's actions
        actions = {id(a): a for owner in owners if hasattr(owner, "actions") for a in owner.actions()}
        for action in actions.values():
            if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                continue
            for key in action.shortcuts():
                text = key.toString()
                assert text not in seen, f"{spec.key}: {text} on {seen.get(text)} and {action.objectName()}"
                seen[text] = action.objectName()


def test_the_view_menu_switches_panes_and_checks_the_current_one(demo_db, window_on):
    window = window_on(demo_db)
    leave = next(a for a in _menu(window, "view").actions() if a.objectName() == "actionPane_leave")
    leave.trigger()
    assert window.current_key() == "leave" and leave.isChecked()
    assert leave.shortcuts() == [QKeySequence("Alt+4")]


def test_the_window_comes_back_with_its_last_pane_splitter_and_size(demo_db, window_on, qtbot):
    window = window_on(demo_db)
    window.show_pane("meetings")  # the widest pane: the window takes its minimum width first
    window.resize(760, 560)  # within the offscreen screen (800x600): restoreGeometry keeps a window on its screen
    splitter = window.show_pane("orgchart").splitter  # the tree | the person's details
    before = splitter.sizes()
    splitter.setSizes([before[0] - 60, before[1] + 60])
    sizes, size = splitter.sizes(), window.size()
    assert sizes != before
    window.show_pane("meetings")
    window.close()
    again = window_on(demo_db)
    assert again.current_key() == "meetings"
    assert again.size() == size and size.height() == 560
    assert again.show_pane("orgchart").splitter.sizes() == sizes
    assert window_state_keys() >= {"splitters/main/mainSplitter", "splitters/orgchart/0"}


def window_state_keys() -> set[str]:
    return set(QSettings().allKeys())


def test_a_screenshot_window_neither_restores_nor_keeps_the_state(demo_db, vp_app, qtbot):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    QSettings().setValue("mainWindow/pane", "leave")
    window = MainWindow(AppContext(demo_db, SYSTEM), remember=False)
    qtbot.addWidget(window)
    assert window.current_key() == "orgchart"
    window.show_pane("calendar")
    window.close()
    assert QSettings().value("mainWindow/pane") == "leave"


def test_f1_opens_the_guide_at_the_current_panes_page(demo_db, window_on, qtbot):
    from ui.guide import GuideWindow

    window = window_on(demo_db)
    window.show_pane("leave")
    window.menus.guide.trigger()
    guide = window.findChild(GuideWindow)
    qtbot.addWidget(guide)
    assert guide.isVisible() and guide.current_page() == "leave"
    assert guide.pages.currentItem().text() == "Nghỉ phép"
    window.show_pane("calendar")
    window.menus.guide.trigger()
    assert window.findChildren(GuideWindow) == [guide] and guide.current_page() == "calendar"
    QApplication.processEvents()
