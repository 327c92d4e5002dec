"""A new, empty SQLite file brought to the head revision by one SQL script.

Replaying every migration on a new file costs about a second (Alembic's import, then batch
mode rebuilding tables revision after revision), and its result is always the same: the
schema at the head and the rows the migrations seed (leave types, approval rules, meeting
templates…).  That result is kept as SQL text, ``db/migrations/head.sql`` — the dump
(``sqlite3.Connection.iterdump``) of a new file the migrations brought to the head — and a new
file runs the script instead.  Any other database (a server, a file with tables, a target
other than the head) is migrated by Alembic as before.

``tests/unit/db/test_schema_image.py`` checks that both ways give the same dump.  After adding
a migration, write the file again::

    python -m db.schema_image
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from db.engine import Database
from db.errors import DatabaseError

IMAGE = Path(__file__).resolve().parent / "migrations" / "head.sql"
_HEADER = "-- VanPhong: a new database at revision "
_TRANSACTION = ("BEGIN TRANSACTION;", "COMMIT;")


def image_revision(path: Path = IMAGE) -> str | None:
    """The revision the image was written at (None when there is no image)."""
    try:
        with path.open(encoding="utf-8") as fh:
            first = fh.readline().rstrip("\n")
    except OSError:
        return None
    return first[len(_HEADER):] if first.startswith(_HEADER) else None


def create(database: Database, head: str | None) -> bool:
    """Run the image on *database* if it is a blank SQLite database and the image is at *head*.

    Returns False (nothing done) otherwise: the caller then replays the migrations.  All of the
    script or nothing is written; a database another process filled meanwhile is left alone."""
    if not database.is_sqlite or head is None or image_revision() != head:
        return False
    script = IMAGE.read_text(encoding="utf-8")
    raw = database.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        saved = conn.isolation_level
        conn.isolation_level = None  # our own BEGIN and COMMIT
        conn.execute("PRAGMA foreign_keys=OFF")  # rows are inserted table by table, as dumped
        try:
            return _run(conn, script)
        except sqlite3.Error as exc:
            raise DatabaseError(f"Không tạo được lược đồ cơ sở dữ liệu: {exc}") from exc
        finally:
            conn.execute("PRAGMA foreign_keys=ON")
            conn.isolation_level = saved
    finally:
        raw.close()


def _run(conn: sqlite3.Connection, script: str) -> bool:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            conn.execute("ROLLBACK")
            return False
        for statement in _statements(script):
            conn.execute(statement)
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise DatabaseError(f"Lược đồ mẫu có {len(broken)} dòng tham chiếu không hợp lệ.")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


def _statements(script: str) -> list[str]:
    """The script's statements (executescript cannot run inside a transaction of ours: it commits)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and line.startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending)
            pending = ""
    if pending.strip():
        statements.append(pending)  # an unfinished statement: let SQLite say what is wrong
    return statements


def dump(path: Path) -> list[str]:
    """The statements that rebuild the SQLite file *path*, without the dump's own transaction."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if line not in _TRANSACTION]
    finally:
        conn.close()


def write(target: Path = IMAGE) -> str:
    """Replay every migration on a scratch file and write its dump to *target*; returns the head."""
    from db import migrate
    from db.engine import open_database

    with tempfile.TemporaryDirectory(prefix="vanphong-image-") as scratch:
        path = Path(scratch) / "head.sqlite3"
        database = open_database(str(path))
        try:
            migrate.replay(database)
            head = migrate.current_revision(database)
        finally:
            database.dispose()
        statements = dump(path)
    if head is None:
        raise DatabaseError("Không có phiên bản lược đồ nào.")
    target.write_text(_HEADER + head + "\n" + "\n".join(statements) + "\n", encoding="utf-8", newline="\n")
    return head


if __name__ == "__main__":
    print(f"{IMAGE}: {write()}")
