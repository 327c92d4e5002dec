"""The org chart pane driven as a user would: search, edit through dialogs, undo and redo,
the graphical chart and its exports."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser

from app.errors import NotFound
from app.services.admin.auth import AccountRole, Actor
from app.services.org import edit as org
from app.text import fold
from tests.ui.orgchart import support
from tests.ui.orgchart.support import (
    answer_next_dialog,
    choose,
    click_ok,
    make_pane,
    type_text,
    visible_people,
)
from tests.unit.reports.test_printout_standards import unembedded_fonts
from ui.orgchart.models import KIND_ROLE
from ui.orgchart.pane import OrgChartPane

pane = support.pane  # fixture


# -- tree and search --------------------------------------------------------------

def test_search_without_diacritics_finds_people_named_with_them(pane, qtbot):
    qtbot.keyClicks(pane.search, "nguyen van")
    found = visible_people(pane)
    expected = {p.full_name for p in pane.snapshot.people.values()
                if p.active and all(word in fold(p.full_name) for word in ("nguyen", "van"))}
    assert set(found) == expected
    assert {"Nguyễn Văn Hải", "Nguyễn Văn Phong"} <= set(found)  # every word, diacritics ignored
    pane.search.clear()
    assert len(visible_people(pane)) > len(found)


def test_a_search_keeps_the_chosen_person_while_they_match_and_forgets_them_when_not(pane, qtbot):
    hai = next(p for p in pane.snapshot.people.values() if p.full_name == "Nguyễn Văn Hải")
    assert pane.select("person", hai.id)
    qtbot.keyClicks(pane.search, "nguyen van")
    assert pane.current_item() == ("person", hai.id)
    assert hai.full_name in pane.details.toPlainText()
    qtbot.keyClicks(pane.search, " phong")  # Nguyễn Văn Hải no longer matches
    assert pane.current_item() is None
    assert hai.full_name not in pane.details.toPlainText()
    assert visible_people(pane) == ["Nguyễn Văn Phong"]


def test_the_tree_opens_with_the_office_expanded_and_the_big_bch_group_closed(pane):
    snap, ctx = pane.snapshot, pane.ctx.database.demo

    def index_of(kind: str, item_id: int) -> QModelIndex:
        return pane.model.find(kind, item_id)

    assert pane.tree.isExpanded(index_of("unit", ctx.units["office"]))
    assert pane.tree.isExpanded(index_of("unit", ctx.units["tong_hop"]))
    bch = index_of("unit", ctx.units["bch"])
    members_group = pane.model.index(0, 0, bch)
    assert members_group.data(KIND_ROLE) == "position" and pane.model.rowCount(members_group) == 28
    assert not pane.tree.isExpanded(members_group)
    assert snap.units[ctx.units["office"]].name == "Văn phòng Tỉnh ủy"


def test_the_chart_is_read_while_the_pane_makes_its_widgets_and_shown_once_they_are(qtbot, demo_db, monkeypatch):
    from ui.orgchart import pane as orgchart_pane

    steps: list[str] = []
    read_org = orgchart_pane.read_org

    def reading(session, today):  # noqa: ANN001, ANN202
        steps.append("read")
        return read_org(session, today)

    chart_tab = orgchart_pane.ChartTab

    def making_the_chart(*args):  # noqa: ANN002, ANN202
        steps.append("widgets")
        return chart_tab(*args)

    monkeypatch.setattr(orgchart_pane, "read_org", reading)
    monkeypatch.setattr(orgchart_pane, "ChartTab", making_the_chart)
    pane = make_pane(qtbot, demo_db, monkeypatch)  # the read is delivered at once (tests/ui/conftest.py)
    assert steps == ["read", "widgets"]
    assert pane.snapshot is not None and visible_people(pane)
    assert pane.tree.isExpanded(pane.model.find("unit", demo_db.demo.units["office"]))


def test_the_tree_models_pass_the_model_tester(pane, qtmodeltester):
    qtmodeltester.check(pane.model)
    pane.model.set_query("nguyen")
    qtmodeltester.check(pane.model)


def test_the_away_strip_and_the_tree_name_who_acts_for_whom(pane):
    ctx = pane.ctx.database.demo
    snap = pane.snapshot
    deputy3, deputy2 = snap.people[ctx.people["deputy3"]], snap.people[ctx.people["deputy2"]]
    assert deputy3.full_name in pane.away_label.text()
    assert f"{deputy2.full_name} làm thay" in pane.away_label.text()
    row = pane.model.find("person", deputy3.id)
    assert "Đi công tác Hà Nội" in row.siblingAtColumn(1).data()


def test_a_long_away_list_names_the_first_few_leaders_first_and_lists_everyone_on_demand(pane, qtbot,
                                                                                       monkeypatch):
    import ui.orgchart.pane as pane_module

    snap = pane.snapshot
    away = [snap.people[person_id] for person_id in pane.away if person_id in snap.people]
    assert len(away) >= 2  # the demo office has a deputy away with someone acting for him, and others
    monkeypatch.setattr(pane_module, "AWAY_NAMED", 1)
    pane._show_away(pane.today())
    strip = pane.away_label.text()
    acted_for = [p for p in away if p.id in pane.acting]
    assert acted_for and acted_for[0].full_name in strip  # the leader whose work is handed over comes first
    named = [p for p in away if p.full_name in strip]
    assert len(named) == 1
    assert f"và {len(away) - 1} người khác" in strip and f"xem tất cả {len(away)} người" in strip

    pane.away_label.linkActivated.emit(pane_module.ALL_AWAY)
    dialog = pane.findChild(QDialog, "allAwayDialog")
    assert dialog is not None and dialog.isVisible()
    listed = dialog.findChild(QTextBrowser, "allAwayList").toPlainText()
    assert all(p.full_name in listed for p in away)
    dialog.reject()


def test_a_short_away_list_names_everyone_without_a_link(pane):
    assert "xem tất cả" not in pane.away_label.text()
    assert "<a " not in pane.away_label.text()


# -- editing with undo and redo ---------------------------------------------------

def test_adding_a_person_through_the_dialog_can_be_undone_and_redone(pane, qtbot):
    ctx = pane.ctx.database.demo
    pane.select("unit", ctx.units["tong_hop"])

    def fill(dialog: QDialog) -> None:
        assert dialog.objectName() == "personDialog"
        assert dialog.unit.currentData() == ctx.units["tong_hop"]  # preselected from the tree
        type_text(dialog.full_name, "Nguyễn Văn Thử")
        choose(dialog.position, "Chuyên viên")
        dialog.service_start.setDate(dialog.service_start.date().fromString("01/03/2026", "dd/MM/yyyy"))
        qtbot.keyClicks(dialog.phone, "0912 000 111")
        click_ok(dialog)

    answer_next_dialog(fill)
    pane.edit.add_person.trigger()
    found = pane.ctx.read(org.search_people, query="nguyen van thu")
    assert [(p.full_name, p.unit_id, p.position_title, p.phone, p.service_start.isoformat()) for p in found] == [
        ("Nguyễn Văn Thử", ctx.units["tong_hop"], "Chuyên viên", "0912 000 111", "2026-03-01")]
    assert pane.current_item() == ("person", found[0].id)
    assert pane.edit.undo.text() == "Hoàn tác Thêm cán bộ Nguyễn Văn Thử"

    pane.edit.undo.trigger()
    with pytest.raises(NotFound):
        pane.ctx.read(org.get_person, person_id=found[0].id)
    assert "Nguyễn Văn Thử" not in visible_people(pane)

    pane.edit.redo.trigger()
    again = pane.ctx.read(org.search_people, query="nguyen van thu")
    assert [p.full_name for p in again] == ["Nguyễn Văn Thử"]
    assert "Nguyễn Văn Thử" in visible_people(pane)


def test_a_refused_dialog_stays_open_with_the_reason(pane, qtbot):
    seen = {}

    def fill(dialog: QDialog) -> None:
        type_text(dialog.full_name, "Lê An")
        qtbot.keyClicks(dialog.email, "khong-hop-le")
        click_ok(dialog)
        seen["open"], seen["error"] = dialog.isVisible(), dialog.error.text()

    answer_next_dialog(fill)
    pane.edit.add_person.trigger()
    assert seen == {"open": True, "error": "Địa chỉ e-mail không hợp lệ: khong-hop-le"}
    assert not pane.edit.undo.isEnabled()


def test_editing_a_person_then_undo_restores_the_old_values(pane, qtbot):
    head = pane.ctx.database.demo.people["head_tong_hop"]
    before = pane.ctx.read(org.get_person, person_id=head)
    pane.select("person", head)

    def fill(dialog: QDialog) -> None:
        dialog.phone.setText("0999 888 777")
        dialog.email.setText("truongphong@vptu.vn")
        click_ok(dialog)

    answer_next_dialog(fill)
    pane.edit.edit.trigger()
    assert pane.ctx.read(org.get_person, person_id=head).email == "truongphong@vptu.vn"
    pane.edit.undo.trigger()
    assert pane.ctx.read(org.get_person, person_id=head) == before


def test_a_viewer_sees_every_write_action_disabled(qtbot, demo_db, monkeypatch):
    viewer = make_pane(qtbot, demo_db, monkeypatch, Actor("khach", AccountRole.VIEWER))
    viewer.select("person", demo_db.demo.people["chief"])
    edit = viewer.edit
    for action in (edit.add_person, edit.edit, edit.move_person, edit.toggle_person, edit.add_unit,
                   edit.oversight, edit.standing, edit.add_delegation, edit.import_staff, edit.undo, edit.redo):
        assert not action.isEnabled(), action.objectName()


# -- the chart --------------------------------------------------------------------

def show_chart(pane: OrgChartPane) -> None:
    pane.tabs.setCurrentWidget(pane.chart_tab)
    assert pane.chart_tab.scene.chart is not None


def test_the_chart_marks_the_standing_deputy_oversight_and_who_is_away(pane):
    show_chart(pane)
    ctx, chart = pane.ctx.database.demo, pane.chart_tab.scene.chart
    snap = pane.snapshot
    standing = chart.box("person", ctx.people["deputy1"])
    assert standing.tag == "THƯỜNG TRỰC" and "Tham mưu tổng hợp" in " ".join(x.text for x in standing.lines)
    away = chart.box("person", ctx.people["deputy3"])
    text = " ".join(x.text for x in away.lines)
    assert away.badge == "VẮNG" and f"{snap.people[ctx.people['deputy2']].full_name} làm thay" in text
    dashed = [line for line in chart.lines if line.dashed and len(line.points) > 2]
    assert len(dashed) == 4  # deputy1 → TH, deputy2 → HC and CY-CNTT, deputy3 → TC-QT
    assert "42 ủy viên" in " ".join(x.text for x in chart.box("unit", ctx.units["bch"]).lines)
    secretary = snap.people[ctx.people["secretary"]].full_name
    assert secretary in " ".join(x.text for x in chart.box("unit", ctx.units["thuong_truc"]).lines)
    th = chart.box("unit", ctx.units["tong_hop"])
    assert "11 người" in [x.text for x in th.lines]


def test_selecting_a_box_in_the_chart_selects_it_in_the_tree(pane):
    show_chart(pane)
    unit = pane.ctx.database.demo.units["hanh_chinh"]
    pane.chart_tab.scene.box_item("unit", unit).setSelected(True)
    assert pane.current_item() == ("unit", unit)
    assert pane.edit.rename_unit.isEnabled()


def test_zoom_with_actions_ctrl_wheel_and_fit(pane, qtbot):
    show_chart(pane)
    view = pane.chart_tab.view
    view.actual_size()
    assert view.zoom() == pytest.approx(1.0)
    pane.chart_tab.zoom_in_action.trigger()
    assert view.zoom() == pytest.approx(1.2)
    pane.chart_tab.zoom_out_action.trigger()
    pane.chart_tab.zoom_out_action.trigger()
    assert view.zoom() == pytest.approx(1 / 1.2)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.mapToGlobal(centre.toPoint()).toPointF(), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(1.2)
    pane.chart_tab.fit_action.trigger()
    scene_width = view.mapFromScene(view.sceneRect()).boundingRect().width()
    assert scene_width <= view.viewport().width() + 2
    assert pane.chart_tab.zoom_label.text().endswith("%")


def pdf_text(path) -> str:
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())  # Qt spaces words by position: tabs, newlines


def test_exporting_the_chart_to_pdf_gives_an_a4_landscape_page_whose_text_reads_back(pane, qtbot, tmp_path):
    show_chart(pane)
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "so-do.pdf"
    with qtbot.waitSignal(pane.chart_tab.export_signals.finished, timeout=20000) as signal:
        pane.chart_tab.export_to(target)
    assert signal.args == [str(target)]
    box = PdfReader(str(target)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    text = pdf_text(target)
    assert text == unicodedata.normalize("NFC", text)
    snap, ctx = pane.snapshot, pane.ctx.database.demo
    for expected in ("SƠ ĐỒ TỔ CHỨC VĂN PHÒNG TỈNH ỦY", "Phòng Tài chính – Quản trị", "LÃNH ĐẠO VĂN PHÒNG",
                     snap.people[ctx.people["chief"]].full_name, "Ban Chấp hành Đảng bộ tỉnh",
                     f"{snap.people[ctx.people['deputy2']].full_name} làm thay", "Vắng: Đi công tác Hà Nội"):
        assert expected in text
    assert [p.name for p in target.parent.iterdir()] == ["so-do.pdf"]  # the temp file was renamed


def test_exporting_the_chart_to_png(pane, qtbot, tmp_path):
    show_chart(pane)
    target = tmp_path / "so-do.png"
    with qtbot.waitSignal(pane.chart_tab.export_signals.finished, timeout=20000):
        pane.chart_tab.export_to(target)
    image = QImage(str(target))
    chart = pane.chart_tab.scene.chart
    assert (image.width(), image.height()) == (round(chart.width * 2), round(chart.height * 2))


def test_exporting_into_a_missing_folder_reports_an_error_and_writes_nothing(pane, qtbot, tmp_path):
    show_chart(pane)
    shown = []
    answer_next_dialog(lambda box: shown.append((box.objectName(), box.text())))
    with qtbot.waitSignal(pane.chart_tab.export_signals.failed, timeout=20000) as signal:
        pane.chart_tab.export_to(tmp_path / "khong-co" / "so-do.pdf")
    assert "Thư mục không tồn tại" in signal.args[0]
    assert shown == [("errorDialog", signal.args[0])]
    assert not (tmp_path / "khong-co").exists()


def test_exporting_from_the_tree_tab_builds_the_chart_first(pane, qtbot, tmp_path):
    assert pane.tabs.currentIndex() == 0 and pane.chart_tab.scene.chart is None  # built lazily
    target = tmp_path / "so-do.png"
    with qtbot.waitSignal(pane.chart_tab.export_signals.finished, timeout=20000):
        pane.chart_tab.export_to(target)
    assert target.is_file() and pane.chart_tab.scene.chart is not None


def test_the_print_preview_shows_the_pages_of_the_charts_pdf(pane, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    show_chart(pane)
    pane.chart_tab.print_preview()
    text = pdf_text(shown[0].printout.path)
    assert "SƠ ĐỒ TỔ CHỨC VĂN PHÒNG TỈNH ỦY" in text and "Phòng Tổng hợp" in text
    assert unembedded_fonts(shown[0].printout.path) == set()


def test_double_clicking_a_box_shows_it_in_the_tree(pane):
    show_chart(pane)
    chief = pane.ctx.database.demo.people["chief"]
    pane.chart_tab.scene.activated.emit("person", chief)
    assert pane.tabs.currentIndex() == 0
    assert pane.current_item() == ("person", chief)
    assert pane.snapshot.people[chief].full_name in pane.details.toPlainText()
