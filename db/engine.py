"""Opening the database: where it lives, the engine with its pragmas, sessions."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError
from sqlmodel import Session, create_engine

from db.errors import DatabaseError
from db.location import DB_FILENAME, ENV_VAR, default_data_dir, raw_url

__all__ = ["DB_FILENAME", "ENV_VAR", "Database", "default_data_dir", "open_database", "resolve_url"]

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
    "PRAGMA synchronous=NORMAL",
)


def resolve_url(location: str | os.PathLike[str] | None = None) -> str:
    """SQLAlchemy URL for *location* (a path or URL), else $VANPHONG_DB, else the default file."""
    url = raw_url(location)
    try:
        make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"Địa chỉ cơ sở dữ liệu không hợp lệ: {url}") from exc
    return url


PRIVATE_FILE = 0o600  # the database holds password hashes: owner only (POSIX)
PRIVATE_DIR = 0o700


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Owner-only permissions on *path* (POSIX; on Windows the user profile's ACLs protect it)."""
    if os.name != "posix":
        return
    try:
        if path.exists() and (path.stat().st_mode & 0o777) != mode:
            os.chmod(path, mode)
    except OSError:  # not our file (a shared folder): leave it as it is
        pass


def create_private_file(path: Path) -> None:
    """Create an empty *path* readable by its owner only, before SQLite opens it: SQLite gives its
    -wal, -shm and -journal files the permissions of the database file."""
    old = os.umask(0o077)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
        os.close(fd)
    except FileExistsError:
        pass
    finally:
        os.umask(old)


def _set_sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


@dataclass
class Database:
    """An open database: its URL, engine and a session factory."""

    url: str
    engine: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        if not database or database == ":memory:":
            return None
        return Path(database)

    def display_location(self) -> str:
        """What to show a user: the file path (on Linux "~/…" inside the home folder, as a
        file manager shows it), or the URL without its password."""
        if self.path is not None:
            return home_relative(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def session(self) -> Session:
        """A new session. Objects stay readable after commit."""
        return Session(self.engine, expire_on_commit=False)

    def dispose(self) -> None:
        self.engine.dispose()


def home_relative(path: Path) -> str:
    """*path* as "~/…" when it is inside the user's home folder on Linux; unchanged on Windows,
    whose users do not read "~"."""
    if os.name != "nt":
        try:
            return "~/" + path.resolve().relative_to(Path.home().resolve()).as_posix()
        except (ValueError, RuntimeError, OSError):  # outside the home folder, or no home
            pass
    return str(path)


def open_database(location: str | os.PathLike[str] | None = None, *, create: bool = True) -> Database:
    """Open (without migrating) the database at *location*.

    Raises DatabaseError with a clear message if the file's folder cannot be created or
    written, or if *create* is False and the file does not exist.
    """
    url = resolve_url(location)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database)
        if not path.exists():
            if not create:
                raise DatabaseError(f"Không tìm thấy tệp cơ sở dữ liệu: {path}")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                create_private_file(path)
            except OSError as exc:
                raise DatabaseError(f"Không tạo được tệp dữ liệu {path}: {exc.strerror}") from exc
        target = path if path.exists() else path.parent
        if not os.access(target, os.W_OK):
            raise DatabaseError(f"Không có quyền ghi vào {target}")
        if path.is_dir():
            raise DatabaseError(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu")
        for private in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):  # files made before 0600
            make_private(private)
    try:
        engine = create_engine(url)
    except Exception as exc:  # missing driver, bad URL parts
        shown = parsed.render_as_string(hide_password=True)
        raise DatabaseError(f"Không mở được cơ sở dữ liệu {shown}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return Database(url=url, engine=engine)
