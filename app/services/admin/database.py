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
    """Open the database and apply pending migrations (after an automatic backup).

    A SQLite file is first given a bounded quick check: a damaged file raises
    :class:`db.backup.DamagedDatabase` (naming the newest good automatic backup) and is
    neither migrated nor written to.
    """
    database = open_database(location, create=create)
    try:
        if database.path is not None:
            db_backup.remove_stale_temporaries(database.path)  # what a killed backup or restore left
        db_backup.ensure_sound(database)
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
        if self.integrity != "ok":  # damage: one line
            return [f"CÓ LỖI: tệp {self.location} bị hỏng: {self.integrity}"]
        return [
            f"Cơ sở dữ liệu: {self.location}",
            f"Toàn vẹn: {self.integrity}",
            f"Phiên bản lược đồ: {self.revision} (mới nhất: {self.head})",
            f"Số cán bộ: {self.people}",
            "Kết quả: " + ("tốt" if self.ok else "CÓ LỖI"),
        ]


def check(database: Database) -> CheckReport:
    """Integrity of the file and state of its migrations. A damaged file is a failed check
    (its first problem as the integrity), never an error."""
    if database.path is not None:
        integrity = db_backup.full_check(database.path).splitlines()[0]
    else:
        try:
            with database.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except DBAPIError as exc:  # a server that does not answer: one line, no password
            words = str(exc.orig).strip().splitlines()
            reason = words[0] if words else type(exc).__name__
            raise DatabaseError(f"Không mở được cơ sở dữ liệu {database.display_location()}: {reason}") from exc
        integrity = "ok"
    if integrity != "ok":
        return CheckReport(database.display_location(), integrity, None, migrate.head_revision(database), 0)
    try:
        revision = migrate.current_revision(database)
        with database.session() as session:
            people = int(session.exec(select(func.count()).select_from(Person)).one())
    except DBAPIError as exc:  # not the app's tables (a file of another program)
        words = str(exc.orig).strip().splitlines()
        return CheckReport(database.display_location(), words[0] if words else "?", None,
                           migrate.head_revision(database), 0)
    return CheckReport(database.display_location(), integrity, revision, migrate.head_revision(database), people)


def backup(database: Database, target: Path) -> Path:
    return db_backup.backup_to(database, target)


def restore(database: Database, source: Path) -> Path | None:
    """Replace the database by a backup, then migrate it if it is older. *database* may be
    opened without migrating (:func:`db.engine.open_database`): a damaged file is replaced
    without being read."""
    saved = db_backup.restore_from(database, source)
    migrate.upgrade(database, backup=False)
    return saved


def latest_good_backup(database: Database) -> Path:
    """The newest automatic backup that is intact (InvalidInput-like DatabaseError if none)."""
    found = db_backup.newest_good_backup(database)
    if found is None:
        raise DatabaseError(f"Không có bản sao lưu tự động nào còn tốt trong {db_backup.backups_dir(database)}.")
    return found
