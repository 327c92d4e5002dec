"""The window's one database thread: results come back on the UI thread, newer reads win."""

import threading

from ui.db_thread import DatabaseThread


def test_a_job_runs_off_the_ui_thread_and_its_result_comes_back_on_it(vp_app, qtbot):
    db = DatabaseThread()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    db.submit(work, lambda value: seen.update(value=value, delivered=threading.current_thread()))
    qtbot.waitUntil(lambda: db.pending() == 0)
    assert seen["value"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["delivered"] is threading.main_thread()
    db.shutdown()


def test_a_newer_job_with_the_same_key_supersedes_the_older_one(vp_app, qtbot):
    db = DatabaseThread()
    gate = threading.Event()
    delivered = []
    db.submit(gate.wait, lambda _v: None)  # keeps the thread busy while the next two queue up
    db.submit(lambda: "old", delivered.append, key="week")
    db.submit(lambda: "new", delivered.append, key="week")
    gate.set()
    qtbot.waitUntil(lambda: db.pending() == 0)
    assert delivered == ["new"]
    db.shutdown()


def test_an_error_is_handed_to_the_ui_thread(vp_app, qtbot):
    db = DatabaseThread()
    errors = []

    def fail():
        raise ValueError("hỏng")

    db.submit(fail, lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: db.pending() == 0)
    assert [str(e) for e in errors] == ["hỏng"]
    db.shutdown()


def test_run_waits_for_the_result_and_runs_inline_on_the_database_thread(vp_app):
    db = DatabaseThread()
    assert db.run(lambda: db.run(lambda: threading.current_thread().name)).startswith("vanphong-db")
    db.shutdown()


def _office_name(session):
    from app.services.org import edit as org

    office = org.get_office(session)
    return office.name if office else None


def test_a_result_read_ahead_behind_the_sign_in_is_used_once(database, vp_app):
    from app.services.admin.auth import SYSTEM
    from ui.context import AppContext, read_key

    ctx = AppContext(database, SYSTEM, read_ahead={read_key(_office_name, {}): "đọc trước"})
    assert ctx.read(_office_name) == "đọc trước"
    assert ctx.read(_office_name) is None  # the second read goes to the database


def test_a_change_drops_what_was_read_ahead(database, vp_app):
    from app.services.admin.auth import SYSTEM
    from app.services.changes import Changes
    from ui.context import AppContext, read_key

    ctx = AppContext(database, SYSTEM, read_ahead={read_key(_office_name, {}): "cũ"})
    ctx.data_changed.emit(Changes({"person": frozenset({1})}))
    assert ctx.read(_office_name) is None


def test_the_opener_reads_the_first_pane_ahead_on_its_thread(demo_db, vp_app):
    from ui.context import read_key
    from ui.main import Opener
    from ui.orgchart.pane import read_org

    opener = Opener(str(demo_db.path))
    opener.start()
    database = opener()  # waits for the thread
    try:
        keys = list(opener.read_ahead)
        assert len(keys) == 1 and keys[0][0] is read_org
        snapshot, _away, _acting = opener.read_ahead[keys[0]]
        assert len(snapshot.people) > 50
        assert keys[0] == read_key(read_org, dict(keys[0][1]))
    finally:
        database.dispose()


def test_a_read_later_uses_what_was_read_ahead_and_otherwise_delivers_by_signal(database, vp_app, monkeypatch):
    from app.services.admin.auth import SYSTEM
    from ui.context import AppContext, read_key

    monkeypatch.setattr(AppContext, "deliver_at_once", False)
    ctx = AppContext(database, SYSTEM, read_ahead={read_key(_office_name, {}): "đọc trước"})
    got = []
    ctx.read_later(_office_name, done=got.append)
    assert got == ["đọc trước"]  # delivered at once, nothing to wait for
    ctx.read_later(_office_name, done=got.append)
    assert got == ["đọc trước"]  # now it runs on the database thread
    ctx.wait_idle()
    assert got == ["đọc trước", None]
