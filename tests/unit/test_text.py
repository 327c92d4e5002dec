from datetime import date

from app.text import fold, matches, nfc, weekday_vi


def test_fold_removes_diacritics_and_case_and_d_stroke():
    assert fold("Nguyễn Văn Đức") == "nguyen van duc"


def test_search_without_diacritics_finds_the_vietnamese_name():
    assert matches("nguyen van", "Nguyễn Văn Hùng")
    assert not matches("tran", "Nguyễn Văn Hùng")


def test_nfc_composes_decomposed_input():
    decomposed = "Nguye\u0302\u0303n"
    assert nfc(decomposed) == "Nguyễn"


def test_weekday_names_run_from_thu_hai_to_chu_nhat():
    assert weekday_vi(date(2026, 3, 9)) == "Thứ Hai"
    assert weekday_vi(date(2026, 3, 15)) == "Chủ nhật"
