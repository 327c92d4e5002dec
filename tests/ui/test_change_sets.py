"""After a write the window learns what it changed from the database session, not from the
caller: the pane on screen updates, a hidden pane that shows those tables is marked stale and
reloads when it is shown, and a pane that shows none of them is left alone."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.errors import Forbidden
from app.services.admin import settings
from app.services.changes import Changes
from app.services.org import edit as org
from db.models import Unit


def _count_refreshes(pane) -> list[int]:  # noqa: ANN001
    calls: list[int] = []
    original = pane.refresh

    def counting() -> None:
        calls.append(1)
        original()

    pane.refresh = counting
    return calls


def _any_unit(database) -> int:  # noqa: ANN001
    with database.session() as session:
        return session.exec(select(Unit.id).order_by(Unit.id)).first()


def test_a_write_announces_the_rows_its_transaction_committed(demo_db, window_on):
    window = window_on(demo_db)
    heard: list[Changes] = []
    window.ctx.data_changed.connect(heard.append)
    unit_id = _any_unit(demo_db)
    window.ctx.call(org.rename_unit, unit_id=unit_id, name="Phòng Đổi Tên")
    assert len(heard) == 1 and heard[0].rows == {"unit": {unit_id}}


def test_a_refused_write_announces_nothing(demo_db, window_on):
    from app.services.admin.auth import AccountRole, Actor

    window = window_on(demo_db, Actor(username="viewer", role=AccountRole.VIEWER))
    heard: list[Changes] = []
    window.ctx.data_changed.connect(heard.append)
    with pytest.raises(Forbidden):
        window.ctx.call(org.rename_unit, unit_id=_any_unit(demo_db), name="Không được")
    assert heard == []


def test_a_hidden_pane_that_shows_the_changed_table_reloads_only_when_shown(demo_db, window_on):
    window = window_on(demo_db)
    leave = window.pane("leave")
    window.show_pane("orgchart")
    chart_reloads, leave_reloads = _count_refreshes(window.pane("orgchart")), _count_refreshes(leave)
    window.ctx.call(org.rename_unit, unit_id=_any_unit(demo_db), name="Phòng Đổi Tên")
    window.ctx.wait_idle()
    assert chart_reloads == [1]  # on screen: at once
    assert leave.stale and leave_reloads == []  # hidden: later
    window.show_pane("leave")
    assert leave_reloads == [1] and not leave.stale
    window.show_pane("orgchart")
    window.show_pane("leave")
    assert leave_reloads == [1]  # nothing changed since: no second reload


def test_a_pane_that_shows_none_of_the_changed_tables_is_left_alone(demo_db, window_on):
    window = window_on(demo_db)
    leave = window.pane("leave")
    window.show_pane("leave")
    reloads = _count_refreshes(leave)
    window.ctx.call(settings.set_value, key="backup.keep", value=7)
    assert reloads == [] and not leave.stale


def test_an_org_command_of_several_writes_is_announced_once(demo_db, window_on):
    window = window_on(demo_db)
    pane = window.show_pane("orgchart")
    heard: list[Changes] = []
    window.ctx.data_changed.connect(heard.append)
    with window.ctx.batch():
        unit_id = _any_unit(demo_db)
        window.ctx.call(org.rename_unit, unit_id=unit_id, name="Bước một")
        window.ctx.call(org.rename_unit, unit_id=unit_id, name="Bước hai")
    assert len(heard) == 1 and heard[0].ids("unit") == {unit_id}
    assert pane is window.current_pane()


def test_a_batch_that_failed_half_way_still_announces_what_committed(demo_db, window_on):
    from app.services.admin.auth import AccountRole, Actor

    window = window_on(demo_db)
    heard: list[Changes] = []
    window.ctx.data_changed.connect(heard.append)
    unit_id = _any_unit(demo_db)
    try:
        with window.ctx.batch():
            window.ctx.call(org.rename_unit, unit_id=unit_id, name="Bước một")
            window.ctx.actor = Actor(username="viewer", role=AccountRole.VIEWER)
            window.ctx.call(org.rename_unit, unit_id=unit_id, name="Bước hai")
    except Forbidden:
        pass
    assert len(heard) == 1 and heard[0].ids("unit") == {unit_id}
