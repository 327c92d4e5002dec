"""`vanphong print invitation|minutes|conclusions|programme` and `vanphong register …` run as a
user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.meeting_office import demo_office_copy
from tests.paperwork_office import docx_text, pdf_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def office_db(tmp_path_factory):
    target = tmp_path_factory.mktemp("paperwork") / "office.sqlite3"
    database, _ctx = demo_office_copy(tmp_path_factory, target)
    with database.session() as session:
        from tests.paperwork_office import btv_meeting

        meeting_id = btv_meeting(session)
    database.dispose()
    return target, meeting_id


def vanphong(db, *args):
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_register_next_issue_reserve_void_list_and_export(office_db, tmp_path):
    db, meeting_id = office_db
    first = vanphong(db, "register", "next", "GM")
    assert first.returncode == 0 and first.stdout.strip() == "01-GM/VPTU"
    issued = vanphong(db, "print", "invitation", str(meeting_id), "-o", str(tmp_path / "gm.docx"), "--issue")
    assert issued.returncode == 0, issued.stderr
    assert "Số 01-GM/VPTU" in issued.stdout and "Số 01-GM/VPTU" in docx_text(tmp_path / "gm.docx")
    assert vanphong(db, "register", "next", "gm").stdout.strip() == "02-GM/VPTU"
    held = vanphong(db, "register", "reserve", "TB", "--count", "2", "--title", "Kết luận")
    assert held.returncode == 0 and [line.split("\t")[1] for line in held.stdout.splitlines()] == [
        "01-TB/VPTU", "02-TB/VPTU"]
    entry_id = held.stdout.splitlines()[0].split("\t")[0]
    assert vanphong(db, "register", "void", entry_id, "--reason", "Nhầm loại").returncode == 0
    rows = [line.split("\t") for line in vanphong(db, "register", "list", "--type", "TB").stdout.splitlines()]
    assert [(r[4], r[5]) for r in rows] == [("01-TB/VPTU", "void"), ("02-TB/VPTU", "reserved")]
    assert rows[0][-1] == "Nhầm loại"
    export = vanphong(db, "register", "export", "-o", str(tmp_path / "so.xlsx"), "--year", rows[0][1])
    assert export.returncode == 0, export.stderr
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "so.xlsx").active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in values and "01-GM/VPTU" in values and "Nhầm loại" in values


def test_a_draft_invitation_pdf_lists_the_invitees_in_one_letter(office_db, tmp_path):
    db, meeting_id = office_db
    result = vanphong(db, "print", "invitation", str(meeting_id), "-o", str(tmp_path / "gm.pdf"), "--list")
    assert result.returncode == 0, result.stderr
    text = pdf_text(tmp_path / "gm.pdf")
    assert text.count("GIẤY MỜI") == 1 and "các đồng chí" in text


@pytest.mark.parametrize("args", [
    ("register", "next", "XYZ"),
    ("register", "list", "--year", "hai nghìn"),
    ("register", "void", "0", "--reason", "x"),
    ("print", "invitation", "abc", "-o", "x.pdf"),
    ("print", "invitation", "9999", "-o", "x.pdf"),
    ("print", "invitation", "1", "-o", "x.txt"),
    ("print", "programme", "2026-13", "-o", "x.pdf"),
    ("print", "programme", "03/2026", "-o", "x.docx"),
    ("print", "minutes", "9999", "-o", "x.docx"),
])
def test_bad_input_is_one_line_and_exit_2(office_db, tmp_path, args):
    db, _meeting_id = office_db
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1
    assert not list(tmp_path.glob("x.*"))


def test_minutes_and_conclusions_are_written_and_issued_with_their_numbers(office_db, tmp_path):
    db, meeting_id = office_db
    result = vanphong(db, "print", "minutes", str(meeting_id), "-o", str(tmp_path / "bb.docx"))
    assert result.returncode == 0, result.stderr
    assert "BIÊN BẢN" in docx_text(tmp_path / "bb.docx")
    expected = "Số " + vanphong(db, "register", "next", "TB").stdout.strip()  # the module's DB is shared
    result = vanphong(db, "print", "conclusions", str(meeting_id), "-o", str(tmp_path / "tb.pdf"), "--issue")
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout and expected in pdf_text(tmp_path / "tb.pdf")


def test_the_monthly_programme_is_written_for_a_month(office_db, tmp_path):
    db, _meeting_id = office_db
    result = vanphong(db, "print", "programme", "2026-03", "-o", str(tmp_path / "ctr.pdf"))
    assert result.returncode == 0, result.stderr
    assert "công bố ngày 28/02/2026" in result.stdout
    assert "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 3 NĂM 2026" in pdf_text(tmp_path / "ctr.pdf")
