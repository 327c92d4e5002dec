"""The command line on an office whose meetings are in the calendar: each demo meeting is one
entry of the week, and its printouts still work."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.meeting_office import demo_office_copy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def office_db(tmp_path_factory):
    target = tmp_path_factory.mktemp("cli-link") / "office.sqlite3"
    database, _ctx = demo_office_copy(tmp_path_factory, target)
    database.dispose()
    return target


def vanphong(db, *args):
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_the_btv_meeting_of_the_week_is_one_entry_of_the_schedule_and_prints(office_db, tmp_path):
    meetings = vanphong(office_db, "list", "meetings", "--week", "2026-W10", "--codes")
    btv = next(row for row in meetings if row[3] == "standing_committee")
    events = vanphong(office_db, "list", "events", "--week", "2026-W10")
    conferences = [row for row in events if row[1] == btv[1][:10] and "Ban Thường vụ" in row[4]]
    assert len(conferences) == 1 and conferences[0][3] == btv[1][11:].replace(":", "h").lstrip("0")
    out = tmp_path / "checklist.pdf"
    vanphong(office_db, "print", "checklist", btv[0], "-o", str(out))
    assert out.stat().st_size > 1000
