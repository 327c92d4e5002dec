"""Schema migrations (Alembic), applied at start-up after an automatic backup.

Alembic's import costs ~160 ms, so the common case — the schema is already current —
is answered without it: the head revision is read from the migration files and the
current one from the ``alembic_version`` table.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import inspect, text

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
        with database.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except Exception as exc:
        raise DatabaseError(f"Không nâng cấp được cơ sở dữ liệu: {exc}") from exc
    return True
