"""Every earlier schema revision upgrades to the head with its rows kept.

tests/data/migrations/<rev>.sql holds the demo office as the version whose newest revision
was <rev> wrote it (``python -m tests.robustness.migration_fixtures``).  Each is loaded,
upgraded by the app's own path (backup, then Alembic), and compared row by row.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.admin import database as admin
from app.services.org.read import load_org
from db import migrate
from db.engine import open_database

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "migrations"
EARLIER = migrate.revision_chain()[:-1]
BEFORE_NOTICE = "0009"  # the revision before 0010 added leave_type.min_notice_days (a downgrade drops it)

# Values an upgrade rewrites on purpose: (table, column) -> the old value as the upgrade leaves it.
# Everything else is kept as it was.
REWRITTEN = {
    # 0009: the default rule "deputy chief from 2 days: chief, then the Thường trực" names the
    # body, whose members may each record its approval (001 Điều 18.2), not one deputy secretary
    ("approval_rule", "approvers"): lambda v: "chief,standing_body" if v == "chief,standing_deputy_secretary" else v,
}


def _same(value: object) -> object:
    return value


def _rows(conn: sqlite3.Connection) -> dict[str, dict[tuple, dict[str, object]]]:
    """Every table's rows by primary key (the whole row for a table without one)."""
    conn.row_factory = sqlite3.Row
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'alembic_version'")]
    out: dict[str, dict[tuple, dict[str, object]]] = {}
    for name in tables:
        info = conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        key = [c["name"] for c in sorted(info, key=lambda c: c["pk"]) if c["pk"]]
        rows = {}
        for row in conn.execute(f'SELECT * FROM "{name}"'):
            values = dict(row)
            rows[tuple(values[k] for k in key) if key else tuple(values.values())] = values
        out[name] = rows
    return out


def _schema(conn: sqlite3.Connection) -> dict[str, object]:
    tables = {r[0]: sorted(c[1] for c in conn.execute(f'PRAGMA table_info("{r[0]}")'))
              for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")}
    indexes = sorted(r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_autoindex%'"))
    return {"tables": tables, "indexes": indexes}


def _load(revision: str, tmp_path: Path) -> Path:
    path = tmp_path / f"office-{revision}.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript((FIXTURES / f"{revision}.sql").read_text(encoding="utf-8"))
    return path


def test_there_is_a_fixture_for_every_earlier_revision():
    missing = [r for r in EARLIER if not (FIXTURES / f"{r}.sql").is_file()]
    assert not missing, f"run `python -m tests.robustness.migration_fixtures --only {' '.join(missing)}`"


@pytest.mark.parametrize("revision", EARLIER)
def test_an_office_at_an_earlier_revision_upgrades_to_the_head_with_every_row_kept(revision, tmp_path):
    path = _load(revision, tmp_path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        before = _rows(conn)
    assert sum(len(rows) for rows in before.values()) > 100  # an office, not an empty schema

    database = open_database(str(path), create=False)
    try:
        assert migrate.upgrade(database) is True
        report = admin.check(database)
    finally:
        database.dispose()
    assert report.ok and report.revision == migrate.head_revision()
    assert list((tmp_path / "backups").glob(f"before-{revision}-*.sqlite3")), "no backup before migrating"

    with sqlite3.connect(path) as conn:
        after = _rows(conn)
    for table, rows in before.items():
        assert table in after, f"{table} dropped"
        for key, old in rows.items():
            new = after[table].get(key)
            assert new is not None, f"{table} {key} lost"
            changed = {c for c in old if c in new and REWRITTEN.get((table, c), _same)(old[c]) != new[c]}
            assert not changed, f"{table} {key}: {[(c, old[c], new[c]) for c in changed]}"


@pytest.mark.parametrize("revision", EARLIER)
def test_an_upgraded_office_has_the_schema_of_a_new_one(revision, tmp_path):
    upgraded = _load(revision, tmp_path)
    database = open_database(str(upgraded), create=False)
    try:
        migrate.upgrade(database, backup=False)
    finally:
        database.dispose()
    fresh = tmp_path / "fresh.sqlite3"
    database = open_database(str(fresh))
    try:
        migrate.upgrade(database, backup=False)
    finally:
        database.dispose()
    with sqlite3.connect(upgraded) as a, sqlite3.connect(fresh) as b:
        assert _schema(a) == _schema(b)


def test_the_app_opens_an_office_of_the_oldest_revision_and_reads_its_people(tmp_path):
    path = _load(EARLIER[0], tmp_path)
    with sqlite3.connect(path) as conn:
        names = sorted(r[0] for r in conn.execute("SELECT full_name FROM person"))
    database = admin.open_app_database(str(path), create=False)
    try:
        with database.session() as session:
            assert sorted(p.full_name for p in load_org(session).people.values()) == names
    finally:
        database.dispose()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, timeout=300)


def test_a_downgrade_says_what_it_drops_and_needs_a_yes(tmp_path):
    path = _load(BEFORE_NOTICE, tmp_path)
    database = open_database(str(path), create=False)
    try:
        migrate.upgrade(database, backup=False)
    finally:
        database.dispose()
    with sqlite3.connect(path) as conn:  # something only the head's schema can hold
        conn.execute("UPDATE leave_type SET min_notice_days = 3 WHERE code = 'annual'")

    refused = _cli("--db", str(path), "migrate", "--to", BEFORE_NOTICE)
    assert refused.returncode == 2, refused.stderr
    assert "xóa dữ liệu" in refused.stderr and "leave_type.min_notice_days (1 giá trị)" in refused.stderr
    assert "--yes" in refused.stderr.splitlines()[-1]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.head_revision()

    done = _cli("--db", str(path), "migrate", "--to", BEFORE_NOTICE, "--yes")
    assert done.returncode == 0, done.stderr
    assert "xóa dữ liệu" in done.stderr and "bản sao lưu" in done.stdout
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == BEFORE_NOTICE
        columns = {c[1] for c in conn.execute("PRAGMA table_info(leave_type)")}
    assert "min_notice_days" not in columns
    assert list((tmp_path / "backups").glob(f"before-{migrate.head_revision()}-*.sqlite3"))


def test_migrate_names_the_revisions_it_knows_when_given_another(tmp_path):
    path = _load(EARLIER[0], tmp_path)
    result = _cli("--db", str(path), "migrate", "--to", "9999")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and migrate.revision_chain()[0] in result.stderr
    huge = _cli("--db", str(path), "migrate", "--to", "x" * 100_000 + "\x1b[2J")
    assert huge.returncode == 2 and len(huge.stderr) < 400 and "\x1b" not in huge.stderr


def test_migrate_brings_an_old_office_to_the_head(tmp_path):
    path = _load(EARLIER[0], tmp_path)
    result = _cli("--db", str(path), "migrate")
    assert result.returncode == 0, result.stderr
    assert f"lên {migrate.head_revision()}" in result.stdout


def test_a_database_from_a_newer_version_is_refused_with_a_clear_message(tmp_path):
    path = _load(EARLIER[0], tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = _cli("--db", str(path), "check")
    assert "9999_future" in result.stdout  # check reads it as it is
    result = _cli("--db", str(path), "list", "people")
    assert result.returncode == 2
    assert "mới hơn" in result.stderr and "Traceback" not in result.stderr
