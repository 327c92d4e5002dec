"""The leave pane with pytest-qt: its models, approving from "waiting for me", the request dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.services.admin.auth import SYSTEM, AccountRole, Actor
from app.services.leave.read import get_request, list_requests
from app.text import fold
from tests.conftest import DEMO_TODAY
from ui.table_model import ID_ROLE


@pytest.fixture
def pane_for(vp_app, qtbot, demo_db):  # noqa: ANN001, ANN201
    """Factory: the leave pane on the demo office, signed in as *actor*, on the demo's today."""
    from ui.context import AppContext
    from ui.leave.pane import LeavePane

    def make(actor=SYSTEM):  # noqa: ANN001, ANN202
        pane = LeavePane(AppContext(demo_db, actor), today=DEMO_TODAY)
        qtbot.addWidget(pane)
        pane.resize(1200, 760)
        pane.show()
        return pane

    return make


def leader(demo_db, key: str, username: str) -> Actor:
    return Actor(username=username, role=AccountRole.LEADER, person_id=demo_db.demo.people[key])


def test_the_pane_is_registered_as_nghi_phep():
    from ui.panes import pane_specs

    spec = next(s for s in pane_specs() if s.key == "leave")
    assert (spec.title, spec.icon, spec.order) == ("Nghỉ phép", "leave.svg", 40)


def test_every_model_of_the_pane_passes_the_model_tester(pane_for, qtmodeltester):
    pane = pane_for()
    for tab in (pane.requests, pane.approvals, pane.balances, pane.absences, pane.rosters):
        pane.show_tab(tab)  # a tab loads when it is first shown
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)


def test_hidden_tabs_load_only_when_shown(pane_for):
    pane = pane_for()
    pane.show_tab(pane.requests)
    assert pane.balances.model.rowCount() == 0
    pane.show_tab(pane.balances)
    assert pane.balances.model.rowCount() > 0


def test_a_first_visit_builds_only_the_tab_it_opens_on(pane_for, demo_db):
    def built(pane) -> list[str]:  # noqa: ANN001
        return [name for name in ("requests", "approvals", "balances", "absences", "rosters")
                if getattr(pane, f"_{name}").built() is not None]

    pane = pane_for(leader(demo_db, "deputy1", "phochanhvp"))  # something waits for the deputy
    assert built(pane) == ["approvals"] and pane.current_tab() is pane.approvals
    pane = pane_for(leader(demo_db, "deputy2", "phochanhvp2"))  # nothing waits
    assert built(pane) == ["requests"] and pane.current_tab() is pane.requests
    assert pane.tab_title(pane.approvals) == "Chờ tôi duyệt"
    pane.show_tab(pane.balances)
    assert built(pane) == ["requests", "approvals", "balances"] and pane.balances.model.rowCount() > 0


def test_the_title_counts_what_waits_without_building_the_tab(pane_for, demo_db):
    from app.services.leave import requests as leave
    from app.services.leave.read import type_by_code
    from app.services.org.edit import load_org

    pane = pane_for(leader(demo_db, "deputy2", "phochanhvp2"))
    deputy = demo_db.demo.people["deputy2"]
    with demo_db.session() as session:  # a specialist under the deputy files a day of leave
        snapshot = load_org(session)
        unit = next(o.unit_id for o in snapshot.overseen_by(deputy) if o.unit_id and snapshot.people_in(o.unit_id))
        staff = next(p for p in snapshot.people_in(unit) if p.role == "specialist")
        leave.file_request(session=session, actor=SYSTEM, today=DEMO_TODAY, draft=leave.LeaveDraft(
            staff.id, type_by_code(session, "annual").id, date(2026, 4, 20), date(2026, 4, 20)))
    pane.refresh()
    assert pane._approvals.built() is None
    assert pane.tabs.tabText(1) == "Chờ tôi duyệt (1)"
    assert pane.approvals.count() == 1 and pane.tab_title(pane.approvals) == "Chờ tôi duyệt (1)"


def test_the_request_search_shows_its_whole_placeholder(pane_for):
    pane = pane_for()
    pane.show_tab(pane.requests)
    search = pane.requests.search
    metrics = search.fontMetrics()
    beside_text = search.sizeHint().width() - metrics.horizontalAdvance("x") * 17  # frame, margins, clear button
    assert search.width() - beside_text >= metrics.horizontalAdvance(search.placeholderText())


def test_a_deputy_approves_from_waiting_for_me(pane_for, qtbot, demo_db):
    pane = pane_for(leader(demo_db, "deputy1", "phochanhvp"))
    assert pane.current_tab() is pane.approvals  # opens on what waits for the leader
    waiting = pane.approvals
    before = waiting.count()
    assert before >= 3
    request = waiting.selected()
    assert request.current_step.approver_id == demo_db.demo.people["deputy1"]
    waiting.comment.setText("Đồng ý, bàn giao công việc đầy đủ")
    with qtbot.waitSignal(waiting.decided) as signal:
        qtbot.mouseClick(waiting.approve_button, Qt.MouseButton.LeftButton)
    assert signal.args == [request.id]
    assert waiting.count() == before - 1
    assert f"({before - 1})" in pane.tab_title(waiting)
    with demo_db.session() as session:
        step = get_request(session, request.id).steps[0]
    assert (step.decision, step.comment, step.decided_by) == ("approved", "Đồng ý, bàn giao công việc đầy đủ",
                                                              "phochanhvp")


def test_the_chief_rejects_with_a_reason(pane_for, qtbot, demo_db):
    pane = pane_for(leader(demo_db, "chief", "chanhvp"))
    waiting = pane.approvals
    request = waiting.selected()
    waiting.comment.setText("Đề nghị bố trí vào tháng sau")
    with qtbot.waitSignal(waiting.decided):
        qtbot.mouseClick(waiting.reject_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert get_request(session, request.id).status == "rejected"


def test_a_viewer_files_nothing_and_approves_nothing(pane_for):
    pane = pane_for(Actor(username="xem", role=AccountRole.VIEWER))
    assert not pane.new_action.isEnabled() and not pane.emergency_action.isEnabled()
    assert pane.approvals.count() == 0
    assert "không phê duyệt" in pane.approvals.info.text()


def test_the_request_dialog_shows_days_approvers_and_balance_then_submits(vp_app, qtbot, demo_db):
    from app.services.org.edit import load_org
    from ui.context import AppContext
    from ui.leave.request_dialog import RequestDialog

    me = demo_db.demo.staff_by_unit["tong_hop"][-1]
    ctx = AppContext(demo_db, Actor(username="chuyenvien", role=AccountRole.STAFF, person_id=me))
    with demo_db.session() as session:
        snapshot = load_org(session)
    dialog = RequestDialog(ctx, snapshot, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    assert dialog.person.person_id() == me and not dialog.person.isEnabled()  # staff ask for themselves
    dialog.start.setDate(QDate(2026, 4, 20))
    dialog.end.setDate(QDate(2026, 4, 22))
    dialog.reason.setText("Về quê")
    text = dialog.preview.text()
    deputy = snapshot.people[demo_db.demo.people["deputy1"]].full_name
    chief = snapshot.people[demo_db.demo.people["chief"]].full_name
    assert "3 ngày làm việc" in text and deputy in text and chief in text and "Phép năm 2026" in text
    dialog.end.setDate(QDate(2026, 4, 19))  # before the start: the dialog moves nothing and says why
    assert "trước ngày bắt đầu" in dialog.preview.text() and not dialog.ok.isEnabled()
    dialog.end.setDate(QDate(2026, 4, 22))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_db.session() as session:
        mine = list_requests(session, person_id=me, start=date(2026, 4, 20), end=date(2026, 4, 22))
    assert [(r.id, r.status, r.days, r.reason) for r in mine] == [(dialog.request_id, "submitted", 3.0, "Về quê")]


def test_the_admin_edits_an_approval_rule_in_the_leave_settings(vp_app, qtbot, demo_db):
    from app.services.leave.approval import list_rules
    from ui.context import AppContext
    from ui.leave.rules_dialog import LeaveSettingsDialog

    dialog = LeaveSettingsDialog(AppContext(demo_db, SYSTEM))
    qtbot.addWidget(dialog)
    tab = dialog.rules
    row = next(i for i, r in enumerate(tab.rules) if (r.requester_role, r.from_days) == ("staff", 1.0))
    tab.list.setCurrentRow(row)
    tab.from_days.setValue(2)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        rules = {(r.requester_role, r.from_days): r.approvers for r in list_rules(session)}
    assert ("staff", 1.0) not in rules and rules[("staff", 2.0)] == ("deputy_chief", "chief")
    assert dialog.types.list.count() == 10


def test_the_form_previews_and_saves_as_pdf_off_the_main_thread(pane_for, qtbot, demo_db, tmp_path):
    from app.reports.leave import leave_form_printout
    from app.services.leave.printouts import leave_form_data

    pane = pane_for()
    request = pane.approvals.selected()
    with demo_db.session() as session:
        printout = leave_form_printout(leave_form_data(session=session, request_id=request.id))
    with qtbot.waitSignal(pane.printing.signals.finished, timeout=10000) as done:
        pane.printing.save_pdf(printout, str(tmp_path / "don"))
    assert done.args == [str(tmp_path / "don.pdf")] and (tmp_path / "don.pdf").stat().st_size > 1000
    from pypdf import PdfReader

    assert request.person_name in PdfReader(tmp_path / "don.pdf").pages[0].extract_text()


def test_the_admin_sets_who_approves_for_an_absent_deputy_in_the_leave_settings(vp_app, qtbot, demo_db):
    from app.services.leave.approval import list_acting_rules
    from ui.context import AppContext
    from ui.leave.rules_dialog import LeaveSettingsDialog

    dialog = LeaveSettingsDialog(AppContext(demo_db, SYSTEM))
    qtbot.addWidget(dialog)
    tab = dialog.acting
    tab.list.setCurrentRow(next(i for i, r in enumerate(tab.rules) if r.approver_role == "deputy_chief"))
    assert [c.currentData() for c in tab.acting] == ["deputy_chief", "chief", None]
    tab.acting[1].setCurrentIndex(tab.acting[1].findData(None))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        rules = {r.approver_role: r.acting_roles for r in list_acting_rules(session)}
    assert rules["deputy_chief"] == ("deputy_chief",)
    assert "vắng" in tab.list.item(0).text()


def test_the_clerk_records_a_leaders_phone_approval_from_the_requests_tab(pane_for, qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    clerk = Actor(username="vanthu", role=AccountRole.CLERK, person_id=demo_db.demo.staff_by_unit["hanh_chinh"][-1])
    pane = pane_for(clerk)
    pane.show_tab(pane.requests)
    waiting = next(r for r in pane.requests.model.rows
                   if r.status == "submitted" and r.person_id != clerk.person_id)
    assert pane.requests.select(waiting.id)
    assert pane.requests.phone_button.isVisible()
    offered = []

    def choose(_parent, _title, _label, items, *_args):  # noqa: ANN001, ANN202
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    qtbot.mouseClick(pane.requests.phone_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        step = next(s for s in get_request(session, waiting.id).steps if s.by_phone)
    assert offered and step.approver_name in offered[0] and step.decided_by == "vanthu"


def test_the_admin_sets_a_minimum_notice_for_a_leave_type(vp_app, qtbot, demo_db):
    from app.services.leave.read import type_by_code
    from ui.context import AppContext
    from ui.leave.rules_dialog import LeaveSettingsDialog

    dialog = LeaveSettingsDialog(AppContext(demo_db, SYSTEM))
    qtbot.addWidget(dialog)
    tab = dialog.types
    tab.list.setCurrentRow(next(i for i, t in enumerate(tab.types) if t.code == "annual"))
    tab.notice.setValue(3)
    tab.notice_refuses.setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        annual = type_by_code(session, "annual")
    assert (annual.min_notice_days, annual.notice_refuses) == (3, True)
    assert dialog.types.list.count() == 10  # with "Nghỉ bù (trực ngày nghỉ)"


def test_the_request_list_shows_a_page_and_the_next_one_on_demand(pane_for, qtbot, monkeypatch):
    from ui.leave import requests_tab

    monkeypatch.setattr(requests_tab, "PAGE", 3)
    pane = pane_for()
    pane.show_tab(pane.requests)
    pane.requests.by_month.setChecked(False)  # every request of the office, newest first
    with pane.ctx.session() as session:
        newest = [r.id for r in list_requests(session, limit=7)]
    assert pane.requests.model.rowCount() == 3
    assert pane.requests.more_button.isVisible()
    qtbot.mouseClick(pane.requests.more_button, Qt.MouseButton.LeftButton)
    shown = [pane.requests.model.row_at(i).id for i in range(pane.requests.model.rowCount())]
    assert shown == newest[:6]


def test_the_waiting_and_notes_columns_show_only_when_a_request_has_one(pane_for):
    from ui.leave.requests_tab import OPTIONAL_COLUMNS

    pane = pane_for()
    tab = pane.requests
    pane.show_tab(tab)
    tab.by_month.setChecked(False)  # the whole office: some requests wait, some have notes
    assert not any(tab.table.isColumnHidden(c) for c in OPTIONAL_COLUMNS)
    tab.status.setCurrentIndex(tab.status.findData("approved"))  # decided: nobody to wait for
    rows = [tab.model.row_at(i) for i in range(tab.model.rowCount())]
    assert rows and all(r.current_step is None for r in rows)
    assert tab.table.isColumnHidden(OPTIONAL_COLUMNS[0])


def test_the_staff_are_read_only_when_a_dialog_needs_them(pane_for, monkeypatch, demo_db):
    from ui.leave import pane as leave_pane

    reads = []
    real = leave_pane.org.load_org
    monkeypatch.setattr(leave_pane.org, "load_org", lambda **kwargs: reads.append(1) or real(**kwargs))
    pane = pane_for()
    pane.ctx.wait_idle()
    assert reads == [] and pane.requests.unit.count() > 1  # the unit filter is filled without them
    assert demo_db.demo.people["chief"] in pane.snapshot.people
    assert pane.snapshot is pane.snapshot and reads == [1]
    pane.refresh()
    pane.ctx.wait_idle()
    assert pane.snapshot.people and reads == [1, 1]  # read again after the pane's data was


def test_the_search_finds_requests_beyond_the_page_shown(pane_for, monkeypatch):
    from ui.leave import requests_tab

    monkeypatch.setattr(requests_tab, "PAGE", 3)
    pane = pane_for()
    tab = pane.requests
    pane.show_tab(tab)
    tab.by_month.setChecked(False)  # every request of the office, newest first
    with pane.ctx.session() as session:
        every = list_requests(session)

    def shown() -> list[int]:
        return [tab.model.row_at(i).id for i in range(tab.model.rowCount())]

    def matching(query: str) -> list[int]:  # as the filter over the rows shown matches
        return [r.id for r in every
                if all(w in fold(f"{r.person_name} {r.unit_name} {r.leave_type_name}") for w in fold(query).split())]

    people = {r.person_id for r in every if r.id in shown()}
    hidden = next(r for r in every if r.person_id not in people)
    surname, given = hidden.person_name.split()[0], hidden.person_name.split()[-1]
    query = f"{fold(given).upper()} {surname}"  # any case, in any order, with or without accents
    tab.search.setText(query)
    pane.ctx.wait_idle()
    assert hidden.id in matching(query) and shown() == matching(query)[:3]
    assert [tab.proxy.index(row, 0).data(ID_ROLE) for row in range(tab.proxy.rowCount())] == shown()
    query = fold(hidden.leave_type_name)
    tab.search.setText(query)
    pane.ctx.wait_idle()
    assert shown() == matching(query)[:3]
