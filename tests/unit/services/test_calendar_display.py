"""What the lobby display reads: the newest version number (polled) and the latest published
version of a week, its changes since the version before marked."""

from datetime import date, datetime

import pytest

from app.services.calendar import events as cal
from app.services.calendar.display import display_week, published_version
from app.services.calendar.events import EventInput
from app.services.org import edit as org

MONDAY = date(2026, 3, 2)


@pytest.fixture
def week_db(session, admin):
    org.save_office(session=session, actor=admin, name="Văn phòng Tỉnh ủy", parent_body="Tỉnh ủy Lâm Đồng",
                    place="Lâm Đồng", kind="party")
    position = org.create_position(session=session, actor=admin, role="chief", title="Chánh Văn phòng")
    chief = org.create_person(session=session, actor=admin, data=org.PersonInput(
        full_name="Nguyễn Thị Ánh Tuyết", position_id=position))
    first = cal.create_event(session=session, actor=admin, data=EventInput(
        title="Họp Ban Thường vụ", start=datetime(2026, 3, 3, 8), chair_id=chief, location="Hội trường"))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Tiếp công dân", start=datetime(2026, 3, 5, 14), chair_id=chief))
    return session, chief, first


def _contents(week):
    return [(r.content, r.mark, r.cancelled) for r in week.rows if not r.empty]


def test_the_version_probe_counts_publications(week_db, admin):
    session, _chief, _first = week_db
    assert published_version(session, MONDAY) == 0
    cal.publish_week(session=session, actor=admin, monday=MONDAY)
    cal.publish_week(session=session, actor=admin, monday=MONDAY)
    assert published_version(session, MONDAY) == 2
    assert published_version(session, date(2026, 3, 9)) == 0


def test_an_unpublished_week_is_a_message_unless_drafts_are_allowed(week_db):
    session, _chief, _first = week_db
    week = display_week(session, MONDAY)
    assert (week.state, week.rows, week.version) == ("unpublished", [], 0)
    assert week.version_line == "Lịch công tác tuần này chưa được công bố."
    draft = display_week(session, MONDAY, show_draft=True)
    assert draft.state == "draft" and draft.version_line.startswith("DỰ THẢO")
    assert _contents(draft) == [("Họp Ban Thường vụ", "", False), ("Tiếp công dân", "", False)]


def test_the_screen_shows_the_published_version_not_later_edits(week_db, admin):
    session, chief, _first = week_db
    cal.publish_week(session=session, actor=admin, monday=MONDAY)
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Chưa công bố", start=datetime(2026, 3, 6, 8), chair_id=chief))
    week = display_week(session, MONDAY)
    assert week.state == "published" and week.version == 1 and week.office_name == "Văn phòng Tỉnh ủy"
    assert _contents(week) == [("Họp Ban Thường vụ", "", False), ("Tiếp công dân", "", False)]
    assert week.version_line.startswith("Bản công bố lần 1 — ")
    assert len(week.rows) == 14  # every half-day has its row, as printed


def test_a_new_version_marks_its_changes_since_the_one_before(week_db, admin):
    session, chief, first = week_db
    cal.publish_week(session=session, actor=admin, monday=MONDAY)
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Làm việc với Ban Tổ chức", start=datetime(2026, 3, 6, 8), chair_id=chief))
    cal.cancel_event(session=session, actor=admin, event_id=first)
    cal.publish_week(session=session, actor=admin, monday=MONDAY)
    week = display_week(session, MONDAY)
    assert week.version == 2 and "(điều chỉnh, bổ sung bản lần 1)" in week.version_line
    assert _contents(week) == [("Họp Ban Thường vụ", "Hoãn/hủy", True), ("Tiếp công dân", "", False),
                               ("Làm việc với Ban Tổ chức", "Bổ sung", False)]
    assert week.entry_count == 2


def test_holidays_are_named_on_their_day(session, admin):
    cal.publish_week(session=session, actor=admin, monday=date(2026, 4, 27))
    week = display_week(session, date(2026, 4, 27))
    monday = week.rows[0]
    assert not monday.working and "Hùng Vương" in monday.day_note
