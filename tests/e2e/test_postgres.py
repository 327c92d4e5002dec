"""The PostgreSQL mode (DESIGN.md: any SQLAlchemy URL; DOMAIN.md: offices with several PCs).

Opt-in, because it needs a PostgreSQL server installed (Debian: `apt-get install postgresql`) and
the `postgres` extra (psycopg): `make test-postgres`. A throwaway cluster is created in a temp
folder on a free port for this module and stopped at its end; each test gets its own database.
Deselected from `make test` by the "postgres" marker (see pyproject's addopts).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from db.models.base import today_local

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
CLUSTER_USER = "postgres"  # the superuser role created by initdb


def _bindir() -> Path:
    """Where initdb and pg_ctl live: $VANPHONG_PG_BINDIR, PATH, or Debian's versioned folder."""
    given = os.environ.get("VANPHONG_PG_BINDIR")
    if given:
        return Path(given)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not versions:
        pytest.fail("PostgreSQL server not found (apt-get install postgresql, or set VANPHONG_PG_BINDIR)")
    return Path(versions[-1]).parent


def _run_as() -> list[str]:
    """initdb refuses to run as root: run the server as an unprivileged system user then."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    pytest.fail("running as root and no unprivileged user (postgres, nobody) to run PostgreSQL")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Cluster:
    port: int

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://{CLUSTER_USER}@127.0.0.1:{self.port}/{name}"

    def create_database(self, name: str) -> str:
        """A new, empty database; returns its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=CLUSTER_USER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """A throwaway PostgreSQL cluster in a temp folder; always stopped and removed at the end."""
    bindir, prefix = _bindir(), _run_as()
    data = Path(tempfile.mkdtemp(prefix="vanphong-pg-"))
    if prefix:
        user = pwd.getpwnam(prefix[2])
        os.chown(data, user.pw_uid, user.pw_gid)
    port = _free_port()
    log = data / "server.log"
    started = False
    try:
        subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data / "db"), "-U", CLUSTER_USER,
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
                       check=True, capture_output=True, timeout=120)
        start = subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data / "db"), "-l", str(log), "-w", "-t", "60",
             "-o", f"-c listen_addresses=127.0.0.1 -p {port} -k {data}", "start"],
            capture_output=True, text=True, timeout=120)
        started = True  # pg_ctl may fail after the postmaster started: stop it in any case
        assert start.returncode == 0, start.stderr + (log.read_text() if log.exists() else "")
        yield Cluster(port)
    finally:
        if started:
            subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "immediate", "-w",
                            "stop"], capture_output=True, timeout=120)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def url(cluster: Cluster, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database of its own for each test."""
    return cluster.create_database(request.node.name.lower()[:60].replace("[", "_").replace("]", ""))


def vanphong(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("VANPHONG_DB", None)
    return subprocess.run([sys.executable, "-m", "app", "--db", url, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=180, env=env)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return unicodedata.normalize("NFC", "".join(p.extract_text() for p in PdfReader(str(path)).pages))


# -- the schema ---------------------------------------------------------------------------

def test_the_migrations_bring_an_empty_database_to_head_matching_the_models(url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    import db.models  # noqa: F401  (registers every table)
    from app.services.admin import database as admin
    from db import migrate

    database = admin.open_app_database(url)
    try:
        assert not database.is_sqlite and database.path is None
        assert migrate.current_revision(database) == migrate.head_revision(database)
        with database.engine.connect() as conn:
            drift = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                     SQLModel.metadata)
        assert drift == []
        report = admin.check(database)
        assert report.ok and report.integrity == "ok" and report.people == 0
    finally:
        database.dispose()
    again = admin.open_app_database(url)  # opening a database at head changes nothing
    try:
        assert migrate.current_revision(again) == migrate.head_revision(again)
    finally:
        again.dispose()


def test_the_database_refuses_a_unit_moved_under_its_own_descendant(url):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from app.errors import Conflict
    from app.services.admin.audit import write
    from app.services.admin.auth import SYSTEM
    from app.services.admin.database import open_app_database
    from app.services.org import edit as org

    database = open_app_database(url)
    try:
        with database.session() as session:
            office = org.create_unit(session=session, actor=SYSTEM, name="Văn phòng", parent_id=None, code="vp")
            dept = org.create_unit(session=session, actor=SYSTEM, name="Phòng Tổng hợp", parent_id=office,
                                   code="th")
            team = org.create_unit(session=session, actor=SYSTEM, name="Tổ Thư ký", parent_id=dept, code="tk")
            with pytest.raises(Conflict):  # the service says so first …
                org.move_unit(session=session, actor=SYSTEM, unit_id=office, parent_id=team)
            # … a move the service did not see coming (another PC) is a Conflict with the same words …
            with pytest.raises(Conflict, match="không thể nằm dưới chính nó"), \
                    write(session, SYSTEM, "unit.move", "unit", "Văn phòng"):
                session.execute(text("UPDATE unit SET parent_id = :p WHERE id = :u"), {"p": team, "u": office})
        with database.engine.connect() as conn:  # … and the database holds even without the service
            for parent, refusal in ((team, "own ancestor"), (dept, "own ancestor"), (office, "not_own_parent")):
                with pytest.raises(IntegrityError, match=refusal):  # the trigger; itself: the check constraint
                    conn.execute(text("UPDATE unit SET parent_id = :p WHERE id = :u"), {"p": parent, "u": office})
                conn.rollback()
            conn.execute(text("UPDATE unit SET parent_id = NULL WHERE id = :u"), {"u": team})  # a legal move
            conn.commit()
            assert conn.execute(text("SELECT parent_id FROM unit WHERE id = :u"), {"u": team}).scalar_one() is None
    finally:
        database.dispose()


def test_a_server_that_does_not_answer_is_one_line_without_the_password():
    port = _free_port()  # nothing listens there
    result = vanphong(f"postgresql+psycopg://{CLUSTER_USER}:bi-mat@127.0.0.1:{port}/vanphong", "check")
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "bi-mat" not in result.stderr, result.stderr
    assert f"{CLUSTER_USER}:***@127.0.0.1:{port}/vanphong" in result.stderr


# -- the command line on the demo office -----------------------------------------------------

@pytest.fixture(scope="module")
def demo_url(cluster: Cluster) -> str:
    url = cluster.create_database("demo")
    result = vanphong(url, "demo")
    assert result.returncode == 0, result.stderr
    return url


def test_check_reports_the_demo_office_in_good_health_without_the_password(demo_url):
    with_password = demo_url.replace(f"{CLUSTER_USER}@", f"{CLUSTER_USER}:bi-mat@")  # trust auth ignores it
    result = vanphong(with_password, "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "bi-mat" not in result.stdout and f"{CLUSTER_USER}:***@" in result.stdout
    assert "Toàn vẹn: ok" in result.stdout and "Kết quả: tốt" in result.stdout
    assert "Số cán bộ: 82" in result.stdout


def test_list_people_prints_the_office_id_first(demo_url):
    result = vanphong(demo_url, "list", "people")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) == 82 and all(row[0].isdigit() for row in rows)
    assert any(row[2] == "Chánh Văn phòng" for row in rows)


def test_print_week_writes_the_schedule_of_this_week(demo_url, tmp_path):
    year, week, _ = today_local().isocalendar()  # the CLI's demo is built around today
    out = tmp_path / "week.pdf"
    result = vanphong(demo_url, "print", "week", f"{year}-W{week:02d}", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "LỊCH CÔNG TÁC" in _pdf_text(out).upper()


def test_print_attendance_of_a_meeting(demo_url, tmp_path):
    meetings = vanphong(demo_url, "list", "meetings")
    assert meetings.returncode == 0, meetings.stderr
    meeting_id = meetings.stdout.splitlines()[0].split("\t")[0]
    out = tmp_path / "attendance.pdf"
    result = vanphong(demo_url, "print", "attendance", meeting_id, "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in _pdf_text(out)


def test_export_balances_writes_a_workbook(demo_url, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "balances.xlsx"
    result = vanphong(demo_url, "export", "balances", str(today_local().year), "-o", str(out))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(out).active
    assert sheet.max_row > 20


def test_backup_points_to_pg_dump(demo_url, tmp_path):
    result = vanphong(demo_url, "backup", "-o", str(tmp_path / "x.sqlite3"))
    assert result.returncode != 0 and "pg_dump" in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_person_added_after_the_demo_gets_a_new_id(demo_url):
    """The demo's rows leave the id sequences where new rows can follow them."""
    from app.services.admin.auth import SYSTEM
    from app.services.admin.database import open_app_database
    from app.services.org import edit as org
    from app.services.org.edit import PersonInput

    database = open_app_database(demo_url)
    try:
        with database.session() as session:
            person_id = org.create_person(session=session, actor=SYSTEM,
                                          data=PersonInput(full_name="Nguyễn Văn Mới"))
            assert org.get_person(session, person_id).full_name == "Nguyễn Văn Mới"
    finally:
        database.dispose()
    assert "Số cán bộ: 83" in vanphong(demo_url, "check").stdout


# -- service round-trips ----------------------------------------------------------------------

@pytest.fixture
def office(url):
    from app.services.admin.database import open_app_database
    from tests.unit.services.leave_office import small_office

    database = open_app_database(url)
    try:
        with database.session() as session:
            yield session, small_office(session)
    finally:
        database.dispose()


def test_a_person_is_created_found_and_updated(office):
    from app.services.admin.auth import SYSTEM
    from app.services.org import edit as org
    from app.services.org.edit import PersonInput

    session, o = office
    person_id = org.create_person(session=session, actor=SYSTEM, data=PersonInput(
        full_name="Trần Thị Ngọc Ánh", unit_id=o.units["tong_hop"], birth_date=date(1990, 5, 17),
        service_start=date(2015, 8, 1), email="anh@vp.vn"))
    person = org.get_person(session, person_id)
    assert (person.full_name, person.unit_id, person.birth_date) == ("Trần Thị Ngọc Ánh", o.units["tong_hop"],
                                                                     date(1990, 5, 17))
    org.update_person(session=session, actor=SYSTEM, person_id=person_id, data=PersonInput(
        full_name="Trần Thị Ngọc Ánh", unit_id=o.units["hanh_chinh"], phone="0912 345 678"))
    assert org.get_person(session, person_id).unit_id == o.units["hanh_chinh"]


def test_a_leave_request_is_approved_through_the_chain_and_shows_as_an_absence(office):
    from app.services.leave import requests as leave
    from app.services.leave.read import get_request
    from app.services.org import edit as org

    session, o = office
    monday = date(2026, 3, 9)
    request_id = leave.file_request(session=session, actor=o.staff("spec1"), today=date(2026, 3, 2),
                                    draft=leave.LeaveDraft(o.people["spec1"], o.types["annual"], monday, monday,
                                                           "morning", "afternoon", "Việc gia đình",
                                                           o.people["spec2"], "0912 000 000"))
    assert [s.approver_id for s in get_request(session, request_id).steps] == [o.people["deputy1"],
                                                                                o.people["chief"]]
    leave.decide(session=session, actor=o.leader("deputy1"), request_id=request_id, approve=True,
                 today=date(2026, 3, 2))
    leave.decide(session=session, actor=o.leader("chief"), request_id=request_id, approve=True, comment="Đồng ý",
                 today=date(2026, 3, 3))
    request = get_request(session, request_id)
    assert request.status == "approved"
    assert [s.decision for s in request.steps] == ["approved", "approved"]
    assert o.people["spec1"] in org.away_on(session, monday)


def test_a_meeting_is_created_with_its_calendar_entry_and_moved_with_it(office):
    from app.services.admin.auth import SYSTEM
    from app.services.calendar import events as cal
    from app.services.meetings import preparation as meetings
    from app.services.meetings.preparation import MeetingInput

    session, o = office
    start, end = datetime(2026, 3, 10, 8), datetime(2026, 3, 10, 11, 30)
    meeting_id = meetings.create_meeting(session=session, actor=SYSTEM, data=MeetingInput(
        "office_briefing", "Giao ban Văn phòng", start, end, "Phòng họp số 1", o.people["chief"]))
    meeting = meetings.get_meeting(session=session, meeting_id=meeting_id)
    event = cal.get_event(session, meeting.event_id)
    assert (event.title, event.start, event.end, event.chair_id) == ("Giao ban Văn phòng", start, end,
                                                                     o.people["chief"])
    meetings.move_meeting(session=session, actor=SYSTEM, meeting_id=meeting_id,
                          start=datetime(2026, 3, 11, 14), end=datetime(2026, 3, 11, 16))
    event = cal.get_event(session, meeting.event_id)
    assert (event.start, event.end) == (datetime(2026, 3, 11, 14), datetime(2026, 3, 11, 16))
    meetings.delete_meeting(session=session, actor=SYSTEM, meeting_id=meeting_id)
    assert meetings.list_meetings(session=session) == []


# -- the lobby display: another PC publishes, the screen's poll sees it ---------------------

def test_a_screen_on_another_pc_sees_a_new_published_version(url):
    from app.services.admin.auth import SYSTEM
    from app.services.admin.database import open_app_database
    from app.services.calendar import events as cal
    from app.services.calendar.display import display_week, published_version
    from app.services.calendar.events import EventInput

    monday = date(2026, 3, 2)
    clerk_pc, screen_pc = open_app_database(url), open_app_database(url)
    try:
        with screen_pc.session() as screen:
            assert published_version(screen, monday) == 0
            assert display_week(screen, monday).state == "unpublished"
        with clerk_pc.session() as clerk:
            cal.create_event(session=clerk, actor=SYSTEM, data=EventInput(
                title="Họp Ban Thường vụ Tỉnh ủy", start=datetime(2026, 3, 3, 8)))
            cal.publish_week(session=clerk, actor=SYSTEM, monday=monday)
        with screen_pc.session() as screen:
            assert published_version(screen, monday) == 1
            week = display_week(screen, monday)
        assert week.state == "published" and [r.content for r in week.rows if not r.empty] == [
            "Họp Ban Thường vụ Tỉnh ủy"]
    finally:
        clerk_pc.dispose()
        screen_pc.dispose()
