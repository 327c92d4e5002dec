"""`vanphong export week … -o week.html` and `--per-leader -o DIR`, end to end."""

import subprocess
import sys
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.org import edit as org

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-portal") / "office.sqlite3"
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


def run(db_path, *args):
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.parts.append(data)


def test_export_week_to_html_writes_the_portal_page(db_path, tmp_path):
    out = tmp_path / "week.html"
    result = run(db_path, "export", "week", "2026-W10", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "week.html" in result.stdout
    parser = _Text()
    parser.feed(out.read_text(encoding="utf-8"))
    text = " ".join(" ".join(parser.parts).split())
    assert "Giao ban Văn phòng" in text and "Phòng họp số 1" in text and "VĂN PHÒNG TỈNH ỦY" in text
    assert "script" not in parser.tags


def test_per_leader_writes_one_ics_per_leader_into_the_folder(db_path, tmp_path):
    result = run(db_path, "export", "week", "2026-W10", "--per-leader", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "tran-van-duc.ics").read_bytes().count(b"BEGIN:VEVENT") == 1
    assert "1 lãnh đạo" in result.stdout


def test_per_leader_into_a_missing_folder_is_a_one_line_error(db_path, tmp_path):
    result = run(db_path, "export", "week", "2026-W10", "--per-leader", "-o", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "thư mục" in result.stderr
    assert not (tmp_path / "nope").exists()


def test_an_html_export_into_a_missing_folder_writes_nothing(db_path, tmp_path):
    result = run(db_path, "export", "week", "2026-W10", "-o", str(tmp_path / "nope" / "week.html"))
    assert result.returncode == 2 and result.stderr.count("\n") == 1
