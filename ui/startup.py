"""What the first window needs to know, read with the standard library's sqlite3.

SQLAlchemy, SQLModel and the services take ~0.6 s to import; the sign-in dialog needs
only "are there accounts?", the office name, the language and the palette. Reading
those directly lets the dialog paint first while the rest is imported behind it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from db.location import sqlite_file


@dataclass(frozen=True)
class StartupInfo:
    has_users: bool
    office_name: str = ""
    language: str = "vi"
    theme: str = "light"


def probe(url: str) -> StartupInfo | None:
    """StartupInfo of a SQLite database, or None when unknown (a server URL, a file
    that is not ours or cannot be read): the caller then opens the database first."""
    path = sqlite_file(url)
    if path is None:
        return None
    if not path.exists():
        return StartupInfo(has_users=False)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "app_user" not in tables:
                return StartupInfo(has_users=False)
            users = conn.execute("SELECT count(*) FROM app_user WHERE active").fetchone()[0]
            office = conn.execute("SELECT name FROM office ORDER BY id LIMIT 1").fetchone()
            settings = dict(conn.execute("SELECT key, value FROM setting WHERE key IN ('ui.language', 'ui.theme')"))
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return StartupInfo(
        has_users=users > 0,
        office_name=office[0] if office else "",
        language=json.loads(settings.get("ui.language", '"vi"')),
        theme=json.loads(settings.get("ui.theme", '"light"')),
    )
