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

from sqlalchemy import insert
from sqlmodel import select

from app.demo.office import load_demo
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from db.engine import Database
from db.models import Event, EventLeader, Unit

WEEK = date(2026, 3, 9)
TITLES = ["Họp Thường trực Tỉnh ủy", "Tiếp Đoàn công tác Bộ Nội vụ", "Làm việc với Huyện ủy Lạc Dương",
          "Dự Hội nghị tổng kết ngành Nông nghiệp", "Kiểm tra dự án cao tốc Tân Phú – Bảo Lộc"]


def _timed(fn: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _events(rng: random.Random, count: int, first: date, days: int, leaders: list[int],
            units: list[int]) -> tuple[list[dict], list[tuple[int, int]]]:
    """Event rows spread over *days* days from *first*, with one or two leaders each."""
    rows, links = [], []
    now = datetime(2026, 1, 1)
    for i in range(count):
        day = first + timedelta(days=rng.randrange(days))
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.choice([7, 8, 9, 10, 14, 15]),
                                                                        minutes=rng.choice([0, 30]))
        rows.append({"uid": f"bench-{i}", "title": f"{rng.choice(TITLES)} ({i})", "kind": "meeting",
                     "start_at": start, "end_at": start + timedelta(hours=rng.choice([1, 2, 3])), "all_day": False,
                     "half_day": None, "location": "Phòng họp số 1", "chair_id": rng.choice(leaders),
                     "participants": "Theo giấy mời", "preparing_unit_id": rng.choice(units),
                     "preparing_text": "", "notes": "", "status": "published", "recurring": False, "rrule": "",
                     "exdates": "[]", "workday_shift": "", "range_end": None, "series_key": "",
                     "series_id": None, "recurrence_day": None, "split_from_id": None, "created_at": now,
                     "updated_at": now, "updated_by": "bench"})
        links.append((i, rng.choice(leaders)))
    return rows, links


def _office(path: Path) -> tuple[Database, list[int], list[int]]:
    database = open_app_database(str(path))
    with database.session() as session:
        ctx = load_demo(session=session, actor=SYSTEM, today=date(2026, 3, 2))
        leaders = ctx.bodies["btv"] + [ctx.people["chief"]]
        units = list(session.exec(select(Unit.id).where(Unit.kind == "department")).all())
    return database, leaders, units


def _insert(database: Database, rows: list[dict], links: list[tuple[int, int]]) -> None:
    with database.session() as session:
        first_id = (session.exec(select(Event.id).order_by(Event.id.desc())).first() or 0) + 1
        connection = session.connection()
        connection.execute(insert(Event.__table__), rows)
        connection.execute(insert(EventLeader.__table__),
                           [{"event_id": first_id + i, "person_id": pid} for i, pid in links])
        session.commit()


def bench_week_with_300_entries() -> list[tuple[str, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.reports.week_pdf import week_pdf
    from app.services.calendar import events as cal
    from ui.application import ensure_application
    from ui.calendar.pane import CalendarPane
    from ui.context import AppContext

    app = ensure_application("vi")
    with tempfile.TemporaryDirectory() as tmp:
        database, leaders, units = _office(Path(tmp) / "week.sqlite3")
        rows, links = _events(random.Random(3), 300, WEEK, 7, leaders, units)
        _insert(database, rows, links)
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

        def render() -> None:
            pane.show_week(WEEK)
            pane.grab()

        results.append(("week widget: load model, spans, row heights and paint (300 entries)", _timed(render, 3)))
        pane.close()
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
        rows, links = _events(random.Random(10), 100_000, date(2021, 1, 1), 3652, leaders, units)
        started = time.perf_counter()
        _insert(database, rows, links)
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
