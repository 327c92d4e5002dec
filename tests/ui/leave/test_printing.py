"""The leave pane's printouts are gathered on the window's database thread, laid out, and
written on the thread pool by a job that opens no session."""

from __future__ import annotations

import threading

from tests.ui.leave.test_pane import pane_for  # noqa: F401 - a fixture
from tests.ui.printing_spies import sessions, spy  # noqa: F401 - a fixture


def test_the_leave_form_is_gathered_first_and_written_with_no_session(
        pane_for, qtbot, tmp_path, monkeypatch, sessions):  # noqa: F811
    pane = pane_for()
    pane.show_tab(pane.requests)
    pane.requests.table.selectRow(0)
    request = pane.requests.selected()
    assert request is not None
    gathered: list = []
    written: list = []
    spy(monkeypatch, "ui.leave.requests_tab.leave_form_data", gathered)
    spy(monkeypatch, "ui.leave.printing.write_pdf", written)
    monkeypatch.setattr(pane.printing, "ask_path", lambda *args: str(tmp_path / "don.pdf"))
    sessions.clear()
    with qtbot.waitSignal(pane.printing.signals.finished, timeout=10000):
        pane.requests.save_form_pdf()
    [(_, _, data)] = gathered
    [(writer_thread, printout, path)] = written
    assert data.request.id == request.id and request.person_name in printout.title
    assert path.stat().st_size > 1000
    assert writer_thread != threading.get_ident()  # off the UI thread
    assert sessions and writer_thread not in sessions  # the gathering opened one; the writer none
