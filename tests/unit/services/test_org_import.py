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
    [2, "Trần Văn Bình", "trưởng phòng", "phong hanh chinh", 912345679, "", datetime(2010, 9, 1)],
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


# LibreOffice set to English (US) turned what was typed day first into real dates when the day
# was 12 or less (01/07/2012 -> 7 January) and left the others as text (25/07/2012).
SWAPPED = [
    [1, "Nguyễn Văn Hai", "Chuyên viên", "Phòng Tổng hợp", None, None, datetime(2012, 1, 7)],
    [2, "Trần Thị Ba", "Chuyên viên", "Phòng Tổng hợp", None, None, "25/07/2012"],
    [3, "Lê Văn Tư", "Chuyên viên", "Phòng Tổng hợp", None, None, datetime(2015, 3, 2)],
    [4, "Phạm Thị Năm", "Chuyên viên", "Phòng Tổng hợp", None, None, "13/11/2014"],
    [5, "Hồ Văn Sáu", "Chuyên viên", "Phòng Tổng hợp", None, None, datetime(2016, 1, 20)],
]


def test_a_date_column_mixing_real_dates_and_text_is_flagged_and_waits_for_confirmation(session, admin, office,
                                                                                          tmp_path):
    path = sheet(tmp_path, SWAPPED)
    preview = preview_staff_import(session=session, path=path, today=TODAY)
    assert preview.ok and preview.mixed_dates
    [warning] = preview.warnings
    assert "trộn 3 ô kiểu ngày với 2 ô kiểu chữ" in warning and "(ô chữ ở dòng 4, 6)" in warning
    assert "dòng 3, 5 có thể đã bị đảo ngày và tháng" in warning  # 7 January, 2 March; not 20 January
    assert [r.service_start for r in preview.rows] == [date(2012, 1, 7), date(2012, 7, 25), date(2015, 3, 2),
                                                       date(2014, 11, 13), date(2016, 1, 20)]
    before = people(session)
    with pytest.raises(InvalidInput, match="cần xác nhận"):
        commit_staff_import(session=session, actor=admin, preview=preview)
    assert people(session) == before
    back = preview_staff_import(session=session, path=path, today=TODAY, real_dates_swapped=True)
    assert [r.service_start for r in back.rows] == [date(2012, 7, 1), date(2012, 7, 25), date(2015, 2, 3),
                                                    date(2014, 11, 13), date(2016, 1, 20)]
    assert len(commit_staff_import(session=session, actor=admin, preview=back, warnings_confirmed=True)) == 5


def test_text_dates_that_read_both_ways_are_flagged_unless_the_column_shows_its_order(session, office, tmp_path):
    rows = [[1, "Nguyễn Văn Hai", "Chuyên viên", "Phòng Tổng hợp", None, None, "01/07/2012"],
            [2, "Trần Thị Ba", "Chuyên viên", "Phòng Tổng hợp", None, None, "05/05/2013"]]
    preview = preview_staff_import(session=session, path=sheet(tmp_path, rows), today=TODAY)
    assert preview.warnings == ["1 ô “Ngày vào cơ quan” hiểu được hai cách (ngày và tháng đều không quá 12), "
                                "được đọc theo dd/mm/yyyy: dòng 3."]
    assert preview.rows[0].service_start == date(2012, 7, 1)
    settled = [*rows, [3, "Lê Văn Tư", "Chuyên viên", "Phòng Tổng hợp", None, None, "25/07/2012"]]
    assert preview_staff_import(session=session, path=sheet(tmp_path, settled), today=TODAY).warnings == []


def test_a_column_written_month_first_is_read_month_first_and_says_so(session, office, tmp_path):
    rows = [[1, "Nguyễn Văn Hai", "Chuyên viên", "Phòng Tổng hợp", None, None, "07/25/2012"],
            [2, "Trần Thị Ba", "Chuyên viên", "Phòng Tổng hợp", None, None, "03/02/2013"]]
    preview = preview_staff_import(session=session, path=sheet(tmp_path, rows), today=TODAY)
    assert [r.service_start for r in preview.rows] == [date(2012, 7, 25), date(2013, 3, 2)]
    assert any("ghi tháng trước ngày (mm/dd/yyyy)" in w for w in preview.warnings)
    both = [*rows, [3, "Lê Văn Tư", "Chuyên viên", "Phòng Tổng hợp", None, None, "25/07/2012"],
            [4, "Phạm Thị Năm", "Chuyên viên", "Phòng Tổng hợp", None, None, "26/07/2012"]]
    mixed = preview_staff_import(session=session, path=sheet(tmp_path, both), today=TODAY)
    assert mixed.report() == ["Dòng 3: Ngày vào cơ quan “07/25/2012” ghi tháng trước ngày, khác các dòng còn lại "
                              "của cột (ngày trước tháng)"]


def test_unit_and_position_names_match_whatever_the_dashes_case_and_spacing(session, admin, office, tmp_path):
    org.create_unit(session=session, actor=admin, name="Phòng Tài chính – Quản trị", parent_id=None)
    org.create_position(session=session, actor=admin, role="deputy_head", title="Phó Trưởng phòng")
    rows = [[1, "Nguyễn Văn Hai", "PHÓ  TRƯỞNG PHÒNG", "phòng tài chính-quản trị", None, None, None],
            [2, "Trần Thị Ba", "phó trưởng phòng", "Phòng Tài chính — Quản  trị", None, None, None],
            [3, "Lê Văn Tư", "Pho truong phong", "Phong Tai chinh - Quan tri", None, None, None]]
    preview = preview_staff_import(session=session, path=sheet(tmp_path, rows), today=TODAY)
    assert preview.ok and len({(r.unit_id, r.position_id) for r in preview.rows}) == 1


def test_names_in_capitals_are_offered_in_title_case_and_emails_lower_cased(session, office, tmp_path):
    rows = [[1, "NGUYỄN THỊ ÁNH TUYẾT", "Chuyên viên", "Phòng Tổng hợp", None, "Tuyet.NTA@VPTU.Gov.VN", None]]
    preview = preview_staff_import(session=session, path=sheet(tmp_path, rows), today=TODAY)
    [row] = preview.rows
    assert (row.full_name, row.email, row.ok) == ("Nguyễn Thị Ánh Tuyết", "tuyet.nta@vptu.gov.vn", True)
    assert preview.notes() == ["Dòng 3: tên viết hoa “NGUYỄN THỊ ÁNH TUYẾT” đổi thành “Nguyễn Thị Ánh Tuyết”"]
