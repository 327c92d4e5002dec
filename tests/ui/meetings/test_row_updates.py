"""A change confined to the shown meeting's own rows updates that meeting's row of the list and
its details; a change to another meeting, or to anything else, reads the list again."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.services.meetings import checklist
from app.services.meetings import preparation as meetings
from tests.meeting_office import demo_office_copy


@pytest.fixture
def office(tmp_path_factory, tmp_path):
    database, ctx = demo_office_copy(tmp_path_factory, tmp_path / "office.sqlite3")
    yield database, ctx
    database.dispose()


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


def _counting_list_reads(pane) -> list[int]:
    reads: list[int] = []
    original = pane.refresh

    def counting() -> None:
        reads.append(1)
        original()

    pane.refresh = counting
    return reads


def test_ticking_an_item_updates_the_meetings_row_without_reading_the_list_again(office, window_on):
    database, _ctx = office
    window = window_on(database)
    pane = window.show_pane("meetings")
    pane.scope.setCurrentIndex(pane.scope.findData("all"))
    (meeting_id, item_id), _other = _two_meetings(database)
    assert pane.select_meeting(meeting_id)
    before = pane.list_model.rows[pane.list_model.row_of(meeting_id)].done
    reads = _counting_list_reads(pane)
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
    reads = _counting_list_reads(pane)
    window.ctx.call(checklist.tick_item, item_id=other_item)
    window.ctx.wait_idle()
    assert reads == [1]
