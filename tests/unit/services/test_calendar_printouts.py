"""The week's printouts are gathered by app.services.calendar.printouts as plain frozen data
(app.reports.data.calendar): the grid's rows, recipients and signer, the iCalendar events of
the week and of each leader."""

import dataclasses
import unicodedata
from datetime import date, datetime

import pytest

from app.errors import InvalidInput
from app.reports.data.calendar import WeekCalendar, WeekPrintout
from app.services.calendar import events as cal
from app.services.calendar.events import EventInput
from app.services.calendar.printouts import (
    leader_calendars,
    week_calendar,
    week_export_data,
    week_printout,
)
from tests.unit.services.calendar_office import party_office_with_chief

MONDAY = date(2026, 3, 2)


@pytest.fixture
def office(session, admin):
    built = party_office_with_chief(session, admin)
    chief, unit = built.chief, built.unit
    cal.create_event(session=session, actor=admin, data=EventInput(
        title=unicodedata.normalize("NFD", "Giao ban Văn phòng"), start=datetime(2026, 3, 3, 8),
        end=datetime(2026, 3, 3, 10), chair_id=chief, location="Phòng họp số 1", preparing_unit_id=unit))
    return chief


def test_the_week_printout_holds_the_rows_the_recipients_and_the_signer(session, office):
    printout = week_printout(session, MONDAY, day=date(2026, 2, 27))
    assert isinstance(printout, WeekPrintout)
    assert printout.office is not None and printout.office.name == "Văn phòng Tỉnh ủy"
    assert (printout.monday, printout.sunday, printout.day) == (MONDAY, date(2026, 3, 8), date(2026, 2, 27))
    assert printout.range_line == "(Từ ngày 02/03/2026 đến ngày 08/03/2026)"
    [entry] = [r for r in printout.rows if not r.empty]
    assert (entry.content, entry.time, entry.leaders, entry.location, entry.preparing) == (
        "Giao ban Văn phòng", "8h00", "Đ/c Nguyễn Thị Ánh Tuyết", "Phòng họp số 1", "Phòng Tổng hợp")
    assert len({(r.day, r.half) for r in printout.rows}) == 14  # every half-day of the week has a row
    assert printout.signer_lines == ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"]
    assert printout.signer_name == "Nguyễn Thị Ánh Tuyết" and printout.entry_count == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        printout.title = ""  # type: ignore[misc]


def test_the_export_gathers_the_calendar_for_an_ics_and_the_printout_otherwise(session, office):
    calendar = week_export_data(session, MONDAY, "tuan.ics")
    assert isinstance(calendar, WeekCalendar) and calendar == week_calendar(session, MONDAY)
    assert [e.title for e in calendar.events] == ["Giao ban Văn phòng"]
    assert isinstance(week_export_data(session, MONDAY, "tuan.xlsx"), WeekPrintout)
    with pytest.raises(InvalidInput, match="Định dạng không hỗ trợ"):
        week_export_data(session, MONDAY, "tuan.txt")


def test_each_leader_gets_a_calendar_with_a_file_stem(session, office):
    [calendar] = leader_calendars(session, MONDAY)
    assert calendar.stem == "nguyen-thi-anh-tuyet"
    assert calendar.name == "Lịch công tác tuần 02/03/2026 – 08/03/2026 — Đ/c Nguyễn Thị Ánh Tuyết"
    assert [e.title for e in calendar.events] == ["Giao ban Văn phòng"]


def test_an_office_with_no_leader_has_no_leaders_calendars(session):
    with pytest.raises(InvalidInput, match="Chưa có lãnh đạo"):
        leader_calendars(session, MONDAY)
