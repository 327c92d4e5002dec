"""Generated offices for benchmarks, inserted with SQLAlchemy Core (fast).

:func:`large_office` is the demo office grown to 1,000 staff; :func:`big_office_file` adds
ten years of work on top — 100,000 calendar events, 80,000 leave requests and 1,000 meetings
with their checklists — built once per bench run and copied for each benchmark.
"""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert
from sqlmodel import select

from app.demo.office import FAMILY, GIVEN, MIDDLE, load_demo
from app.rules.meetings import MeetingKind, checklist
from app.rules.workdays import WorkCalendar
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from app.services.leave.read import type_by_code
from app.text import fold
from db.engine import Database
from db.models import (
    BodyMember,
    Event,
    EventLeader,
    LeaveRequest,
    Meeting,
    MeetingChecklistItem,
    Person,
    Position,
    Unit,
)

TODAY = date(2026, 3, 2)
EVENT_TITLES = ["Họp Thường trực Tỉnh ủy", "Tiếp Đoàn công tác Bộ Nội vụ", "Làm việc với Huyện ủy Lạc Dương",
                "Dự Hội nghị tổng kết ngành Nông nghiệp", "Kiểm tra dự án cao tốc Tân Phú – Bảo Lộc"]
EVENTS_FROM = date(2021, 1, 1)  # ten years of events: 2021–2030
LEAVE_YEARS = range(2017, 2027)  # ten years of leave, up to this year
LEAVES_PER_YEAR = 8


def large_office(path: Path, people: int = 1000, seed: int = 7) -> Database:
    """The demo office plus departments and staff up to *people* persons."""
    database = open_app_database(str(path))
    with database.session() as session:
        ctx = load_demo(session=session, actor=SYSTEM, today=TODAY)
        office_id = ctx.units["office"]
        specialist = ctx.positions["Chuyên viên"]
        existing = len(session.exec(select(Person.id)).all())
        rng = random.Random(seed)
        units = []
        for i in range(max(0, (people - existing) // 40 + 1)):
            units.append({"name": f"Phòng chuyên môn {i + 1}", "short_name": f"P{i + 1}", "code": f"gen_{i}",
                          "kind": "department", "parent_id": office_id, "sort_order": 100 + i, "active": True})
        session.execute(insert(Unit), units)
        unit_ids = list(session.exec(select(Unit.id).where(Unit.code.like("gen_%"))).all())
        rows = []
        for i in range(people - existing):
            gender = rng.choice(["male", "female"])
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
            rows.append({"full_name": name, "search_key": fold(name), "gender": gender,
                         "unit_id": unit_ids[i % len(unit_ids)], "position_id": specialist,
                         "service_start": date(2000 + rng.randint(0, 25), rng.randint(1, 12), 1),
                         "phone": "", "email": "", "active": True, "notes": "", "is_standing_deputy": False})
        if rows:
            session.execute(insert(Person), rows)
        assert session.get(Position, specialist) is not None
        session.commit()
    return database


def event_rows(rng: random.Random, count: int, first: date, days: int, leaders: list[int],
               units: list[int]) -> tuple[list[dict], list[tuple[int, int]]]:
    """Event rows spread over *days* days from *first*, with one leader each: (rows, (row index, leader))."""
    rows, links = [], []
    now = datetime(2026, 1, 1)
    for i in range(count):
        day = first + timedelta(days=rng.randrange(days))
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.choice([7, 8, 9, 10, 14, 15]),
                                                                        minutes=rng.choice([0, 30]))
        rows.append({"uid": f"bench-{rng.random():.12f}-{i}", "title": f"{rng.choice(EVENT_TITLES)} ({i})",
                     "kind": "meeting", "start_at": start, "end_at": start + timedelta(hours=rng.choice([1, 2, 3])),
                     "all_day": False, "half_day": None, "location": "Phòng họp số 1",
                     "chair_id": rng.choice(leaders), "participants": "Theo giấy mời",
                     "preparing_unit_id": rng.choice(units), "preparing_text": "", "notes": "",
                     "status": "published", "recurring": False, "rrule": "", "exdates": "[]", "workday_shift": "",
                     "range_end": None, "series_key": "", "series_id": None, "recurrence_day": None,
                     "split_from_id": None, "created_at": now, "updated_at": now, "updated_by": "bench"})
        links.append((i, rng.choice(leaders)))
    return rows, links


def insert_events(database: Database, rows: list[dict], links: list[tuple[int, int]]) -> None:
    with database.session() as session:
        first_id = (session.exec(select(func.max(Event.id))).one() or 0) + 1
        connection = session.connection()
        connection.execute(insert(Event.__table__), rows)
        connection.execute(insert(EventLeader.__table__),
                           [{"event_id": first_id + i, "person_id": pid} for i, pid in links])
        session.commit()


def leave_rows(people: list[int], annual: int, sick: int, seed: int = 11) -> list[dict]:
    """About eight short leaves per person per year, in different weeks, a few across New Year."""
    rng = random.Random(seed)
    rows = []
    for pid in people:
        for year in LEAVE_YEARS:
            first_monday = date(year, 1, 1) + timedelta(days=(7 - date(year, 1, 1).weekday()) % 7)
            for week in rng.sample(range(1, 50), LEAVES_PER_YEAR):
                start = first_monday + timedelta(weeks=week)
                length = rng.randint(0, 3)
                rows.append({
                    "person_id": pid, "leave_type_id": annual if rng.random() < 0.85 else sick,
                    "start_date": start, "start_half": "morning", "end_date": start + timedelta(days=length),
                    "end_half": "afternoon", "days": float(length + 1), "reason": "", "contact": "",
                    "status": rng.choices(["approved", "submitted", "rejected", "cancelled"], [85, 5, 5, 5])[0],
                    "requester_role": "specialist", "emergency": False, "application_required": False,
                    "application_received": False, "balance_override_note": "", "cancel_reason": "",
                    "created_by": "bench", "created_at": start - timedelta(days=3),
                })
            if year < max(LEAVE_YEARS) and rng.random() < 0.1:
                rows.append({**rows[-1], "start_date": date(year, 12, 30), "end_date": date(year + 1, 1, 2),
                             "days": 3.0, "status": "approved"})
    return rows


def _meetings(database: Database, rng: random.Random, count: int, leaders: list[int]) -> None:
    """*count* meetings over the ten years of events, each with its dated checklist."""
    cal = WorkCalendar.vietnam()
    kinds = list(MeetingKind)
    with database.session() as session:
        first_id = (session.exec(select(func.max(Meeting.id))).one() or 0) + 1
        meetings, items = [], []
        for i in range(count):
            day = EVENTS_FROM + timedelta(days=rng.randrange(3652))
            start = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.choice([8, 14]))
            kind = kinds[i % len(kinds)]
            meetings.append({"kind": kind.value, "title": f"Cuộc họp {i + 1}", "start_at": start,
                             "end_at": start + timedelta(hours=3), "location": "Hội trường",
                             "chair_id": rng.choice(leaders), "event_id": None, "important": False,
                             "foreign_guests": False, "notes": "", "created_at": datetime(2021, 1, 1)})
            for order, item in enumerate(checklist(kind, start, start + timedelta(hours=3), cal)):
                items.append({"meeting_id": first_id + i, "template_item_id": None, "sort_order": order,
                              "department": item.department, "task": item.task, "rule": item.rule.value,
                              "number": item.number, "due": item.due, "owner_id": None, "done_at": None,
                              "done_by": "", "notes": ""})
        connection = session.connection()
        connection.execute(insert(Meeting.__table__), meetings)
        connection.execute(insert(MeetingChecklistItem.__table__), items)
        session.commit()


def build_big_office(path: Path, seed: int = 2026) -> None:
    """1,000 staff, 100,000 events over ten years, ~80,000 leave requests, 1,000 meetings."""
    rng = random.Random(seed)
    database = large_office(path, people=1000)
    try:
        with database.session() as session:
            leaders = list(session.exec(select(BodyMember.person_id).distinct()).all())
            units = list(session.exec(select(Unit.id).where(Unit.kind == "department")).all())
            people = list(session.exec(select(Person.id).where(Person.active)).all())
            annual, sick = type_by_code(session, "annual").id, type_by_code(session, "sick").id
        rows, links = event_rows(rng, 100_000, EVENTS_FROM, 3652, leaders, units)
        insert_events(database, rows, links)
        with database.session() as session:
            session.execute(insert(LeaveRequest), leave_rows(people, annual, sick))
            session.commit()
        _meetings(database, rng, 1000, leaders)
    finally:
        database.dispose()


_CACHE: dict[str, Path] = {}


def big_office_file(target: Path) -> Path:
    """A copy of the big office at *target* (built on the first call of this process)."""
    if "big" not in _CACHE:
        folder = Path(tempfile.mkdtemp(prefix="vanphong-bench-office-"))
        atexit.register(shutil.rmtree, folder, True)
        _CACHE["big"] = folder / "big.sqlite3"
        build_big_office(_CACHE["big"])
    shutil.copyfile(_CACHE["big"], target)
    return target
