"""Test configuration: offscreen Qt, isolated user folders, a migrated DB per test."""

from __future__ import annotations

import os
import tempfile

# Set before anything imports Qt: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = tempfile.mkdtemp(prefix="vanphong-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ.pop("VANPHONG_DB", None)

from datetime import date  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Speed is measured by `make bench`, never by a test's clock: hypothesis's per-example deadline
# (200 ms) only made property tests fail on a loaded machine.
hypothesis_settings.register_profile("vanphong", deadline=None)
hypothesis_settings.load_profile("vanphong")

from app.services.admin.auth import SYSTEM, AccountRole, Actor  # noqa: E402
from app.services.admin.database import open_app_database  # noqa: E402


@pytest.fixture
def database(tmp_path):
    """A new, migrated SQLite database in a temporary folder."""
    db = open_app_database(str(tmp_path / "office.sqlite3"))
    yield db
    db.dispose()


@pytest.fixture
def session(database):
    with database.session() as s:
        yield s


@pytest.fixture
def admin() -> Actor:
    return SYSTEM


@pytest.fixture
def viewer() -> Actor:
    return Actor(username="viewer", role=AccountRole.VIEWER)


DEMO_TODAY = date(2026, 3, 2)  # a Monday


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):  # noqa: ANN001, ANN202
    """The demo office built once per test session; each test gets its own copy of the file."""
    from app.demo.office import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    db = open_app_database(str(path))
    with db.session() as s:
        ctx = load_demo(session=s, actor=SYSTEM, today=DEMO_TODAY)
    with db.engine.connect() as conn:  # fold the WAL into the file so a plain copy is complete
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path, ctx


@pytest.fixture
def demo_db(tmp_path, _demo_template):  # noqa: ANN001, ANN201
    """A private copy of the demo office (today = 2026-03-02)."""
    import shutil

    template, ctx = _demo_template
    target = tmp_path / "office.sqlite3"
    shutil.copyfile(template, target)
    db = open_app_database(str(target))
    db.demo = ctx  # type: ignore[attr-defined]
    yield db
    db.dispose()
