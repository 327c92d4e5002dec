"""A new SQLite file is created from db/migrations/head.sql (build output the Makefile writes):
exactly what the migrations give, and only from the migration scripts it was written from."""

from __future__ import annotations

import sqlite3

import pytest

from app.services.admin.database import open_app_database
from db import migrate, schema_image
from db.engine import open_database
from db.errors import DatabaseError

CONSTRAINT_WORDS = ("CONSTRAINT ", "PRIMARY KEY", "FOREIGN KEY", "UNIQUE", "CHECK")


def _normalized(statements: list[str]) -> tuple[list[object], set[str]]:
    """A dump in a form where order means something only where the database depends on it.

    Alembic's batch mode rebuilds tables from sets, so two replays of the same migrations list a
    table's constraints and a table's indexes in different orders.  Kept in order: the tables,
    their columns (the rows' INSERTs are positional) and the rows; as sets: each table's
    constraints, and the indexes, views and triggers."""
    tables: list[object] = []
    others: set[str] = set()
    for statement in statements:
        if statement.startswith("CREATE TABLE"):
            head, _, body = statement.partition("(\n")
            parts = [p.strip().rstrip(",").strip() for p in body.rsplit("\n)", 1)[0].split("\n")]
            columns = [p for p in parts if not p.startswith(CONSTRAINT_WORDS)]
            constraints = frozenset(p for p in parts if p.startswith(CONSTRAINT_WORDS))
            tables.append((head, columns, constraints))
        elif statement.startswith("INSERT") or statement.startswith("DELETE"):
            tables.append(statement)
        else:
            others.add(statement)
    return tables, others


def _replayed(path):
    database = open_database(str(path))
    try:
        migrate.replay(database)
    finally:
        database.dispose()
    return path


@pytest.fixture(scope="module")
def written_image(tmp_path_factory):
    path = tmp_path_factory.mktemp("image") / "head.sql"
    assert schema_image.write(path) == migrate.head_revision()
    return path


@pytest.fixture
def image(written_image, monkeypatch):
    """The image as `make` writes it, where db.schema_image looks for it."""
    monkeypatch.setattr(schema_image, "IMAGE", written_image)
    return written_image


def test_an_image_written_from_the_migrations_names_the_head_revision(image):
    assert schema_image.image_revision() == migrate.head_revision()
    assert schema_image.migrations_digest() in image.read_text(encoding="utf-8").splitlines()[0]


def test_an_image_written_from_other_migration_scripts_is_not_used(image, tmp_path, monkeypatch):
    stale = tmp_path / "stale.sql"
    first, rest = image.read_text(encoding="utf-8").split("\n", 1)
    stale.write_text(first.replace(schema_image.migrations_digest(), "0" * 16) + "\n" + rest, encoding="utf-8")
    monkeypatch.setattr(schema_image, "IMAGE", stale)
    assert schema_image.image_revision() is None
    database = open_app_database(str(tmp_path / "new.sqlite3"))  # built by the migrations instead
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
    finally:
        database.dispose()


def test_without_an_image_a_new_file_is_built_by_the_migrations(tmp_path, monkeypatch):
    monkeypatch.setattr(schema_image, "IMAGE", tmp_path / "missing.sql")
    database = open_app_database(str(tmp_path / "new.sqlite3"))
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
    finally:
        database.dispose()


def test_a_new_file_from_the_image_dumps_the_same_as_one_the_migrations_built(image, tmp_path):
    replayed = _replayed(tmp_path / "replayed.sqlite3")
    database = open_database(str(tmp_path / "image.sqlite3"))
    try:
        assert schema_image.create(database, migrate.head_revision()) is True
    finally:
        database.dispose()
    # tables, columns with their types, defaults and constraints, indexes, the view, the
    # trigger, every seeded row and the Alembic revision, statement by statement
    expected = schema_image.dump(replayed)
    created = schema_image.dump(tmp_path / "image.sqlite3")
    assert len(created) == len(expected)
    assert _normalized(created) == _normalized(expected)
    assert any(line.startswith('INSERT INTO "leave_type"') for line in expected)
    assert any(line.startswith("CREATE TRIGGER") for line in expected)
    with sqlite3.connect(tmp_path / "image.sqlite3") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_opening_a_new_file_creates_it_from_the_image_without_alembic(image, tmp_path, monkeypatch):
    def no_replay(*_args, **_kwargs):
        raise AssertionError("migrations replayed on a new file")

    monkeypatch.setattr(migrate, "replay", no_replay)
    database = open_app_database(str(tmp_path / "new.sqlite3"))
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
    finally:
        database.dispose()


def test_a_file_that_already_has_tables_is_left_to_the_migrations(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    database = open_database(str(path))
    try:
        assert schema_image.create(database, migrate.head_revision()) is False
    finally:
        database.dispose()
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_an_image_of_another_revision_is_not_used(image, tmp_path):
    database = open_database(str(tmp_path / "new.sqlite3"))
    try:
        assert schema_image.create(database, "9999_not_this_one") is False
        assert migrate.current_revision(database) is None
    finally:
        database.dispose()


def test_a_broken_image_writes_nothing_and_says_so(image, tmp_path, monkeypatch):
    broken = tmp_path / "head.sql"
    broken.write_text(image.read_text(encoding="utf-8") + "INSERT INTO nowhere VALUES (1);\n", encoding="utf-8")
    monkeypatch.setattr(schema_image, "IMAGE", broken)
    database = open_database(str(tmp_path / "new.sqlite3"))
    try:
        with pytest.raises(DatabaseError, match="Không tạo được lược đồ"):
            schema_image.create(database, migrate.head_revision())
        assert migrate.current_revision(database) is None  # all of it or nothing
    finally:
        database.dispose()


def test_the_new_file_keeps_the_design_pragmas(tmp_path):
    database = open_app_database(str(tmp_path / "new.sqlite3"))
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        database.dispose()
