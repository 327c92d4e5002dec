"""A demo office database built once per test session and copied for each meetings test
(loading the demo takes a second or two; copying a file takes milliseconds)."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.demo.office import DemoContext, load_demo
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from db.engine import Database

_TEMPLATE: dict[str, tuple[Path, DemoContext]] = {}


def demo_office_copy(factory, target: Path) -> tuple[Database, DemoContext]:  # noqa: ANN001
    """A fresh copy of the demo office (today = Monday 2 March 2026) at *target*."""
    if "office" not in _TEMPLATE:
        from tests.conftest import DEMO_TODAY

        folder = factory.mktemp("meetings-demo")
        path = folder / "demo.sqlite3"
        database = open_app_database(str(path))
        with database.session() as session:
            ctx = load_demo(session=session, actor=SYSTEM, today=DEMO_TODAY)
        database.dispose()
        _TEMPLATE["office"] = (path, ctx)
    path, ctx = _TEMPLATE["office"]
    shutil.copyfile(path, target)
    return open_app_database(str(target)), ctx
