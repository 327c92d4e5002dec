"""Backups of the SQLite file: consistent copies via SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from db.engine import PRIVATE_DIR, Database, make_private
from db.errors import DatabaseError

KEEP_AUTOMATIC_BACKUPS = 10


def _require_file(database: Database) -> Path:
    path = database.path
    if path is None:
        raise DatabaseError(
            "Sao lưu/khôi phục chỉ áp dụng cho tệp SQLite; với máy chủ PostgreSQL hãy dùng pg_dump."
        )
    return path


def private_folder(folder: Path) -> Path:
    """Create *folder* (and its parents) for backups, owner only (0700 on POSIX)."""
    old = os.umask(0o077)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    finally:
        os.umask(old)
    return folder


def _copy_sqlite(source: Path, target: Path) -> None:
    """Copy *source* to *target* atomically: to a temp file beside it (0600, mkstemp), then rename."""
    if not target.parent.is_dir():
        private_folder(target.parent)
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
    """The automatic backups' folder beside the database, owner only (0700 on POSIX)."""
    folder = _require_file(database).parent / "backups"
    if folder.is_dir():
        make_private(folder, PRIVATE_DIR)
    return folder


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


# -- damage -------------------------------------------------------------------------------

QUICK_CHECK_SECONDS = 5.0  # the check at start-up stops after this long (a bounded quick_check)


class DamagedDatabase(DatabaseError):
    """The database file is damaged: nothing is written to it; *backup* is the newest good
    automatic backup, if any (offer ``vanphong restore --latest``)."""

    def __init__(self, path: Path, detail: str, backup: Path | None) -> None:
        self.path, self.detail, self.backup = path, detail, backup
        offer = (f" Khôi phục bản sao lưu tốt gần nhất ({backup.name}): vanphong restore --latest"
                 if backup else " Không có bản sao lưu tự động nào còn tốt.")
        super().__init__(f"Tệp cơ sở dữ liệu {path} bị hỏng ({detail}); không ghi gì vào tệp này.{offer}")


def quick_check(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> str:
    """"ok", or the first problem SQLite's quick_check finds in the file at *path* (read only;
    stops after *seconds*, then "ok" for what it could read — the full check is `vanphong check`)."""
    import time

    deadline = time.monotonic() + seconds
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        row = conn.execute("PRAGMA quick_check(1)").fetchone()
        return str(row[0]) if row else "?"
    except sqlite3.OperationalError as exc:
        return "ok" if "interrupted" in str(exc) else str(exc)
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def full_check(path: Path) -> str:
    """"ok", or the first line of what PRAGMA integrity_check (then foreign_key_check) reports."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA integrity_check(1)").fetchone()
            result = str(row[0]) if row else "?"
            if result == "ok":
                errors = conn.execute("PRAGMA foreign_key_check").fetchall()
                if errors:
                    result = f"{len(errors)} lỗi khóa ngoại"
            return result
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)


def newest_good_backup(database: Database) -> Path | None:
    """The newest automatic backup (backups/) that is an intact VanPhong file."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return None
    for candidate in sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            verify_sqlite_file(candidate)
        except DatabaseError:
            continue
        return candidate
    return None


def ensure_sound(database: Database) -> None:
    """Raise :class:`DamagedDatabase` when the bounded quick check finds the file damaged."""
    path = database.path
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return
    result = quick_check(path)
    if result != "ok":
        raise DamagedDatabase(path, result.splitlines()[0], newest_good_backup(database))


# -- restore ------------------------------------------------------------------------------

def in_use_by_another_process(path: Path) -> bool:
    """True if another process has the SQLite file open (POSIX: each connection to a WAL
    database holds a shared lock on the DMS byte, 128, of its -shm file while it is open)."""
    shm = Path(f"{path}-shm")
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl

    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, 128)
        return False
    finally:
        os.close(fd)


def _reached(step: str) -> None:
    """A named point of :func:`restore_from` (tests stop the process here to play a kill)."""


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file and empty it, so the -wal can go (nothing lost); a file too
    damaged for that is left as it is (its raw copy was kept)."""
    try:
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        pass


def _keep_current(database: Database, target: Path) -> Path:
    """Save the database about to be replaced in backups/ (a raw copy if it is too damaged to read)."""
    import shutil

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    saved = backups_dir(database) / f"before-restore-{stamp}.sqlite3"
    try:
        _copy_sqlite(target, saved)
    except DatabaseError:
        saved = private_folder(saved.parent) / f"damaged-{stamp}.sqlite3"
        for suffix in ("", "-wal"):
            if Path(f"{target}{suffix}").exists():
                shutil.copyfile(f"{target}{suffix}", f"{saved}{suffix}")
                make_private(Path(f"{saved}{suffix}"))
    return saved


def remove_stale_temporaries(target: Path) -> None:
    """Temporary copies a killed backup or restore left beside *target* (``NAME.xxxx.tmp``)."""
    for stale in target.parent.glob(f"{target.name}.*.tmp"):
        stale.unlink(missing_ok=True)


def restore_from(database: Database, source: Path) -> Path | None:
    """Replace the database with the backup *source*; the current file is saved first.

    Never opens (nor migrates) the current file through the app, so a file too damaged to
    open can be replaced. Refused while another process has the file open. A kill at any
    step leaves the old file or the new one whole: the old WAL is folded into the old file
    first, the new file is complete beside it before one rename puts it in place, and no
    WAL of the old file is left to be replayed into the new one.
    Returns the path where the replaced database was saved.
    """
    target = _require_file(database)
    source = Path(source).expanduser().resolve()
    verify_sqlite_file(source)
    database.dispose()
    if in_use_by_another_process(target):
        raise DatabaseError(f"Cơ sở dữ liệu {target} đang được mở (cửa sổ VănPhòng hoặc một lệnh khác); "
                            "hãy đóng lại rồi khôi phục.")
    remove_stale_temporaries(target)
    saved = _keep_current(database, target) if target.exists() and target.stat().st_size else None
    _reached("saved")
    if target.exists():
        _checkpoint(target)
    _reached("checkpointed")
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _copy_sqlite(source, tmp)
        _reached("copied")
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        _reached("wal removed")
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _reached("replaced")
    return saved
