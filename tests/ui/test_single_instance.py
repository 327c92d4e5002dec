"""Single instance: a second start on the same database focuses the first and exits."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest

from db.engine import default_data_dir, resolve_url
from ui.single_instance import SingleInstance, instance_key


@pytest.fixture
def key() -> str:
    return f"vanphong-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def guards():
    made: list[SingleInstance] = []
    yield made
    for guard in made:
        guard.release()


def _guard(guards, key, folder) -> SingleInstance:
    guard = SingleInstance(key, folder)
    guards.append(guard)
    return guard


def test_the_second_guard_sees_the_first_and_the_first_is_asked_to_come_forward(qtbot, tmp_path, key, guards):
    first = _guard(guards, key, tmp_path)
    assert first.acquire() is True
    assert first.is_primary
    second = _guard(guards, key, tmp_path)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.acquire() is False
    assert not second.is_primary


def test_guards_of_two_databases_do_not_meet(qtbot, tmp_path, guards):
    one = _guard(guards, instance_key("sqlite:////office/a.sqlite3"), tmp_path)
    other = _guard(guards, instance_key("sqlite:////office/b.sqlite3"), tmp_path)
    assert one.acquire() and other.acquire()


def test_a_released_guard_lets_the_next_start_be_first(qtbot, tmp_path, key, guards):
    first = _guard(guards, key, tmp_path)
    assert first.acquire()
    first.release()
    assert not (tmp_path / f"{key}.lock").exists()
    assert _guard(guards, key, tmp_path).acquire()


def test_the_lock_of_a_crashed_instance_does_not_block_the_next_start(qtbot, tmp_path, key, guards):
    lock_path = tmp_path / f"{key}.lock"
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # dies holding the lock\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(lock_path)], check=True, timeout=60)
    assert lock_path.exists()
    assert _guard(guards, key, tmp_path).acquire() is True


def test_the_key_depends_on_user_and_database_only():
    url = "sqlite:////home/a/vanphong.sqlite3"
    assert instance_key(url, user="lan") == instance_key(url, user="lan")
    assert instance_key(url, user="lan") != instance_key(url, user="hung")
    assert instance_key(url, user="lan") != instance_key("sqlite:////home/a/other.sqlite3", user="lan")
    assert len(instance_key(url)) < 40  # a short socket name on every platform


def test_a_second_window_start_exits_without_opening_the_database(qtbot, tmp_path, guards):
    from ui.main import run_gui

    target = tmp_path / "office.sqlite3"
    running = _guard(guards, instance_key(resolve_url(str(target))), default_data_dir())
    assert running.acquire()
    with qtbot.waitSignal(running.activated, timeout=3000):
        assert run_gui(db=str(target)) == 0
    assert not target.exists()  # the database was never opened (nor created) a second time
