"""A new, empty SQLite file brought to the head revision by one SQL script.

Replaying every migration on a new file costs about a second (Alembic's import, then batch
mode rebuilding tables revision after revision), and its result is always the same: the
schema at the head and the rows the migrations seed (leave types, approval rules, meeting
templates…).  That result is kept as SQL text, ``db/migrations/head.sql`` — the dump
(``sqlite3.Connection.iterdump``) of a new file the migrations brought to the head — and a new
file runs the script instead.  Any other database (a server, a file with tables, a target
other than the head) is migrated by Alembic as before.

The image is build output, never in git: the Makefile writes it (``python -m db.schema_image``)
before ``make run``, ``make test``, ``make bench`` and the bundles, whenever a migration is newer,
and PyInstaller ships it.  Its first line names the head revision and a digest of the migration
scripts it was made from; an image that does not match the scripts beside it (a migration added
or edited since) is ignored, as is a missing one, and the migrations are replayed instead.
``tests/unit/db/test_schema_image.py`` checks that both ways give the same dump.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from pathlib import Path

from db.engine import Database
from db.errors import DatabaseError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
IMAGE = MIGRATIONS / "head.sql"
_HEADER = "-- VanPhong: a new database at revision "
_DIGEST = " from migrations "
_TRANSACTION = ("BEGIN TRANSACTION;", "COMMIT;")


def migrations_digest(folder: Path = MIGRATIONS / "versions") -> str:
    """A digest of the migration scripts (names and bytes): an image is only good for these."""
    digest = hashlib.sha256()
    for script in sorted(folder.glob("*.py")):
        digest.update(script.name.encode() + b"\0" + script.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _stamp(head: str, digest: str) -> str:
    return f"{_HEADER}{head}{_DIGEST}{digest}"


def image_revision(path: Path | None = None) -> str | None:
    """The revision the image at *path* (default :data:`IMAGE`) was written at, if it was
    written from the migration scripts beside it; None otherwise (or when there is no image)."""
    try:
        with (path or IMAGE).open(encoding="utf-8") as fh:
            first = fh.readline().rstrip("\n")
    except OSError:
        return None
    if not first.startswith(_HEADER) or _DIGEST not in first:
        return None
    head, _, digest = first[len(_HEADER):].partition(_DIGEST)
    return head if digest == migrations_digest() else None


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
    text = _stamp(head, migrations_digest()) + "\n" + "\n".join(statements) + "\n"
    # never a half-written image, even with two writers at once (make -j)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="\n", dir=target.parent,
                                     prefix=target.name, suffix=".partial", delete=False) as partial:
        partial.write(text)
    Path(partial.name).replace(target)
    return head


if __name__ == "__main__":
    import sys

    written = Path(sys.argv[1]) if len(sys.argv) > 1 else IMAGE
    print(f"{written}: {write(written)}")
