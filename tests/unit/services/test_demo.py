import pytest

from app.demo.office import load_demo
from app.errors import Conflict
from app.services.org import edit as org
from tests.conftest import DEMO_TODAY


def test_the_demo_office_has_a_chief_three_deputies_and_their_oversight(demo_db):
    with demo_db.session() as s:
        snap = org.load_org(s)
    assert len(snap.with_role("chief")) == 1
    deputies = snap.with_role("deputy_chief")
    assert len(deputies) == 3
    assert sum(p.is_standing_deputy for p in deputies) == 1
    assert all(snap.overseen_by(d.id) for d in deputies)


def test_the_demo_office_has_the_departments_and_30_to_60_staff(demo_db):
    with demo_db.session() as s:
        snap = org.load_org(s)
    names = {u.name for u in snap.units.values()}
    assert {"Phòng Tổng hợp", "Phòng Hành chính", "Phòng Tài chính – Quản trị"} <= names
    office_staff = [p for p in snap.people.values() if snap.units[p.unit_id].kind == "department"]
    assert 30 <= len(office_staff) <= 60


def test_the_demo_leadership_bodies_nest_thuong_truc_in_btv_in_bch(demo_db):
    with demo_db.session() as s:
        snap = org.load_org(s)
    by_code = {u.code: u.id for u in snap.units.values()}
    tt, btv, bch = (set(snap.members[by_code[c]]) for c in ("thuong_truc", "btv", "bch"))
    assert len(tt) == 3 and tt < btv < bch


def test_someone_is_away_today_with_an_acting_person(demo_db):
    with demo_db.session() as s:
        away = org.away_on(s, DEMO_TODAY)
        assert away
        principal = next(iter(away))
        assert org.who_acts_for(s, principal, DEMO_TODAY) is not None


def test_the_demo_refuses_a_database_that_already_has_data_unless_forced(demo_db, admin):
    with demo_db.session() as s:
        with pytest.raises(Conflict):
            load_demo(session=s, actor=admin, today=DEMO_TODAY)
        load_demo(session=s, actor=admin, force=True, today=DEMO_TODAY)
        assert len(org.load_org(s).with_role("chief")) == 1


def test_away_today_counts_leave_and_trips_without_importing_their_panes(demo_db):
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; from datetime import date; from app.services.admin.database import open_app_database; "
            "from app.services.org import read as org_read; db = open_app_database(sys.argv[1]); "
            "s = db.session(); print(sorted({a.source for a in org_read.absences_between(s, date(2026, 1, 1), "
            "date(2026, 12, 31))}))")
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code, str(demo_db.path)], cwd=root, capture_output=True,
                         text=True, check=True)
    sources = out.stdout.strip()
    assert "leave" in sources and "delegation" in sources and "trip" in sources


def test_loading_the_demo_does_not_read_back_by_id_the_people_and_units_it_has_just_written(demo_db, admin):
    from sqlalchemy import event

    by_id = []

    def count(_conn, _cursor, statement, _params, _context, _many):  # noqa: ANN001
        if statement.startswith("SELECT") and ("WHERE person.id = ?" in statement or "WHERE unit.id = ?" in statement):
            by_id.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", count)
    try:
        with demo_db.session() as s:
            load_demo(session=s, actor=admin, force=True, today=DEMO_TODAY)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", count)
    assert by_id == []
