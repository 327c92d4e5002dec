"""Meetings: the attendance sheet of 500 attendees, and checklists for 1,000 meetings."""

from __future__ import annotations

import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from app.demo.office import load_demo
from app.rules.meetings import MeetingKind, checklist
from app.rules.workdays import WorkCalendar
from app.services.admin.auth import SYSTEM
from app.services.admin.database import open_app_database
from app.services.meetings import preparation as meetings
from app.services.meetings.printouts import meeting_printout
from db.models import Attendee


def bench_attendance_sheet() -> list[tuple[str, float]]:
    from app.reports.attendance_pdf import write_attendance_sheet
    from app.reports.nameplates_pdf import write_nameplates

    with tempfile.TemporaryDirectory() as tmp:
        database = open_app_database(str(Path(tmp) / "bench.sqlite3"))
        try:
            with database.session() as session:
                ctx = load_demo(session=session, actor=SYSTEM, today=date(2026, 3, 2))
                meeting_id = meetings.create_meeting(session=session, actor=SYSTEM, data=meetings.MeetingInput(
                    "executive_committee", "Hội nghị Ban Chấp hành mở rộng", datetime(2026, 3, 20, 7, 30),
                    datetime(2026, 3, 20, 17), "Hội trường Tỉnh ủy", ctx.people["secretary"]))
                session.execute(insert(Attendee), [
                    {"meeting_id": meeting_id, "full_name": f"Nguyễn Thị Thu Hương {i:03d}",
                     "title": "Bí thư Đảng ủy xã", "organisation": f"Đảng ủy xã Đạ Huoai {i:03d}",
                     "role": "delegate", "leader": False, "member": False, "invitation_via": "",
                     "absence_reason": "", "absence_in_writing": False, "permitted_by_standing": False,
                     "attendance": "", "attendance_reason": "", "notes": ""} for i in range(499)])
                session.commit()
                t0 = time.perf_counter()
                printout = meeting_printout(session=session, meeting_id=meeting_id)
                gathered = time.perf_counter() - t0
            t0 = time.perf_counter()
            write_attendance_sheet(printout, Path(tmp) / "sheet.pdf")
            sheet = time.perf_counter() - t0
            t0 = time.perf_counter()
            write_nameplates(printout, Path(tmp) / "plates.pdf")
            plates = time.perf_counter() - t0
        finally:
            database.dispose()
    return [
        (f"attendance data for {len(printout.attendees)} attendees (protocol order, tally)", gathered),
        (f"attendance sheet PDF, {len(printout.attendees)} attendees", sheet),
        (f"name plates PDF, {len(printout.attendees)} pages", plates),
    ]


def bench_checklists() -> list[tuple[str, float]]:
    cal = WorkCalendar.vietnam()
    kinds = list(MeetingKind)
    starts = [datetime(2026, 1, 5, 8) + timedelta(days=i % 360, hours=i % 6) for i in range(1000)]
    t0 = time.perf_counter()
    items = 0
    for i, start in enumerate(starts):
        items += len(checklist(kinds[i % len(kinds)], start, start + timedelta(hours=3), cal))
    rules_time = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        database = open_app_database(str(Path(tmp) / "bench.sqlite3"))
        try:
            with database.session() as session:
                t0 = time.perf_counter()
                for i, start in enumerate(starts):
                    meetings.create_meeting(session=session, actor=SYSTEM, data=meetings.MeetingInput(
                        kinds[i % len(kinds)], f"Cuộc họp {i}", start, start + timedelta(hours=3)))
                service_time = time.perf_counter() - t0
                t0 = time.perf_counter()
                listed = meetings.list_meetings(session=session)
                list_time = time.perf_counter() - t0
        finally:
            database.dispose()
    return [
        (f"checklist() for 1,000 meetings ({items} items, rules only)", rules_time),
        ("create_meeting for 1,000 meetings (checklists and calendar entries stored)", service_time),
        (f"list_meetings with progress, {len(listed)} meetings", list_time),
    ]
