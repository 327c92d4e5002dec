"""Input rules of app/validation.py at the edges users reach: the command line's parsers, search,
exports, files written."""

from __future__ import annotations

import os
import time
from datetime import date

import pytest

from app.commands.base import parse_date, parse_month, parse_week, record_id
from app.errors import InvalidInput
from app.files import atomic_write
from app.services.admin.auth import SYSTEM
from app.services.org import edit as org
from app.services.org.edit import PersonInput


def test_full_width_digits_are_read_as_ascii_and_other_scripts_digits_are_refused():
    assert parse_week("２０２６-W１０") == parse_week("2026-W10") == date(2026, 3, 2)
    assert parse_date("１０/０３/２０２６") == date(2026, 3, 10)
    assert parse_month("２０２６-０３") == (2026, 3)
    assert record_id("１２") == 12
    for text in ("٢٠٢٦-W10", "२०२६-W10"):
        with pytest.raises(InvalidInput, match="Tuần không hợp lệ"):
            parse_week(text)


def test_dates_outside_1900_to_2100_are_refused_with_the_bounds():
    for text in ("1899-12-31", "2101-01-01", "0001-01-01", "9999-12-31"):
        with pytest.raises(InvalidInput, match=r"1900|2100|không hợp lệ"):
            parse_date(text)
    with pytest.raises(InvalidInput, match="1900–2100"):
        parse_week("2101-W01")
    with pytest.raises(InvalidInput, match="9223372036854775807"):
        record_id("9223372036854775808")


def test_percent_and_underscore_are_letters_in_search_and_a_long_query_is_cut(session):
    org.create_person(session=session, actor=SYSTEM, data=PersonInput(full_name="Nguyễn Văn An"))
    org.create_person(session=session, actor=SYSTEM, data=PersonInput(full_name="Lê Thị 100%_Bình"))
    assert [p.full_name for p in org.search_people(session, "%")] == ["Lê Thị 100%_Bình"]
    assert [p.full_name for p in org.search_people(session, "_")] == ["Lê Thị 100%_Bình"]
    assert org.search_people(session, "n" * 100_000) == []


def test_an_unwritable_output_names_the_users_path_not_a_temporary_file(tmp_path):
    folder = tmp_path / "khong-phai-thu-muc"
    folder.write_text("một tệp, không phải thư mục")  # (root writes any folder: a file stands in)
    with pytest.raises(InvalidInput) as caught:
        atomic_write(folder / "lich.pdf", lambda tmp: open(tmp, "wb").close())
    assert str(folder / "lich.pdf") in str(caught.value) and ".tmp" not in str(caught.value)


def test_a_temporary_file_a_killed_write_left_is_removed_by_the_next_write(tmp_path):
    stale = tmp_path / "lich.pdf.abc123.tmp"
    stale.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    atomic_write(tmp_path / "lich.pdf", lambda tmp: open(tmp, "wb").close())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lich.pdf"]


def test_names_in_the_leave_balances_workbook_cannot_run_as_formulas(tmp_path):
    from openpyxl import load_workbook

    from app.reports.leave_xlsx import export_balances
    from app.services.leave.balance import Balance

    row = Balance(1, "=HYPERLINK(\"http://x\")", "+cmd", "@SUM(A1)", None, 2026, 12, 0, 0, 0, 0)
    path = export_balances([row], 2026, tmp_path / "phep.xlsx", "-Văn phòng")
    sheet = load_workbook(path).active
    assert [sheet.cell(5, c).value for c in (2, 3, 4)] == ["'=HYPERLINK(\"http://x\")", "'+cmd", "'@SUM(A1)"]
    assert sheet["A1"].value.startswith("'-")
