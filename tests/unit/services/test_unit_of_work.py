"""Every use case is one transaction: a fault after any of its write statements leaves nothing
of it behind, and a use case that succeeds commits exactly once, with its audit rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import event, func
from sqlmodel import Session, select

from app.demo.office import load_demo
from app.rules.meeting_templates import MeetingKind
from app.services.admin import settings
from app.services.admin.audit import write
from app.services.admin.auth import SYSTEM
from app.services.calendar.ics_import import import_ics
from app.services.calendar.publish import publish_week
from app.services.leave import requests as leave
from app.services.leave import roster as leave_roster
from app.services.leave.approval import decide
from app.services.leave.read import type_by_code
from app.services.meetings import preparation as meetings
from app.services.meetings.documents import outstanding_copies
from app.services.meetings.preparation import MeetingInput
from app.services.org.staff_import import commit_staff_import, preview_staff_import
from app.services.unit_of_work import UnitOfWorkFailed, depth, unit_of_work
from db.models import AuditLog, DutyRoster, Meeting, Setting
from tests.conftest import DEMO_TODAY
from tests.robustness.faults import Boom, changed_tables, fail_after_write, snapshot

MONDAY = DEMO_TODAY


def _meeting(session: Session, *, free: bool = False) -> int:
    rows = session.exec(select(Meeting).where(Meeting.event_id.is_not(None)).order_by(Meeting.id)).all()
    for row in rows:
        if not free or not outstanding_copies(session=session, meeting_id=row.id):
            return row.id
    raise AssertionError("the demo office has no such meeting")


def create_meeting(session: Session, ctx: Any, _setup: Any) -> None:
    meetings.create_meeting(session=session, actor=SYSTEM, data=MeetingInput(
        MeetingKind.STANDING_MEMBERS, "Họp Thường trực thử lỗi", datetime(2026, 3, 12, 8), datetime(2026, 3, 12, 10),
        "Phòng họp số 1", ctx.people["secretary"]))


def move_meeting(session: Session, _ctx: Any, _setup: Any) -> None:
    meeting_id = _meeting(session)
    meetings.move_meeting(session=session, actor=SYSTEM, meeting_id=meeting_id,
                          start=datetime(2026, 4, 8, 14), end=datetime(2026, 4, 8, 16))


def cancel_meeting(session: Session, _ctx: Any, _setup: Any) -> None:
    meetings.cancel_meeting(session=session, actor=SYSTEM, meeting_id=_meeting(session))


def delete_meeting(session: Session, _ctx: Any, _setup: Any) -> None:
    meetings.delete_meeting(session=session, actor=SYSTEM, meeting_id=_meeting(session, free=True))


def _draft(session: Session, ctx: Any) -> leave.LeaveDraft:
    person = ctx.staff_by_unit["tong_hop"][-1]
    return leave.LeaveDraft(person, type_by_code(session, "annual").id, date(2026, 11, 16), date(2026, 11, 17))


def file_leave(session: Session, ctx: Any, _setup: Any) -> None:
    leave.file_request(session=session, actor=SYSTEM, draft=_draft(session, ctx), today=DEMO_TODAY)


def filed_leave(session: Session, ctx: Any) -> int:
    return leave.file_request(session=session, actor=SYSTEM, draft=_draft(session, ctx), today=DEMO_TODAY)


def decide_leave(session: Session, _ctx: Any, request_id: int) -> None:
    decide(session=session, actor=SYSTEM, request_id=request_id, approve=True, comment="Đồng ý",
           override_balance=True, today=DEMO_TODAY)


def generate_roster(session: Session, _ctx: Any, _setup: Any) -> None:
    roster_id = session.exec(select(DutyRoster.id).order_by(DutyRoster.id)).first()
    leave_roster.generate_rotation(session=session, actor=SYSTEM, roster_id=roster_id, keep_manual=False)


def staff_sheet(_session: Session, _ctx: Any, folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["HỌ VÀ TÊN", "Chức vụ", "Đơn vị", "Số điện thoại"])
    sheet.append(["Nguyễn Thị Thử", "Chuyên viên", "Phòng Tổng hợp", "0912345678"])
    sheet.append(["Trần Văn Lỗi", "Chuyên viên", "Phòng Hành chính", "0912345679"])
    path = folder / "can-bo.xlsx"
    book.save(path)
    return path


def import_staff(session: Session, _ctx: Any, path: Path) -> None:
    preview = preview_staff_import(session=session, path=path, today=DEMO_TODAY)
    assert len(preview.valid_rows) == 2
    commit_staff_import(session=session, actor=SYSTEM, preview=preview)


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//EN
BEGIN:VEVENT
UID:fault-1
SUMMARY:Khám sức khỏe định kỳ
DTSTART;TZID=Asia/Ho_Chi_Minh:20260305T080000
DTEND;TZID=Asia/Ho_Chi_Minh:20260305T100000
END:VEVENT
BEGIN:VEVENT
UID:fault-2
SUMMARY:Họp tổ hàng tuần
DTSTART;TZID=Asia/Ho_Chi_Minh:20260302T150000
DTEND;TZID=Asia/Ho_Chi_Minh:20260302T160000
RRULE:FREQ=WEEKLY;COUNT=4
END:VEVENT
END:VCALENDAR
""".encode()


def ics(session: Session, _ctx: Any, _setup: Any) -> None:
    result = import_ics(session=session, actor=SYSTEM, content=ICS)
    assert len(result.created) == 2


def publish(session: Session, _ctx: Any, _setup: Any) -> None:
    publish_week(session=session, actor=SYSTEM, monday=MONDAY, note="Bản thử")


def save_settings(session: Session, _ctx: Any, _setup: Any) -> None:
    settings.set_values(session=session, actor=SYSTEM, values={"ui.theme": "dark", "backup.keep": 20})


@dataclass(frozen=True)
class UseCase:
    name: str
    run: Callable[[Session, Any, Any], None]
    setup: Callable[[Session, Any], Any] | None = None
    audit_rows: int = 1


USE_CASES = [
    UseCase("meeting create", create_meeting, audit_rows=2),
    UseCase("meeting move", move_meeting, audit_rows=2),
    UseCase("meeting cancel", cancel_meeting, audit_rows=2),
    UseCase("meeting delete", delete_meeting, audit_rows=2),
    UseCase("leave filing with its chain", file_leave),
    UseCase("leave decision", decide_leave, setup=filed_leave),
    UseCase("roster generation", generate_roster),
    UseCase("staff import", import_staff, setup=None),
    UseCase("ICS import", ics, audit_rows=1),  # one event.import row for the whole file
    UseCase("publish week", publish),
    UseCase("settings", save_settings, audit_rows=2),
]


def commits_of(session: Session) -> list[int]:
    commits = [0]

    def count(_session: Session) -> None:
        commits[0] += 1

    event.listen(session, "after_commit", count)
    return commits


def audit_count(session: Session) -> int:
    return session.exec(select(func.count()).select_from(AuditLog)).one()


def fault_every_write(database: Any, run: Callable[[Session], None], *, growth: float = 1.0) -> tuple[int, int]:
    """Run *run* once per write statement k (k = 1, 2, … or a growing sequence), raising right
    after the k-th; each time every table must be as it was. The run that gets past its last
    write must commit exactly once. Returns its number of write statements and audit rows."""
    before = snapshot(database.engine)
    audits = audit_count_of(database)
    k = 1
    while True:
        with fail_after_write(database.engine, k) as seen, database.session() as session:
            commits = commits_of(session)
            try:
                run(session)
            except (Boom, UnitOfWorkFailed):
                assert commits[0] == 0
            else:
                assert seen[0] < k
                assert commits[0] == 1
                break
        assert changed_tables(before, snapshot(database.engine)) == [], f"left behind after write {k}"
        k = max(k + 1, int(k * growth))
    assert k > 1, "the use case wrote nothing"
    return seen[0], audit_count_of(database) - audits


def audit_count_of(database: Any) -> int:
    with database.session() as session:
        return audit_count(session)


@pytest.mark.parametrize("case", USE_CASES, ids=lambda case: case.name)
def test_a_fault_after_any_write_of_a_use_case_leaves_nothing_and_success_commits_once_with_its_audit(
        demo_db, tmp_path, case):
    ctx = demo_db.demo
    with demo_db.session() as session:
        setup = case.setup(session, ctx) if case.setup else (
            staff_sheet(session, ctx, tmp_path) if case.run is import_staff else None)
    _writes, audits = fault_every_write(demo_db, lambda session: case.run(session, ctx, setup))
    assert audits == case.audit_rows


def test_a_fault_anywhere_in_loading_the_demo_office_leaves_the_database_empty(database):
    writes, _audits = fault_every_write(database, lambda session: load_demo(session=session, actor=SYSTEM, today=DEMO_TODAY),
                               growth=2.5)
    assert writes > 500


def test_an_inner_unit_of_work_joins_the_outer_one_and_only_the_outermost_commits(session):
    commits = commits_of(session)
    with unit_of_work(session):
        with write(session, SYSTEM, "setting.test"):
            session.add(Setting(key="a", value="1"))
            assert depth(session) == 2
        assert commits[0] == 0
        with unit_of_work(session):
            session.add(Setting(key="b", value="2"))
    assert (commits[0], depth(session)) == (1, 0)
    assert session.get(Setting, "b") is not None


def test_an_inner_failure_caught_by_the_caller_still_rolls_the_whole_use_case_back(session):
    with pytest.raises(UnitOfWorkFailed), unit_of_work(session):
        session.add(Setting(key="a", value="1"))
        try:
            with unit_of_work(session):
                raise ValueError("inner step failed")
        except ValueError:
            pass
    assert session.get(Setting, "a") is None
    with unit_of_work(session):  # the next use case starts clean
        session.add(Setting(key="b", value="2"))
    assert session.get(Setting, "b") is not None
