"""Two offices exchange weeks as .ics: UIDs unique to each office, series exported with their
rule, read back by a second parser (recurring-ical-events), and updates carried by SEQUENCE."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest
from icalendar import Calendar

from app.services.admin.database import open_app_database
from app.services.calendar import events as cal
from app.services.calendar.event_input import EventInput
from app.services.calendar.ics_identity import office_uuid
from app.services.calendar.ics_import import import_ics, preview_ics
from app.services.calendar.printouts import export_week
from app.services.org import edit as org
from tests.ics_agreement import imported, independent

MONDAY = date(2026, 3, 2)


def _office(tmp_path, name):  # noqa: ANN001, ANN202
    db = open_app_database(str(tmp_path / f"{name}.sqlite3"))
    with db.session() as s:
        org.save_office(session=s, actor=cal_admin(), name=f"Văn phòng {name}", place="Lâm Đồng", kind="party")
    return db


def cal_admin():  # noqa: ANN201
    from app.services.admin.auth import SYSTEM
    return SYSTEM


@pytest.fixture
def offices(tmp_path):  # noqa: ANN001, ANN201
    a, b = _office(tmp_path, "A"), _office(tmp_path, "B")
    yield a, b
    a.dispose()
    b.dispose()


def _fill(session, admin) -> int:  # noqa: ANN001
    series = cal.create_event(session=session, actor=admin, data=EventInput(
        title="Giao ban Văn phòng", start=datetime(2026, 3, 2, 8), end=datetime(2026, 3, 2, 9, 30),
        rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=8", location="Phòng họp số 1"))
    cal.update_event(session=session, actor=admin, event_id=series, scope="this", occurrence=date(2026, 3, 16),
                     data=EventInput(title="Giao ban Văn phòng (dời chiều)", start=datetime(2026, 3, 16, 14),
                                     end=datetime(2026, 3, 16, 15)))
    cal.delete_event(session=session, actor=admin, event_id=series, scope="this", occurrence=date(2026, 3, 23))
    cal.create_event(session=session, actor=admin, data=EventInput(
        title="Đi công tác Hà Nội", start=datetime(2026, 3, 4), end=datetime(2026, 3, 6), all_day=True))
    single = cal.create_event(session=session, actor=admin, data=EventInput(
        title="Tiếp Đoàn công tác Bộ Nội vụ", start=datetime(2026, 3, 5, 14), end=datetime(2026, 3, 5, 16)))
    cal.cancel_event(session=session, actor=admin, event_id=single)
    return series


def _occurrences(content: bytes) -> Counter:
    """The occurrences recurring-ical-events reads in the file."""
    return independent(content)


def test_a_week_goes_from_one_office_to_another_and_back_with_the_same_occurrences(offices, tmp_path, admin):
    a, b = offices
    with a.session() as s:
        _fill(s, admin)
        first = export_week(s, MONDAY, tmp_path / "a.ics").read_bytes()
        ours_a = imported(s)
        uuid_a = office_uuid(s)
    with b.session() as s:
        uuid_b = office_uuid(s)
        preview = preview_ics(s, first)
        assert {c.action for c in preview} == {"create"}
        import_ics(session=s, actor=admin, content=first)
        second = export_week(s, MONDAY, tmp_path / "b.ics").read_bytes()
        ours_b = imported(s)
    assert uuid_a != uuid_b
    events = list(Calendar.from_ical(first).walk("VEVENT"))
    assert {str(e["uid"]).split("@")[1] for e in events} == {f"{uuid_a}.vanphong"}
    series = [e for e in events if "RRULE" in e]
    assert len(series) == 1 and "RECURRENCE-ID" in next(e for e in events if "dời chiều" in str(e["summary"]))
    assert any(str(e["status"]) == "CANCELLED" for e in events)
    # the second parser sees in each file exactly what each office shows
    assert _occurrences(first) == ours_a == ours_b == _occurrences(second)
    assert sum(_occurrences(first).values()) == 2 + 1 + 6  # the trip, the cancelled visit, 8 − 1 − 1 + 1 moved


def test_a_file_an_office_exported_is_recognised_when_it_comes_back(offices, tmp_path, admin):
    a, _ = offices
    with a.session() as s:
        _fill(s, admin)
        content = export_week(s, MONDAY, tmp_path / "a.ics").read_bytes()
        assert {c.action for c in preview_ics(s, content)} == {"same"}


def test_a_change_raises_the_sequence_and_the_other_office_takes_the_update(offices, tmp_path, admin):
    a, b = offices
    with a.session() as s:
        series = _fill(s, admin)
        before = export_week(s, MONDAY, tmp_path / "a1.ics").read_bytes()
    with b.session() as s:
        import_ics(session=s, actor=admin, content=before)
    with a.session() as s:
        cal.update_event(session=s, actor=admin, event_id=series, scope="all", data=EventInput(
            title="Giao ban Văn phòng", start=datetime(2026, 3, 2, 7, 30), end=datetime(2026, 3, 2, 9),
            rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=8", location="Phòng họp số 2"))
        after = export_week(s, MONDAY, tmp_path / "a2.ics").read_bytes()
        ours_a = imported(s)

    def sequence(content: bytes) -> int:
        return next(int(e["sequence"]) for e in Calendar.from_ical(content).walk("VEVENT") if "RRULE" in e)

    assert sequence(after) > sequence(before)
    with b.session() as s:
        actions = Counter(c.action for c in preview_ics(s, after))
        assert actions == Counter({"update": 1, "same": 2})
        import_ics(session=s, actor=admin, content=after)
        assert imported(s) == ours_a == _occurrences(after)
