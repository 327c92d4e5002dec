"""`vanphong my-work --user NAME`: the "Việc của tôi" list on the command line."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(db, *args: str) -> subprocess.CompletedProcess:  # noqa: ANN001
    db.dispose()  # the copy is read by another process
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db.path), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_the_clerk_sees_her_tasks_grouped_with_the_overdue_marked(demo_db):
    result = run(demo_db, "my-work", "--user", "vanthu", "--date", "2026-03-02")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Việc của tôi — ") and "(vanthu), Thứ Hai 02/03/2026: " in lines[0]
    assert "Đơn xin nghỉ giấy cần thu (5)" in lines
    assert any(line.startswith("  ! 27/02/2026  Cần thu đơn xin nghỉ giấy — ") for line in lines)
    assert "Đơn nghỉ chờ tôi duyệt" not in result.stdout  # a clerk decides no leave


def test_a_leader_sees_the_approvals_waiting_and_the_week_to_publish(demo_db):
    result = run(demo_db, "my-work", "--user", "chanhvp", "--date", "2026-03-02")
    assert result.returncode == 0, result.stderr
    assert "Đơn nghỉ chờ tôi duyệt (3)" in result.stdout
    assert "Lịch công tác tuần 2026-W10" in result.stdout


def test_nothing_to_do_is_said_in_one_line(demo_db):
    result = run(demo_db, "my-work", "--user", "chuyenvien", "--date", "2026-07-01")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["Không có việc nào cần làm."]


def test_an_unknown_account_or_a_bad_date_is_one_line_and_exit_2(demo_db):
    for args in (("--user", "khongco"), ("--user", "vanthu", "--date", "0000-01-01"), ()):
        result = run(demo_db, "my-work", *args)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
