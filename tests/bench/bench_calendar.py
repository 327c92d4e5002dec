"""Calendar figures: a week with 300 entries (view model + widget, PDF), and queries on a
10-year calendar of 100,000 events (bulk-inserted with SQLAlchemy Core)."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from app.demo.office import load_demo
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from db.engine import Database
from db.models import Unit
from tests.bench.office import event_rows, insert_events

WEEK = date(2026, 3, 9)
def _timed(fn: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _office(path: Path) -> tuple[Database, list[int], list[int]]:
    database = open_app_database(str(path))
    with database.session() as session:
        ctx = load_demo(session=session, actor=SYSTEM, today=date(2026, 3, 2))
        leaders = ctx.bodies["btv"] + [ctx.people["chief"]]
        units = list(session.exec(select(Unit.id).where(Unit.kind == "department")).all())
    return database, leaders, units


def bench_week_with_300_entries() -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.services.calendar import events as cal
    from app.services.calendar.printouts import week_pdf
    from ui.application import ensure_application
    from ui.calendar.pane import CalendarPane
    from ui.context import AppContext

    app = ensure_application("vi")
    with tempfile.TemporaryDirectory() as tmp:
        database, leaders, units = _office(Path(tmp) / "week.sqlite3")
        rows, links = event_rows(random.Random(3), 300, WEEK, 7, leaders, units)
        insert_events(database, rows, links)
        results = []
        with database.session() as session:
            schedule = cal.week(session, WEEK)
            assert len(schedule.entries) >= 300
            results.append(("week view model: cal.week() with 300 entries, conflicts, amendments",
                            _timed(lambda: cal.week(session, WEEK))))
            pdf = Path(tmp) / "week.pdf"
            results.append(("week PDF, 300 entries (A4 landscape)", _timed(lambda: week_pdf(session, WEEK, pdf), 3)))
        pane = CalendarPane(AppContext(database, SYSTEM))
        pane.resize(1400, 900)
        pane.show()

        def render() -> None:  # as a clerk sees it: read on the database thread, then shown and painted
            pane.show_week(WEEK)
            pane.ctx.wait_idle()
            pane.grab()

        results.append(("week widget: read, load model, spans, row heights and paint (300 entries)",
                        _timed(render, 3)))
        pane.close()
        pane.ctx.db.shutdown()  # its reads still queued: none may reach the database after it is deleted
        pane.deleteLater()
        app.processEvents()
        database.dispose()
    return results


def bench_ten_year_calendar() -> list[tuple[str, float]]:
    from app.services.calendar import events as cal
    from app.services.calendar.events import EventInput
    from app.services.calendar.read import entries_between

    with tempfile.TemporaryDirectory() as tmp:
        database, leaders, units = _office(Path(tmp) / "decade.sqlite3")
        rows, links = event_rows(random.Random(10), 100_000, date(2021, 1, 1), 3652, leaders, units)
        started = time.perf_counter()
        insert_events(database, rows, links)
        results = [("bulk insert of 100,000 events + leaders (Core)", time.perf_counter() - started)]
        with database.session() as session:
            for rule in ("FREQ=WEEKLY;BYDAY=MO", "FREQ=MONTHLY;BYMONTHDAY=25"):
                cal.create_event(session=session, actor=SYSTEM, data=EventInput(
                    title="Họp định kỳ", start=datetime(2021, 1, 4, 8), rrule=rule, workday_shift="next"))
            week = date(2026, 3, 9)
            start = datetime.combine(week, datetime.min.time())
            count = len(entries_between(session, start, start + timedelta(days=7)))
            results.append((f"entries of one week in year 6 ({count} entries, index query + series)",
                            _timed(lambda: entries_between(session, start, start + timedelta(days=7)))))
            results.append(("cal.week() in year 6 (with conflicts and amendments)",
                            _timed(lambda: cal.week(session, week))))
            results.append(("cal.month() in year 6", _timed(lambda: cal.month(session, 2026, 3), 3)))
            results.append(("cal.conflicts() over one quarter", _timed(
                lambda: cal.conflicts(session, date(2026, 1, 1), date(2026, 3, 31)), 3)))
        database.dispose()
    return results
