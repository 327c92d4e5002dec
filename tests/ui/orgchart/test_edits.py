"""Every undoable org edit round-trips exactly; ids re-created by a redo are followed;
the staff import dialog writes nothing until the user imports."""

from __future__ import annotations

from dataclasses import astuple, replace
from datetime import date, timedelta

import pytest
from openpyxl import Workbook
from sqlalchemy import func
from sqlmodel import select

from app.services.org import edit as org
from app.services.org.edit import PersonInput
from db.models import AuditLog, Person
from tests.conftest import DEMO_TODAY
from tests.ui.orgchart import support
from tests.ui.orgchart.support import answer_next_dialog, choose, click_ok
from ui.orgchart import commands as cmd
from ui.orgchart.import_dialog import ImportStaffDialog
from ui.orgchart.models import ImportPreviewModel

pane = support.pane  # fixture


def fingerprint(pane) -> tuple:
    """The whole org chart by names (ids may change when an undone creation is redone)."""
    snap = pane.ctx.read(org.load_org)

    def unit(uid):
        return snap.units[uid].name if uid in snap.units else None

    def person(pid):
        return snap.people[pid].full_name

    return (
        sorted((u.name, u.short_name, u.kind, unit(u.parent_id), u.active) for u in snap.units.values()),
        sorted(astuple(replace(p, id=0, unit_id=0, position_id=0)) for p in snap.people.values()),
        sorted((person(o.deputy_id), unit(o.unit_id) or "", o.field) for o in snap.oversight),
        sorted((person(d.principal_id), person(d.acting_id), d.start_date, d.end_date, d.scope, d.reason)
               for d in snap.delegations),
        sorted((unit(b), tuple(sorted(person(m) for m in ms))) for b, ms in snap.members.items()),
    )


def staff_sheet(path, rows):
    book = Workbook()
    book.active.append(["Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Email", "Ngày vào cơ quan"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _import(pane, editor, _demo, tmp_path):
    path = staff_sheet(tmp_path / "ds.xlsx", [["Hà Thị Mới", "Chuyên viên", "Phòng Tổng hợp", "", "", "15/02/2026"],
                                              ["Tạ Văn Mới", "Nhân viên", "Phòng Hành chính", "", "", ""]])
    from app.services.org.staff_import import preview_staff_import

    return cmd.ImportStaff(editor, pane.ctx.read(preview_staff_import, path=path, today=DEMO_TODAY))


EDITS = {  # name -> build(pane, editor, demo, tmp_path) -> command
    "create person": lambda pane, e, d, t: cmd.CreatePerson(e, PersonInput(
        "Đoàn Thị Mới", unit_id=d.units["hanh_chinh"], position_id=d.positions["Chuyên viên"])),
    "edit person": lambda pane, e, d, t: cmd.EditPerson(
        e, d.people["chief"], PersonInput.of(pane.snapshot.people[d.people["chief"]]),
        replace(PersonInput.of(pane.snapshot.people[d.people["chief"]]), phone="0988 000 111", notes="Ghi chú")),
    "deactivate the standing deputy": lambda pane, e, d, t: cmd.SetPersonActive(
        e, pane.snapshot.people[d.people["deputy1"]], False),
    "move person": lambda pane, e, d, t: cmd.MovePerson(
        e, pane.snapshot.people[d.staff_by_unit["tong_hop"][-1]], d.units["hanh_chinh"],
        d.positions["Chuyên viên chính"]),
    "standing deputy": lambda pane, e, d, t: cmd.SetStandingDeputy(e, d.people["deputy1"], d.people["deputy2"]),
    "create unit": lambda pane, e, d, t: cmd.CreateUnit(e, "Phòng Kế hoạch", d.units["office"], short_name="KH"),
    "rename unit": lambda pane, e, d, t: cmd.RenameUnit(
        e, pane.snapshot.units[d.units["tong_hop"]], "Phòng Tổng hợp – Thi đua", "TH-TĐ"),
    "move unit": lambda pane, e, d, t: cmd.MoveUnit(
        e, pane.snapshot.units[d.units["co_yeu_cntt"]], d.units["hanh_chinh"]),
    "oversight": lambda pane, e, d, t: cmd.SetOversight(
        e, pane.snapshot.people[d.people["deputy2"]],
        ([d.units["hanh_chinh"], d.units["co_yeu_cntt"]], ["Văn thư – lưu trữ", "Chuyển đổi số", "Cơ yếu"]),
        ([d.units["tong_hop"]], ["Báo chí"])),
    "add delegation": lambda pane, e, d, t: cmd.AddDelegation(
        e, pane.snapshot.people[d.people["chief"]], d.people["deputy1"], DEMO_TODAY + timedelta(days=7),
        DEMO_TODAY + timedelta(days=9), "Điều hành chung", "Nghỉ phép"),
    "remove delegation": lambda pane, e, d, t: cmd.RemoveDelegation(e, pane.snapshot.delegations[0], "x"),
    "import staff": _import,
}


@pytest.mark.parametrize("name", list(EDITS))
def test_each_edit_can_be_undone_and_redone_exactly(pane, name, tmp_path):
    editor, demo = pane.edit.editor, pane.ctx.database.demo
    before = fingerprint(pane)
    assert pane.edit.run(EDITS[name](pane, editor, demo, tmp_path))
    after = fingerprint(pane)
    assert after != before
    for _ in range(2):  # twice: a second redo must find what the first one re-created
        pane.edit.undo.trigger()
        assert fingerprint(pane) == before
        pane.edit.redo.trigger()
        assert fingerprint(pane) == after


def test_a_deactivated_unit_comes_back_with_undo(pane):
    editor = pane.edit.editor
    create = cmd.CreateUnit(editor, "Tổ Lưu trữ", pane.ctx.database.demo.units["hanh_chinh"])
    assert pane.edit.run(create)
    pane.refresh()
    unit = pane.snapshot.units[create.unit.id]
    assert pane.edit.run(cmd.SetUnitActive(editor, unit, False))
    assert not pane.ctx.read(org.load_org).units[unit.id].active
    pane.edit.undo.trigger()
    assert pane.ctx.read(org.load_org).units[unit.id].active


def test_later_edits_follow_a_row_that_redo_created_under_a_new_id(pane):
    editor, demo = pane.edit.editor, pane.ctx.database.demo
    unit = cmd.CreateUnit(editor, "Phòng Kế hoạch", demo.units["office"])
    assert pane.edit.run(unit)
    person = cmd.CreatePerson(editor, PersonInput("Đoàn Văn Mới", unit_id=unit.unit.id))
    assert pane.edit.run(person)
    first_unit, first_person = unit.unit.id, person.person.id
    assert pane.edit.run(cmd.EditPerson(editor, first_person, PersonInput("Đoàn Văn Mới", unit_id=first_unit),
                                        PersonInput("Đoàn Văn Mới", phone="0911 222 333", unit_id=first_unit)))
    for _ in range(3):
        pane.edit.undo.trigger()
    # something else takes the freed ids meanwhile
    pane.ctx.call(org.create_unit, name="Tổ Chen Ngang", parent_id=None)
    pane.ctx.call(org.create_person, data=PersonInput("Người Chen Ngang"))
    for _ in range(3):
        pane.edit.redo.trigger()
    assert unit.unit.id != first_unit and person.person.id != first_person
    again = pane.ctx.read(org.get_person, person_id=person.person.id)
    assert (again.unit_name, again.phone) == ("Phòng Kế hoạch", "0911 222 333")


def test_a_delegation_that_ends_before_it_starts_is_refused_in_the_dialog(pane):
    seen = {}

    def fill(dialog):
        choose(dialog.acting, dialog.acting.itemText(2))
        dialog.start.set_value(date(2026, 3, 10))
        dialog.end.set_value(date(2026, 3, 9))
        click_ok(dialog)
        seen["error"], seen["open"] = dialog.error.text(), dialog.isVisible()

    pane.select("person", pane.ctx.database.demo.people["chief"])
    answer_next_dialog(fill)
    pane.edit.add_delegation.trigger()
    assert seen == {"error": "Ngày kết thúc phải từ ngày bắt đầu trở đi.", "open": True}


def test_oversight_set_through_the_dialog_shows_on_the_chart(pane):
    demo = pane.ctx.database.demo
    pane.select("person", demo.people["deputy3"])

    def fill(dialog):
        dialog.fields.setPlainText("Lễ tân, khánh tiết\nBảo vệ")
        click_ok(dialog)

    answer_next_dialog(fill)
    pane.edit.oversight.trigger()
    pane.tabs.setCurrentWidget(pane.chart_tab)
    box = pane.chart_tab.scene.chart.box("person", demo.people["deputy3"])
    assert "Lĩnh vực: Lễ tân, khánh tiết; Bảo vệ" in " ".join(line.text for line in box.lines)


# -- import -----------------------------------------------------------------------

def counts(pane) -> tuple[int, int]:
    with pane.ctx.session() as session:
        return (session.exec(select(func.count()).select_from(Person)).one(),
                session.exec(select(func.count()).select_from(AuditLog)).one())


ROWS = [["Hà Thị Mới", "Chuyên viên", "Phòng Tổng hợp", "0912345678", "ha@vptu.vn", "15/02/2026"],
        ["Tạ Văn Mới", "Nhân viên", "phong hanh chinh", "", "", ""],
        ["Sai Chức Vụ", "Giám đốc", "Phòng Tổng hợp", "", "", ""]]


def test_the_import_dialog_previews_rows_with_their_errors(pane, tmp_path, qtmodeltester):
    dialog = ImportStaffDialog(pane.ctx)
    assert dialog.load(staff_sheet(tmp_path / "ds.xlsx", ROWS))
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 3
    assert model.index(2, len(ImportPreviewModel.HEADERS) - 1).data() == "Không có chức vụ “Giám đốc” trong danh mục"
    assert dialog.summary.text().startswith("2 dòng hợp lệ, 1 dòng lỗi.")
    assert dialog.import_button.text() == "Nhập 2 cán bộ" and dialog.import_button.isEnabled()
    assert not dialog.load(tmp_path / "khong-co.xlsx")
    assert not dialog.import_button.isEnabled()
    dialog.deleteLater()


def test_cancelling_the_import_writes_nothing(pane, tmp_path):
    path = staff_sheet(tmp_path / "ds.xlsx", ROWS)
    before = counts(pane)

    def fill(dialog):
        dialog.load(path)
        dialog.reject()

    answer_next_dialog(fill)
    pane.edit.import_staff.trigger()
    assert counts(pane) == before
    assert not pane.edit.undo.isEnabled()


def test_importing_writes_the_valid_rows_once_and_undo_removes_them(pane, tmp_path):
    path = staff_sheet(tmp_path / "ds.xlsx", ROWS)
    people, audits = counts(pane)

    def fill(dialog):
        dialog.load(path)
        dialog.import_button.click()

    answer_next_dialog(fill)
    pane.edit.import_staff.trigger()
    assert counts(pane) == (people + 2, audits + 1)
    assert [p.full_name for p in pane.ctx.read(org.search_people, query="moi")] == ["Hà Thị Mới", "Tạ Văn Mới"]
    assert "Hà Thị Mới" in support.visible_people(pane)
    pane.edit.undo.trigger()
    assert counts(pane) == (people, audits + 2)


def test_dates_that_may_be_swapped_must_be_confirmed_and_can_be_read_back(pane, tmp_path):
    from datetime import datetime

    rows = [["Hà Thị Mới", "Chuyên viên", "Phòng Tổng hợp", "", "", datetime(2012, 1, 7)],
            ["Tạ Văn Mới", "Chuyên viên", "Phòng Tổng hợp", "", "", "25/07/2012"]]
    dialog = ImportStaffDialog(pane.ctx)
    assert dialog.load(staff_sheet(tmp_path / "ds.xlsx", rows))
    assert not dialog.warnings.isHidden() and "trộn 1 ô kiểu ngày với 1 ô kiểu chữ" in dialog.warnings.text()
    assert not dialog.import_button.isEnabled()
    column = len(ImportPreviewModel.HEADERS) - 2
    assert dialog.model.index(0, column).data() == "07/01/2012"
    dialog.swap_dates.setChecked(True)  # the spreadsheet read 01/07/2012 month first: read it back
    assert dialog.model.index(0, column).data() == "01/07/2012"
    assert not dialog.import_button.isEnabled()
    dialog.confirm_dates.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.deleteLater()
