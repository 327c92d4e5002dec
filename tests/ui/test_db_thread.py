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
