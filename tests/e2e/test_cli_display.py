"""`vanphong display`: bad options are one-line errors; --screenshot renders the screen."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.org import edit as org

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-display") / "office.sqlite3"
    database = open_app_database(str(path))
    with database.session() as session:
        org.save_office(session=session, actor=SYSTEM, name="Ủy ban nhân dân xã Hòa Bình", parent_body="",
                        place="Hòa Bình", kind="state")
        cal.create_event(session=session, actor=SYSTEM, data=EventInput(
            title="Tiếp công dân định kỳ", start=datetime(2026, 3, 4, 8)))
        cal.publish_week(session=session, actor=SYSTEM, monday=datetime(2026, 3, 2).date())
    database.dispose()
    return path


def run(db_path, *args):
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db_path), "display", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_renders_the_display_at_the_given_size(db_path, tmp_path):
    out = tmp_path / "display.png"
    result = run(db_path, "--week", "2026-W10", "--at", "2026-03-04T09:00", "--screenshot", str(out),
                 "--size", "1366x768")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


@pytest.mark.parametrize("args, words", [
    (["--screen", "7"], "Không có màn hình số 7"),
    (["--week", "2026-W60"], "không có tuần 60"),
    (["--page-seconds", "0.5"], "--page-seconds"),
    (["--screenshot", "x.png", "--size", "big"], "Cỡ không hợp lệ"),
])
def test_bad_display_options_are_one_line_errors(db_path, args, words):
    result = run(db_path, *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and words in result.stderr
