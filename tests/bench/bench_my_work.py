"""Việc của tôi on the big office (tests.bench.office.big_office_file): one read per demo account."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from app.services.admin import auth
from app.services.admin.auth import SYSTEM, AccountRole, Actor
from app.services.admin.database import open_app_database
from app.services.my_work.read import my_work
from tests.bench.office import TODAY, big_office_file

NOW = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)


def bench_my_work_per_account() -> list[tuple[str, float]]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        database = open_app_database(str(big_office_file(Path(tmp) / "big.sqlite3")))
        try:
            with database.session() as session:
                my_work(session, SYSTEM, now=NOW)  # warm: the office calendar, the statement cache
                accounts = [Actor(u.username, AccountRole(u.role), u.id, u.person_id)
                            for u in auth.list_users(session=session)] + [SYSTEM]
                for actor in accounts:
                    started = time.perf_counter()
                    work = my_work(session, actor, now=NOW)
                    results.append((f"my work of {actor.username} ({actor.role}): {len(work.items)} items",
                                    time.perf_counter() - started))
        finally:
            database.dispose()
    return results
