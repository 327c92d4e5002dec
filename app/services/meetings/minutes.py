"""Biên bản and thông báo kết luận of a meeting: their data gathered from the meeting, its
attendance tally and documents; the minute taker (003 §II.1.1: the chief of office for a
personnel meeting); absent members' written comments (004 Điều 10.4, 11.4); the minutes'
deadline from the checklist (7 working days after, 003 §II.1.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, col, select

from app.errors import InvalidInput
from app.rules.meetings import KIND_BODY, AttendanceStatus, AttendeeRole
from app.rules.register import blank_symbol, document_symbol, number_label
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.lookup import get_or_raise
from app.services.meetings import register
from app.services.meetings.attendees import attendance_tally
from app.services.meetings.checklist import meeting_row
from app.services.meetings.documents import list_documents
from app.services.meetings.paper_common import (
    BODY_NAMES,
    SignerChoice,
    default_recipients,
    document_type_for,
    person_with_role,
    signer_block,
)
from app.services.meetings.preparation import get_meeting
from app.services.meetings.printouts import when_text
from app.services.org.read import OfficeInfo, get_office
from app.text import nfc
from db.models import Attendee, ChecklistTemplateItem, MeetingChecklistItem, Person, Position
from db.models.base import id_of, now_local

__all__ = [
    "AbsentMember",
    "Absentee",
    "ConclusionsPaper",
    "MinutesPaper",
    "PaperOptions",
    "absent_members",
    "conclusions_paper",
    "issue_paper",
    "minute_taker",
    "minute_taker_choice",
    "minutes_item_id",
    "minutes_paper",
    "record_written_comments",
    "set_minute_taker",
]

MINUTES_TASK_KEY = "th.minutes"  # the checklist item "Hoàn thành biên bản hội nghị"


@dataclass(frozen=True)
class PaperOptions:
    number: int | None = None  # None: a draft, the number left blank
    day: date | None = None  # date of the document (default: the meeting's day / today)
    signer: SignerChoice = field(default_factory=SignerChoice)
    recipients: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonLine:
    name: str
    title: str

    @property
    def text(self) -> str:
        return f"{self.name}, {self.title}" if self.title else self.name


@dataclass(frozen=True)
class Absentee:
    name: str
    title: str
    reason: str
    comments: str  # written comments on the drafts (004 Điều 10.4, 11.4)


@dataclass(frozen=True)
class MinutesPaper:
    office: OfficeInfo | None
    meeting_id: int
    number_label: str
    day: date
    subject: str
    body: str  # "Ban Thường vụ" for a BCH/BTV/Thường trực meeting, else ""
    when: str
    start: datetime
    location: str
    chair: PersonLine | None
    minute_taker: PersonLine | None
    personnel: bool
    invited: int
    present: int
    late: tuple[str, ...]
    absentees: tuple[Absentee, ...]
    members: int  # members of the body on the list (quorum count), 0 without a quorum rule
    members_present: int
    quorum_needed: int
    quorum_met: bool | None  # None: no quorum rule for this kind
    agenda: tuple[str, ...]
    minutes_due: datetime | None


@dataclass(frozen=True)
class ConclusionsPaper:
    office: OfficeInfo | None
    meeting_id: int
    number_label: str
    day: date
    subject: str
    when: str
    location: str
    chair: PersonLine | None
    attendance: str  # "Tham dự có các đồng chí Ủy viên Ban Thường vụ …" (counted)
    agenda: tuple[str, ...]
    signer_lines: tuple[str, ...]
    signer_name: str
    recipients: tuple[str, ...]


def _person_line(session: Session, person_id: int | None) -> PersonLine | None:
    person = session.get(Person, person_id) if person_id else None
    if person is None:
        return None
    position = session.get(Position, person.position_id) if person.position_id else None
    return PersonLine(person.full_name, position.title if position else "")


def minute_taker(session: Session, meeting_id: int) -> PersonLine | None:
    """Who takes the minutes: the chief of office for a personnel meeting (003 §II.1.1), else the
    person assigned on the meeting (none yet: blank)."""
    row = meeting_row(session, meeting_id)
    if row.personnel:
        chief = person_with_role(session, "chief")
        return _person_line(session, chief.id) if chief else None
    return _person_line(session, row.minute_taker_id)


def set_minute_taker(*, session: Session, actor: Actor, meeting_id: int, personnel: bool,
                     person_id: int | None = None) -> None:
    """Mark the meeting personnel (tổ chức, cán bộ) or not, and assign the minute taker."""
    require(actor, Permission.MEETINGS_WRITE)
    row = meeting_row(session, meeting_id)
    if person_id is not None:
        get_or_raise(session, Person, person_id, f"Không có người mã {person_id}.")
    with write(session, actor, "meeting.minute_taker", f"meeting:{meeting_id}",
               f"personnel={personnel} person={person_id}"):
        row.personnel, row.minute_taker_id = personnel, person_id
        session.add(row)


@dataclass(frozen=True)
class AbsentMember:
    attendee_id: int
    name: str
    comments: str


def absent_members(*, session: Session, meeting_id: int) -> list[AbsentMember]:
    """Who was marked absent, with the written comments recorded so far."""
    meeting_row(session, meeting_id)
    rows = session.exec(select(Attendee).where(Attendee.meeting_id == meeting_id,
                                               Attendee.attendance == AttendanceStatus.ABSENT.value)
                        .order_by(col(Attendee.id))).all()
    return [AbsentMember(id_of(r), r.full_name, r.written_comments) for r in rows]


def minute_taker_choice(*, session: Session, meeting_id: int) -> tuple[bool, int | None]:
    """(personnel meeting?, the minute taker assigned) as stored on the meeting."""
    row = meeting_row(session, meeting_id)
    return row.personnel, row.minute_taker_id


def record_written_comments(*, session: Session, actor: Actor, attendee_id: int, comments: str) -> None:
    """Store an absent member's written comments on the drafts (004 Điều 10.4, 11.4)."""
    require(actor, Permission.MEETINGS_WRITE)
    row = get_or_raise(session, Attendee, attendee_id, f"Không có đại biểu mã {attendee_id}.")
    with write(session, actor, "attendee.written_comments", f"attendee:{attendee_id}"):
        row.written_comments = nfc(comments)
        session.add(row)


def _label(session: Session, purpose: str, number: int | None) -> tuple[str, str]:
    layout, code = register.office_layout(session)
    type_code = document_type_for(session, purpose)
    symbol = document_symbol(number, type_code, code, layout) if number else blank_symbol(type_code, code, layout)
    return number_label(symbol, layout), type_code


def _agenda(session: Session, meeting_id: int, notes: str) -> tuple[str, ...]:
    documents = [d.title for d in list_documents(session=session, meeting_id=meeting_id)]
    return tuple(documents) or tuple(line.strip(" -•") for line in notes.splitlines() if line.strip())


def minutes_item_id(*, session: Session, meeting_id: int) -> int | None:
    """The meeting's checklist item "Hoàn thành biên bản hội nghị" (7 working days after)."""
    item = _minutes_item(session, meeting_id)
    return item.id if item else None


def _minutes_due(session: Session, meeting_id: int) -> datetime | None:
    item = _minutes_item(session, meeting_id)
    return item.due if item else None


def _minutes_item(session: Session, meeting_id: int) -> MeetingChecklistItem | None:
    return session.exec(select(MeetingChecklistItem)
                        .join(ChecklistTemplateItem, col(MeetingChecklistItem.template_item_id) == ChecklistTemplateItem.id)
                        .where(MeetingChecklistItem.meeting_id == meeting_id,
                               ChecklistTemplateItem.key.endswith(MINUTES_TASK_KEY))).first()


def minutes_paper(*, session: Session, meeting_id: int, options: PaperOptions | None = None) -> MinutesPaper:
    options = options or PaperOptions()
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    row = meeting_row(session, meeting_id)
    tally = attendance_tally(session=session, meeting_id=meeting_id)
    label, _type = _label(session, "minutes", options.number)
    rows = {r.id: r for r in session.exec(select(Attendee).where(Attendee.meeting_id == meeting_id))}
    absentees = tuple(Absentee(a.full_name, a.title, a.attendance_reason or a.absence_reason,
                               rows[a.id].written_comments) for a in tally.absentees)
    late = tuple(r.full_name for r in rows.values()
                 if r.attendance == AttendanceStatus.LATE and r.role != AttendeeRole.SERVICE)
    quorum = tally.quorum
    return MinutesPaper(
        office=get_office(session), meeting_id=meeting_id, number_label=label,
        day=options.day or meeting.start.date(), subject=meeting.title,
        body=BODY_NAMES.get(KIND_BODY.get(meeting.kind, ""), ""), when=when_text(meeting.start, meeting.end),
        start=meeting.start, location=meeting.location, chair=_person_line(session, meeting.chair_id),
        minute_taker=minute_taker(session, meeting_id), personnel=row.personnel, invited=tally.total,
        present=tally.present + tally.late, late=late, absentees=absentees,
        members=quorum.members if quorum.applies else 0, members_present=quorum.present,
        quorum_needed=quorum.needed, quorum_met=quorum.met if quorum.applies else None,
        agenda=_agenda(session, meeting_id, meeting.notes), minutes_due=_minutes_due(session, meeting_id))


def conclusions_paper(*, session: Session, meeting_id: int, options: PaperOptions | None = None) -> ConclusionsPaper:
    options = options or PaperOptions()
    meeting = get_meeting(session=session, meeting_id=meeting_id)
    office = get_office(session)
    label, _type = _label(session, "conclusions", options.number)
    tally = attendance_tally(session=session, meeting_id=meeting_id)
    body = BODY_NAMES.get(KIND_BODY.get(meeting.kind, ""), "")
    who = ("các đồng chí Thường trực" if body == "Thường trực" else f"các đồng chí Ủy viên {body}" if body
           else "các đồng chí đại biểu")
    attended = tally.present + tally.late
    attendance = (f"Tham dự có {who} ({attended}/{tally.total} đại biểu có mặt)." if tally.not_taken < tally.total
                  else f"Tham dự có {who} theo giấy mời.")
    default_body = body or ("Chủ tịch" if office and office.kind == "state" else "Ban Thường vụ")
    signer = signer_block(session, options.signer, default_body=default_body)
    return ConclusionsPaper(
        office=office, meeting_id=meeting_id, number_label=label, day=options.day or now_local().date(),
        subject=meeting.title, when=when_text(meeting.start, meeting.end), location=meeting.location,
        chair=_person_line(session, meeting.chair_id), attendance=attendance,
        agenda=_agenda(session, meeting_id, meeting.notes), signer_lines=signer.lines, signer_name=signer.name,
        recipients=options.recipients or default_recipients(office, first="Các đồng chí Ủy viên Ban Thường vụ"))


def issue_paper(*, session: Session, actor: Actor, purpose: str, meeting_id: int | None = None, period: str = "",
                title: str, number: int | None = None, day: date | None = None) -> register.RegisterEntry:
    """Take the number of a minutes, conclusions or programme document from the register."""
    if purpose not in ("minutes", "conclusions", "programme"):
        raise InvalidInput(f"Không phát hành được loại văn bản {purpose!r} ở đây.")
    if meeting_id is not None:
        meeting_row(session, meeting_id)
    return register.issue(session=session, actor=actor, type_code=document_type_for(session, purpose),
                          title=title, issued_on=day, number=number, purpose=purpose, meeting_id=meeting_id,
                          period=period)
