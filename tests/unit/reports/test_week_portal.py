"""The portal page of the week: one self-contained, accessible HTML file with the same content
as the PDF (parsed back here), and one .ics per leader."""

import re
import unicodedata
from datetime import date, datetime
from html.parser import HTMLParser

import pytest
from icalendar import Calendar

from app.errors import InvalidInput
from app.reports.week_leaders import file_stem
from app.reports.week_portal import week_page
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.calendar.printouts import export_leader_calendars, export_week, week_printout
from app.services.org import edit as org

MONDAY = date(2026, 3, 2)
TITLE = "Họp Ban Thường vụ Tỉnh ủy nghe báo cáo tình hình kinh tế – xã hội quý I"
LOCATION = "Hội trường Tỉnh ủy, số 36 Trần Phú"


class Page(HTMLParser):
    """Everything the tests look at: text, tags with their attributes, the style sheet."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.style = ""
        self._in_style = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())

    def all(self, tag):
        return [attrs for name, attrs in self.tags if name == tag]


@pytest.fixture
def office(session, admin):
    org.save_office(session=session, actor=admin, name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng",
                    place="Lâm Đồng", kind="party")
    chief_pos = org.create_position(session=session, actor=admin, role="chief", title="Chánh Văn phòng", rank=10)
    deputy_pos = org.create_position(session=session, actor=admin, role="deputy_chief",
                                     title="Phó Chánh Văn phòng", rank=20)
    unit = org.create_unit(session=session, actor=admin, name="Phòng Tổng hợp", parent_id=None)
    chief = org.create_person(session=session, actor=admin, data=org.PersonInput(
        full_name="Nguyễn Thị Ánh Tuyết", unit_id=unit, position_id=chief_pos))
    deputy = org.create_person(session=session, actor=admin, data=org.PersonInput(
        full_name="Đặng Văn Đức", unit_id=unit, position_id=deputy_pos))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title=unicodedata.normalize("NFD", TITLE), start=datetime(2026, 3, 3, 8), end=datetime(2026, 3, 3, 11),
        chair_id=chief, location=LOCATION, participants="Các đồng chí Ủy viên Ban Thường vụ",
        preparing_unit_id=unit))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Tiếp Đoàn công tác Bộ Nội vụ", start=datetime(2026, 3, 5, 14), kind="reception",
        leader_ids=[deputy]))
    return session, chief, deputy


def _page(session, monday=MONDAY) -> Page:
    return Page(week_page(week_printout(session, monday, day=date(2026, 2, 27))))


def test_the_page_carries_the_stored_vietnamese_text_in_nfc(office):
    session, _chief, _deputy = office
    page = _page(session)
    text = page.plain
    assert unicodedata.is_normalized("NFC", text)
    for expected in ("LỊCH CÔNG TÁC TUẦN", "(Từ ngày 02/03/2026 đến ngày 08/03/2026)", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "VĂN PHÒNG TỈNH ỦY", "Lâm Đồng, ngày 27 tháng 02 năm 2026", "Nơi nhận:", "CHÁNH VĂN PHÒNG",
                     "Nguyễn Thị Ánh Tuyết", "Thứ Hai", "Chủ nhật", "Sáng", "Chiều", "Đơn vị chuẩn bị",
                     "Tiếp Đoàn công tác Bộ Nội vụ", TITLE, LOCATION):
        assert expected in text, expected


def test_the_page_refers_to_nothing_outside_itself(office):
    session, _chief, _deputy = office
    html = week_page(week_printout(session, MONDAY))
    page = Page(html)
    assert not page.all("script") and not page.all("link") and not page.all("img") and not page.all("iframe")
    for _tag, attrs in page.tags:
        assert not {"src", "href", "srcset", "action", "data"} & set(attrs), attrs
    assert "url(" not in page.style and "@import" not in page.style and "@font-face" not in page.style
    assert not re.search(r"(https?:|file:|//[a-z])", html.replace("<!DOCTYPE html>", ""), re.IGNORECASE)


def test_the_page_is_accessible_and_has_a_print_style(office):
    session, _chief, _deputy = office
    page = _page(session)
    assert page.all("html") == [{"lang": "vi"}]
    assert page.all("meta")[0] == {"charset": "utf-8"}
    assert len(page.all("caption")) == 1
    scopes = [attrs.get("scope") for attrs in page.all("th")]
    assert scopes.count("col") == 8
    assert scopes.count("rowgroup") == 7  # one per day, heading its <tbody>
    assert len(page.all("tbody")) == 7
    assert "@media print" in page.style and "A4 landscape" in page.style


def test_amendments_after_publication_are_marked_as_in_the_printout(office, admin):
    session, chief, _deputy = office
    cal.publish_week(session=session, actor=admin, monday=MONDAY)
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Làm việc với Ban Tổ chức", start=datetime(2026, 3, 6, 8), chair_id=chief))
    reception = next(e for e in cal.week(session, MONDAY).entries if e.title.startswith("Tiếp Đoàn"))
    cal.cancel_event(session=session, actor=admin, event_id=reception.event_id)
    html = week_page(week_printout(session, MONDAY))
    text = Page(html).plain
    assert "(Bổ sung) Làm việc với Ban Tổ chức" in text
    assert "(Điều chỉnh, bổ sung so với bản công bố lần 1)" in text
    assert "<del>Tiếp Đoàn công tác Bộ Nội vụ</del>" in html


def test_a_holiday_is_shaded_and_named(office):
    session, _chief, _deputy = office
    page = _page(session, date(2026, 4, 27))  # the Hùng Kings' day off, Monday 27/04/2026
    assert {"class": "off"} in page.all("tbody")
    assert "Giỗ Tổ Hùng Vương" in page.plain


def test_export_week_writes_the_page_for_an_html_suffix(office, tmp_path):
    session, _chief, _deputy = office
    folder = tmp_path / "portal"
    folder.mkdir()
    out = export_week(session, MONDAY, folder / "tuan.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in folder.iterdir()] == ["tuan.html"]  # no temporary file left


def test_each_leader_gets_an_ics_with_only_their_entries(office, tmp_path):
    session, _chief, _deputy = office
    written = export_leader_calendars(session, MONDAY, tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*.ics")) == sorted(p.name for p in written)
    assert sorted(p.name for p in written) == ["dang-van-duc.ics", "nguyen-thi-anh-tuyet.ics"]
    chief_cal = Calendar.from_ical((tmp_path / "nguyen-thi-anh-tuyet.ics").read_bytes())
    deputy_cal = Calendar.from_ical((tmp_path / "dang-van-duc.ics").read_bytes())
    assert [str(e["summary"]) for e in chief_cal.walk("VEVENT")] == [TITLE]
    assert [str(e["summary"]) for e in deputy_cal.walk("VEVENT")] == ["Tiếp Đoàn công tác Bộ Nội vụ"]
    assert "Nguyễn Thị Ánh Tuyết" in str(chief_cal["x-wr-calname"])


def test_per_leader_export_needs_an_existing_folder(office, tmp_path):
    session, _chief, _deputy = office
    with pytest.raises(InvalidInput, match="Thư mục không tồn tại"):
        export_leader_calendars(session, MONDAY, tmp_path / "missing")


def test_file_names_have_no_accents():
    assert file_stem("Đặng Văn Đức") == "dang-van-duc"
    assert file_stem("Lê Thị Thu Nhung ") == "le-thi-thu-nhung"
