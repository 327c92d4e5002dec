"""Leave benchmarks: balances of 1,000 staff over ten years of requests (bulk-inserted with
SQLAlchemy Core), the month's absence grid, the request list."""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import select

from app.services.admin import settings
from app.services.admin.auth import SYSTEM
from app.services.leave import requests as leave
from app.services.leave.absence_calendar import absence_month
from app.services.leave.balance import CARRY_OVER_KEY, balances
from app.services.leave.read import type_by_code
from db.models import LeaveRequest, Person
from tests.bench.office import large_office, leave_rows


def bench_balances_of_1000_staff_over_ten_years() -> list[tuple[str, float]]:
    results = []
    with tempfile.TemporaryDirectory(prefix="vanphong-bench-leave-") as folder:
        database = large_office(Path(folder) / "office.sqlite3", people=1000)
        with database.session() as session:
            people = list(session.exec(select(Person.id).where(Person.active)).all())
            annual, sick = type_by_code(session, "annual").id, type_by_code(session, "sick").id
            rows = leave_rows(people, annual, sick)
            started = time.perf_counter()
            session.execute(insert(LeaveRequest), rows)
            session.commit()
            results.append((f"insert {len(rows):,} requests (Core)", time.perf_counter() - started))

        def timed(label: str, fn) -> None:  # noqa: ANN001
            with database.session() as session:
                started = time.perf_counter()
                value = fn(session)
                results.append((label, time.perf_counter() - started))
                return value

        found = timed("balances 2026, every person (no carry-over)", lambda s: balances(session=s, year=2026))
        assert len(found) > 900  # the office staff (the leadership bodies are not)
        timed("balances 2020, every person", lambda s: balances(session=s, year=2020))
        with database.session() as session:
            settings.set_value(session=session, actor=SYSTEM, key=CARRY_OVER_KEY, value=5)
        timed("balances 2026 with carry-over (6 years of history)", lambda s: balances(session=s, year=2026))
        timed("balance of one person", lambda s: balances(session=s, year=2026, person_ids=[people[500]]))
        timed("absence grid of a month, whole office", lambda s: absence_month(session=s, year=2026, month=3))
        timed("request list of a month", lambda s: leave.list_requests(s, start=date(2026, 3, 1),
                                                                         end=date(2026, 3, 31)))
        database.dispose()
    return results
