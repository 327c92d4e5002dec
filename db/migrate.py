"""Schema migrations (Alembic), applied at start-up after an automatic backup.

Alembic's import costs ~160 ms, so the common case — the schema is already current —
is answered without it: the head revision is read from the migration files and the
current one from the ``alembic_version`` table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from db.backup import backup_before_migration
from db.engine import Database
from db.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def alembic_config(database: Database):  # noqa: ANN201 - alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return cfg


def head_revision(database: Database | None = None) -> str | None:
    """The newest revision, from the files in migrations/versions (no Alembic import)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        if rev is None:
            continue
        revisions.add(rev.group(1))
        down = _DOWN.search(source)
        if down and down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) > 1:
        raise DatabaseError(f"Lược đồ có nhiều nhánh chưa hợp nhất: {sorted(heads)}")
    return next(iter(heads), None)


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_up_to_date(database: Database) -> bool:
    return current_revision(database) == head_revision(database)


def upgrade(database: Database, *, backup: bool = True) -> bool:
    """Bring the schema to the newest revision. Returns True if anything was applied.

    An existing SQLite file with data is backed up first (see db.backup).
    """
    current = current_revision(database)
    if current == head_revision(database):
        return False
    if backup and current is not None:
        backup_before_migration(database, current)
    from alembic import command

    cfg = alembic_config(database)
    try:
        with database.engine.connect() as conn, _foreign_keys_off(conn, database.is_sqlite), conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if database.is_sqlite:
                _check_foreign_keys(conn)
    except Exception as exc:
        raise DatabaseError(f"Không nâng cấp được cơ sở dữ liệu: {exc}") from exc
    return True


@contextmanager
def _foreign_keys_off(conn: Connection, sqlite: bool) -> Iterator[None]:
    """SQLite's way to change a table (https://sqlite.org/lang_altertable.html, "otheralter"):
    foreign keys off while batch mode rebuilds it.  With them on, dropping the old table
    would first delete its rows and cascade to every child table (a meeting's checklist,
    attendees, documents).  The pragma only works outside a transaction."""
    if not sqlite:
        yield
        return
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    try:
        yield
    finally:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()


def _check_foreign_keys(conn: Connection) -> None:
    """Refuse a migration that left rows pointing at nothing (checked before it commits)."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise DatabaseError(f"Sau khi nâng cấp còn {len(broken)} dòng tham chiếu không hợp lệ ({', '.join(tables)}).")
