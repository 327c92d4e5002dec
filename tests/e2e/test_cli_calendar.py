"""The calendar's command line: print/export week, list events, import ics, publish week."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.org import edit as org

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "office.sqlite3"
    database = open_app_database(str(path))
    with database.session() as session:
        org.save_office(session=session, actor=SYSTEM, name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng",
                        place="Lâm Đồng")
        position = org.create_position(session=session, actor=SYSTEM, role="chief", title="Chánh Văn phòng")
        chief = org.create_person(session=session, actor=SYSTEM, data=org.PersonInput(
            full_name="Trần Văn Đức", position_id=position))
        cal.create_event(session=session, actor=SYSTEM, data=EventInput(
            title="Giao ban Văn phòng", start=datetime(2026, 3, 2, 8), chair_id=chief, location="Phòng họp số 1"))
    database.dispose()
    return path


def _titles(db_path):
    database = open_app_database(str(db_path))
    try:
        with database.session() as session:
            return [e.title for e in cal.all_events(session)]
    finally:
        database.dispose()


def run(db_path, *args):
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_print_week_writes_a_pdf_with_the_schedule(db_path, tmp_path):
    out = tmp_path / "week.pdf"
    result = run(db_path, "print", "week", "2026-W10", "-o", str(out), "--leader", "tran van duc")
    assert result.returncode == 0, result.stderr
    assert "1 mục" in result.stdout
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Giao ban Văn phòng" in text and "Lịch của Đ/c Trần Văn Đức" in text


def test_a_bad_week_string_is_a_one_line_error_with_exit_2(db_path, tmp_path):
    for week in ("2026-10", "2026-W54"):
        result = run(db_path, "print", "week", week, "-o", str(tmp_path / "x.pdf"))
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and "tuần" in result.stderr.lower()
    assert not (tmp_path / "x.pdf").exists()


def test_an_unknown_leader_is_a_one_line_error_with_exit_2(db_path, tmp_path):
    result = run(db_path, "export", "week", "2026-W10", "-o", str(tmp_path / "x.docx"), "--leader", "Không Ai")
    assert result.returncode == 2
    assert result.stderr.strip() == "vanphong: lỗi: Không tìm thấy lãnh đạo: Không Ai"


def test_an_empty_week_prints_an_empty_grid_and_says_so(db_path, tmp_path):
    out = tmp_path / "empty.pdf"
    result = run(db_path, "print", "week", "2026-W30", "-o", str(out))
    assert result.returncode == 0 and "chưa có lịch công tác" in result.stdout
    assert out.stat().st_size > 1000


def test_export_week_to_each_format_and_refuse_others(db_path, tmp_path):
    for suffix in ("docx", "xlsx", "ics"):
        out = tmp_path / f"week.{suffix}"
        result = run(db_path, "export", "week", "2026-W10", "-o", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    result = run(db_path, "export", "week", "2026-W10", "-o", str(tmp_path / "week.pdf"))
    assert result.returncode == 2 and ".docx" in result.stderr


def test_list_events_gives_tab_separated_rows_id_first(db_path):
    result = run(db_path, "list", "events", "--week", "2026-W10")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    fields = line.split("\t")
    assert fields[0].isdigit() and fields[1:5] == ["2026-03-02", "sáng", "8h00", "Giao ban Văn phòng"]


def test_import_ics_dry_run_writes_nothing_and_publish_week_numbers_versions(db_path, tmp_path):
    ics = tmp_path / "phone.ics"
    ics.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nBEGIN:VEVENT\nUID:a1\nSUMMARY:Họp chi bộ\n"
                   "DTSTART:20260303T080000\nDTEND:20260303T090000\nEND:VEVENT\nEND:VCALENDAR\n", encoding="utf-8")
    result = run(db_path, "import", "ics", str(ics), "--dry-run")
    assert result.returncode == 0 and "1/1" in result.stdout
    assert "Họp chi bộ" not in _titles(db_path)
    assert run(db_path, "import", "ics", str(ics)).returncode == 0
    assert "Họp chi bộ" in _titles(db_path)
    first = run(db_path, "publish", "week", "2026-W10")
    second = run(db_path, "publish", "week", "2026-W10")
    assert "bản số 1" in first.stdout and "bản số 2" in second.stdout
    missing = run(db_path, "import", "ics", str(tmp_path / "none.ics"))
    assert missing.returncode == 2 and "Không tìm thấy tệp" in missing.stderr
