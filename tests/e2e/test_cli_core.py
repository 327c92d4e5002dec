"""Every core subcommand run as a user runs it (`python -m app …` in a subprocess), with
good and bad input. Bad input: exactly one line on stderr, exit 2, no traceback, and the
database exactly as it was.

The runs are independent (each on its own copy of one demo office), so they start
together on a thread pool: the interpreter start-up, not the work, dominates.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKERS = max(2, os.cpu_count() or 2)


@dataclass
class Run:
    code: int
    out: str
    err: str


def vanphong(db: Path | str | None, *args: str, stdin: str | None = None, cwd: Path = ROOT) -> Run:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("VANPHONG_DB", None)
    command = [sys.executable, "-m", "app", *(["--db", str(db)] if db else []), *args]
    done = subprocess.run(command, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=120)
    return Run(done.returncode, done.stdout, done.stderr)


def dump(db: Path) -> list[str]:
    """The database's whole content as SQL (the file's bytes may move with WAL)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "office.sqlite3"
    run = vanphong(path, "demo")
    assert run.code == 0 and "Đã nạp văn phòng mẫu:" in run.out, run.err
    return path


def copy_of(demo: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "office.sqlite3"
    source = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        source.close()
        dest.close()
    return target


# -- bad input --------------------------------------------------------------------

BAD = {  # name -> (arguments; "{dir}" is the case's folder, stdin, what stderr says)
    "workdays add with a bad date": (["workdays", "add", "2026-13-45", "3"], None, "Ngày không hợp lệ"),
    "workdays add with a non-number": (["workdays", "add", "2026-03-02", "ba"], None, "không phải số nguyên"),
    "restore a missing file": (["restore", "{dir}/khong-co.sqlite3"], None, "Không tìm thấy tệp sao lưu"),
    "restore a file that is not a database": (["restore", "{dir}/ghi-chu.txt"], None, "không phải là tệp cơ sở dữ liệu"),
    "restore a database that is not VanPhong's": (["restore", "{dir}/khac.sqlite3"], None,
                                                  "không phải là tệp dữ liệu của VanPhong"),
    "backup into a missing folder": (["backup", "-o", "{dir}/khong-co/x.sqlite3"], None, "Thư mục không tồn tại"),
    "list nothing": (["list", "nothing"], None, "Không liệt kê được 'nothing'"),
    "screenshot of no pane": (["screenshot", "nopane", "-o", "{dir}/x.png"], None, "Không có màn hình 'nopane'"),
    "screenshot of a tab that does not exist": (["screenshot", "orgchart", "--tab", "nope", "-o", "{dir}/x.png"],
                                                None, "không có thẻ 'nope'"),
    "screenshot of a bad size": (["screenshot", "orgchart", "--size", "10x10", "-o", "{dir}/x.png"], None,
                                 "Kích thước phải"),
    "screenshot to a non-png file": (["screenshot", "orgchart", "-o", "{dir}/x.jpg"], None, "đuôi .png"),
    "demo on an office that has data": (["demo"], None, "dùng --force"),
    "user without a password": (["user", "bob", "--role", "clerk"], None, "--password-stdin"),
    "user with a short password": (["user", "bob", "--password-stdin"], "abc\n", "ít nhất 6 ký tự"),
    "user that already exists": (["user", "vanthu", "--password-stdin"], "matkhau123\n", "đã tồn tại"),
    "an unknown subcommand": (["frobnicate"], None, "invalid choice"),
}


@pytest.fixture(scope="module")
def bad_runs(demo, tmp_path_factory) -> dict[str, tuple[Run, list[str], list[str]]]:
    """Each bad case on its own copy of the demo: (run, content before, content after)."""
    root = tmp_path_factory.mktemp("bad")
    jobs = {}
    for index, (name, (args, stdin, _message)) in enumerate(BAD.items()):
        folder = root / f"case{index}"
        db = copy_of(demo, folder)
        (folder / "ghi-chu.txt").write_text("không phải cơ sở dữ liệu", encoding="utf-8")
        other = sqlite3.connect(folder / "khac.sqlite3")
        other.execute("CREATE TABLE note (text TEXT)")
        other.commit()
        other.close()
        jobs[name] = (db, [a.replace("{dir}", str(folder)) for a in args], stdin, dump(db))
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = {name: pool.submit(vanphong, db, *args, stdin=stdin) for name, (db, args, stdin, _) in jobs.items()}
        return {name: (futures[name].result(), jobs[name][3], dump(jobs[name][0])) for name in jobs}


def assert_one_line_error(run: Run, message: str) -> None:
    assert run.code == 2, (run.out, run.err)
    assert "Traceback" not in run.err
    lines = run.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("vanphong"), run.err
    assert message in lines[0]


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_prints_one_line_exits_2_and_changes_nothing(bad_runs, name):
    run, before, after = bad_runs[name]
    assert_one_line_error(run, BAD[name][2])
    assert after == before


def test_an_unwritable_database_path_is_one_line_and_creates_nothing():
    run = vanphong("/proc/x/y.sqlite3", "check")
    assert_one_line_error(run, "/proc/x")
    assert not Path("/proc/x").exists()


# -- good input -------------------------------------------------------------------

def test_help_and_version_need_no_database(tmp_path):
    run = vanphong(None, "--help", cwd=tmp_path)
    assert run.code == 0 and "screenshot" in run.out and "workdays" in run.out and run.err == ""
    run = vanphong(None, "--version")
    assert run.code == 0 and run.out.startswith("VanPhong ")


def test_demo_force_reloads_and_check_reports_a_sound_database(demo, tmp_path):
    db = copy_of(demo, tmp_path)
    with ThreadPoolExecutor(WORKERS) as pool:
        force = pool.submit(vanphong, db, "demo", "--force").result()
        check = pool.submit(vanphong, db, "check").result()
    assert force.code == 0 and "Đã nạp văn phòng mẫu" in force.out, force.err
    assert check.code == 0 and "Kết quả: tốt" in check.out and "Số cán bộ: 82" in check.out


def test_backup_then_restore_brings_the_data_back(demo, tmp_path):
    db = copy_of(demo, tmp_path / "live")
    original = dump(db)
    backup = tmp_path / "sao-luu.sqlite3"
    run = vanphong(db, "backup", "-o", str(backup))
    assert run.code == 0 and backup.is_file(), run.err
    run = vanphong(db, "demo", "--force")  # change something
    assert run.code == 0
    run = vanphong(db, "restore", str(backup))
    assert run.code == 0 and "Đã khôi phục" in run.out, run.err
    assert dump(db) == original


def test_workdays_list_and_user(demo, tmp_path):
    db = copy_of(demo, tmp_path)
    with ThreadPoolExecutor(WORKERS) as pool:
        workdays = pool.submit(vanphong, db, "workdays", "add", "2026-04-24", "1")  # Hùng Kings (observed) 27/4
        back = pool.submit(vanphong, db, "workdays", "add", "2026-05-04", "-1")  # 30/4 and 1/5 are holidays
        people = pool.submit(vanphong, db, "list", "people")
        units = pool.submit(vanphong, db, "list", "units")
    assert (workdays.result().code, workdays.result().out) == (0, "2026-04-28\n")
    assert back.result().out == "2026-04-29\n"
    rows = [line.split("\t") for line in people.result().out.splitlines()]
    assert len(rows) == 82 and all(row[0].isdigit() for row in rows)
    assert any(row[2] == "Chánh Văn phòng" for row in rows)
    assert "Phòng Tổng hợp" in units.result().out
    run = vanphong(db, "user", "bichngoc", "--role", "clerk", "--password-stdin", stdin="matkhau123\n")
    assert run.code == 0 and "Đã tạo tài khoản bichngoc" in run.out, run.err


def test_screenshots_of_the_org_chart_tree_and_chart(demo, tmp_path):
    db = copy_of(demo, tmp_path)
    tree, chart = tmp_path / "tree.png", tmp_path / "chart.png"
    with ThreadPoolExecutor(WORKERS) as pool:
        runs = [pool.submit(vanphong, db, "screenshot", "orgchart", "-o", str(tree), "--size", "900x600"),
                pool.submit(vanphong, db, "screenshot", "orgchart", "--tab", "chart", "-o", str(chart))]
        results = [r.result() for r in runs]
    assert all(r.code == 0 for r in results), [r.err for r in results]
    assert tree.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 10_000
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".png") == ["chart.png", "tree.png"]
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
