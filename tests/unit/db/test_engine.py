import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from db.engine import ENV_VAR, open_database, resolve_url
from db.errors import DatabaseError
from db.migrate import current_revision, head_revision, upgrade


def test_every_connection_gets_the_design_pragmas(database):
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_location_comes_from_the_argument_then_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")
    assert resolve_url(str(tmp_path / "arg.sqlite3")).endswith("arg.sqlite3")
    assert resolve_url("postgresql+psycopg://u@localhost/db") == "postgresql+psycopg://u@localhost/db"


def test_default_location_is_the_user_data_dir(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert "VanPhong" in resolve_url(None)


def test_an_unwritable_location_is_a_clear_error():
    with pytest.raises(DatabaseError, match="/proc"):
        open_database("/proc/vanphong/office.sqlite3")


def test_a_missing_file_is_an_error_when_creation_is_not_allowed(tmp_path):
    with pytest.raises(DatabaseError, match="Không tìm thấy"):
        open_database(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_migrations_bring_a_new_file_to_head_and_then_do_nothing(tmp_path):
    db = open_database(tmp_path / "m.sqlite3")
    assert current_revision(db) is None
    assert upgrade(db) is True
    assert current_revision(db) == head_revision(db)
    assert upgrade(db) is False
    db.dispose()


def test_the_database_refuses_a_unit_under_its_own_descendant(database):
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO unit (id, name, short_name, kind, parent_id, sort_order, active) "
                          "VALUES (1, 'A', '', 'office', NULL, 0, 1), (2, 'B', '', 'department', 1, 0, 1), "
                          "(3, 'C', '', 'department', 2, 0, 1)"))
    with pytest.raises(IntegrityError, match="own ancestor"), database.engine.begin() as conn:
        conn.execute(text("UPDATE unit SET parent_id = 3 WHERE id = 1"))


def test_the_database_refuses_a_delegation_ending_before_it_starts(database):
    with database.engine.begin() as conn:
        conn.execute(text("INSERT INTO person (id, full_name, search_key, gender, phone, email, "
                          "is_standing_deputy, active, notes) VALUES (1, 'A', 'a', '', '', '', 0, 1, ''), "
                          "(2, 'B', 'b', '', '', '', 0, 1, '')"))
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(text("INSERT INTO delegation (principal_id, acting_id, start_date, end_date, scope, reason) "
                          "VALUES (1, 2, '2026-03-10', '2026-03-09', '', '')"))


def test_usernames_are_unique_in_the_schema(database):
    insert = text("INSERT INTO app_user (username, password_hash, role, active, created_at) "
                  "VALUES ('a', 'x', 'staff', 1, '2026-01-01 00:00:00')")
    with database.engine.begin() as conn:
        conn.execute(insert)
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(insert)


def test_display_location_is_the_file_path(database):
    assert Path(database.display_location()).name == "office.sqlite3"
    assert os.path.isabs(database.display_location())


def test_a_server_url_whose_driver_is_missing_is_refused_without_showing_the_password():
    with pytest.raises(DatabaseError, match=r"postgresql\+nodriver://office:\*\*\*@db-server/vanphong") as caught:
        open_database("postgresql+nodriver://office:bi-mat@db-server/vanphong")
    assert "bi-mat" not in str(caught.value)


def test_a_database_in_the_home_folder_is_shown_from_the_home_folder(tmp_path, monkeypatch):
    from db.engine import home_relative

    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    inside = tmp_path / ".local" / "share" / "VanPhong" / "vanphong.sqlite3"
    expected = "~/.local/share/VanPhong/vanphong.sqlite3" if os.name != "nt" else str(inside)
    assert home_relative(inside) == expected
    assert home_relative(Path("/srv/vanphong/office.sqlite3")) == "/srv/vanphong/office.sqlite3"
