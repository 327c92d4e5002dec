import unicodedata

from app.rules.protocol import AttendeeRole, collation_key, name_key, protocol_key


def _sorted(names):
    return sorted(names, key=name_key)


def test_names_sort_by_given_name_first():
    assert _sorted(["Nguyễn Văn Tuấn", "Trần Thị Hoa", "Lê Văn An"]) == [
        "Lê Văn An", "Trần Thị Hoa", "Nguyễn Văn Tuấn"]


def test_same_given_name_sorts_by_the_full_name():
    assert _sorted(["Vũ Thị Lan", "Ngô Văn Lan", "Đỗ Thị Lan", "Dương Thị Lan"]) == [
        "Dương Thị Lan", "Đỗ Thị Lan", "Ngô Văn Lan", "Vũ Thị Lan"]


def test_d_with_stroke_comes_after_d_as_in_the_vietnamese_alphabet():
    assert _sorted(["Trần Đức Đạt", "Lê Văn Dũng", "Phạm Văn Dương"]) == [
        "Lê Văn Dũng", "Phạm Văn Dương", "Trần Đức Đạt"]


def test_letters_with_marks_follow_their_base_letter():
    assert _sorted(["Ông Thị Ân", "Bùi Thị Ăn", "Hồ Văn Anh", "Lý Văn An", "Mai Bảo"]) == [
        "Lý Văn An", "Hồ Văn Anh", "Bùi Thị Ăn", "Ông Thị Ân", "Mai Bảo"]


def test_tones_only_break_ties():
    assert _sorted(["Lê Thị Ánh", "Phạm Anh", "Đinh Thị Ảnh"]) == ["Phạm Anh", "Đinh Thị Ảnh", "Lê Thị Ánh"]
    assert _sorted(["Hồ Văn Anh", "Hà Văn Ánh"])[0] == "Hồ Văn Anh"  # tone of 'Anh' before the full name
    assert collation_key("Hòa")[0] == collation_key("Hoa")[0]


def test_decomposed_and_composed_names_sort_alike():
    composed = "Nguyễn Văn Đức"
    decomposed = unicodedata.normalize("NFD", composed)
    assert name_key(composed)[:2] == name_key(decomposed)[:2]


def test_protocol_order_puts_the_chair_then_leaders_then_rank():
    people = [
        dict(full_name="Khách Nước Ngoài", rank=None, role=AttendeeRole.GUEST),
        dict(full_name="Trần Văn Bảy", rank=5, role=AttendeeRole.DELEGATE),
        dict(full_name="Lê Thị Chủ", rank=1, role=AttendeeRole.CHAIR, leader=True),
        dict(full_name="Phạm Phó Bí Thư", rank=2, role=AttendeeRole.DELEGATE, leader=True),
        dict(full_name="Võ Văn Bốn", rank=4, role=AttendeeRole.DELEGATE),
        dict(full_name="Nhân Viên Phục Vụ", rank=40, role=AttendeeRole.SERVICE),
        dict(full_name="Ngô Văn An", rank=5, role=AttendeeRole.DELEGATE),
    ]
    ordered = [p["full_name"] for p in sorted(people, key=lambda p: protocol_key(**p))]
    assert ordered == ["Lê Thị Chủ", "Phạm Phó Bí Thư", "Võ Văn Bốn", "Ngô Văn An", "Trần Văn Bảy",
                       "Khách Nước Ngoài", "Nhân Viên Phục Vụ"]
