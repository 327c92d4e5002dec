"""ICS import against an independent expansion (recurring-ical-events) of a corpus of real
calendars (tests/data/ics, see LICENSES.md), and the import's own behaviour."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.services.admin.database import open_app_database
from app.services.calendar.ics_import import import_ics, preview_ics
from app.services.calendar.read import entries_between
from tests.ics_agreement import CORPUS, agreement_of

FILES = sorted(CORPUS.glob("*.ics"))


def test_every_occurrence_of_the_corpus_agrees_with_recurring_ical_events(tmp_path):
    assert len(FILES) >= 30
    results = [agreement_of(path, lambda stem: open_app_database(str(tmp_path / f"{stem}.sqlite3")))
               for path in FILES]
    expected, matched = sum(r.expected for r in results), sum(r.matched for r in results)
    print(f"\nICS agreement: {matched}/{expected} occurrences ({100 * matched / expected:.2f}%) "
          f"in {len(results)} files")
    wrong = {r.name: (r.missing[:3], r.extra[:3]) for r in results if r.missing or r.extra}
    assert wrong == {}
    assert expected > 31000


EDITED_FIRST = b"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
UID:monthly@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20260316T090000
DTSTART;TZID=Europe/Berlin:20260317T100000
DTEND;TZID=Europe/Berlin:20260317T110000
SUMMARY:Monthly (moved)
END:VEVENT
BEGIN:VEVENT
UID:monthly@google.com
DTSTART;TZID=Europe/Berlin:20260119T090000
DTEND;TZID=Europe/Berlin:20260119T100000
RRULE:FREQ=MONTHLY;BYDAY=3MO;COUNT=6
SEQUENCE:1
SUMMARY:Monthly
END:VEVENT
END:VCALENDAR
"""


def _starts(session, title):  # noqa: ANN001, ANN202
    return [e.start for e in entries_between(session, datetime(2026, 1, 1), datetime(2027, 1, 1)) if e.title == title]


def test_an_edited_instance_before_its_series_becomes_an_exception_of_the_series(session, admin):
    preview = preview_ics(session, EDITED_FIRST)
    assert [(c.action, c.recurring, c.edited, c.zone) for c in preview] == [("create", True, 1, "Europe/Berlin")]
    import_ics(session=session, actor=admin, content=EDITED_FIRST)
    # 09:00 in Berlin is 15:00 in Việt Nam in winter, 14:00 in summer (from 29 March)
    assert _starts(session, "Monthly") == [datetime(2026, 1, 19, 15), datetime(2026, 2, 16, 15),
                                           datetime(2026, 4, 20, 14), datetime(2026, 5, 18, 14),
                                           datetime(2026, 6, 15, 14)]
    assert _starts(session, "Monthly (moved)") == [datetime(2026, 3, 17, 16)]


def test_importing_the_same_file_again_changes_nothing_and_a_newer_sequence_updates(session, admin):
    first = import_ics(session=session, actor=admin, content=EDITED_FIRST)
    again = import_ics(session=session, actor=admin, content=EDITED_FIRST)
    assert len(first.created) == 1 and again.created == [] and again.unchanged == ["Monthly"]
    newer = EDITED_FIRST.replace(b"SEQUENCE:1", b"SEQUENCE:2").replace(b"COUNT=6", b"COUNT=3")
    assert [c.action for c in preview_ics(session, newer)] == ["update"]
    updated = import_ics(session=session, actor=admin, content=newer)
    assert updated.updated == first.created
    assert _starts(session, "Monthly") == [datetime(2026, 1, 19, 15), datetime(2026, 2, 16, 15)]
    assert _starts(session, "Monthly (moved)") == [datetime(2026, 3, 17, 16)]


def test_an_instant_is_imported_as_an_instant(session, admin):
    content = (CORPUS / "vanphong_cases.ics").read_bytes()
    import_ics(session=session, actor=admin, content=content)
    deadline = [e for e in entries_between(session, datetime(2026, 3, 25), datetime(2026, 3, 26))
                if e.title == "Hạn nộp báo cáo tháng"]
    assert [(e.start, e.end) for e in deadline] == [(datetime(2026, 3, 25, 17), datetime(2026, 3, 25, 17))]


@pytest.mark.parametrize("day", [date(2026, 2, 9), date(2026, 7, 6)])
def test_a_monday_evening_in_new_york_is_a_tuesday_morning_in_viet_nam_all_year(session, admin, day):
    import_ics(session=session, actor=admin, content=(CORPUS / "vanphong_cases.ics").read_bytes())
    title = "Họp trực tuyến với đối tác (thứ Hai, thứ Tư ở New York)"
    week = entries_between(session, datetime.combine(day, datetime.min.time()),
                           datetime.combine(day, datetime.min.time()).replace(day=day.day + 7))
    starts = [e.start for e in week if e.title == title]
    hour = 8 if day.month == 2 else 7  # 20:30 EST = 08:30 next day; EDT = 07:30
    assert [(s.weekday(), s.hour, s.minute) for s in starts] == [(1, hour, 30), (3, hour, 30)]
