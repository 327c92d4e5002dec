"""A generated large office for benchmarks, inserted with SQLAlchemy Core (fast)."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import select

from app.demo.office import FAMILY, GIVEN, MIDDLE, load_demo
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from app.text import fold
from db.engine import Database
from db.models import Person, Position, Unit


def large_office(path: Path, people: int = 1000, seed: int = 7) -> Database:
    """The demo office plus departments and staff up to *people* persons."""
    database = open_app_database(str(path))
    with database.session() as session:
        ctx = load_demo(session=session, actor=SYSTEM, today=date(2026, 3, 2))
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
