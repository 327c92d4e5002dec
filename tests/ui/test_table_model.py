"""The one table-model base of the panes (ui/table_model.py): columns from specs, rows
replaced, appended or changed one at a time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ui.table_model import CENTER, ID_ROLE, SORT_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    days: float


class PeopleModel(RowTableModel[Person]):
    columns = (
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Họ và tên"), lambda p: p.name, tooltip=lambda p: f"#{p.id}",
               sort_key=lambda p: p.name.split()[-1]),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Số ngày"), lambda p: f"{p.days:g}", align=CENTER),
    )
    CACHED = True


PEOPLE = [Person(1, "Nguyễn Văn An", 2), Person(2, "Trần Thị Bình", 0.5)]


def test_the_model_passes_the_qt_model_tester(qtmodeltester):
    model = PeopleModel()
    model.set_rows(PEOPLE)
    qtmodeltester.check(model)


def test_columns_give_the_title_text_tooltip_alignment_sort_key_and_id(qapp):
    model = PeopleModel()
    model.set_rows(PEOPLE)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Họ và tên", "Số ngày"]
    cell = model.index(1, 0)
    assert (cell.data(), cell.data(Qt.ItemDataRole.ToolTipRole), cell.data(SORT_ROLE), cell.data(ID_ROLE)) == \
        ("Trần Thị Bình", "#2", "Bình", 2)
    assert model.index(1, 1).data() == "0.5"
    assert model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(CENTER)
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None  # numbered only when NUMBERED


def test_updating_one_row_repaints_that_row_only_and_forgets_its_cached_texts(qtbot):
    model = PeopleModel()
    model.set_rows(PEOPLE)
    assert model.index(0, 0).data() == "Nguyễn Văn An"  # cached now
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.update_row(0, Person(1, "Nguyễn Văn Ân", 3))
    first, last = changed.args[:2]
    assert (first.row(), first.column(), last.row(), last.column()) == (0, 0, 0, 1)
    assert (model.index(0, 0).data(), model.index(0, 1).data()) == ("Nguyễn Văn Ân", "3")
    assert model.row_of(2) == 1 and model.row_of(9) == -1


def test_appended_rows_follow_the_shown_ones_and_row_at_stays_inside(qapp):
    model = PeopleModel()
    model.set_rows(PEOPLE[:1])
    model.append_rows(PEOPLE[1:])
    assert [model.row_at(r) for r in range(3)] == [*PEOPLE, None]
    assert model.row_at(model.index(1, 0)) == PEOPLE[1]
    assert model.row_at(model.index(5, 0)) is None


def test_a_list_model_of_another_base_finds_its_rows_as_a_row_table_does(qapp):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from ui.table_model import READ_ONLY, position_of, row_at

    cells = QStandardItemModel()  # as the meetings' list: its rows kept beside the items
    for person in PEOPLE:
        cell = QStandardItem(person.name)
        cell.setFlags(READ_ONLY)
        cells.appendRow(cell)
    assert [row_at(PEOPLE, r) for r in (0, 1, 2, -1)] == [*PEOPLE, None, None]
    assert row_at(PEOPLE, cells.index(1, 0)) == PEOPLE[1] and row_at(PEOPLE, cells.index(5, 0)) is None
    assert position_of(PEOPLE, 2, lambda p: p.id) == 1 and position_of(PEOPLE, 9, lambda p: p.id) == -1
    assert cells.flags(cells.index(0, 0)) == READ_ONLY  # selectable, not editable
