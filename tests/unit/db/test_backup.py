import pytest
from sqlmodel import select

from app.services.admin import database as admin
from app.services.admin.auth import SYSTEM
from app.services.org.edit import PersonInput, create_person
from db.errors import DatabaseError
from db.models import Person


def _names(database):
    with database.session() as s:
        return sorted(p.full_name for p in s.exec(select(Person)).all())


def test_backup_then_restore_returns_the_data_as_it_was(database, tmp_path):
    with database.session() as s:
        create_person(session=s, actor=SYSTEM, data=PersonInput(full_name="Nguyễn Văn An"))
    copy = admin.backup(database, tmp_path / "copy.sqlite3")
    with database.session() as s:
        create_person(session=s, actor=SYSTEM, data=PersonInput(full_name="Trần Thị Bình"))
    saved = admin.restore(database, copy)
    assert _names(database) == ["Nguyễn Văn An"]
    assert saved is not None and saved.exists()


def test_restore_refuses_a_file_that_is_not_a_vanphong_database(database, tmp_path):
    with database.session() as s:
        create_person(session=s, actor=SYSTEM, data=PersonInput(full_name="Nguyễn Văn An"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError):
        admin.restore(database, junk)
    assert _names(database) == ["Nguyễn Văn An"]


def test_backup_refuses_to_overwrite_the_database_itself(database):
    with pytest.raises(DatabaseError):
        admin.backup(database, database.path)


def test_check_reports_a_healthy_database(demo_db):
    report = admin.check(demo_db)
    assert report.ok
    assert report.people > 30


def test_the_daily_backup_is_taken_once_a_day_and_old_ones_are_pruned(database):
    from datetime import datetime, timedelta

    from db.backup import daily_backup

    start = datetime(2026, 3, 1)
    for day in range(5):
        assert daily_backup(database, keep=3, today=start + timedelta(days=day)) is not None
    assert daily_backup(database, keep=3, today=start + timedelta(days=4)) is None
    names = sorted(p.name for p in (database.path.parent / "backups").glob("auto-*.sqlite3"))
    assert names == ["auto-20260303.sqlite3", "auto-20260304.sqlite3", "auto-20260305.sqlite3"]
