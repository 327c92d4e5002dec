import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.meeting_office import demo_office_copy

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def office_db(tmp_path_factory):
    target = tmp_path_factory.mktemp("cli") / "office.sqlite3"
    database, _ctx = demo_office_copy(tmp_path_factory, target)
    database.dispose()
    return target


def vanphong(db, *args):
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def _meetings(db):
    result = vanphong(db, "list", "meetings", "--codes")
    assert result.returncode == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_list_meetings_prints_tab_separated_rows_id_first(office_db):
    rows = _meetings(office_db)
    assert len(rows) == 5
    assert all(row[0].isdigit() for row in rows)
    kinds = {row[3] for row in rows}
    assert {"standing_committee", "executive_committee", "reception"} <= kinds
    week = vanphong(office_db, "list", "meetings", "--week", "2026-W10")
    assert week.returncode == 0 and len(week.stdout.splitlines()) >= 1
    labels = {line.split("\t")[3] for line in vanphong(office_db, "list", "meetings").stdout.splitlines()}
    assert "Hội nghị Ban Thường vụ" in labels and "standing_committee" not in labels


@pytest.mark.parametrize("printout", ["attendance", "nameplates", "checklist", "tally"])
def test_each_printout_is_written_as_a_pdf(office_db, tmp_path, printout):
    btv = next(row for row in _meetings(office_db) if row[1].startswith("2026-03-02"))
    target = tmp_path / f"{printout}.pdf"
    result = vanphong(office_db, "print", printout, btv[0], "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = unicodedata.normalize("NFC", "".join(p.extract_text() for p in PdfReader(str(target)).pages))
    assert text.strip()
    if printout != "nameplates":
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text


def test_an_unknown_meeting_id_is_one_line_and_exit_2(office_db, tmp_path):
    result = vanphong(office_db, "print", "attendance", "9999", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "9999" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("args", [
    ["print", "attendance", "abc", "-o", "x.pdf"],  # not an id
    ["print", "attendance", "-3", "-o", "x.pdf"],
    ["print", "attendence", "1", "-o", "x.pdf"],  # wrong kind of printout
    ["print", "attendance", "1", "-o", "x.docx"],  # wrong output type
    ["print", "attendance", "1"],  # no output
    ["list", "meetings", "--week", "2026-10"],
])
def test_bad_input_is_one_line_and_exit_2(office_db, tmp_path, args):
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    result = vanphong(office_db, *args)
    assert result.returncode == 2, result.stdout
    assert result.stderr.strip() and result.stderr.count("\n") == 1, result.stderr
