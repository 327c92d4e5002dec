"""Backups of the SQLite file: consistent copies via SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from db.engine import Database
from db.errors import DatabaseError

KEEP_AUTOMATIC_BACKUPS = 10


def _require_file(database: Database) -> Path:
    path = database.path
    if path is None:
        raise DatabaseError(
            "Sao lưu/khôi phục chỉ áp dụng cho tệp SQLite; với máy chủ PostgreSQL hãy dùng pg_dump."
        )
    return path


def _copy_sqlite(source: Path, target: Path) -> None:
    """Copy *source* to *target* atomically: to a temp file beside it, then rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"Không sao lưu được vào {target}: {exc}") from exc


def backup_to(database: Database, target: Path) -> Path:
    """Write a consistent copy of the database to *target*."""
    source = _require_file(database)
    target = Path(target).expanduser().resolve()
    if target == source:
        raise DatabaseError("Tệp sao lưu không được trùng với tệp cơ sở dữ liệu.")
    if target.is_dir():
        raise DatabaseError(f"{target} là một thư mục; hãy ghi rõ tên tệp sao lưu.")
    if not target.parent.is_dir():
        raise DatabaseError(f"Thư mục {target.parent} không tồn tại.")
    _copy_sqlite(source, target)
    return target


def backups_dir(database: Database) -> Path:
    return _require_file(database).parent / "backups"


def backup_before_migration(database: Database, revision: str) -> Path | None:
    """Automatic backup taken before a migration; keeps the newest few."""
    if database.path is None or not database.path.exists():
        return None
    folder = backups_dir(database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"before-{revision}-{stamp}.sqlite3"
    _copy_sqlite(database.path, target)
    old = sorted(folder.glob("before-*.sqlite3"))[:-KEEP_AUTOMATIC_BACKUPS]
    for stale in old:
        stale.unlink(missing_ok=True)
    return target


def daily_backup(database: Database, *, keep: int = KEEP_AUTOMATIC_BACKUPS, today: datetime | None = None) -> Path | None:
    """Once a day, copy the database to backups/auto-YYYYMMDD.sqlite3; keep the newest *keep*.

    Returns the new file, or None if today's copy exists or the DB is not a file.
    """
    if database.path is None or not database.path.exists():
        return None
    folder = backups_dir(database)
    stamp = (today or datetime.now()).strftime("%Y%m%d")
    target = folder / f"auto-{stamp}.sqlite3"
    if target.exists():
        return None
    _copy_sqlite(database.path, target)
    for stale in sorted(folder.glob("auto-*.sqlite3"))[:-keep]:
        stale.unlink(missing_ok=True)
    return target


def latest_backup(database: Database) -> Path | None:
    if database.path is None:
        return None
    folder = backups_dir(database)
    files = sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime) if folder.is_dir() else []
    return files[-1] if files else None


def verify_sqlite_file(path: Path) -> None:
    """Raise DatabaseError unless *path* is a readable, intact VanPhong SQLite file."""
    if not path.is_file():
        raise DatabaseError(f"Không tìm thấy tệp: {path}")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} không phải là tệp cơ sở dữ liệu hợp lệ: {exc}") from exc
    if not result or result[0] != "ok":
        raise DatabaseError(f"Tệp {path} bị hỏng: {result[0] if result else '?'}")
    if "alembic_version" not in tables or "person" not in tables:
        raise DatabaseError(f"{path} không phải là tệp dữ liệu của VanPhong.")


def restore_from(database: Database, source: Path) -> Path | None:
    """Replace the database with the backup *source*; the current file is saved first.

    Returns the path where the replaced database was saved.
    """
    target = _require_file(database)
    source = Path(source).expanduser().resolve()
    verify_sqlite_file(source)
    database.dispose()
    saved = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = backups_dir(database) / f"before-restore-{stamp}.sqlite3"
        _copy_sqlite(target, saved)
    _copy_sqlite(source, target)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    return saved
