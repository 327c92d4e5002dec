from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialog, QPushButton

from app.rules.meetings import AttendanceStatus
from app.services.admin.auth import AccountRole, Actor
from app.services.meetings import attendees, checklist
from app.services.meetings import preparation as meetings
from tests.meeting_office import demo_office_copy
from tests.ui.refreshes import count_refreshes
from ui.meetings.dialogs import MeetingDialog
from ui.meetings.models import (
    AttendanceModel,
    AttendeeModel,
    ChecklistModel,
    CopyModel,
    DocumentModel,
    MeetingListModel,
)


@pytest.fixture
def office(tmp_path_factory, tmp_path):
    database, ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    yield database, ctx
    database.dispose()


def _pane(window):
    return window.show_pane("meetings")


def _demo_btv(database):
    with database.session() as s:
        return meetings.list_meetings(session=s, start=datetime(2026, 3, 2), end=datetime(2026, 3, 3))[0]


def test_every_meetings_model_passes_the_model_tester(office, window_on, qtmodeltester):
    database, _ctx = office
    pane = _pane(window_on(database))
    btv = _demo_btv(database)
    assert pane.select_meeting(btv.id)
    for index in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(index)
    pane.documents.outstanding_only.setChecked(True)
    models = [pane.list_model, pane.checklist.model, pane.attendees.model, pane.attendance.model,
              pane.documents.documents, pane.documents.copies]
    assert [type(m) for m in models] == [MeetingListModel, ChecklistModel, AttendeeModel, AttendanceModel,
                                         DocumentModel, CopyModel]
    for model in models:
        assert model.rowCount() > 0, type(model)
        qtmodeltester.check(model)


def test_creating_a_meeting_from_the_dialog_shows_its_checklist(office, window_on, monkeypatch):
    database, ctx = office
    pane = _pane(window_on(database))
    start = (datetime.now() + timedelta(days=20)).replace(hour=8, minute=0, second=0, microsecond=0)

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("standing_committee"))
        dialog.title.setText("Hội nghị Ban Thường vụ chuyên đề")
        dialog.start.setDateTime(QDateTime(start.year, start.month, start.day, 8, 0, 0))
        dialog.end.setDateTime(QDateTime(start.year, start.month, start.day, 11, 30, 0))
        dialog.chair.setCurrentIndex(dialog.chair.findData(ctx.people["secretary"]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeetingDialog, "exec", fill)
    pane.new_meeting()
    assert pane.meeting is not None and pane.meeting.title == "Hội nghị Ban Thường vụ chuyên đề"
    assert pane.meeting.start == start and pane.meeting.total > 20
    assert pane.list_model.rows[pane.list_view.currentIndex().row()].id == pane.meeting.id
    assert pane.checklist.model.rowCount() == 3  # three departments
    assert "Hội nghị Ban Thường vụ chuyên đề" in pane.header.text()


def test_ticking_an_item_in_the_tree_marks_it_done(office, window_on):
    database, _ctx = office
    pane = _pane(window_on(database))
    pane.select_meeting(_demo_btv(database).id)
    model = pane.checklist.model
    group = model.index(0, 0)
    row = next(r for r in range(model.rowCount(group)) if not model.entry(model.index(r, 0, group)).done)
    index = model.index(row, 0, group)
    item_id = model.entry(index).id
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    done = model.entry(model.find(item_id))
    assert done.done and done.done_by == "system"
    assert pane.meeting.done == _demo_btv(database).done


def test_staff_see_checkboxes_only_on_their_own_items(office, window_on):
    database, ctx = office
    specialist = ctx.staff_by_unit["tong_hop"][-1]
    pane = _pane(window_on(database, Actor("chuyenvien", AccountRole.STAFF, person_id=specialist)))
    pane.select_meeting(_demo_btv(database).id)
    model = pane.checklist.model
    checkable = {}
    for g in range(model.rowCount()):
        for r in range(model.rowCount(model.index(g, 0))):
            index = model.index(r, 0, model.index(g, 0))
            checkable[model.entry(index).id] = bool(model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable)
            assert checkable[model.entry(index).id] == (model.entry(index).owner_id == specialist)
    assert any(checkable.values()) and not all(checkable.values())
    assert not pane.checklist.buttons["add"].isEnabled()


def test_taking_attendance_updates_the_quorum_indicator(office, window_on, admin):
    database, ctx = office
    pane = _pane(window_on(database))
    with database.session() as s:
        meeting_id = meetings.create_meeting(session=s, actor=admin, data=meetings.MeetingInput(
            "standing_committee", "Họp BTV đột xuất", datetime(2026, 3, 20, 14), datetime(2026, 3, 20, 16)))
        attendees.add_body(session=s, actor=admin, meeting_id=meeting_id, body_id=ctx.units["btv"])
    pane.refresh()
    assert pane.select_meeting(meeting_id)
    pane.tabs.setCurrentWidget(pane.attendance.parentWidget())  # its tab page (built when first opened)
    tab = pane.attendance
    members = tab.model.rowCount()
    assert "CHƯA ĐỦ" in tab.quorum.text() and f"0/{members}" in tab.quorum.text()
    needed = (2 * members + 2) // 3
    for row in range(needed):
        tab.view.selectionModel().select(tab.model.index(row, 0),
                                         tab.view.selectionModel().SelectionFlag.Select
                                         | tab.view.selectionModel().SelectionFlag.Rows)
    tab.mark(AttendanceStatus.PRESENT)
    assert tab.quorum.text().startswith("ĐỦ 2/3") and f"{needed}/{members}" in tab.quorum.text()
    assert f"Có mặt {needed}" in tab.counts.text()


def test_the_tally_keys_are_the_vietnamese_c_m_v(office, window_on, monkeypatch):
    database, _ctx = office
    pane = _pane(window_on(database))
    pane.select_meeting(_demo_btv(database).id)
    pane.tabs.setCurrentWidget(pane.attendance.parentWidget())  # its tab page (built when first opened)
    tab = pane.attendance
    assert [tab.findChild(QPushButton, name).text() for name in ("markPresent", "markLate", "markAbsent")] == [
        "Có mặt (C)", "Đến muộn (M)", "Vắng mặt (V)…"]
    marked = []
    monkeypatch.setattr(tab, "mark", marked.append)
    shortcuts = {shortcut.key().toString(): shortcut for shortcut in tab.view.findChildren(QShortcut)}
    assert set(shortcuts) == {"C", "M", "V"}
    for key in ("C", "M", "V"):
        shortcuts[key].activated.emit()
    assert marked == [AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT]


def test_the_demo_member_over_the_absence_limit_is_flagged(office, window_on):
    database, _ctx = office
    pane = _pane(window_on(database))
    pane.select_meeting(_demo_btv(database).id)
    pane.tabs.setCurrentWidget(pane.attendance.parentWidget())  # its tab page (built when first opened)
    model = pane.attendance.model
    flagged = [model.index(r, 4).data() for r in range(model.rowCount()) if "quá" in (model.index(r, 4).data() or "")]
    assert flagged == ["3 — quá 2 lần"]


def test_exporting_a_pdf_runs_in_a_worker(office, window_on, qtbot, tmp_path):
    database, _ctx = office
    pane = _pane(window_on(database))
    pane.select_meeting(_demo_btv(database).id)
    target = tmp_path / "ds.pdf"
    with qtbot.waitSignal(pane.export_signals.finished, timeout=10_000) as blocker:
        assert pane.export("attendance", str(target))
    assert blocker.args == [str(target)] and target.stat().st_size > 1000


def test_the_print_preview_opens_on_the_attendance_sheets_pdf(office, window_on, qtbot):
    database, _ctx = office
    pane = _pane(window_on(database))
    pane.select_meeting(_demo_btv(database).id)
    dialog = pane.preview("attendance")
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.printout.page_count >= 1
    dialog.close()


def test_the_template_editor_lists_and_edits_a_template(office, window_on, qtmodeltester, monkeypatch):
    from ui.meetings.templates_dialog import TemplateItemDialog, TemplatesDialog

    database, _ctx = office
    pane = _pane(window_on(database))
    dialog = TemplatesDialog(pane.ctx, pane)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reception"))
    qtmodeltester.check(dialog.model)
    before = dialog.model.rowCount()
    assert any("cờ" in dialog.model.index(r, 1).data() for r in range(before))

    def fill(item_dialog):
        item_dialog.task.setText("Chuẩn bị quà lưu niệm")
        item_dialog.department.setCurrentIndex(item_dialog.department.findData("tai_chinh_quan_tri"))
        item_dialog.rule.setCurrentIndex(item_dialog.rule.findData("working_days_before"))
        item_dialog.amount.setValue(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateItemDialog, "exec", fill)
    dialog.add()
    assert dialog.model.rowCount() == before + 1
    added = dialog.current()
    assert (added.task, added.department, added.number) == ("Chuẩn bị quà lưu niệm", "tai_chinh_quan_tri", 1)
    dialog.move(-100)
    assert dialog.model.rows[0].task == "Chuẩn bị quà lưu niệm"
    dialog.close()


def test_empty_columns_are_hidden_and_long_texts_wrap(office, window_on):
    database, _ctx = office
    pane = _pane(window_on(database))
    pane.select_meeting(_demo_btv(database).id)
    rows = pane.list_model.rows
    assert pane.list_view.isColumnHidden(3) == (not any(m.overdue for m in rows))
    assert pane.list_view.wordWrap()
    tree = pane.checklist.tree
    entries = [e for g in pane.checklist.model.groups for e in g.entries]
    assert tree.isColumnHidden(4) == (not any(e.notes for e in entries))
    assert tree.wordWrap() and not tree.uniformRowHeights()
    assert tree.header().sectionResizeMode(0) == tree.header().ResizeMode.Stretch



def test_the_date_and_count_columns_fit_their_widest_text_and_the_titles_take_the_rest(office, window_on):
    database, _ctx = office
    pane = _pane(window_on(database))
    pane.scope.setCurrentIndex(pane.scope.findData("all"))
    pane.ctx.wait_idle()
    view, model = pane.list_view, pane.list_model
    header = view.horizontalHeader()
    assert header.sectionResizeMode(1) == header.ResizeMode.Stretch
    for column in (0, 2):
        needed = max(view.sizeHintForIndex(model.index(r, column)).width() for r in range(model.rowCount()))
        assert needed <= header.sectionSize(column) <= needed + 1  # + the grid line
        assert header.sectionSize(column) >= header.sectionSizeHint(column)  # the title too
    shown = [c for c in (0, 2, 3) if not header.isSectionHidden(c)]
    assert view.minimumWidth() >= sum(header.sectionSize(c) for c in shown) + 120


def test_the_attendee_attendance_and_document_tabs_are_built_when_first_opened(office, window_on, monkeypatch):
    from ui.meetings import pane as meetings_pane

    database, _ctx = office
    reads = []
    real = meetings_pane.read_meeting
    monkeypatch.setattr(meetings_pane, "read_meeting", lambda *a, **k: reads.append(1) or real(*a, **k))
    pane = _pane(window_on(database))
    pane.ctx.wait_idle()
    reads.clear()
    assert pane.select_meeting(_demo_btv(database).id)  # read the list through it, then it
    pane.ctx.wait_idle()
    assert pane.meeting is not None and reads == []  # the meeting selected came with the list: no read of its own
    assert [pane._attendees.built(), pane._attendance.built(), pane._documents.built()] == [None, None, None]
    pane.tabs.setCurrentIndex(1)  # Đại biểu, giấy mời
    assert pane._attendees.built() is not None and pane.attendees.meeting == pane.meeting
    assert pane.attendees.model.rowCount() > 0
    assert pane._documents.built() is None


# -- a change confined to the shown meeting updates its row; any other reads the list again --

def _two_meetings(database):
    with database.session() as s:
        rows = meetings.list_meetings(session=s, start=datetime(2026, 3, 1), end=datetime(2026, 5, 1))
    with_open_items = []
    for row in rows:
        with database.session() as s:
            items = [e for e in checklist.get_checklist(session=s, meeting_id=row.id) if not e.done]
        if items:
            with_open_items.append((row.id, items[0].id))
    assert len(with_open_items) >= 2
    return with_open_items[:2]


def test_ticking_an_item_updates_the_meetings_row_without_reading_the_list_again(office, window_on):
    database, _ctx = office
    window = window_on(database)
    pane = window.show_pane("meetings")
    pane.scope.setCurrentIndex(pane.scope.findData("all"))
    (meeting_id, item_id), _other = _two_meetings(database)
    assert pane.select_meeting(meeting_id)
    before = pane.list_model.rows[pane.list_model.row_of(meeting_id)].done
    reads = count_refreshes(pane)
    window.ctx.call(checklist.tick_item, item_id=item_id)
    window.ctx.wait_idle()
    assert reads == []
    row = pane.list_model.row_of(meeting_id)
    assert pane.list_model.rows[row].done == before + 1
    assert pane.meeting.id == meeting_id and pane.meeting.done == before + 1


def test_a_change_to_another_meeting_reads_the_list_again(office, window_on):
    database, _ctx = office
    window = window_on(database)
    pane = window.show_pane("meetings")
    pane.scope.setCurrentIndex(pane.scope.findData("all"))
    (meeting_id, _item), (_other, other_item) = _two_meetings(database)
    assert pane.select_meeting(meeting_id)
    reads = count_refreshes(pane)
    window.ctx.call(checklist.tick_item, item_id=other_item)
    window.ctx.wait_idle()
    assert reads == [1]


def test_the_checklist_opens_every_department_and_measures_its_rows_when_laid_out_not_when_filled(
        office, window_on, monkeypatch):
    from ui.wrapping import WrappingDelegate

    database, _ctx = office
    measured = []
    size_hint = WrappingDelegate.sizeHint
    monkeypatch.setattr(WrappingDelegate, "sizeHint",  # before the delegate is made (Qt looks it up once)
                        lambda self, option, index: measured.append(index.row()) or size_hint(self, option, index))
    pane = _pane(window_on(database))
    assert pane.select_meeting(_demo_btv(database).id)
    tab = pane.checklist
    measured.clear()
    tab.refresh()
    assert measured == []  # not at the columns' widths of before the layout
    model, tree = tab.model, tab.tree
    assert model.rowCount() == 3 and all(tree.isExpanded(model.index(g, 0)) for g in range(model.rowCount()))
    tree.doItemsLayout()
    assert measured  # now, at the columns' widths


def test_a_long_task_wraps_in_the_checklist_instead_of_being_cut(office, window_on):
    database, _ctx = office
    window = window_on(database)
    window.resize(1280, 800)
    pane = _pane(window)
    assert pane.select_meeting(_demo_btv(database).id)
    tree, model = pane.checklist.tree, pane.checklist.model
    tree.doItemsLayout()
    line = tree.fontMetrics().lineSpacing()
    wrapped = 0
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if tree.fontMetrics().horizontalAdvance(text) > tree.columnWidth(0):  # cannot fit on one line
                assert tree.visualRect(index).height() >= 2 * line, text
                wrapped += 1
    assert wrapped > 0


# -- the list reads a page of meetings at a time -------------------------------------------

def _paged(database, window_on, monkeypatch):
    """The pane's list of every meeting, read two at a time; and the ids of every meeting."""
    from ui.meetings import pane as meetings_pane

    monkeypatch.setattr(meetings_pane, "PAGE", 2)
    pane = _pane(window_on(database))
    pane.scope.setCurrentIndex(pane.scope.findData("all"))
    with database.session() as s:
        return pane, [m.id for m in meetings.list_meetings(session=s)]


def test_the_list_reads_a_page_of_meetings_and_the_next_when_scrolled_to_its_end(office, window_on, monkeypatch):
    database, _ctx = office
    pane, every = _paged(database, window_on, monkeypatch)
    assert len(every) > 4
    model = pane.list_model
    assert [m.id for m in model.rows] == every[:2] and model.canFetchMore()
    model.fetchMore()
    assert [m.id for m in model.rows] == every[:4]
    while model.canFetchMore():
        model.fetchMore()
    assert [m.id for m in model.rows] == every


def test_selecting_a_meeting_beyond_the_rows_read_reads_the_list_through_it(office, window_on, monkeypatch):
    database, _ctx = office
    pane, every = _paged(database, window_on, monkeypatch)
    last = every[-1]
    assert pane.list_model.row_of(last) < 0
    assert pane.select_meeting(last)
    assert pane.meeting.id == last and pane.list_model.rows[pane.list_view.currentIndex().row()].id == last
    assert not pane.select_meeting(10**6)  # no such meeting
    assert pane.meeting.id == last


def test_the_staff_for_the_pickers_are_read_only_when_an_action_needs_them(office, window_on, monkeypatch):
    from ui.meetings import pane as meetings_pane

    database, ctx = office
    reads = []
    real = meetings_pane.org.load_org
    monkeypatch.setattr(meetings_pane.org, "load_org", lambda **kwargs: reads.append(1) or real(**kwargs))
    pane = _pane(window_on(database))
    pane.select_meeting(_demo_btv(database).id)
    assert reads == []
    assert ctx.people["secretary"] in {p.id for p in pane._people()}
    assert pane.attendees.org is pane.checklist.org and reads == [1]


def test_the_lists_overdue_counts_take_the_red_of_a_palette_switched_at_run_time(office, window_on, vp_app, qtbot):
    from tests.ui.palettes import ink_follows_the_palette
    from ui import tints

    database, _ctx = office
    pane = _pane(window_on(database))
    pane.scope.setCurrentIndex(pane.scope.findData("all"))
    pane.ctx.wait_idle()
    model = pane.list_model
    count = model.index(next(i for i, m in enumerate(model.rows) if m.overdue and not m.cancelled), 3)
    ink_follows_the_palette(vp_app, qtbot, lambda: count.data(Qt.ItemDataRole.ForegroundRole).color(), tints.RED_INK)


def test_the_checklists_overdue_items_take_the_red_of_a_palette_switched_at_run_time(office, window_on, vp_app, qtbot):
    from app.rules.meetings import DueState
    from tests.ui.palettes import ink_follows_the_palette
    from ui import tints

    database, _ctx = office
    pane = _pane(window_on(database))
    pane.scope.setCurrentIndex(pane.scope.findData("all"))
    pane.ctx.wait_idle()
    late = next(m for m in pane.list_model.rows if m.overdue and not m.cancelled)
    assert pane.select_meeting(late.id)
    model = pane.checklist.model
    overdue = next(model.find(e.id) for g in model.groups for e in g.entries if e.state is DueState.OVERDUE)
    cell = overdue.siblingAtColumn(1)  # every cell of the item's row, the due time too
    ink_follows_the_palette(vp_app, qtbot, lambda: cell.data(Qt.ItemDataRole.ForegroundRole).color(), tints.RED_INK)
