"""A damaged file is reported, never written, and replaced by the newest good backup; a restore
is refused while another process has the file open, and a kill at any of its steps leaves the
old file or the new one whole."""

import random
import sqlite3
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from app.services.admin import database as admin
from db import backup as db_backup
from db.engine import open_database
from db.errors import DatabaseError

ROOT = Path(__file__).resolve().parents[3]


def damage(path: Path, seed: int = 11) -> None:
    """Random bytes over the middle half of the pages (page 1, the schema, stays)."""
    rng = random.Random(seed)
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 4, pages * 3 // 4):
        data[page * 4096:(page + 1) * 4096] = rng.randbytes(4096)
    path.write_bytes(bytes(data))


def people(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def damaged(demo_db):
    """The demo office with a daily backup, then damaged in its middle pages."""
    db_backup.daily_backup(demo_db, today=datetime(2026, 3, 2))
    path = demo_db.path
    demo_db.dispose()
    damage(path)
    return path


def test_check_reports_damage_as_one_failed_line(damaged):
    database = open_database(str(damaged), create=False)
    report = admin.check(database)
    database.dispose()
    assert not report.ok and len(report.lines()) == 1 and "bị hỏng" in report.lines()[0]


def test_a_damaged_file_is_not_opened_nor_written_and_the_newest_good_backup_is_named(damaged):
    before = damaged.read_bytes()
    with pytest.raises(db_backup.DamagedDatabase) as caught:
        admin.open_app_database(str(damaged))
    assert caught.value.backup is not None and caught.value.backup.name == "auto-20260302.sqlite3"
    assert "restore --latest" in str(caught.value)
    assert damaged.read_bytes() == before


def test_a_file_too_damaged_to_open_is_restored_from_the_latest_good_backup(damaged):
    database = open_database(str(damaged))
    saved = admin.restore(database, admin.latest_good_backup(database))
    database.dispose()
    assert saved is not None and saved.exists()
    assert db_backup.full_check(damaged) == "ok" and people(damaged) == 82
    admin.open_app_database(str(damaged)).dispose()


def test_a_restore_is_refused_while_another_process_has_the_database_open(demo_db, tmp_path):
    copy = admin.backup(demo_db, tmp_path / "copy.sqlite3")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        c = sqlite3.connect({str(demo_db.path)!r})
        c.execute("SELECT count(*) FROM person").fetchall()
        print("open", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseError, match="đang được mở"):
            admin.restore(demo_db, copy)
    finally:
        holder.communicate("\n", timeout=30)
    admin.restore(demo_db, copy)  # closed: now it goes


KILL_POINTS = ("saved", "checkpointed", "copied", "wal removed", "replaced")


@pytest.mark.parametrize("step", KILL_POINTS)
def test_a_restore_killed_at_any_step_leaves_the_old_or_the_new_file_whole(demo_db, tmp_path, step):
    # the backup has one person fewer than the live file, whose last change is still in a hot
    # WAL: the process that wrote it died without closing
    backup = admin.backup(demo_db, tmp_path / "backup.sqlite3")
    demo_db.dispose()
    writer = textwrap.dedent(f"""
        import os, sqlite3
        c = sqlite3.connect({str(demo_db.path)!r})
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("INSERT INTO person (full_name, search_key, gender, phone, email, is_standing_deputy, active, "
                  "notes) VALUES ('Người Mới', 'nguoi moi', '', '', '', 0, 1, '')")
        c.commit()
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", writer], check=True, timeout=60)
    assert Path(f"{demo_db.path}-wal").stat().st_size > 0
    script = textwrap.dedent(f"""
        import os
        from db import backup as b
        from db.engine import open_database
        def stop(name):
            if name == {step!r}:
                os._exit(9)
        b._reached = stop
        b.restore_from(open_database({str(demo_db.path)!r}), {str(backup)!r})
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 9, run.stderr
    assert db_backup.full_check(demo_db.path) == "ok"
    assert people(demo_db.path) in (82, 83)  # the new file (82) or the old one with its last change (83)
    admin.open_app_database(str(demo_db.path)).dispose()
    assert list(demo_db.path.parent.glob("*.tmp")) == []  # the next open cleared what the kill left
