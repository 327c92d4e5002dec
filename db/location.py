"""Where the database lives, worked out without importing SQLAlchemy (start-up stays fast)."""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

ENV_VAR = "VANPHONG_DB"
DB_FILENAME = "vanphong.sqlite3"


def default_data_dir() -> Path:
    """The per-user data folder (appdirs), where the DB and its backups live."""
    folder = Path(appdirs.user_data_dir("VanPhong", appauthor=False))
    if os.name == "nt":
        # appdirs turns a profile path with letters beyond Latin-1 (C:\Users\Nguyễn Văn A) into its
        # 8.3 short form (C:\Users\NGUY~1): the long form, as the user and --db name it
        folder = folder.resolve()
    return folder


def raw_url(location: str | os.PathLike[str] | None = None) -> str:
    """The URL for *location* (a path or URL), else $VANPHONG_DB, else the default file.

    A URL is returned as given (db.engine.resolve_url validates it).
    """
    raw = location if location not in (None, "") else os.environ.get(ENV_VAR) or None
    if raw is None:
        return f"sqlite:///{default_data_dir() / DB_FILENAME}"
    text = os.fspath(raw)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL, else None."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = url[len(prefix):]
    return Path(path) if path and path != ":memory:" else None
