"""`vanphong import staff FILE.xlsx [--dry-run] [--skip-invalid]` run as a user runs it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

import pytest
from openpyxl import Workbook

from tests.e2e.test_cli_core import WORKERS, copy_of, dump, vanphong

GOOD = [["Hà Thị Mới", "Chuyên viên", "Phòng Tổng hợp", "0912345678", "ha@vptu.vn", datetime(2024, 2, 1)],
        ["Tạ Văn Mới", "Nhân viên", "phong hanh chinh", "", "", datetime(2025, 3, 15)]]
# LibreOffice with an English locale: 01/07/2012 typed became a real 7 January, 25/07/2012 stayed text
SWAPPED = [["NGUYỄN VĂN HAI MỚI", "Chuyên viên", "Phòng Tổng hợp", "", "Hai@VPTU.vn", datetime(2012, 1, 7)],
           ["Lê Thị Ba Mới", "Chuyên viên", "Phòng Tổng hợp", "", "", "25/07/2012"]]
BAD = [["Sai Chức Vụ", "Giám đốc", "Phòng Tổng hợp", "", "", ""]]


def sheet(path, rows):
    book = Workbook()
    book.active.append(["Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Email", "Ngày vào cơ quan"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "office.sqlite3"
    assert vanphong(path, "demo").code == 0
    return path


@pytest.fixture(scope="module")
def runs(demo, tmp_path_factory):
    root = tmp_path_factory.mktemp("import")
    good, mixed = sheet(root / "tot.xlsx", GOOD), sheet(root / "co-loi.xlsx", GOOD + BAD)
    swapped = sheet(root / "ngay-dao.xlsx", SWAPPED)
    cases = {
        "import": [good],
        "dry run": [good, "--dry-run"],
        "errors": [mixed],
        "dry run with errors": [mixed, "--dry-run"],
        "skip invalid": [mixed, "--skip-invalid"],
        "missing file": [str(root / "khong-co.xlsx")],
        "mixed dates": [swapped],
        "mixed dates dry run": [swapped, "--dry-run"],
        "mixed dates confirmed and swapped back": [swapped, "--confirm-dates", "--dates-swapped"],
    }
    jobs = {name: (copy_of(demo, root / f"case{i}"), args) for i, (name, args) in enumerate(cases.items())}
    before = {name: dump(db) for name, (db, _args) in jobs.items()}
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = {name: pool.submit(vanphong, db, "import", "staff", *args) for name, (db, args) in jobs.items()}
        return {name: (futures[name].result(), before[name], jobs[name][0]) for name in jobs}


def people(db) -> list[str]:
    return [line for line in vanphong(db, "list", "people").out.splitlines() if "Mới" in line]


def test_a_clean_sheet_is_imported(runs):
    run, _before, db = runs["import"]
    assert (run.code, run.out) == (0, "Đã nhập 2 cán bộ từ tot.xlsx.\n")
    assert [line.split("\t")[1:4] for line in people(db)] == [
        ["Hà Thị Mới", "Chuyên viên", "Phòng Tổng hợp"], ["Tạ Văn Mới", "Nhân viên", "Phòng Hành chính"]]


def test_a_dry_run_reports_and_writes_nothing(runs):
    run, before, db = runs["dry run"]
    assert run.code == 0 and "2 dòng hợp lệ, 0 dòng lỗi; chưa ghi gì" in run.out
    assert dump(db) == before


@pytest.mark.parametrize("name", ["errors", "dry run with errors"])
def test_rows_with_errors_are_listed_and_nothing_is_written(runs, name):
    run, before, db = runs[name]
    assert run.code == 2 and "Traceback" not in run.err and len(run.err.splitlines()) == 1
    assert "Dòng 4: Không có chức vụ “Giám đốc” trong danh mục" in run.out
    assert "1 dòng lỗi" in run.err
    assert dump(db) == before


def test_skip_invalid_imports_the_good_rows(runs):
    run, _before, db = runs["skip invalid"]
    assert run.code == 0 and "Đã nhập 2 cán bộ từ co-loi.xlsx; bỏ qua 1 dòng lỗi." in run.out
    assert len(people(db)) == 2


def test_a_missing_file_is_one_line(runs):
    run, before, db = runs["missing file"]
    assert run.code == 2 and run.err.startswith("vanphong: lỗi: Không tìm thấy tệp") and len(run.err.splitlines()) == 1
    assert dump(db) == before


def test_a_date_column_mixing_real_dates_and_text_waits_for_confirmation(runs):
    run, before, db = runs["mixed dates"]
    assert run.code == 2 and "--confirm-dates" in run.err and len(run.err.splitlines()) == 1
    assert "Cảnh báo: Cột “Ngày vào cơ quan” trộn 1 ô kiểu ngày với 1 ô kiểu chữ" in run.out
    assert "dòng 2 có thể đã bị đảo ngày và tháng" in run.out
    assert dump(db) == before
    dry, before, db = runs["mixed dates dry run"]
    assert dry.code == 0 and "1 cảnh báo về ngày tháng cần xác nhận" in dry.out and dump(db) == before
    assert "Dòng 2: tên viết hoa “NGUYỄN VĂN HAI MỚI” đổi thành “Nguyễn Văn Hai Mới”" in dry.out


def test_confirmed_dates_read_back_day_first_are_stored_as_typed(runs):
    run, _before, db = runs["mixed dates confirmed and swapped back"]
    assert run.code == 0 and "Đã nhập 2 cán bộ" in run.out
    rows = {line.split("\t")[1]: line for line in people(db)}
    assert set(rows) == {"Nguyễn Văn Hai Mới", "Lê Thị Ba Mới"}
