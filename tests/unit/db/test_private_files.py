"""The database holds password hashes: it, its -wal/-shm and its backups are owner only (POSIX)."""

import os
import stat
from datetime import datetime

from app.services.admin import database as admin
from app.services.admin.auth import SYSTEM
from app.services.org.edit import PersonInput, create_person
from db import backup as db_backup


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_database_its_wal_and_shm_and_every_backup_are_owner_only(tmp_path):
    old = os.umask(0o022)  # a usual umask: files would be 0644
    try:
        database = admin.open_app_database(str(tmp_path / "office.sqlite3"))
        with database.session() as s:
            create_person(session=s, actor=SYSTEM, data=PersonInput(full_name="Nguyễn Văn An"))
            path = database.path
            assert {p.name: mode(p) for p in tmp_path.glob("office.sqlite3*")} == {
                "office.sqlite3": 0o600, "office.sqlite3-wal": 0o600, "office.sqlite3-shm": 0o600}
            daily = db_backup.daily_backup(database, today=datetime(2026, 3, 2))
            copy = admin.backup(database, tmp_path / "copy.sqlite3")
        assert mode(daily) == mode(copy) == 0o600
        assert mode(daily.parent) == 0o700
        saved = admin.restore(database, copy)
        assert mode(path) == mode(saved) == 0o600
        database.dispose()
    finally:
        os.umask(old)


def test_a_database_made_world_readable_before_is_made_private_when_opened(tmp_path):
    path = tmp_path / "office.sqlite3"
    admin.open_app_database(str(path)).dispose()
    os.chmod(path, 0o644)
    (tmp_path / "backups").mkdir(exist_ok=True)
    os.chmod(tmp_path / "backups", 0o755)
    database = admin.open_app_database(str(path))
    db_backup.daily_backup(database, today=datetime(2026, 3, 3))
    database.dispose()
    assert mode(path) == 0o600 and mode(tmp_path / "backups") == 0o700
