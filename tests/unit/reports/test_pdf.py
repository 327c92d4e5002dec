import unicodedata
from datetime import date
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from app.reports.pdf import P, build_pdf, content_width, date_line, office_header, title_block

PARTY = SimpleNamespace(name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng", place="Lâm Đồng", kind="party")
STATE = SimpleNamespace(name="Văn phòng UBND tỉnh", parent_body="UBND tỉnh Lâm Đồng", place="Lâm Đồng", kind="state")


def _text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_party_header_carries_the_party_heading_and_no_motto(tmp_path):
    out = build_pdf(tmp_path / "a.pdf", [office_header(PARTY, day=date(2026, 3, 2)), *title_block("Lịch công tác tuần")])
    text = _text(out)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "Độc lập" not in text
    assert "Lâm Đồng, ngày 02 tháng 3 năm 2026" in text


def test_state_header_carries_the_national_name_and_motto(tmp_path):
    out = build_pdf(tmp_path / "b.pdf", [office_header(STATE, day=date(2026, 11, 5))])
    text = _text(out)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text


def test_decomposed_input_extracts_back_as_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")
    out = build_pdf(tmp_path / "c.pdf", [P(decomposed)])
    assert "Nguyễn Thị Ánh Tuyết" in unicodedata.normalize("NFC", _text(out))
    assert "Nguyễn Thị Ánh Tuyết" in _text(out)


def test_every_font_in_the_pdf_is_embedded(tmp_path):
    out = build_pdf(tmp_path / "d.pdf", [office_header(PARTY, day=date(2026, 3, 2)), P("Chữ tiếng Việt")])
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()


def test_page_numbers_start_on_the_second_page(tmp_path):
    out = build_pdf(tmp_path / "e.pdf", [P(f"Dòng {i}") for i in range(120)])
    pages = PdfReader(out).pages
    assert len(pages) >= 2
    assert pages[1].extract_text().splitlines()[0].strip() == "2"
    assert not pages[0].extract_text().startswith("1\n")


def test_a_failed_build_leaves_no_file_behind(tmp_path):
    with pytest.raises(AttributeError):
        build_pdf(tmp_path / "f.pdf", [object()])
    assert list(tmp_path.iterdir()) == []


def test_dates_in_headers_pad_day_and_early_months():
    assert date_line("Hà Nội", date(2026, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2026"
    assert date_line("Hà Nội", date(2026, 12, 25)) == "Hà Nội, ngày 25 tháng 12 năm 2026"


def test_content_width_follows_decree_30_margins():
    assert round(content_width()) == round(595.27 - (30 + 15) * 72 / 25.4)
