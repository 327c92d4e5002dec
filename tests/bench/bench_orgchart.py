"""Org chart figures for `make bench`: loading the tree, building the chart scene and
exporting its PDF, for the demo office and for a generated 1,000-person office.

Each ``bench_*`` builds its own data in a temporary database and returns
``[(label, seconds)]`` (the best of a few runs).
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from app.demo.office import DEPARTMENTS, FAMILY, GIVEN, MIDDLE, POSITIONS, load_demo
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from app.text import fold
from db.engine import Database
from db.models import BodyMember, Office, Oversight, Person, Position, Unit

TODAY = date(2026, 3, 2)
REPEAT = 3


def _best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _measure(database: Database, label: str, folder: Path) -> list[tuple[str, float]]:
    from ui.application import ensure_application

    ensure_application("vi")
    from ui.context import AppContext
    from ui.orgchart.chart import ChartScene
    from ui.orgchart.chart_export import export_pdf
    from ui.orgchart.chart_layout import layout_chart
    from ui.orgchart.models import OrgTreeModel
    from ui.orgchart.pane import OrgChartPane, read_org

    ctx = AppContext(database, SYSTEM)
    model, scene = OrgTreeModel(), ChartScene()
    data = {}

    def load_tree() -> None:
        snapshot, away, acting = ctx.read(read_org, today=TODAY)
        model.load(snapshot, away, acting=acting)
        data["org"] = (snapshot, away, acting)

    def build_chart() -> None:
        data["chart"] = layout_chart(*data["org"], TODAY)
        scene.set_chart(data["chart"])

    def open_pane() -> None:
        pane = OrgChartPane(ctx)
        pane.deleteLater()

    results = [(f"org tree load, {label}", _best(load_tree)),
               (f"chart layout + scene build, {label}", _best(build_chart)),
               (f"chart PDF export (A4), {label}", _best(lambda: export_pdf(data["chart"], folder / "chart.pdf"))),
               (f"org pane opened (tree + away strip), {label}", _best(open_pane))]
    scene.deleteLater()
    ctx.db.shutdown()  # the panes' reads still queued: none may reach the database after it is deleted
    return results


def bench_demo_office() -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix="vanphong-bench-") as folder:
        database = open_app_database(str(Path(folder) / "demo.sqlite3"))
        try:
            with database.session() as session:
                load_demo(session=session, actor=SYSTEM, today=TODAY)
            return _measure(database, "demo office (82 people)", Path(folder))
        finally:
            database.dispose()


def generate_office(database: Database, people: int = 1000, seed: int = 7) -> None:
    """A large office in a few bulk inserts (SQLAlchemy Core): 24 departments with sub-units,
    a chief, three deputies with oversight, leadership bodies and *people* people in all."""
    rng = random.Random(seed)
    with database.session() as session:
        session.execute(insert(Office), [{"name": "Văn phòng Tỉnh ủy", "parent_body": "Tỉnh ủy Mẫu"}])
        session.execute(insert(Position), [{"id": i + 1, "role": r, "title": t, "rank": k}
                                           for i, (r, t, k) in enumerate(POSITIONS)])
        pos = {t: i + 1 for i, (_r, t, _k) in enumerate(POSITIONS)}
        units = [{"id": 1, "name": "Ban Chấp hành Đảng bộ tỉnh", "kind": "body", "code": "bch", "parent_id": None},
                 {"id": 2, "name": "Ban Thường vụ Tỉnh ủy", "kind": "body", "code": "btv", "parent_id": 1},
                 {"id": 3, "name": "Thường trực Tỉnh ủy", "kind": "body", "code": "thuong_truc", "parent_id": 2},
                 {"id": 4, "name": "Văn phòng Tỉnh ủy", "kind": "office", "code": "office", "parent_id": None},
                 {"id": 5, "name": "Lãnh đạo Văn phòng", "kind": "department", "code": "lanh_dao", "parent_id": 4}]
        departments = []
        for i in range(24):
            base = DEPARTMENTS[i % len(DEPARTMENTS)][1]
            dept = {"id": len(units) + 1, "name": f"{base} {i // len(DEPARTMENTS) + 1}", "kind": "department",
                    "code": f"d{i}", "parent_id": 4, "sort_order": i}
            units.append(dept)
            departments.append(dept["id"])
            units.append({"id": len(units) + 1, "name": f"Tổ {i + 1}", "kind": "department", "code": f"t{i}",
                          "parent_id": dept["id"]})
        session.execute(insert(Unit), [{"short_name": "", "sort_order": 0, "active": True} | u for u in units])

        def person(pid: int, unit: int, title: str, standing: bool = False) -> dict:
            gender = rng.choice(["male", "female"])
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"
            return {"id": pid, "full_name": name, "search_key": fold(name), "gender": gender, "unit_id": unit,
                    "position_id": pos[title], "is_standing_deputy": standing, "active": True, "phone": "",
                    "email": "", "notes": ""}

        rows = [person(1, 5, "Chánh Văn phòng")] + [person(i, 5, "Phó Chánh Văn phòng", i == 2) for i in (2, 3, 4)]
        rows += [person(i, 3, "Bí thư Tỉnh ủy" if i == 5 else "Phó Bí thư Tỉnh ủy") for i in (5, 6, 7)]
        rows += [person(i, 2, "Ủy viên Ban Thường vụ Tỉnh ủy") for i in range(8, 18)]
        rows += [person(i, 1, "Tỉnh ủy viên") for i in range(18, 48)]
        for dept in departments:
            rows.append(person(len(rows) + 1, dept, "Trưởng phòng"))
        while len(rows) < people:
            unit = rng.choice(departments)
            rows.append(person(len(rows) + 1, unit + rng.choice([0, 1]), rng.choice(["Chuyên viên", "Nhân viên"])))
        session.execute(insert(Person), rows)
        members = [(pid, 3) for pid in (5, 6, 7)] + [(pid, 2) for pid in range(5, 18)]
        members += [(pid, 1) for pid in [*range(5, 48), 1]]
        session.execute(insert(BodyMember), [{"person_id": p, "body_id": b, "title": ""} for p, b in members])
        session.execute(insert(Oversight), [{"deputy_id": 2 + i % 3, "unit_id": dept, "field": ""}
                                            for i, dept in enumerate(departments)]
                        + [{"deputy_id": d, "unit_id": None, "field": f"Lĩnh vực {d}"} for d in (2, 3, 4)])
        session.commit()


def bench_thousand_person_office() -> list[tuple[str, float]]:
    with tempfile.TemporaryDirectory(prefix="vanphong-bench-") as folder:
        database = open_app_database(str(Path(folder) / "big.sqlite3"))
        try:
            start = time.perf_counter()
            generate_office(database)
            generated = time.perf_counter() - start
            return [("generate 1,000-person office (Core bulk insert)", generated),
                    *_measure(database, "1,000-person office", Path(folder))]
        finally:
            database.dispose()


if __name__ == "__main__":
    for bench in (bench_demo_office, bench_thousand_person_office):
        for label, seconds in bench():
            print(f"{label:<60} {seconds * 1000:8.1f} ms")
