"""The leave commands of the CLI, run as a user would: `vanphong list leave`, `print leave-form`,
`print roster`, `print absences`, `export balances`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli-leave") / "office.sqlite3"
    result = run(db, "demo")
    assert result.returncode == 0, result.stderr
    return db


def test_list_leave_prints_one_tab_separated_row_per_request(demo):
    result = run(demo, "list", "leave", "--codes")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) > 50
    assert all(len(r) == 11 and r[0].isdigit() for r in rows)
    statuses = {r[8] for r in rows}
    assert {"approved", "submitted", "rejected", "cancelled"} <= statuses
    assert any(r[10] == "chờ đơn" for r in rows)  # the emergency whose application is due


def test_list_leave_prints_vietnamese_labels_unless_codes_are_asked(demo):
    labels = [line.split("\t") for line in run(demo, "list", "leave").stdout.splitlines()]
    codes = [line.split("\t") for line in run(demo, "list", "leave", "--codes").stdout.splitlines()]
    annual = next(i for i, row in enumerate(codes) if row[2] == "annual")
    assert labels[annual][2] == "Nghỉ phép năm" and labels[annual][0] == codes[annual][0]
    assert {r[4] for r in labels} <= {"sáng", "chiều"} and {r[4] for r in codes} <= {"morning", "afternoon"}
    assert "Đã duyệt" in {r[8] for r in labels}


def test_print_leave_form_writes_a_pdf_of_the_request(demo, tmp_path):
    first = run(demo, "list", "leave").stdout.splitlines()[0].split("\t")
    out = tmp_path / "don.pdf"
    result = run(demo, "print", "leave-form", first[0], "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "ĐƠN XIN NGHỈ PHÉP" in text and first[1] in text


def test_print_roster_and_the_monthly_report(demo, tmp_path):
    rosters = run(demo, "list", "rosters").stdout.splitlines()
    roster_id = rosters[0].split("\t")[0]
    result = run(demo, "print", "roster", roster_id, "-o", str(tmp_path / "truc.pdf"))
    assert result.returncode == 0, result.stderr
    assert "LỊCH TRỰC" in PdfReader(tmp_path / "truc.pdf").pages[0].extract_text()
    result = run(demo, "print", "absences", "2026-03", "--unit", "hanh_chinh", "-o", str(tmp_path / "vang.pdf"))
    assert result.returncode == 0, result.stderr
    assert "Phòng Hành chính" in PdfReader(tmp_path / "vang.pdf").pages[0].extract_text()


def test_export_balances_writes_a_workbook(demo, tmp_path):
    out = tmp_path / "phep.xlsx"
    result = run(demo, "export", "balances", "2026", "-o", str(out))
    assert result.returncode == 0, result.stderr
    sheet = load_workbook(out).active
    assert sheet["A2"].value == "SỐ NGÀY NGHỈ PHÉP NĂM 2026"
    assert sheet.max_row > 30


@pytest.mark.parametrize("args, message", [
    (("print", "leave-form", "99999", "-o", "x.pdf"), "Không tìm thấy đơn xin nghỉ số 99999"),
    (("print", "absences", "2026-13", "-o", "x.pdf"), "Tháng không hợp lệ"),
    (("export", "balances", "2026", "-o", "x.csv"), "đuôi .xlsx"),
    (("print", "absences", "2026-03", "--unit", "khong_co", "-o", "x.pdf"), "Không có đơn vị"),
])
def test_bad_input_is_one_line_on_stderr_and_exit_2(demo, tmp_path, args, message):
    args = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in args)
    result = run(demo, *args)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
