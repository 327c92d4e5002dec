"""The calendar's printouts are gathered on the window's database thread and written on the
thread pool from that data: the writer receives the very object the service gathered and
opens no database session."""

from __future__ import annotations

import threading

import pytest

from tests.ui.calendar.test_pane import office_db, pane_on  # noqa: F401 - fixtures
from tests.ui.printing_spies import sessions, spy  # noqa: F401 - a fixture


@pytest.mark.parametrize(("suffix", "gather", "write"), [
    (".pdf", "app.services.calendar.printouts.week_printout", "app.reports.week_pdf.write_week_pdf"),
    (".xlsx", "app.services.calendar.printouts.week_export_data", "app.reports.week_export.write_week_export"),
    (".ics", "app.services.calendar.printouts.week_export_data", "app.reports.week_export.write_week_export"),
])
def test_the_week_export_writes_the_gathered_data_and_opens_no_session(
        suffix, gather, write, office_db, pane_on, qtbot, tmp_path, monkeypatch, sessions):  # noqa: F811
    pane = pane_on(office_db)
    gathered: list = []
    written: list = []
    spy(monkeypatch, gather, gathered)
    spy(monkeypatch, write, written)
    sessions.clear()
    target = tmp_path / f"tuan{suffix}"
    with qtbot.waitSignal(pane.export_finished, timeout=10000):
        pane.export_to(str(target))
    assert target.stat().st_size > 500
    [(_, _, data)] = gathered
    [(writer_thread, drawn, _)] = written
    assert drawn is data  # the writer draws what the service gathered
    assert writer_thread != threading.get_ident()  # off the UI thread
    assert sessions and writer_thread not in sessions  # the gathering opened one; the writer none


def test_the_leaders_calendars_are_gathered_then_written_with_no_session(
        office_db, pane_on, qtbot, tmp_path, monkeypatch, sessions):  # noqa: F811
    from ui.calendar.viewing import export_leader_calendars_to

    pane = pane_on(office_db)
    gathered: list = []
    written: list = []
    spy(monkeypatch, "app.services.calendar.printouts.leader_calendars", gathered)
    spy(monkeypatch, "app.reports.week_leaders.write_leader_calendars", written)
    sessions.clear()
    with qtbot.waitSignal(pane.export_finished, timeout=10000):
        export_leader_calendars_to(pane, str(tmp_path))
    [(_, _, calendars)] = gathered
    [(writer_thread, drawn, files)] = written
    assert drawn is calendars and len(files) == 3
    assert writer_thread != threading.get_ident() and writer_thread not in sessions


def test_a_gathering_error_is_reported_and_nothing_is_written(
        office_db, pane_on, qtbot, tmp_path, monkeypatch):  # noqa: F811
    shown: list[str] = []
    monkeypatch.setattr("ui.context.show_error", lambda parent, message, title=None: shown.append(message))
    pane = pane_on(office_db)
    folder = tmp_path / "out"
    folder.mkdir()
    with qtbot.waitSignal(pane.export_failed, timeout=10000) as failed:
        pane.export_to(str(folder / "tuan.txt"))
    assert "Định dạng không hỗ trợ" in failed.args[0] and shown == failed.args
    assert list(folder.iterdir()) == [] and pane._workers == []
