"""Opening, checking, backing up and restoring the office's database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, func, select

from db import backup as db_backup
from db import migrate
from db.engine import Database, open_database
from db.errors import DatabaseError
from db.models import Person


def open_app_database(location: str | None = None, *, create: bool = True) -> Database:
    """Open the database and apply pending migrations (after an automatic backup)."""
    database = open_database(location, create=create)
    try:
        migrate.upgrade(database)
    except DatabaseError:
        database.dispose()
        raise
    except Exception as exc:  # a locked, read-only or corrupt file; a server that does not answer
        database.dispose()
        # the driver's own words, first line only (the CLI prints one line; SQLAlchemy adds a link)
        words = str(exc.orig if isinstance(exc, DBAPIError) else exc).strip().splitlines()
        reason = words[0] if words else type(exc).__name__
        raise DatabaseError(f"Không mở được cơ sở dữ liệu {database.display_location()}: {reason}") from exc
    from app.services.admin.settings import apply_office_timezone

    with database.session() as session:
        apply_office_timezone(session)
    return database


def is_empty(session: Session) -> bool:
    """True when the office has no people yet (offer the demo office)."""
    return (session.exec(select(func.count()).select_from(Person)).one() or 0) == 0


@dataclass(frozen=True)
class CheckReport:
    location: str
    integrity: str
    revision: str | None
    head: str | None
    people: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head

    def lines(self) -> list[str]:
        return [
            f"Cơ sở dữ liệu: {self.location}",
            f"Toàn vẹn: {self.integrity}",
            f"Phiên bản lược đồ: {self.revision} (mới nhất: {self.head})",
            f"Số cán bộ: {self.people}",
            "Kết quả: " + ("tốt" if self.ok else "CÓ LỖI"),
        ]


def check(database: Database) -> CheckReport:
    """Integrity of the file and state of its migrations."""
    with database.engine.connect() as conn:
        if database.is_sqlite:
            integrity = conn.execute(text("PRAGMA integrity_check")).scalar_one()
            fk_errors = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if integrity == "ok" and fk_errors:
                integrity = f"{len(fk_errors)} lỗi khóa ngoại"
        else:
            conn.execute(text("SELECT 1"))
            integrity = "ok"
    with database.session() as session:
        people = session.exec(select(func.count()).select_from(Person)).one()
    return CheckReport(database.display_location(), str(integrity), migrate.current_revision(database),
                       migrate.head_revision(database), int(people))


def backup(database: Database, target: Path) -> Path:
    return db_backup.backup_to(database, target)


def restore(database: Database, source: Path) -> Path | None:
    """Replace the database by a backup, then migrate it if it is older."""
    saved = db_backup.restore_from(database, source)
    migrate.upgrade(database, backup=False)
    return saved
