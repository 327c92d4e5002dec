"""The calendar pane: week navigation, the printed-schedule layout, creating an event through
the dialog, conflicts, filters, publishing, export, working days."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from app.rules.schedule import monday_of
from app.services.admin.auth import SYSTEM, AccountRole, Actor
from app.services.calendar import events as cal
from app.services.calendar import workdays
from app.services.calendar.events import EventInput
from app.services.org import edit as org
from db.models.base import today_local
from ui.calendar.models import CONFLICT, ENTRY_ROLE

MONDAY = date(2026, 3, 2)


@pytest.fixture
def office_db(database):
    """Two leaders of the Thường trực, the chief, a department and three events in week 10."""
    with database.session() as s:
        pos = {r: org.create_position(session=s, actor=SYSTEM, role=r, title=t, rank=k) for r, t, k in [
            ("secretary", "Bí thư Tỉnh ủy", 1), ("standing_deputy_secretary", "Phó Bí thư Thường trực", 2),
            ("chief", "Chánh Văn phòng", 10)]}
        tt = org.create_unit(session=s, actor=SYSTEM, name="Thường trực Tỉnh ủy", parent_id=None, kind="body",
                             code="thuong_truc")
        unit = org.create_unit(session=s, actor=SYSTEM, name="Phòng Tổng hợp", parent_id=None)
        people = {}
        for key, name, role in [("secretary", "Nguyễn Văn Hùng", "secretary"),
                                ("standing", "Trần Thị Lan", "standing_deputy_secretary"),
                                ("chief", "Lê Minh Đức", "chief")]:
            people[key] = org.create_person(session=s, actor=SYSTEM, data=org.PersonInput(
                full_name=name, unit_id=unit, position_id=pos[role]))
        org.set_body_membership(session=s, actor=SYSTEM, body_id=tt, person_ids=[people["secretary"],
                                                                                   people["standing"]])
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Họp Thường trực", start=datetime(2026, 3, 2, 8), end=datetime(2026, 3, 2, 10),
            chair_id=people["secretary"], leader_ids=[people["standing"]], location="Phòng họp số 1"))
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Giao ban Văn phòng", start=datetime(2026, 3, 3, 14), chair_id=people["chief"]))
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Dự lễ", start=datetime(2026, 3, 8, 8), chair_id=people["chief"]))
    database.people = people  # type: ignore[attr-defined]
    return database


@pytest.fixture
def pane_on(vp_app, qtbot):
    from ui.calendar.pane import CalendarPane
    from ui.context import AppContext

    def make(database, actor=SYSTEM, day=MONDAY):  # noqa: ANN001, ANN202
        pane = CalendarPane(AppContext(database, actor))
        qtbot.addWidget(pane)
        pane.resize(1400, 800)
        pane.show()
        pane.show_week(day)
        return pane

    return make


def _titles(pane):
    return [e.title for e in pane.schedule.entries]


def test_the_week_is_laid_out_like_the_printed_schedule(office_db, pane_on):
    pane = pane_on(office_db)
    model = pane.week_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Ngày", "Buổi", "Thời gian", "Nội dung", "Chủ trì/Lãnh đạo", "Thành phần", "Địa điểm", "Đơn vị chuẩn bị"]
    assert model.rowCount() == 14  # every day has a Sáng and a Chiều row
    assert model.index(0, 0).data() == "Thứ Hai\n02/03/2026"
    assert (model.index(0, 1).data(), model.index(1, 1).data()) == ("Sáng", "Chiều")
    assert model.index(0, 3).data() == "Họp Thường trực (dự kiến)"
    assert model.index(0, 4).data() == "Chủ trì: Đ/c Nguyễn Văn Hùng\nDự: Đ/c Trần Thị Lan"
    assert pane.week_view.rowSpan(0, 0) == 2
    assert "tuần 10" in pane.title.text()


def test_keyboard_moves_between_weeks_and_back_to_today(office_db, pane_on, qtbot):
    pane = pane_on(office_db)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.week_view.setFocus()
    qtbot.keyClick(pane.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert pane.monday == date(2026, 3, 9)
    qtbot.keyClick(pane.week_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(pane.week_view, Qt.Key.Key_PageUp)
    assert pane.monday == date(2026, 2, 23)
    with qtbot.waitSignal(pane.week_loaded):
        qtbot.keyClick(pane.week_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert pane.monday == monday_of(today_local())  # the office's today, whatever the PC's zone


def test_creating_an_event_through_the_dialog_warns_of_the_conflict_first(office_db, pane_on):
    pane = pane_on(office_db)
    dialog = pane.event_dialog(day=date(2026, 3, 2))
    dialog.title.setPlainText("Tiếp Đoàn công tác Bộ Nội vụ")
    dialog.kind.setCurrentIndex(dialog.kind.findData("reception"))
    dialog.start_time.setTime(QTime(9, 0))
    dialog.end_time.setTime(QTime(10, 0))
    dialog.location.setText("Phòng khách")
    dialog.chair.setCurrentIndex(dialog.chair.findData(office_db.people["secretary"]))
    dialog.update_conflicts()
    assert "trùng lịch" in dialog.warnings.text()
    asked = []
    dialog.confirm_conflicts = lambda messages: asked.append(messages) or False
    dialog.accept()
    assert asked and dialog.result() != dialog.DialogCode.Accepted  # refused: nothing saved
    assert "Tiếp Đoàn công tác Bộ Nội vụ" not in _titles(pane)
    dialog.confirm_conflicts = lambda messages: True
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    pane.refresh()
    entry = next(e for e in pane.schedule.entries if e.title == "Tiếp Đoàn công tác Bộ Nội vụ")
    assert (entry.time_label, entry.location, entry.kind) == ("9h00", "Phòng khách", "reception")


def test_a_conflict_is_highlighted_with_its_reason_in_the_tooltip(office_db, pane_on):
    with office_db.session() as s:
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Làm việc với Sở Tài chính", start=datetime(2026, 3, 2, 9),
            leader_ids=[office_db.people["standing"]]))
    pane = pane_on(office_db)
    model = pane.week_model
    row = next(r for r in range(model.rowCount()) if (model.index(r, 0).data(ENTRY_ROLE) or 0) and
               model.index(r, 3).data(ENTRY_ROLE).title == "Làm việc với Sở Tài chính")
    assert model.index(row, 3).data(Qt.ItemDataRole.BackgroundRole).color() == CONFLICT
    assert "Trần Thị Lan trùng lịch" in model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert pane.conflict_box.isVisible() and "trùng lịch" in pane.conflict_box.text()


def test_a_whole_day_event_and_a_recurring_one_are_made_in_the_dialog(office_db, pane_on):
    pane = pane_on(office_db)
    dialog = pane.event_dialog(day=date(2026, 3, 4))
    dialog.title.setPlainText("Giao ban tháng")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly"))
    dialog.month_day.setValue(25)
    dialog.shift.setCurrentIndex(dialog.shift.findData("next"))
    data = dialog.data()
    assert (data.rrule, data.workday_shift) == ("FREQ=MONTHLY;BYMONTHDAY=25", "next")
    assert "ngày làm việc kế tiếp" in dialog.rule_text.text()
    dialog.mode.setCurrentIndex(dialog.mode.findData("all_day"))
    dialog.end_day.setDate(QDate(2026, 3, 5))
    data = dialog.data()
    assert data.all_day and data.end.date() == date(2026, 3, 5)


def test_editing_an_occurrence_asks_the_scope_and_changes_only_that_one(office_db, pane_on):
    with office_db.session() as s:
        cal.create_event(session=s, actor=SYSTEM, data=EventInput(
            title="Họp chi bộ", start=datetime(2026, 3, 4, 16), rrule="FREQ=WEEKLY;BYDAY=WE"))
    pane = pane_on(office_db)
    entry = next(e for e in pane.schedule.entries if e.title == "Họp chi bộ")
    assert entry.recurring
    dialog = pane.event_dialog(entry, scope="this")
    assert not dialog.repeat.isVisibleTo(dialog)
    dialog.location.setText("Phòng 3")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with office_db.session() as s:
        later = [e for e in cal.agenda(s, date(2026, 3, 1), date(2026, 3, 31)) if e.title == "Họp chi bộ"]
    assert [e.location for e in later] == ["Phòng 3", "", "", ""]


def test_filters_show_the_standing_members_or_one_leader(office_db, pane_on):
    pane = pane_on(office_db)
    pane.set_filter(group="standing")
    assert _titles(pane) == ["Họp Thường trực"]
    pane.set_filter(leader_id=office_db.people["chief"])
    assert _titles(pane) == ["Giao ban Văn phòng", "Dự lễ"]
    assert "Lê Minh Đức" in pane.status.text()


def test_publishing_then_editing_marks_the_entry_as_amended(office_db, pane_on, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    pane = pane_on(office_db)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    pane.publish()
    assert "Đã công bố bản 1" in pane.status.text()
    entry = pane.schedule.entries[0]
    with office_db.session() as s:
        data = cal.event_input(s, entry.event_id)
        data.location = "Hội trường"
        cal.update_event(session=s, actor=SYSTEM, event_id=entry.event_id, data=data)
    pane.refresh()
    assert pane.week_model.index(0, 3).data().startswith("[Điều chỉnh]")
    from ui.calendar.dialogs import ChangesDialog

    dialog = ChangesDialog(pane.ctx, pane.monday, pane.current_filter(), pane)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == "Điều chỉnh"


def test_a_viewer_sees_the_week_but_no_editing_actions(office_db, pane_on):
    pane = pane_on(office_db, actor=Actor(username="xem", role=AccountRole.VIEWER))
    names = [a.objectName() for a in pane.toolbar_actions()]
    assert "actionPreviousWeek" in names and "actionExport" in names
    assert "actionNewEvent" not in names and "actionPublishWeek" not in names


def test_the_models_pass_the_model_tester(office_db, pane_on, qtmodeltester):
    pane = pane_on(office_db)
    qtmodeltester.check(pane.week_model)
    pane.tabs.setCurrentIndex(1)
    qtmodeltester.check(pane.month_model)
    assert pane.month_model.rowCount() >= 4
    pane.tabs.setCurrentIndex(2)
    qtmodeltester.check(pane.agenda_model)
    assert pane.agenda_model.rowCount() == 3


def test_export_runs_on_a_worker_and_writes_the_pdf(office_db, pane_on, qtbot, tmp_path):
    pane = pane_on(office_db)
    target = tmp_path / "tuan.pdf"
    with qtbot.waitSignal(pane.export_finished, timeout=10000) as blocker:
        pane.export_to(str(target))
    assert blocker.args == [str(target)] and target.stat().st_size > 1000


def test_the_print_preview_prints_the_weeks_pdf(office_db, pane_on, tmp_path):
    from pypdf import PdfReader

    from ui.calendar.printing import week_writer

    week_writer(pane_on(office_db))(tmp_path / "tuan.pdf")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "tuan.pdf").pages)
    assert "LỊCH CÔNG TÁC TUẦN" in text and "Họp Thường trực" in text and "Nơi nhận:" in text


def test_working_days_show_the_holidays_and_take_office_overrides(office_db, vp_app, qtbot, qtmodeltester):
    from ui.calendar.workdays_dialog import WorkdaysWidget
    from ui.context import AppContext

    widget = WorkdaysWidget(AppContext(office_db, SYSTEM), year=2026)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.model)
    names = [widget.model.index(r, 3).data() for r in range(widget.model.rowCount())]
    assert any("Tết" in n for n in names)
    widget.day.setDate(QDate(2026, 5, 4))
    widget.kind.setCurrentIndex(widget.kind.findData("day_off"))
    assert widget.add_override()
    with office_db.session() as s:
        assert not workdays.office_calendar(s).is_working_day(date(2026, 5, 4))
    row = next(r for r in range(widget.model.rowCount()) if widget.model.override_id(r) is not None)
    widget.view.setCurrentIndex(widget.model.index(row, 0))
    assert widget.remove_selected()
    with office_db.session() as s:
        assert workdays.office_calendar(s).is_working_day(date(2026, 5, 4))


def test_the_import_preview_lets_the_clerk_choose(office_db, vp_app, qtbot, qtmodeltester):
    from ui.calendar.dialogs import ImportDialog
    from ui.context import AppContext

    content = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:a\nSUMMARY:Họp A\n"
               "DTSTART:20260303T080000\nDTEND:20260303T090000\nEND:VEVENT\nBEGIN:VEVENT\nUID:b\n"
               "SUMMARY:Họp B\nDTSTART:20260304T080000\nDTEND:20260304T090000\nEND:VEVENT\nEND:VCALENDAR\n"
               ).encode()
    dialog = ImportDialog(AppContext(office_db, SYSTEM), content, "phone.ics")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    dialog.model.setData(dialog.model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.accept()
    assert len(dialog.created) == 1
    with office_db.session() as s:
        titles = [e.title for e in cal.all_events(s)]
    assert "Họp A" in titles and "Họp B" not in titles


def test_the_busy_demo_week_is_published_amended_and_shows_its_conflicts(demo_db, window_on):
    window = window_on(demo_db)
    pane = window.show_pane("calendar")
    pane.show_week(date(2026, 3, 2))
    schedule = pane.schedule
    assert schedule.published is not None and len(schedule.entries) >= 20
    assert {c.kind.value for c in schedule.changes} >= {"added", "changed", "cancelled"}
    assert {c.kind.value for c in schedule.conflicts} == {"double_booked", "absent", "non_working_day"}
    assert pane.conflict_box.isVisible()
    names = [a.objectName() for a in window.toolbar.actions()]
    assert "actionPublishWeek" in names and "actionBackup" in names


def test_the_agenda_search_ignores_diacritics(office_db, pane_on):
    pane = pane_on(office_db)
    pane.tabs.setCurrentIndex(2)
    assert pane.agenda_proxy.rowCount() == 3
    pane.search.setText("giao ban van phong")
    assert pane.agenda_proxy.rowCount() == 1
    assert pane.agenda_proxy.index(0, 2).data() == "Giao ban Văn phòng"



def test_the_list_and_my_week_tabs_are_built_when_first_opened(office_db, pane_on):
    pane = pane_on(office_db)
    assert pane._agenda.built() is None and pane._my_week.built() is None
    pane.tabs.setCurrentIndex(2)  # Danh sách: built, then filled by the read the switch starts
    assert pane._agenda.built() is not None and pane.agenda_proxy.rowCount() == 3
    assert pane.agenda_view.model() is pane.agenda_proxy and pane._my_week.built() is None
    pane.agenda_view.setCurrentIndex(pane.agenda_proxy.index(0, 2))
    assert pane.current_entry() is not None and pane._actions["edit"].isEnabled()  # the selection drives the actions

def test_the_agenda_names_the_status_only_when_it_is_not_the_normal_published_one(demo_db, window_on):
    window = window_on(demo_db)
    pane = window.show_pane("calendar")
    pane.show_week(date(2026, 3, 2))
    pane.tabs.setCurrentIndex(2)
    model = pane.agenda_model
    statuses = {}
    for row in range(model.rowCount()):
        entry = model.index(row, 0).data(ENTRY_ROLE)
        statuses.setdefault((entry.status, bool(entry.amendment)), set()).add(model.index(row, 5).data())
    assert statuses[("published", False)] == {""}  # the usual state: left blank, as in the week view
    assert "Đã công bố" not in set().union(*statuses.values())
    assert all(text for (status, amended), texts in statuses.items() if status != "published" or amended
               for text in texts)
    assert any(status != "published" or amended for status, amended in statuses)


def test_the_month_view_shows_only_the_controls_that_apply(office_db, pane_on):
    pane = pane_on(office_db)
    actions = pane._actions
    assert actions["publish"].isVisible() and actions["export"].isVisible()
    pane.tabs.setCurrentIndex(1)
    hidden = ("edit", "cancel", "delete", "publish", "changes", "preview", "print", "export")
    assert not any(actions[key].isVisible() for key in hidden)
    assert actions["previous"].text() == "◀ Tháng trước" and actions["next"].text() == "Tháng sau ▶"
    assert not pane.status.isVisible()
    shown = pane.title.text()
    actions["next"].trigger()
    assert pane.title.text() != shown and (pane.monday + timedelta(days=3)).month == MONDAY.month % 12 + 1
    actions["previous"].trigger()
    assert pane.title.text() == shown
    pane.tabs.setCurrentIndex(0)
    assert actions["publish"].isVisible() and actions["previous"].text() == "◀ Tuần trước"
    assert set(pane.toolbar_actions()) >= {actions[key] for key in ("publish", "export", "preview")}


def test_the_export_dialog_offers_the_portal_page_and_writes_it(office_db, pane_on, qtbot, tmp_path):
    from ui.calendar.printing import EXPORT_FILTERS

    assert "HTML (*.html)" in EXPORT_FILTERS
    pane = pane_on(office_db)
    target = tmp_path / "tuan.html"
    with qtbot.waitSignal(pane.export_finished, timeout=10000):
        pane.export_to(str(target))
    assert "Họp Thường trực" in target.read_text(encoding="utf-8")


def test_the_leaders_calendars_button_writes_one_ics_per_leader(office_db, pane_on, qtbot, tmp_path):
    from ui.calendar.viewing import export_leader_calendars_to

    pane = pane_on(office_db)
    assert pane._actions["leaders_ics"] in pane.toolbar_actions()
    with qtbot.waitSignal(pane.export_finished, timeout=10000) as blocker:
        export_leader_calendars_to(pane, str(tmp_path))
    assert blocker.args == [str(tmp_path)]
    assert sorted(p.name for p in tmp_path.glob("*.ics")) == ["le-minh-duc.ics", "nguyen-van-hung.ics",
                                                               "tran-thi-lan.ics"]


def test_many_conflicts_take_a_few_lines_under_the_week_and_scroll_beyond(office_db, pane_on, qtbot):
    from ui.calendar.pane import CONFLICT_LINES

    with office_db.session() as s:
        for hour in range(8, 17):  # nine clashes for the same leader on one day
            cal.create_event(session=s, actor=SYSTEM, data=EventInput(
                title=f"Làm việc với đoàn công tác số {hour} về một nội dung dài cần nhiều chữ", start=datetime(2026, 3, 2, hour),
                leader_ids=[office_db.people["standing"]]))
    pane = pane_on(office_db)
    pane.resize(700, 500)
    qtbot.waitUntil(lambda: pane.conflict_area.isVisible())
    line = pane.conflict_box.fontMetrics().lineSpacing()
    assert pane.conflict_box.heightForWidth(pane.conflict_area.viewport().width()) > (CONFLICT_LINES + 1) * line
    assert pane.conflict_area.height() <= (CONFLICT_LINES + 0.5) * line + 10
    assert pane.conflict_area.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    assert pane.week_view.height() > pane.conflict_area.height()
