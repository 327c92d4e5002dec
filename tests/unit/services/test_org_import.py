"""Importing staff from .xlsx: headers, dates, per-row errors, one transaction."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func
from sqlmodel import select

from app.errors import Forbidden, InvalidInput
from app.services.org import edit as org
from app.services.org.staff_import import (
    commit_staff_import,
    preview_staff_import,
    remove_imported_staff,
)
from db.models import AuditLog, Person

TODAY = date(2026, 3, 2)
HEADER = ["STT", "HỌ VÀ TÊN", "Chức vụ", "Đơn vị", "Số điện thoại", "E-mail", "Ngày vào cơ quan"]


@pytest.fixture
def office(session, admin):
    office = org.create_unit(session=session, actor=admin, name="Văn phòng Tỉnh ủy", parent_id=None, kind="office")
    units = {
        "th": org.create_unit(session=session, actor=admin, name="Phòng Tổng hợp", parent_id=office, short_name="TH"),
        "hc": org.create_unit(session=session, actor=admin, name="Phòng Hành chính", parent_id=office),
    }
    for role, title in [("specialist", "Chuyên viên"), ("head", "Trưởng phòng")]:
        org.create_position(session=session, actor=admin, role=role, title=title)
    org.create_person(session=session, actor=admin, data=org.PersonInput("Lê Văn Cũ", unit_id=units["hc"]))
    return units


def sheet(tmp_path, rows, header=HEADER, title="DANH SÁCH CÁN BỘ"):
    book = Workbook()
    ws = book.active
    if title:
        ws.append([title])
    ws.append(header)
    for row in rows:
        ws.append(row)
    path = tmp_path / "can-bo.xlsx"
    book.save(path)
    return path


def people(session) -> int:
    return session.exec(select(func.count()).select_from(Person)).one()


def audits(session) -> int:
    return session.exec(select(func.count()).select_from(AuditLog)).one()


GOOD = [
    [1, "Nguyễn Thị Lan", "Chuyên viên", "Phòng Tổng hợp", "0912345678", "lan@vptu.vn", datetime(2015, 8, 1)],
    [2, "Trần Văn Bình", "trưởng phòng", "phong hanh chinh", 912345679, "", "01/09/2010"],
    [3, "Phạm   Hồng  Nhung", "CHUYÊN VIÊN", "TH", None, None, None],
]


def test_good_rows_are_read_with_their_units_positions_and_dates(session, office, tmp_path):
    preview = preview_staff_import(session=session, path=sheet(tmp_path, GOOD), today=TODAY)
    assert preview.ok and preview.source == "can-bo.xlsx"
    lan, binh, nhung = preview.rows
    assert (lan.row, lan.unit_id, lan.service_start, lan.email) == (3, office["th"], date(2015, 8, 1), "lan@vptu.vn")
    assert (binh.unit_id, binh.service_start, binh.phone) == (office["hc"], date(2010, 9, 1), "0912345679")
    assert (nhung.full_name, nhung.unit_id, nhung.service_start) == ("Phạm Hồng Nhung", office["th"], None)


def test_headers_match_without_diacritics_case_or_order(session, office, tmp_path):
    header = ["ngay vao co quan", "Đơn Vị", "ho va ten", "CHUC VU"]
    path = sheet(tmp_path, [["15/03/2020", "Phòng Tổng hợp", "Vũ Minh Khoa", "Chuyên viên"]], header=header, title="")
    [row] = preview_staff_import(session=session, path=path, today=TODAY).rows
    assert (row.full_name, row.service_start, row.ok) == ("Vũ Minh Khoa", date(2020, 3, 15), True)


def test_bad_rows_get_one_message_each_and_good_rows_stay_valid(session, office, tmp_path):
    rows = [
        *GOOD[:1],
        [2, "", "Chuyên viên", "Phòng Tổng hợp", None, None, None],
        [3, "Hồ Văn Tâm", "Giám đốc", "Phòng Tổng hợp", None, None, None],
        [4, "Đinh Thị Yến", "Chuyên viên", "Phòng Kế hoạch", None, None, None],
        [5, "Ngô Quang Vinh", "Chuyên viên", "Phòng Tổng hợp", None, "sai-email", "31/02/2020"],
        [6, "Lý Thu Hà", "Chuyên viên", "Phòng Tổng hợp", None, None, "02/03/2030"],
        [7, "Nguyễn Thị Lan", "Chuyên viên", "Phòng Tổng hợp", None, None, None],
        [8, "Lê Văn Cũ", "Chuyên viên", "Phòng Hành chính", None, None, None],
        [9, "Bùi Đức Long", "", "", "abc", None, None],
    ]
    preview = preview_staff_import(session=session, path=sheet(tmp_path, rows), today=TODAY)
    assert [r.full_name for r in preview.valid_rows] == ["Nguyễn Thị Lan"]
    assert preview.report() == [
        "Dòng 4: Thiếu họ và tên",
        "Dòng 5: Không có chức vụ “Giám đốc” trong danh mục",
        "Dòng 6: Không có đơn vị “Phòng Kế hoạch”",
        "Dòng 7: Ngày vào cơ quan không hợp lệ: “31/02/2020” (dạng đúng: dd/mm/yyyy); "
        "Địa chỉ e-mail không hợp lệ: sai-email",
        "Dòng 8: Ngày vào cơ quan ở tương lai",
        "Dòng 9: Trùng với dòng 3",
        "Dòng 10: Lê Văn Cũ đã có trong Phòng Hành chính",
        "Dòng 11: Thiếu chức vụ; Thiếu đơn vị; Số điện thoại không hợp lệ: abc",
    ]


def test_commit_writes_every_valid_row_in_one_transaction_with_one_audit_row(session, admin, office, tmp_path):
    preview = preview_staff_import(session=session, path=sheet(tmp_path, GOOD), today=TODAY)
    before_people, before_audits = people(session), audits(session)
    ids = commit_staff_import(session=session, actor=admin, preview=preview)
    assert len(ids) == 3
    assert people(session) == before_people + 3
    assert audits(session) == before_audits + 1
    assert org.get_person(session, ids[1]).position_title == "Trưởng phòng"
    assert org.search_people(session, "pham hong nhung")[0].id == ids[2]
    remove_imported_staff(session=session, actor=admin, person_ids=ids)
    assert (people(session), audits(session)) == (before_people, before_audits + 2)


def test_nothing_is_written_when_errors_must_stop_the_import(session, admin, office, tmp_path):
    rows = [*GOOD, [4, "Hồ Văn Tâm", "Giám đốc", "Phòng Tổng hợp", None, None, None]]
    preview = preview_staff_import(session=session, path=sheet(tmp_path, rows), today=TODAY)
    before_people, before_audits = people(session), audits(session)
    with pytest.raises(InvalidInput, match="1 dòng lỗi"):
        commit_staff_import(session=session, actor=admin, preview=preview, all_or_nothing=True)
    assert (people(session), audits(session)) == (before_people, before_audits)
    assert len(commit_staff_import(session=session, actor=admin, preview=preview)) == 3


def test_a_row_whose_unit_vanished_after_the_preview_rolls_back_the_whole_import(session, admin, office, tmp_path):
    preview = preview_staff_import(session=session, path=sheet(tmp_path, GOOD), today=TODAY)
    preview.rows[2].unit_id = 9999
    before = people(session)
    with pytest.raises(InvalidInput, match="Dòng 5"):
        commit_staff_import(session=session, actor=admin, preview=preview)
    assert people(session) == before


def test_a_viewer_cannot_import(session, viewer, office, tmp_path):
    preview = preview_staff_import(session=session, path=sheet(tmp_path, GOOD), today=TODAY)
    with pytest.raises(Forbidden):
        commit_staff_import(session=session, actor=viewer, preview=preview)


@pytest.mark.parametrize("content, message", [
    (None, "Không tìm thấy tệp"),
    (b"not a zip", "không phải là tệp Excel"),
])
def test_a_missing_or_broken_file_is_one_clear_error(session, office, tmp_path, content, message):
    path = tmp_path / "x.xlsx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        preview_staff_import(session=session, path=path)


def test_a_sheet_without_the_required_columns_is_refused(session, office, tmp_path):
    with pytest.raises(InvalidInput, match="Thiếu cột: chức vụ, đơn vị"):
        preview_staff_import(session=session, path=sheet(tmp_path, [], header=["Họ và tên", "Email"]))
    with pytest.raises(InvalidInput, match="dòng tiêu đề"):
        preview_staff_import(session=session, path=sheet(tmp_path, [["a", "b"]], header=["Tên", "Tuổi"]))
