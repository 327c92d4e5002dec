"""A read answered once per transaction, and forgotten when what it read is written."""

from sqlalchemy import update
from sqlmodel import select

from app.services.admin import settings
from app.services.admin.auth import SYSTEM
from app.services.read_cache import cached
from db.models import Setting, Unit


def _counting(session, key="units", tables=frozenset({"unit"})):
    calls = []

    def load():
        calls.append(1)
        return sorted(session.exec(select(Unit.name)).all())

    return calls, lambda: cached(session, key, tables, load)


def test_a_cached_read_runs_once_while_nothing_it_read_is_written(session):
    calls, read = _counting(session)
    read()
    read()
    session.add(Setting(key="x.y", value="1"))
    session.flush()  # another table: the answer stays
    read()
    assert len(calls) == 1


def test_a_flush_that_writes_a_table_the_read_depends_on_forgets_the_answer(session):
    calls, read = _counting(session)
    assert "Phòng Mới" not in read()
    session.add(Unit(name="Phòng Mới", code="moi", kind="department"))
    session.flush()
    assert "Phòng Mới" in read()
    assert len(calls) == 2


def test_a_bulk_update_forgets_the_answer(session):
    session.add(Unit(name="Phòng Cũ", code="cu", kind="department"))
    session.flush()
    calls, read = _counting(session)
    read()
    session.execute(update(Unit).where(Unit.code == "cu").values(name="Phòng Đổi Tên"))
    assert "Phòng Đổi Tên" in read()
    assert len(calls) == 2


def test_the_answer_does_not_outlive_the_transaction(session):
    calls, read = _counting(session)
    read()
    session.commit()
    read()
    session.rollback()
    read()
    assert len(calls) == 3


def test_a_setting_written_in_the_transaction_is_read_back_at_once(session):
    assert settings.get(session, "backup.keep") == 10
    settings.set_value(session=session, actor=SYSTEM, key="backup.keep", value=25)
    assert settings.get(session, "backup.keep") == 25
