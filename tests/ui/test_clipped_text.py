"""No column title is cut at 1280x800, in Vietnamese or English, in any pane or tab of the demo
office; every empty view says what to do next."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QHeaderView, QTabWidget

from ui.columns import clipped_titles
from ui.empty_hint import EmptyHint


def _every_tab(pane):  # noqa: ANN001, ANN202
    yield ""
    for tabs in pane.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.tabText(index)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_visible_column_title_is_cut_at_1280x800(demo_db, window_on, lang):
    from ui.application import install_translation

    install_translation(QApplication.instance(), lang)
    try:
        window = window_on(demo_db)
        window.resize(1280, 800)
        cut = []
        for spec in window.specs:
            pane = window.show_pane(spec.key)
            if hasattr(pane, "prepare_screenshot"):
                pane.prepare_screenshot()
            for tab in _every_tab(pane):
                for header in pane.findChildren(QHeaderView):
                    view = header.parent()
                    if header.isVisible() and header.orientation().name == "Horizontal":
                        cut += [(spec.key, tab, view.objectName(), header.model().headerData(i, header.orientation()))
                                for i in clipped_titles(view)]
        assert cut == []
    finally:
        install_translation(QApplication.instance(), "vi")


def test_the_column_check_finds_a_cut_title(demo_db, window_on):
    window = window_on(demo_db)
    view = window.show_pane("meetings").attendees.view
    view.setColumnWidth(5, 20)
    assert 5 in clipped_titles(view)


def _hint(view) -> EmptyHint:  # noqa: ANN001
    return view.viewport().findChild(EmptyHint)


def test_an_empty_office_says_what_to_do_in_each_pane(database, window_on):
    window = window_on(database)
    org = window.show_pane("orgchart")
    assert _hint(org.tree).isVisible() and "Nhập từ Excel" in _hint(org.tree).text()
    assert "Chọn một cán bộ hoặc một đơn vị" in org.details.toPlainText()
    calendar = window.show_pane("calendar")
    assert _hint(calendar.week_view).isVisible() and "Thêm lịch…" in _hint(calendar.week_view).text()
    meetings = window.show_pane("meetings")
    assert _hint(meetings.list_view).isVisible() and "Cuộc họp mới…" in _hint(meetings.list_view).text()
    assert "Chọn một cuộc họp" in _hint(meetings.checklist.tree).text()
    leave = window.show_pane("leave")
    assert _hint(leave.requests.table).isVisible() and "Xin nghỉ…" in _hint(leave.requests.table).text()


def test_a_hint_goes_away_when_the_view_has_rows_and_follows_the_search(demo_db, window_on):
    window = window_on(demo_db)
    org = window.show_pane("orgchart")
    assert not _hint(org.tree).isVisible()
    org.search.setText("khong co ai ten nay")
    assert _hint(org.tree).isVisible() and "khong co ai ten nay" in _hint(org.tree).text()
    org.search.clear()
    assert not _hint(org.tree).isVisible()
    calendar = window.show_pane("calendar")
    assert not _hint(calendar.week_view).isVisible()  # the demo's busy week
    calendar.show_week(date(2030, 1, 7))
    assert _hint(calendar.week_view).isVisible() == (not calendar.schedule.entries)

