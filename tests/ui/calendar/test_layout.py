"""The calendar's tables read like the printed schedule at any window size: the content column
gets the most width, every cell's text is wrapped in full (rows grow, merged day cells too), the
widths follow the window; the agenda shows each date once; a month cell gives its entries the
lines it has. Each tab is also rendered to PNG in both palettes (look at them with
``pytest --basetemp=/tmp/cal tests/ui/calendar/test_layout.py``)."""

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics

from ui.calendar import cells
from ui.calendar.models import DAY_ROLE, ENTRY_ROLE, FIRST_OF_DAY_ROLE, MONTH_DAY_ROLE
from ui.calendar.month_view import lines_that_fit, share_lines
from ui.calendar.table import share_width

DEMO_MONDAY = date(2026, 3, 2)  # the demo office's busy, published and amended week


@pytest.fixture
def calendar_in(demo_db, window_on, qtbot):
    """Factory: the main window at *size* showing the calendar on the demo week."""

    def make(width: int, height: int):  # noqa: ANN202
        window = window_on(demo_db)
        window.resize(width, height)
        pane = window.show_pane("calendar")
        pane.show_week(DEMO_MONDAY)
        qtbot.waitUntil(lambda: window.width() == width and fills_viewport(pane.week_view))
        return window, pane

    return make


def widths(view) -> list[int]:  # noqa: ANN001
    return [view.columnWidth(c) for c in range(view.model().columnCount())]


def fills_viewport(view) -> bool:  # noqa: ANN001
    return view.model().columnCount() > 0 and sum(widths(view)) == view.viewport().width()


def cut_cells(view) -> list[tuple[int, int]]:  # noqa: ANN001
    """Cells whose wrapped text needs more height than their row(s) give: none may be cut."""
    merged = {(row + i, column): (row, count) for row, column, count in view._spans for i in range(count)}
    cut = []
    for row in range(view.model().rowCount()):
        for column in range(view.model().columnCount()):
            top, count = merged.get((row, column), (row, 1))
            if top != row:
                continue  # inside a merged cell: measured at its top row
            room = sum(view.rowHeight(r) for r in range(row, row + count))
            if view.cell_height(row, column) > room:
                cut.append((row, column))
    return cut


# -- sharing the width and the lines (pure arithmetic) ------------------------------------

def test_weighted_columns_share_what_the_fixed_ones_leave_in_proportion():
    assert share_width(1000, [100, 50, 100, 100], [0, 0, 3, 1]) == [100, 50, 638, 212]


def test_a_column_whose_share_is_below_its_minimum_keeps_the_minimum():
    assert share_width(500, [100, 200, 100], [0, 1, 9]) == [100, 200, 200]


def test_a_view_narrower_than_the_minimums_keeps_them_and_scrolls():
    assert share_width(300, [100, 150, 120], [0, 3, 1]) == [100, 150, 120]


@given(st.integers(0, 4000), st.lists(st.tuples(st.integers(10, 300), st.sampled_from([0, 0.5, 1, 3, 9])),
                                      min_size=1, max_size=9))
def test_shared_widths_never_fall_below_a_minimum_and_fill_the_view_when_they_can(available, columns):
    minimums, weights = [m for m, _ in columns], [w for _, w in columns]
    result = share_width(available, minimums, weights)
    assert all(w >= m for w, m in zip(result, minimums, strict=True))
    if available >= sum(minimums) and any(weights):
        assert sum(result) == available
    if not any(weights):
        assert result == minimums


def test_a_month_cell_gives_each_entry_a_line_then_more_to_those_that_wrap():
    assert share_lines([3, 1, 2], room=6) == [3, 1, 2]
    assert share_lines([3, 1, 3], room=5) == [2, 1, 2]
    assert share_lines([3, 3], room=3) == [2, 1]
    assert share_lines([2, 2, 2], room=2) is None  # not a line each: the cell lists and counts the rest
    assert lines_that_fit(9, 5) == (4, 5) and lines_that_fit(3, 5) == (3, 0)


# -- the week ---------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_content_column_is_the_widest_and_the_columns_fill_the_week(calendar_in, size):
    _window, pane = calendar_in(*size)
    view = pane.week_view
    columns = widths(view)
    assert columns[3] == max(columns) and columns[3] > columns[4]  # Nội dung before Chủ trì/Lãnh đạo
    assert fills_viewport(view) and not view.horizontalScrollBar().isVisible()
    bold = QFont(view.font())
    bold.setBold(True)
    assert columns[0] > QFontMetrics(bold).horizontalAdvance("30/11/2026")
    assert columns[1] > QFontMetrics(bold).horizontalAdvance("Chiều")
    assert columns[2] > QFontMetrics(view.font()).horizontalAdvance("25–27/11")


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_cell_of_the_week_shows_its_whole_text(calendar_in, size):
    _window, pane = calendar_in(*size)
    view = pane.week_view
    assert view.model().rowCount() > 30 and view._spans
    assert cut_cells(view) == []
    tallest = max(range(view.model().rowCount()), key=view.rowHeight)
    assert view.rowHeight(tallest) >= 3 * view.fontMetrics().height()  # rows grew to fit


def test_a_merged_day_cell_shares_its_height_between_its_half_days(database, window_on, qtbot):
    window = window_on(database)  # an empty office: every half-day is one empty row
    window.resize(1280, 800)
    pane = window.show_pane("calendar")
    pane.show_week(date(2026, 11, 24))  # Thứ Ba: Ngày Văn hóa Việt Nam, a long label for two short rows
    view = pane.week_view
    qtbot.waitUntil(lambda: fills_viewport(view))
    assert "Ngày Văn hóa Việt Nam" in view.model().index(2, 0).data()
    assert view._spans[1][:3] == (2, 0, 2)
    morning, afternoon = view.rowHeight(2), view.rowHeight(3)
    assert morning + afternoon >= view.cell_height(2, 0) > 2 * view.cell_height(2, 3)
    assert abs(morning - afternoon) <= 1  # shared, not piled on the morning


def test_the_columns_and_rows_follow_the_window_when_it_is_resized(calendar_in, qtbot):
    window, pane = calendar_in(1920, 1080)
    view = pane.week_view
    wide = widths(view)
    window.resize(1280, 800)
    # the columns follow at once, the rows once the burst of resize events is over
    qtbot.waitUntil(lambda: fills_viewport(view) and view.columnWidth(3) < wide[3] and cut_cells(view) == [])
    assert widths(view)[:3] == wide[:3]  # Ngày, Buổi, Thời gian keep their width


def test_a_column_dragged_wider_refits_the_rows(calendar_in):
    _window, pane = calendar_in(1280, 800)
    view = pane.week_view
    before = [view.rowHeight(r) for r in range(view.model().rowCount())]
    view.horizontalHeader().resizeSection(4, view.columnWidth(4) + 200)
    assert cut_cells(view) == []
    assert sum(view.rowHeight(r) for r in range(len(before))) < sum(before)


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_week_measures_its_cells_from_the_models_texts_as_the_delegate_does(calendar_in, size):
    _window, pane = calendar_in(*size)
    view, model = pane.week_view, pane.week_model
    fit = view._new_fit()
    kinds = set()
    for row in range(model.rowCount()):
        for column, cell in enumerate(model.cell_texts(row)):
            kinds.add("icon" if cell is None else "struck" if cell[2] else "bold" if cell[1] else "plain")
            assert view._cell_height(row, column, fit) == view.cell_height(row, column), (row, column)
    assert kinds == {"icon", "struck", "bold", "plain"}  # a meeting's icon, a cancelled entry, day and half-day


def _unfitted(view) -> list[int]:  # noqa: ANN001
    return [r for r, h in enumerate(view.row_heights()) if view.rowHeight(r) != h]


def test_a_busy_week_fits_the_rows_in_view_first_and_the_others_once_painted(calendar_in, qtbot, monkeypatch):
    from ui.calendar.table import ScheduleTable

    _window, pane = calendar_in(1280, 800)
    view = pane.week_view
    monkeypatch.setattr(ScheduleTable, "STEP_SECONDS", 0.001)  # measured a few rows per turn, as in the window
    pane.show_week(DEMO_MONDAY + timedelta(weeks=1))
    pane.show_week(DEMO_MONDAY)
    waiting = _unfitted(view)
    in_view = view.rowAt(view.viewport().height() - 1)
    assert waiting and 0 < in_view < min(waiting)  # the rows in view first, whole days at a time
    assert view.model().index(min(waiting), 0).data(FIRST_OF_DAY_ROLE)  # …down to the end of a day
    qtbot.waitUntil(lambda: not _unfitted(view))
    assert cut_cells(view) == []


def test_a_week_out_of_sight_measures_the_rest_of_its_rows_when_seen_again(calendar_in, qtbot, monkeypatch):
    from ui.calendar.table import ScheduleTable

    _window, pane = calendar_in(1280, 800)
    view = pane.week_view
    monkeypatch.setattr(ScheduleTable, "STEP_SECONDS", 0.001)
    pane.show_week(DEMO_MONDAY + timedelta(weeks=1))
    pane.show_week(DEMO_MONDAY)
    pane.tabs.setCurrentIndex(2)  # the list: the week's table is hidden before it is painted
    for _turn in range(20):  # turns of the event loop: nothing is measured out of sight
        QCoreApplication.processEvents()
    assert _unfitted(view)
    pane.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not _unfitted(view))
    assert cut_cells(view) == []


# -- agenda and month --------------------------------------------------------------------------

def test_the_agenda_shows_each_date_once_over_the_days_entries(calendar_in, qtbot):
    _window, pane = calendar_in(1280, 800)
    pane.tabs.setCurrentIndex(2)
    view = pane.agenda_view
    qtbot.waitUntil(lambda: fills_viewport(view))
    proxy = pane.agenda_proxy
    delegate = view.itemDelegate()

    def shown(row: int) -> str:
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, proxy.index(row, 0))
        return option.text

    days = [proxy.index(r, 0).data(ENTRY_ROLE).day for r in range(proxy.rowCount())]
    assert shown(0) == "Thứ Hai 02/03/2026"
    for row in range(1, len(days)):
        assert (shown(row) == "") == (days[row] == days[row - 1])
    pane.search.setText("giao ban")  # filtered: the first row shown still carries its date
    assert shown(0) != "" and cut_cells(view) == []
    assert widths(view)[2] == max(widths(view))


def test_a_month_cell_hands_its_day_to_the_delegate(calendar_in):
    _window, pane = calendar_in(1280, 800)
    pane.tabs.setCurrentIndex(1)
    model = pane.month_model
    cell = model.index(0, 0).data(MONTH_DAY_ROLE)
    assert cell.day == model.index(0, 0).data(DAY_ROLE)
    busy = max((model.index(r, c).data(MONTH_DAY_ROLE) for r in range(model.rowCount()) for c in range(7)),
               key=lambda d: len(d.entries))
    assert len(busy.entries) >= 5
    assert pane.month_view.columnWidth(0) > pane.month_view.columnWidth(6)  # the weekend is narrower


# -- renders ----------------------------------------------------------------------------------

@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_tab_renders_in_both_palettes(calendar_in, qtbot, tmp_path, theme, request):
    from ui.application import apply_theme

    app = request.getfixturevalue("vp_app")
    style, palette = app.style().name(), app.palette()
    try:
        apply_theme(app, theme)
        window, pane = calendar_in(1280, 800)
        for tab, name in enumerate(("week", "month", "agenda")):
            pane.tabs.setCurrentIndex(tab)
            if tab == 0:
                pane.prepare_screenshot()
            target = tmp_path / f"calendar-{name}-{theme}.png"
            assert window.grab().save(str(target))
            assert target.stat().st_size > 20_000
        pane.tabs.setCurrentIndex(0)
        base_is_dark = app.palette().color(app.palette().ColorRole.Base).lightnessF() < 0.5
        assert base_is_dark == (theme == "dark")
    finally:
        app.setStyle(style)
        app.setPalette(palette)


def test_a_week_is_painted_with_the_texts_its_fit_laid_out_not_laid_out_again(calendar_in, monkeypatch):
    _window, pane = calendar_in(1280, 800)
    view, model = pane.week_view, pane.week_model
    laid_out: Counter = Counter()
    real = cells.wrapped_text

    def counted(text, font, width, alignment):  # noqa: ANN001, ANN202
        laid_out[text] += 1
        return real(text, font, width, alignment)

    monkeypatch.setattr(cells, "wrapped_text", counted)
    pane.show_week(DEMO_MONDAY + timedelta(weeks=1))  # read, fitted (the rows in view first), then painted
    view.viewport().grab()
    # the leaders, participants, places and units shown once in the week (left-aligned, no icon):
    # each laid out once, to be measured and drawn
    texts = Counter(text.replace("\n", "\u2028") for row in range(model.rowCount()) for text in model.texts(row))
    plain = {text for row in range(model.rowCount()) for text in model.texts(row)[4:] if text and texts[text] == 1}
    painted = {text: laid_out[text] for text in plain if laid_out[text]}
    assert painted and set(painted.values()) == {1}, painted
