"""Colours that stay readable in the dark palette (Thiết lập → Giao diện → Tối): the calendar's
conflict, amended and day-off shades, its warnings, the org chart's "away today" banner and the
meetings checklist's overdue rows. Backgrounds are tints over the base colour; coloured text is
chosen for the palette."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette

from app.rules.meetings import DueState
from app.services.meetings.checklist import ChecklistEntry
from ui import tints
from ui.calendar.models import ENTRY_ROLE

DEMO_MONDAY = date(2026, 3, 2)


@pytest.fixture(params=["light", "dark"])
def theme(request, vp_app):  # noqa: ANN001, ANN201
    """The application in the light or the dark palette, restored afterwards."""
    from ui.application import apply_theme

    style, palette = vp_app.style().name(), vp_app.palette()
    apply_theme(vp_app, request.param)
    yield request.param
    vp_app.setStyle(style)
    vp_app.setPalette(palette)


def cell_background(view, index) -> QColor:  # noqa: ANN001
    """The colour painted in the bottom-left corner of a cell (inside the padding, off the text)."""
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    return image.pixelColor(3, image.height() - 3)


def test_ink_is_dark_on_a_light_base_and_light_on_a_dark_one():
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    assert tints.ink(tints.RED_INK, light).lightnessF() < 0.5 < tints.ink(tints.RED_INK, dark).lightnessF()
    assert not tints.is_dark(light) and tints.is_dark(dark)
    assert tints.RED_TINT.alpha() < 128 and tints.css(tints.RED_TINT) == "rgba(220, 38, 38, 60)"


def test_the_weeks_conflicts_and_amendments_are_shaded_for_the_palette(theme, demo_db, window_on, qtbot):
    window = window_on(demo_db)
    window.resize(1280, 800)
    pane = window.show_pane("calendar")
    pane.show_week(DEMO_MONDAY)
    pane.prepare_screenshot()
    view, model = pane.week_view, pane.week_model
    qtbot.waitUntil(lambda: view.viewport().width() > 900)
    rows = {}
    for row in range(model.rowCount()):
        entry = model.index(row, 3).data(ENTRY_ROLE)
        if entry is not None and not entry.cancelled:
            kind = "conflict" if entry.conflict_level == "error" else ("amended" if entry.amendment else "plain")
            rows.setdefault(kind, row)
    base = view.palette().color(QPalette.ColorRole.Base)
    text = view.palette().color(QPalette.ColorRole.Text)
    for kind, hue_wins in (("conflict", lambda c: c.red() > c.blue() + 20), ("amended", lambda c: c.blue() > c.red() + 20)):
        view.scrollTo(model.index(rows[kind], 2))
        shade = cell_background(view, model.index(rows[kind], 2))
        assert hue_wins(shade), (kind, shade.name())
        assert abs(shade.lightnessF() - base.lightnessF()) < 0.3  # a tint of the base: the text reads on it
        assert abs(shade.lightnessF() - text.lightnessF()) > 0.45, (kind, shade.name(), text.name())
    red = QColor(pane.status.text().split("color:")[1][:7])
    assert abs(red.lightnessF() - base.lightnessF()) > 0.3  # the "⚠ N trùng lịch" warning reads on the window


def test_switching_the_palette_recolours_the_weeks_warnings(demo_db, window_on, vp_app, qtbot):
    from ui.application import apply_theme

    window = window_on(demo_db)
    pane = window.show_pane("calendar")
    pane.show_week(DEMO_MONDAY)
    style, palette = vp_app.style().name(), vp_app.palette()
    try:
        apply_theme(vp_app, "light")
        qtbot.waitUntil(lambda: tints.RED_INK[0] in pane.status.text())
        apply_theme(vp_app, "dark")  # Qt posts the palette change to the widgets
        qtbot.waitUntil(lambda: tints.RED_INK[1] in pane.status.text())
        assert tints.RED_INK[1] in pane.conflict_box.text()
    finally:
        vp_app.setStyle(style)
        vp_app.setPalette(palette)


def test_the_away_today_banner_takes_the_windows_colour_under_its_tint(theme, demo_db, window_on, qtbot):
    window = window_on(demo_db)
    pane = window.show_pane("orgchart")
    label = pane.away_label
    qtbot.waitUntil(label.isVisible)
    image = window.grab(QRect(label.mapTo(window, QPoint(0, 0)), label.size())).toImage()
    inside = image.pixelColor(3, 3)  # in the padding, inside the border, over the window
    window_colour = window.palette().color(QPalette.ColorRole.Window)
    assert abs(inside.lightnessF() - window_colour.lightnessF()) < 0.2, (inside.name(), window_colour.name())
    assert inside.red() > inside.blue()  # still an orange tint
    text = window.palette().color(QPalette.ColorRole.WindowText)
    assert abs(text.lightnessF() - inside.lightnessF()) > 0.45


def test_overdue_checklist_rows_are_tinted_and_their_text_reads_in_the_palette(theme, vp_app):
    from ui.meetings.models import ChecklistModel

    def item(number: int, state: DueState) -> ChecklistEntry:
        return ChecklistEntry(id=number, meeting_id=1, department="tong_hop", department_label="Phòng Tổng hợp",
                              task=f"Việc {number}", rule="", number=number, due=datetime(2026, 3, 2, 17),
                              owner_id=None, owner_name="", done_at=None, done_by="", notes="",
                              template_item_id=None, state=state)

    model = ChecklistModel()
    model.load([item(1, DueState.OVERDUE), item(2, DueState.SOON)])
    group = model.index(0, 0)
    base = vp_app.palette().color(QPalette.ColorRole.Base)
    for row in (0, 1):
        index = model.index(row, 0, group)
        background = index.data(Qt.ItemDataRole.BackgroundRole).color()
        ink = index.data(Qt.ItemDataRole.ForegroundRole).color()
        assert background.alpha() < 128  # a tint: the row keeps the base's lightness
        assert abs(ink.lightnessF() - base.lightnessF()) > 0.35, (theme, ink.name(), base.name())


def drawn_lightness(window, row: int) -> float:  # noqa: ANN001
    """Mean lightness of the opaque pixels of navigation item *row*'s icon (as painted)."""
    image = window.nav.item(row).icon().pixmap(22, 22).toImage()
    shades = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    opaque = [c.lightnessF() for c in shades if c.alpha() > 200]
    assert len(opaque) > 20
    return sum(opaque) / len(opaque)


def test_the_navigation_icons_stand_out_from_the_navigation_background(theme, database, window_on):
    window = window_on(database)
    base = window.nav.palette().color(QPalette.ColorRole.Base).lightnessF()
    rows = {window.nav.item(i).data(Qt.ItemDataRole.UserRole): i for i in range(window.nav.count())}
    for key in ("orgchart", "meetings", "leave"):  # the monochrome line icons
        assert abs(drawn_lightness(window, rows[key]) - base) > 0.4, (theme, key)


def test_switching_to_the_dark_palette_redraws_the_navigation_icons(database, window_on, vp_app, qtbot):
    from ui.application import apply_theme

    window = window_on(database)
    style, palette = vp_app.style().name(), vp_app.palette()
    try:
        apply_theme(vp_app, "light")
        qtbot.waitUntil(lambda: drawn_lightness(window, 0) < 0.3)
        apply_theme(vp_app, "dark")
        qtbot.waitUntil(lambda: drawn_lightness(window, 0) > 0.7)
    finally:
        vp_app.setStyle(style)
        vp_app.setPalette(palette)


def test_the_org_details_labels_and_the_away_names_read_in_the_palette(theme, demo_db, window_on, monkeypatch):
    from tests.conftest import DEMO_TODAY
    from ui.orgchart.models import KIND_ROLE
    from ui.orgchart.pane import OrgChartPane

    monkeypatch.setattr(OrgChartPane, "today", lambda self: DEMO_TODAY)
    window = window_on(demo_db)
    pane = window.show_pane("orgchart")
    pane.prepare_screenshot("tree")
    base = pane.details.palette().color(QPalette.ColorRole.Base)
    html = pane.details.toHtml()
    label = QColor(html.split("color:")[1][:7]) if "color:#" in html else None
    assert label is not None and label.isValid()
    assert abs(label.lightnessF() - base.lightnessF()) > 0.4, (theme, label.name())
    model = pane.tree.model()
    away = []

    def walk(parent) -> None:  # noqa: ANN001
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            if index.data(KIND_ROLE) == "person" and brush is not None:
                away.append(brush.color())
            walk(index)

    walk(QModelIndex())
    assert away
    assert all(abs(c.lightnessF() - base.lightnessF()) > 0.35 for c in away), (theme, [c.name() for c in away])


def test_the_meetings_overdue_count_is_red_for_the_palette(theme, demo_db, window_on):
    from dataclasses import replace

    from app.services.meetings import preparation as meetings

    window = window_on(demo_db)
    pane = window.show_pane("meetings")
    meeting = pane.ctx.read(meetings.get_meeting, meeting_id=1)
    html = pane._header_html(replace(meeting, overdue=2))
    red = QColor(html.split("<span style='color:")[1][:7])
    window_colour = pane.header.palette().color(QPalette.ColorRole.Window)
    assert red.red() > red.blue() + 40
    assert abs(red.lightnessF() - window_colour.lightnessF()) > 0.3, (theme, red.name())
