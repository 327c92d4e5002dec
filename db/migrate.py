"""Schema migrations (Alembic), applied at start-up after an automatic backup.

Alembic's import costs ~160 ms, so the common case — the schema is already current —
is answered without it: the head revision is read from the migration files and the
current one from the ``alembic_version`` table.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    ColumnClause,
    ColumnElement,
    Connection,
    Integer,
    Numeric,
    String,
    func,
    inspect,
    literal_column,
    select,
    table,
    text,
)

from db import schema_image
from db.backup import backup_before_migration
from db.engine import Database
from db.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


def alembic_config(database: Database) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return cfg


def _parents() -> dict[str, str | None]:
    """Each revision of migrations/versions and the one it revises (no Alembic import)."""
    parents: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = _REVISION.search(source)
        if rev is None:
            continue
        down = _DOWN.search(source)
        parents[rev.group(1)] = down.group(1) if down and down.group(1) else None
    return parents


def head_revision(database: Database | None = None) -> str | None:
    """The newest revision, from the files in migrations/versions (no Alembic import)."""
    parents = _parents()
    heads = set(parents) - {p for p in parents.values() if p}
    if len(heads) > 1:
        raise DatabaseError(f"Lược đồ có nhiều nhánh chưa hợp nhất: {sorted(heads)}")
    return next(iter(heads), None)


def revision_chain() -> list[str]:
    """Every revision this version knows, oldest first (the head last)."""
    parents = _parents()
    chain: list[str] = []
    revision = head_revision()
    while revision is not None:
        chain.append(revision)
        revision = parents[revision]
    return chain[::-1]


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_up_to_date(database: Database) -> bool:
    return current_revision(database) == head_revision(database)


def upgrade(database: Database, *, backup: bool = True, target: str | None = None) -> bool:
    """Bring the schema to the newest revision (or *target*). Returns True if anything was applied.

    An existing SQLite file with data is backed up first (see db.backup).
    """
    current = current_revision(database)
    head = head_revision(database)
    if current == (target or head):
        return False
    if current is not None and current not in revision_chain():
        raise DatabaseError(f"Cơ sở dữ liệu {database.display_location()} có lược đồ {current}, mới hơn "
                            f"phiên bản này của VanPhong (lược đồ {head}): hãy cài phiên bản mới hơn "
                            "(hoặc hạ cấp dữ liệu bằng phiên bản đã tạo ra nó).")
    if current is None and (target or head) == head and schema_image.create(database, head):
        return True  # a new, empty file: the head's schema in one script (see db.schema_image)
    if backup and current is not None:
        backup_before_migration(database, current)
    replay(database, target)
    return True


def replay(database: Database, target: str | None = None) -> None:
    """Run Alembic's migrations from the database's revision up to *target* (default: the head)."""
    from alembic import command

    cfg = alembic_config(database)
    try:
        with database.engine.connect() as conn, _foreign_keys_off(conn, database.is_sqlite), conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target or "head")
            if database.is_sqlite:
                _check_foreign_keys(conn)
    except Exception as exc:
        raise DatabaseError(f"Không nâng cấp được cơ sở dữ liệu: {exc}") from exc


@dataclass(frozen=True)
class Loss:
    """What a downgrade drops: a whole table's rows (``column`` None) or one column's values."""

    table: str
    column: str | None
    count: int

    def describe(self) -> str:
        if self.column is None:
            return f"bảng {self.table} ({self.count} dòng)"
        return f"cột {self.table}.{self.column} ({self.count} giá trị)"


def downgrade_losses(database: Database, target: str) -> list[Loss]:
    """The rows and values the schema of *target* has no place for: what going down drops.

    Found by comparing today's tables with those the migrations give at *target* (made in a
    scratch SQLite file), so it stays true as migrations are added.  Data a downgrade rewrites
    in place (a renamed code, a seeded row taken out) is not counted here."""
    expected = schema_at(target)
    losses: list[Loss] = []
    with database.engine.connect() as conn:
        inspector = inspect(conn)
        for name in sorted(inspector.get_table_names()):
            if name == "alembic_version":
                continue
            if name not in expected:
                rows = conn.execute(select(func.count()).select_from(table(name))).scalar() or 0
                if rows:
                    losses.append(Loss(name, None, int(rows)))
                continue
            for column in inspector.get_columns(name):
                if column["name"] in expected[name]:
                    continue
                values = conn.execute(select(func.count()).select_from(table(name))
                                      .where(_holds_a_value(column["name"], column["type"]))).scalar() or 0
                if values:
                    losses.append(Loss(name, column["name"], int(values)))
    return losses


def _holds_a_value(name: str, type_: object) -> ColumnElement[bool]:
    """A column's value that means something: true, non-zero, non-empty, or at least not NULL."""
    column: ColumnClause[object] = literal_column(f'"{name}"')
    if isinstance(type_, Boolean):
        return column.is_(True)
    if isinstance(type_, Integer | Numeric):
        return column.is_not(None) & (column != 0)
    if isinstance(type_, String):
        return column.is_not(None) & (column != "")
    return column.is_not(None)


def schema_at(revision: str) -> dict[str, set[str]]:
    """Tables and their columns at *revision*, as the migrations make them."""
    from alembic import command
    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory(prefix="vanphong-schema-") as scratch:
        engine = create_engine(f"sqlite:///{Path(scratch) / 'schema.sqlite3'}")
        try:
            cfg = alembic_config(Database(url=str(engine.url), engine=engine))
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
            with engine.connect() as conn:
                inspector = inspect(conn)
                return {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()}
        finally:
            engine.dispose()


def downgrade(database: Database, target: str, *, backup: bool = True) -> Path | None:
    """Take the schema down to *target* (an older revision), after an automatic backup.

    Drops what the later revisions added (see :func:`downgrade_losses`): the caller warns
    first.  Returns the backup."""
    chain = revision_chain()
    current = current_revision(database)
    if target not in chain:
        raise DatabaseError(f"Không có phiên bản lược đồ {target[:40]!r}; các phiên bản: {', '.join(chain)}.")
    if current not in chain or chain.index(target) >= chain.index(current):
        raise DatabaseError(f"Lược đồ đang ở {current}: {target} không cũ hơn, không có gì để hạ cấp.")
    saved = backup_before_migration(database, current) if backup else None
    from alembic import command

    cfg = alembic_config(database)
    try:
        with database.engine.connect() as conn, _foreign_keys_off(conn, database.is_sqlite), conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target)
            if database.is_sqlite:
                _check_foreign_keys(conn)
    except DatabaseError:
        raise
    except Exception as exc:
        raise DatabaseError(f"Không hạ cấp được cơ sở dữ liệu: {exc}") from exc
    return saved


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
