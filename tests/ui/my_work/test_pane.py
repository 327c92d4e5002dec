"""The "Việc của tôi" pane and the tray reminder with pytest-qt."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from app.services.admin import settings
from app.services.admin.auth import SYSTEM
from app.services.changes import Changes
from app.services.leave import requests as leave
from app.services.meetings import checklist, preparation
from app.services.meetings.preparation import MeetingInput
from app.services.my_work import settings as reminders
from app.services.my_work.read import my_work
from tests.unit.services.leave_office import small_office

TODAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def office(database):
    """The small leave office with a meeting whose Hành chính task is due tomorrow, a one-day leave
    of spec1 waiting for deputy1 and a two-day leave of spec3 whose application is owed."""
    with database.session() as session:
        o = small_office(session)
        o.meeting = preparation.create_meeting(session=session, actor=o.clerk(), data=MeetingInput(
            kind="custom", title="Hội nghị sơ kết", start=datetime(2026, 6, 2, 8), end=datetime(2026, 6, 2, 11),
            chair_id=o.people["chief"]))
        o.item = checklist.add_item(session=session, actor=o.clerk(), meeting_id=o.meeting, department="hanh_chinh",
                                    task="Gửi giấy mời và tài liệu", due=datetime(2026, 3, 3, 17))
        o.one_day = file_leave(session, o, "spec1", date(2026, 3, 10))
        o.two_days = file_leave(session, o, "spec3", date(2026, 3, 12), date(2026, 3, 13))
    return o


def file_leave(session, o, who, start, end=None):  # noqa: ANN001, ANN201
    draft = leave.LeaveDraft(o.people[who], o.types["annual"], start, end or start, "morning", "afternoon",
                             "Việc gia đình", None, "")
    return leave.file_request(session=session, actor=o.staff(who), draft=draft, today=TODAY)


@pytest.fixture
def open_pane(window_on, database, office):  # noqa: ANN001, ANN201
    """Factory: the main window signed in as *actor*, on "Việc của tôi" loaded at NOW."""
    def make(actor):  # noqa: ANN001, ANN202
        window = window_on(database, actor)
        pane = window.show_pane("my_work")
        pane.ctx.wait_idle()
        pane.now = NOW
        pane.refresh()
        pane.ctx.wait_idle()
        return window, pane

    return make


def group_rows(pane):  # noqa: ANN001, ANN201
    model = pane.model
    return [(model.index(r, 0).data(), [model.index(c, 0, model.index(r, 0)).data()
                                        for c in range(model.rowCount(model.index(r, 0)))])
            for r in range(model.rowCount())]


def test_the_pane_is_registered_as_viec_cua_toi():
    from ui.panes import pane_specs

    spec = next(s for s in pane_specs() if s.key == "my_work")
    assert (spec.title, spec.icon) == ("Việc của tôi", "my_work.svg")
    assert spec.order > max(s.order for s in pane_specs() if s.key != "my_work")


def test_the_clerk_sees_her_departments_task_and_the_application_to_collect(open_pane, office, qtmodeltester):
    _window, pane = open_pane(office.clerk())
    assert group_rows(pane) == [
        ("Việc chuẩn bị họp đến hạn (1)", ["Gửi giấy mời và tài liệu"]),
        ("Đơn xin nghỉ giấy cần thu (1)", ["Thu đơn xin nghỉ giấy của Bùi Văn Cường (2 ngày)"]),
    ]
    assert pane.stack.currentWidget() is pane.view
    assert pane.summary.text().startswith("2 việc")
    assert "Vũ Thị Văn Thư" in pane.heading.text()
    qtmodeltester.check(pane.model)


def test_the_list_is_read_on_the_database_thread_without_stalling_the_window(window_on, database, office, ui_watchdog):
    window = window_on(database, office.leader("deputy1"))
    pane = window.show_pane("my_work")
    assert pane.work is None  # not read yet: the read is queued
    pane.ctx.wait_idle()
    assert pane.work is not None


def test_an_empty_list_says_there_is_nothing_to_do(open_pane, office):
    _window, pane = open_pane(office.staff("spec2"))
    assert pane.stack.currentWidget() is pane.empty
    assert pane.empty.text().startswith("Không có việc nào cần làm.")
    assert not pane.open_button.isEnabled()


def test_a_checklist_row_opens_the_meetings_checklist(open_pane, office):
    window, pane = open_pane(office.clerk())
    index = pane.model.first_item()
    assert pane.open_index(index)
    meetings = window.panes["meetings"]
    assert window.stack.currentWidget() is meetings
    assert meetings.tabs.currentWidget() is meetings.checklist
    assert meetings.meeting.id == office.meeting


def test_an_approval_row_opens_the_request_in_waiting_for_me(open_pane, office, qtbot):
    window, pane = open_pane(office.leader("deputy1"))
    assert group_rows(pane)[0] == ("Đơn nghỉ chờ tôi duyệt (1)", ["Nguyễn Thị Ánh xin nghỉ 1 ngày"])
    index = pane.model.first_item()
    pane.view.setCurrentIndex(index)
    qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)
    leave_pane = window.panes["leave"]
    assert window.stack.currentWidget() is leave_pane
    assert leave_pane.current_tab() is leave_pane.approvals
    assert leave_pane.approvals.selected().id == office.one_day


def test_an_application_row_opens_the_request_whatever_the_filters(open_pane, office):
    window, pane = open_pane(office.clerk())
    leave_pane = window.show_pane("leave")
    leave_pane.requests.month.setDate(leave_pane.requests.month.date().addMonths(-5))
    window.show_pane("my_work")
    chase = pane.model.index(0, 0, pane.model.index(1, 0))
    assert pane.open_index(chase)
    assert leave_pane.current_tab() is leave_pane.requests
    assert leave_pane.requests.selected_id() == office.two_days


def test_the_list_follows_a_change_elsewhere(open_pane, office, database):
    _window, pane = open_pane(office.clerk())
    pane.ctx.call(leave.mark_application_received, request_id=office.two_days,
                  received_on=TODAY)
    pane.ctx.wait_idle()
    assert [title for title, _ in group_rows(pane)] == ["Việc chuẩn bị họp đến hạn (1)"]


def test_the_users_own_switch_turns_the_tray_reminder_off(open_pane, office, database):
    _window, pane = open_pane(office.staff("spec1"))
    assert pane.tray_switch.isChecked() and pane.tray_switch.isEnabled()
    changed = []
    pane.ctx.data_changed.connect(changed.append)
    pane.tray_switch.setChecked(False)
    pane.ctx.wait_idle()
    assert [c.rows for c in changed] == [{"setting": {"reminders.tray_off:spec1"}}]  # the user's own switch
    with database.session() as session:
        assert not my_work(session, office.staff("spec1"), now=NOW).tray_enabled
        assert my_work(session, office.staff("spec2"), now=NOW).tray_enabled
    assert not pane.tray_switch.isChecked()


def test_with_the_office_reminder_off_the_users_switch_is_disabled(open_pane, office, database):
    with database.session() as session:
        settings.set_value(session=session, actor=SYSTEM, key=reminders.TRAY_MINUTES, value=0)
    _window, pane = open_pane(office.staff("spec1"))
    assert not pane.tray_switch.isEnabled()


# -- the tray reminder ------------------------------------------------------------------------

@pytest.fixture
def tray_for(window_on, database, office):  # noqa: ANN001, ANN201
    """Factory: a window and its reminder (status-bar fallback: no tray offscreen), checked at NOW."""
    from ui.reminders import ReminderTray

    def make(actor, use_tray=False):  # noqa: ANN001, ANN202
        window = window_on(database, actor)
        tray = ReminderTray(window, window.ctx, use_tray=use_tray)
        tray.now = NOW
        shown = []
        tray.notified.connect(lambda title, body: shown.append((title, body)))
        return window, tray, shown

    return make


def test_offscreen_there_is_no_system_tray_and_the_reminder_uses_the_status_bar(tray_for, office):
    from ui.reminders import ReminderTray, tray_available

    assert not tray_available()
    window, _tray, _shown = tray_for(office.clerk())
    tray = ReminderTray(window, window.ctx)
    tray.now = NOW
    assert tray.tray is None
    tray.start()
    window.ctx.wait_idle()
    assert window.statusBar().currentMessage().startswith("Việc của tôi: 2 việc")


def test_the_first_reminder_sums_up_everything_then_only_new_items(tray_for, office, database):
    window, tray, shown = tray_for(office.clerk())
    tray.start()
    window.ctx.wait_idle()
    assert shown == [("Việc của tôi: 2 việc", "Việc chuẩn bị họp đến hạn: 1\nĐơn xin nghỉ giấy cần thu: 1")]
    tray.check()
    window.ctx.wait_idle()
    assert len(shown) == 1  # nothing new
    with database.session() as session:
        file_leave(session, office, "spec2", date(2026, 3, 16), date(2026, 3, 18))
    tray.check()
    window.ctx.wait_idle()
    assert shown[1] == ("Việc của tôi: 1 việc mới", "Đơn xin nghỉ giấy cần thu: 1")


def test_the_first_reminder_waits_until_the_user_stays_on_a_pane(tray_for, office, qtbot):
    window, tray, shown = tray_for(office.clerk())
    tray.start_when_idle(1200, window.nav.currentRowChanged)
    for key in ["calendar", "meetings", "leave", "orgchart"]:  # from pane to pane for 1.6 s, 0.4 s apart
        qtbot.wait(400)
        window.show_pane(key)
    assert shown == []  # put off: its read would share the database thread with each first visit
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown[0][0] == "Việc của tôi: 2 việc"
    window.show_pane("my_work")
    qtbot.wait(1500)
    window.ctx.wait_idle()
    assert len(shown) == 1  # once started, a pane switch starts nothing again


def test_the_reminder_repeats_at_the_interval_the_office_sets(tray_for, office, database):
    window, tray, _shown = tray_for(office.clerk())
    tray.start()
    window.ctx.wait_idle()
    assert tray.timer.isActive() and tray.timer.interval() == 15 * 60_000
    with database.session() as session:
        settings.set_value(session=session, actor=SYSTEM, key=reminders.TRAY_MINUTES, value=5)
    window.ctx.data_changed.emit(Changes({"setting": frozenset({reminders.TRAY_MINUTES})}))
    window.ctx.wait_idle()
    assert tray.timer.interval() == 5 * 60_000


def test_an_interval_of_zero_turns_the_reminder_off(tray_for, office, database):
    with database.session() as session:
        settings.set_value(session=session, actor=SYSTEM, key=reminders.TRAY_MINUTES, value=0)
    window, tray, shown = tray_for(office.clerk())
    tray.start()
    window.ctx.wait_idle()
    assert not tray.timer.isActive() and shown == []


def test_a_user_who_turned_it_off_gets_no_reminder_and_on_again_only_new_items(tray_for, office, database):
    window, tray, shown = tray_for(office.clerk())
    window.ctx.call(reminders.set_own_tray, enabled=False)
    window.ctx.wait_idle()
    assert not tray.timer.isActive() and shown == []
    window.ctx.call(reminders.set_own_tray, enabled=True)
    window.ctx.wait_idle()
    assert tray.timer.isActive() and shown == []  # what was there before is not news


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_opening_the_panel_from_the_reminder_shows_viec_cua_toi(tray_for, office):
    window, tray, _shown = tray_for(office.clerk())
    window.show_pane("leave")
    window.showMinimized()
    tray.open_panel()
    assert window.stack.currentWidget() is window.panes["my_work"]
    assert not window.isMinimized()


# offscreen: no raise(), and Qt's own tray falls back to a window the plugin cannot dock
@pytest.mark.qt_log_ignore("This plugin does not support raise", "No such signal QPlatformNativeInterface::systemTray")
def test_with_a_tray_a_click_on_the_message_opens_the_panel(tray_for, office):
    window, tray, shown = tray_for(office.clerk(), use_tray=True)
    tray.start()
    window.ctx.wait_idle()
    assert tray.tray is not None and shown
    tray.tray.messageClicked.emit()
    assert window.stack.currentWidget() is window.panes["my_work"]
    tray.stop()


def test_the_due_column_is_as_wide_as_its_widest_date_and_no_wider_than_needed(open_pane, office):
    _window, pane = open_pane(office.clerk())
    model, view = pane.model, pane.view
    dues = [model.index(row, 1, model.index(group, 0))
            for group in range(model.group_count()) for row in range(model.group_size(group))]
    assert dues
    needed = max(view.sizeHintForIndex(index).width() for index in dues)
    width = view.header().sectionSize(1)
    assert width == max(needed, view.header().sectionSizeHint(1))


def test_an_overdue_date_is_in_the_red_of_the_palette_switched_at_run_time(open_pane, office, vp_app, qtbot):
    from tests.ui.palettes import ink_follows_the_palette
    from ui import tints
    from ui.my_work.models import ITEM_ROLE

    _window, pane = open_pane(office.leader("deputy1"))
    pane.now = datetime(2026, 3, 11, 9, 0)  # the day after the leave waiting for deputy1 began
    pane.refresh()
    pane.ctx.wait_idle()
    due = pane.model.index(0, 1, pane.model.index(0, 0))
    assert due.data(ITEM_ROLE).overdue
    ink_follows_the_palette(vp_app, qtbot, lambda: due.data(Qt.ItemDataRole.ForegroundRole).color(), tints.RED_INK)
