"""Schema migrations (Alembic), applied at start-up after an automatic backup."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.backup import backup_before_migration
from db.engine import Database
from db.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(database: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return cfg


def head_revision(database: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    cfg = alembic_config(database)
    try:
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise DatabaseError(f"Không nâng cấp được cơ sở dữ liệu: {exc}") from exc
    return True
