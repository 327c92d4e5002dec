"""Demo meetings: today's BTV meeting (prepared, attendance taken), an upcoming BCH
conference, a reception of foreign guests, and two earlier BTV meetings so the
absences-this-year warning has something to show.  Deterministic for a given today.

The conferences are linked to the entries the calendar demo put in the schedule (on
:func:`app.demo.calendar.conference_days`); the reception creates its own entry, at
the first slot where its leaders are free, so each meeting shows once in the week."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from app.demo.calendar import BCH_TITLE, conference_days
from app.demo.office import DemoContext
from app.rules.meetings import AttendanceStatus, DueRule
from app.services.admin.auth import AccountRole, Actor
from app.services.calendar import events as cal
from app.services.calendar.workdays import office_calendar
from app.services.meetings import attendees, documents
from app.services.meetings import calendar_link as meeting_calendar
from app.services.meetings import preparation as meetings
from app.services.meetings.calendar_link import EventChoice
from app.services.meetings.documents import DocumentInput
from app.services.meetings.preparation import MeetingInput
from db.models import MeetingChecklistItem
from db.models.base import id_of

_MORNING = time(8, 0)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _tick_until(session: Session, meeting_id: int, until: datetime, *, keep_open: int = 0) -> None:
    """Tick, as their owners, the items due before *until* (leaving the last *keep_open* undone)."""
    rows = session.exec(select(MeetingChecklistItem).where(MeetingChecklistItem.meeting_id == meeting_id)
                        .order_by(col(MeetingChecklistItem.due), col(MeetingChecklistItem.id))).all()
    due = [(id_of(r), r.owner_id, r.due) for r in rows if r.due <= until]
    for item_id, owner_id, due_at in due[: len(due) - keep_open]:
        actor = Actor(username="demo", role=AccountRole.CLERK, person_id=owner_id)
        done_at = min(due_at - timedelta(hours=2), until)
        meetings.tick_item(session=session, actor=actor, item_id=item_id, at=done_at)


def _give_specialist_items(session: Session, actor: Actor, meeting_id: int, person_id: int) -> None:
    """Hand Phòng Tổng hợp's drafting and minutes to a specialist (the demo 'chuyenvien' account)."""
    for entry in meetings.get_checklist(session=session, meeting_id=meeting_id):
        if entry.department == "tong_hop" and entry.rule in (DueRule.WORKING_DAYS_BEFORE, DueRule.WORKING_DAYS_AFTER):
            meetings.assign_owner(session=session, actor=actor, item_id=entry.id, owner_id=person_id)


def _entry_on(session: Session, day: date, words: str) -> EventChoice | None:
    """The calendar's entry of *day* whose title has *words* (None if the schedule has none)."""
    return next((c for c in meeting_calendar.day_entries(session=session, day=day)
                 if c.linkable and words in c.title), None)


def _free_slot(session: Session, days: list[date], chair: int, leaders: list[int], minutes: int) -> datetime:
    """The first of 9h30 / 14h30 on *days* where the chair and leaders are free (else the first)."""
    for day in days:
        for hour, minute in ((9, 30), (14, 30)):
            start = _at(day, hour, minute)
            data = cal.EventInput(title="Tiếp khách", start=start, end=start + timedelta(minutes=minutes),
                                  kind="reception", chair_id=chair, leader_ids=leaders)
            if not cal.check_event(session, data):
                return start
    return _at(days[0], 9, 30)


def _btv_meeting(session: Session, actor: Actor, ctx: DemoContext, day: date, title: str,
                 absent: list[int], late: list[int] | None = None) -> int:
    p = ctx.people
    entry = _entry_on(session, day, "Ban Thường vụ")
    meeting_id = meetings.create_meeting(session=session, actor=actor, data=MeetingInput(
        "standing_committee", title, _at(day, 8), _at(day, 11, 30), "Phòng họp Ban Thường vụ, tầng 3",
        p["secretary"], event_id=entry.event_id if entry else None))
    attendees.add_body(session=session, actor=actor, meeting_id=meeting_id, body_id=ctx.units["btv"])
    attendees.add_people(session=session, actor=actor, meeting_id=meeting_id,
                         person_ids=[p["chief"], p["deputy1"]], role="delegate")
    rows = attendees.list_attendees(session=session, meeting_id=meeting_id)
    by_person = {a.person_id: a.id for a in rows}
    invited = _at(day - timedelta(days=4), 15, 30)
    attendees.record_invitations(session=session, actor=actor, attendee_ids=[a.id for a in rows],
                                 via="Hộp thư công vụ", sent_at=invited)
    for person_id in absent:
        attendees.notify_absence(session=session, actor=actor, attendee_id=by_person[person_id],
                                 reason="Đi công tác Trung ương", in_writing=True, permitted_by_standing=True,
                                 notified_at=invited + timedelta(days=1))
    present = [a.id for a in rows if a.person_id not in absent and a.person_id not in (late or [])]
    attendees.set_attendance(session=session, actor=actor, attendee_ids=present, status=AttendanceStatus.PRESENT)
    attendees.set_attendance(session=session, actor=actor, attendee_ids=[by_person[x] for x in absent],
                             status=AttendanceStatus.ABSENT)
    if late:
        attendees.set_attendance(session=session, actor=actor, attendee_ids=[by_person[x] for x in late],
                                 status=AttendanceStatus.LATE, reason="Dự buổi làm việc với Bộ Công an")
    return meeting_id


def fill(session: Session, actor: Actor, ctx: DemoContext) -> None:
    workcal = office_calendar(session)
    today = workcal.next_working_day(ctx.today)
    days = conference_days(ctx.today, workcal)
    p, btv = ctx.people, ctx.bodies["btv"]
    specialist = ctx.staff_by_unit["tong_hop"][-1]

    # Two earlier BTV meetings: the same member missed both (a third absence is over the limit).
    for day, month_title in ((days.btv[0], "Hội nghị Ban Thường vụ Tỉnh ủy (phiên thường kỳ)"),
                             (days.btv[1], "Hội nghị Ban Thường vụ Tỉnh ủy (phiên thường kỳ tháng trước)")):
        past = _btv_meeting(session, actor, ctx, day, month_title, absent=[btv[5]])
        _tick_until(session, past, _at(today, 8))

    # Today's BTV meeting: prepared, attendance taken, documents out.
    btv_id = _btv_meeting(session, actor, ctx, today, "Hội nghị Ban Thường vụ Tỉnh ủy: cho ý kiến dự thảo "
                          "Kế hoạch tổ chức Đại hội Đảng bộ các cấp", absent=[btv[5]], late=[btv[8]])
    _give_specialist_items(session, actor, btv_id, specialist)
    _tick_until(session, btv_id, _at(today, 8), keep_open=1)
    attendance = attendees.list_attendees(session=session, meeting_id=btv_id)
    present_ids = [a.id for a in attendance if a.attendance in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)]
    secret = documents.add_document(session=session, actor=actor, meeting_id=btv_id, data=DocumentInput(
        "Tờ trình về công tác cán bộ", secret=True, copies=len(attendance), to_be_retrieved=True))
    documents.add_document(session=session, actor=actor, meeting_id=btv_id, data=DocumentInput(
        "Dự thảo Kế hoạch tổ chức Đại hội Đảng bộ các cấp", copies=len(attendance) + 5))
    documents.give_copies(session=session, actor=actor, document_id=secret, attendee_ids=present_ids,
                          at=_at(today, 7, 45))
    for copy in documents.list_copies(session=session, meeting_id=btv_id)[: max(0, len(present_ids) - 3)]:
        documents.return_copy(session=session, actor=actor, copy_id=copy.id, at=_at(today, 11, 30))

    # The next BCH conference, two days long, about eight working days away.
    bch_first, bch_last = days.bch
    entry = _entry_on(session, bch_first, "Ban Chấp hành")
    bch_id = meetings.create_meeting(session=session, actor=actor, data=MeetingInput(
        "executive_committee", BCH_TITLE, _at(bch_first, 7, 30), _at(bch_last, 17), "Hội trường Tỉnh ủy",
        p["secretary"], important=True, event_id=entry.event_id if entry else None))
    attendees.add_body(session=session, actor=actor, meeting_id=bch_id, body_id=ctx.units["bch"])
    for name, title, organisation in (
            ("Trần Quốc Việt", "Phó Trưởng ban Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương"),
            ("Lê Thị Kim Oanh", "Chủ tịch Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh")):
        attendees.add_guest(session=session, actor=actor, meeting_id=bch_id, full_name=name, title=title,
                            organisation=organisation)
    bch_rows = attendees.list_attendees(session=session, meeting_id=bch_id)
    attendees.notify_absence(session=session, actor=actor, attendee_id=bch_rows[-3].id,
                             reason="Học lớp bồi dưỡng cán bộ lãnh đạo", in_writing=True,
                             notified_at=_at(today, 9))
    _give_specialist_items(session, actor, bch_id, specialist)
    _tick_until(session, bch_id, _at(workcal.add_working_days(today, 1), 17), keep_open=1)
    documents.add_document(session=session, actor=actor, meeting_id=bch_id, data=DocumentInput(
        "Báo cáo tình hình kinh tế – xã hội quý I", copies=len(bch_rows) + 10))

    # A reception of foreign guests in two working days or soon after: it creates its calendar
    # entry (an addition to the published week), where the Thường trực are free.
    candidates = [workcal.add_working_days(today, n) for n in range(2, 7)]
    visit_start = _free_slot(session, candidates, p["secretary"],
                             [p["standing_deputy_secretary"], p["deputy_secretary"], p["deputy3"]], 90)
    visit_id = meetings.create_meeting(session=session, actor=actor, data=MeetingInput(
        "reception", "Thường trực Tỉnh ủy tiếp Đoàn đại biểu tỉnh Champasak (Lào)", visit_start,
        visit_start + timedelta(minutes=90), "Phòng khách Tỉnh ủy", p["secretary"], foreign_guests=True))
    attendees.add_body(session=session, actor=actor, meeting_id=visit_id, body_id=ctx.units["thuong_truc"])
    attendees.add_guest(session=session, actor=actor, meeting_id=visit_id, full_name="Khamphanh Phommathat",
                        title="Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak", organisation="Tỉnh Champasak")
    attendees.add_people(session=session, actor=actor, meeting_id=visit_id, person_ids=[p["deputy3"]],
                         role="service")
    _tick_until(session, visit_id, _at(today, 17))
