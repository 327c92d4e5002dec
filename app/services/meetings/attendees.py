"""Who comes to a meeting: attendees, invitations, advance absence notices, attendance,
the quorum and each member's absences this year (003 §II.1.2; 004 Điều 10.1, 11.1).

The leaders on the list (less those who announced they will be absent) are the leaders of the
meeting's calendar entry: every change of the list is passed on (app.services.meetings.calendar_link)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, and_, col, or_, select

from app.errors import Conflict, InvalidInput, NotFound
from app.reports.data.meetings import (
    AttendeeInfo as AttendeeInfo,  # the printouts' types, re-exported
)
from app.reports.data.meetings import QuorumStatus as QuorumStatus
from app.reports.data.meetings import Tally as Tally
from app.rules import meetings as rules
from app.rules.meetings import (
    ABSENCE_LIMIT,
    KIND_BODY,
    QUORUM_KINDS,
    AttendanceRecord,
    AttendanceStatus,
    AttendeeRole,
    MeetingKind,
)
from app.rules.protocol import LEADER_ROLES, ROLE_LABELS, protocol_key
from app.services.admin import settings
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.lookup import get_or_raise
from app.services.meetings import calendar_link as links
from app.services.meetings.checklist import meeting_row
from app.text import nfc
from db.models import Attendee, BodyMember, DocumentCopy, Meeting, Person, Position, Unit
from db.models.base import id_of, now_local, stored_id

INVITATION_CHANNELS = ("Hộp thư công vụ", "Giấy mời", "Điện thoại", "Tin nhắn", "Trực tiếp")


def _body_id(session: Session, kind: MeetingKind) -> int | None:
    code = KIND_BODY.get(kind)
    if code is None:
        return None
    return session.exec(select(Unit.id).where(Unit.code == code)).first()


def _body_members(session: Session, body_id: int | None) -> dict[int, str]:
    """person id → their title in the body ("" if none was given)."""
    if body_id is None:
        return {}
    return {m.person_id: m.title for m in session.exec(select(BodyMember).where(BodyMember.body_id == body_id))}


def attendee_row(session: Session, meeting: Meeting, person_id: int, *, role: AttendeeRole | str = "delegate",
                 members: dict[int, str] | None = None) -> Attendee:
    """A new attendee row for a person of the org chart (name, title and unit copied)."""
    return attendee_rows(session, meeting, [person_id], role=role, members=members)[0]


def attendee_rows(session: Session, meeting: Meeting, person_ids: list[int], *,
                  role: AttendeeRole | str = "delegate", members: dict[int, str] | None = None,
                  skip_unknown: bool = False) -> list[Attendee]:
    """New attendee rows for people of the org chart, in the order given, from one query (an id of
    no one is NotFound, or left out with *skip_unknown*)."""
    role = _role(role)
    found = {person.id: (person, position, unit) for person, position, unit in session.exec(
        select(Person, Position, Unit).join(Position, col(Person.position_id) == Position.id, isouter=True)
        .join(Unit, col(Person.unit_id) == Unit.id, isouter=True).where(col(Person.id).in_(person_ids)))}
    missing = [pid for pid in person_ids if pid not in found]
    if skip_unknown:
        person_ids = [pid for pid in person_ids if pid in found]
    elif missing:
        raise NotFound(f"Không tìm thấy cán bộ có mã {missing[0]}.")
    if members is None:
        members = _body_members(session, _body_id(session, MeetingKind(meeting.kind)))
    rows = []
    for person_id in person_ids:
        person, position, unit = found[person_id]
        title = members.get(person_id) or (position.title if position else "")
        rows.append(Attendee(meeting_id=id_of(meeting), person_id=person_id, full_name=person.full_name, title=title,
                             organisation=unit.name if unit else "", rank=position.rank if position else None,
                             leader=bool(position and position.role in LEADER_ROLES), role=role.value,
                             member=person_id in members))
    return rows


def _role(role: AttendeeRole | str) -> AttendeeRole:
    try:
        return AttendeeRole(role)
    except ValueError:
        raise InvalidInput(f"Vai trò không hợp lệ: {role}") from None


def _attendee(session: Session, attendee_id: int) -> Attendee:
    return get_or_raise(session, Attendee, attendee_id, f"Không tìm thấy đại biểu có mã {attendee_id}.")


# -- reading ---------------------------------------------------------------------------

def member_absences(session: Session, meeting: Meeting) -> dict[int, int]:
    """person id → meetings of the same kind missed in the meeting's year up to this one, this one
    included (004 Điều 10.1: not absent more than 2 times a year — a later meeting's absence does
    not count against an earlier one)."""
    year = meeting.start_at.year
    earlier = or_(col(Meeting.start_at) < meeting.start_at,
                  and_(col(Meeting.start_at) == meeting.start_at, col(Meeting.id) <= meeting.id))
    rows = session.exec(
        select(Attendee.person_id, Meeting.start_at, Attendee.attendance)
        .join(Meeting, col(Attendee.meeting_id) == Meeting.id)
        .where(Meeting.kind == meeting.kind, Attendee.member, col(Attendee.person_id).is_not(None),
               Attendee.attendance == AttendanceStatus.ABSENT.value,
               Meeting.start_at >= datetime(year, 1, 1), earlier)).all()
    records = [AttendanceRecord(stored_id(pid), start.date(), status) for pid, start, status in rows]
    return rules.absences_by_person(records, year, up_to=meeting.start_at.date())


def list_attendees(*, session: Session, meeting_id: int) -> list[AttendeeInfo]:
    """The attendees in protocol order, members with their absences this year."""
    meeting = meeting_row(session, meeting_id)
    rows = session.exec(select(Attendee).where(Attendee.meeting_id == meeting_id)).all()
    absences = member_absences(session, meeting) if MeetingKind(meeting.kind) in KIND_BODY else {}
    limit = int(settings.get(session, ABSENCE_LIMIT))
    result = []
    for r in rows:
        count = absences.get(r.person_id, 0) if r.member and r.person_id is not None else 0
        role = AttendeeRole(r.role)
        result.append(AttendeeInfo(
            id_of(r), r.meeting_id, r.person_id, r.full_name, r.title, r.organisation, r.rank, r.leader, role,
            ROLE_LABELS[role], r.member, r.invitation_sent_at, r.invitation_via, r.absence_notified_at,
            r.absence_reason, r.absence_in_writing, r.permitted_by_standing,
            AttendanceStatus(r.attendance) if r.attendance else None, r.attendance_reason, r.notes,
            count, rules.over_absence_limit(count, limit)))
    return sorted(result, key=lambda a: protocol_key(full_name=a.full_name, rank=a.rank, role=a.role,
                                                     leader=a.leader))


def quorum_status(*, session: Session, meeting_id: int) -> QuorumStatus:
    meeting = meeting_row(session, meeting_id)
    kind = MeetingKind(meeting.kind)
    rows = session.exec(select(Attendee).where(Attendee.meeting_id == meeting_id, Attendee.member)).all()
    present = sum(1 for r in rows if r.attendance in (AttendanceStatus.PRESENT, AttendanceStatus.LATE))
    body = _body_members(session, _body_id(session, kind))
    listed = {r.person_id for r in rows}
    missing_ids = [pid for pid in body if pid not in listed]
    names = {p.id: p.full_name for p in session.exec(select(Person).where(col(Person.id).in_(missing_ids)))}
    members = len(rows)
    return QuorumStatus(kind in QUORUM_KINDS, members, present, rules.quorum_needed(members),
                        rules.quorum_met(members, present), sorted(names.values()))


def attendance_tally(*, session: Session, meeting_id: int) -> Tally:
    people = [a for a in list_attendees(session=session, meeting_id=meeting_id)
              if a.role is not AttendeeRole.SERVICE]
    count = {status: sum(1 for a in people if a.attendance is status) for status in AttendanceStatus}
    return Tally(len(people), count[AttendanceStatus.PRESENT], count[AttendanceStatus.LATE],
                 count[AttendanceStatus.ABSENT], sum(1 for a in people if a.attendance is None),
                 quorum_status(session=session, meeting_id=meeting_id),
                 [a for a in people if a.attendance is AttendanceStatus.ABSENT])


# -- adding and removing ---------------------------------------------------------------

def add_people(*, session: Session, actor: Actor, meeting_id: int, person_ids: list[int],
               role: AttendeeRole | str = AttendeeRole.DELEGATE) -> int:
    """Invite people of the org chart; those already on the list are skipped. Returns how many were added."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting = meeting_row(session, meeting_id)
    role = _role(role)
    listed = set(session.exec(select(Attendee.person_id).where(Attendee.meeting_id == meeting_id)).all())
    members = _body_members(session, _body_id(session, MeetingKind(meeting.kind)))
    new_ids = [pid for pid in dict.fromkeys(person_ids) if pid not in listed]
    rows = attendee_rows(session, meeting, new_ids, role=role, members=members) if new_ids else []
    if not rows:
        return 0
    with write(session, actor, "attendee.add", f"meeting:{meeting_id}", f"{len(rows)} người"):
        session.add_all(rows)
        links.sync_leaders(session, actor, meeting_id)
    return len(rows)


def add_body(*, session: Session, actor: Actor, meeting_id: int, body_id: int) -> int:
    """Invite every member of a leadership body (BCH, BTV, Thường trực)."""
    body = session.get(Unit, body_id)
    if body is None or body.kind != "body":
        raise NotFound("Không tìm thấy cơ quan lãnh đạo đã chọn.")
    ids = list(session.exec(select(BodyMember.person_id).join(Person, col(BodyMember.person_id) == Person.id)
                            .where(BodyMember.body_id == body_id, Person.active)).all())
    return add_people(session=session, actor=actor, meeting_id=meeting_id, person_ids=ids)


def add_unit(*, session: Session, actor: Actor, meeting_id: int, unit_id: int,
             role: AttendeeRole | str = AttendeeRole.DELEGATE) -> int:
    """Invite every active person of a unit."""
    get_or_raise(session, Unit, unit_id, f"Không tìm thấy đơn vị có mã {unit_id}.")
    ids = [stored_id(i) for i in session.exec(select(Person.id).where(Person.unit_id == unit_id, Person.active)).all()]
    return add_people(session=session, actor=actor, meeting_id=meeting_id, person_ids=ids, role=role)


def add_guest(*, session: Session, actor: Actor, meeting_id: int, full_name: str, title: str = "",
              organisation: str = "", role: AttendeeRole | str = AttendeeRole.GUEST) -> int:
    """Invite someone from outside the org chart (name, title, organisation)."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting_row(session, meeting_id)
    name = " ".join(nfc(full_name).split())
    if len(name) < 2:
        raise InvalidInput("Họ và tên khách mời không được để trống.")
    row = Attendee(meeting_id=meeting_id, full_name=name, title=nfc(title), organisation=nfc(organisation),
                   role=_role(role).value)
    with write(session, actor, "attendee.add_guest", f"meeting:{meeting_id}", name):
        session.add(row)
    return id_of(row)


def update_attendee(*, session: Session, actor: Actor, attendee_id: int, role: AttendeeRole | str | None = None,
                    full_name: str | None = None, title: str | None = None, organisation: str | None = None,
                    notes: str | None = None) -> int:
    """Change an attendee's role, the printed name/title/organisation, or notes."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _attendee(session, attendee_id)
    with write(session, actor, "attendee.update", f"attendee:{attendee_id}"):
        if role is not None:
            row.role = _role(role).value
        if full_name is not None:
            name = " ".join(nfc(full_name).split())
            if len(name) < 2:
                raise InvalidInput("Họ và tên không được để trống.")
            row.full_name = name
        if title is not None:
            row.title = nfc(title)
        if organisation is not None:
            row.organisation = nfc(organisation)
        if notes is not None:
            row.notes = nfc(notes)
        session.add(row)
    return attendee_id


def remove_attendee(*, session: Session, actor: Actor, attendee_id: int) -> None:
    """Take someone off the list (not while they hold a document copy to be returned)."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _attendee(session, attendee_id)
    held = session.exec(select(DocumentCopy).where(DocumentCopy.attendee_id == attendee_id,
                                                   col(DocumentCopy.returned_at).is_(None))).first()
    if held is not None:
        raise Conflict(f"{row.full_name} còn giữ tài liệu chưa trả lại.")
    with write(session, actor, "attendee.remove", f"attendee:{attendee_id}", row.full_name):
        session.delete(row)
        links.sync_leaders(session, actor, row.meeting_id)


# -- invitations, advance absences, attendance -----------------------------------------

def record_invitations(*, session: Session, actor: Actor, attendee_ids: list[int], via: str,
                       sent_at: datetime | None = None) -> int:
    """Record that invitations went out (when, how) to these attendees."""
    require(actor, Permission.MEETINGS_WRITE)
    via = nfc(via)
    if not via:
        raise InvalidInput("Hãy ghi cách gửi giấy mời (hộp thư công vụ, giấy mời, điện thoại…).")
    rows = [_attendee(session, aid) for aid in dict.fromkeys(attendee_ids)]
    with write(session, actor, "attendee.invite", f"{len(rows)} attendees", via):
        for row in rows:
            row.invitation_sent_at = (sent_at or now_local()).replace(second=0, microsecond=0)
            row.invitation_via = via
            session.add(row)
    return len(rows)


def clear_invitation(*, session: Session, actor: Actor, attendee_id: int) -> None:
    require(actor, Permission.MEETINGS_WRITE)
    row = _attendee(session, attendee_id)
    with write(session, actor, "attendee.uninvite", f"attendee:{attendee_id}"):
        row.invitation_sent_at, row.invitation_via = None, ""
        session.add(row)


def notify_absence(*, session: Session, actor: Actor, attendee_id: int, reason: str, in_writing: bool = False,
                   permitted_by_standing: bool = False, notified_at: datetime | None = None) -> int:
    """Record an absence announced in advance (004 Điều 10.1: in writing, permitted by the Thường trực)."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _attendee(session, attendee_id)
    reason = nfc(reason)
    if not reason:
        raise InvalidInput("Hãy ghi lý do vắng mặt.")
    with write(session, actor, "attendee.absence_notice", f"attendee:{attendee_id}", reason):
        row.absence_notified_at = (notified_at or now_local()).replace(second=0, microsecond=0)
        row.absence_reason, row.absence_in_writing = reason, in_writing
        row.permitted_by_standing = permitted_by_standing
        session.add(row)
        links.sync_leaders(session, actor, row.meeting_id)
    return attendee_id


def clear_absence_notice(*, session: Session, actor: Actor, attendee_id: int) -> None:
    require(actor, Permission.MEETINGS_WRITE)
    row = _attendee(session, attendee_id)
    with write(session, actor, "attendee.absence_cleared", f"attendee:{attendee_id}"):
        row.absence_notified_at, row.absence_reason = None, ""
        row.absence_in_writing = row.permitted_by_standing = False
        session.add(row)
        links.sync_leaders(session, actor, row.meeting_id)


def set_attendance(*, session: Session, actor: Actor, attendee_ids: list[int],
                   status: AttendanceStatus | str | None, reason: str = "") -> int:
    """Record present / late / absent (None or "" clears it). An absent person with an advance
    notice gets that reason unless another is given."""
    require(actor, Permission.MEETINGS_WRITE)
    try:
        status = AttendanceStatus(status) if status else None
    except ValueError:
        raise InvalidInput(f"Trạng thái điểm danh không hợp lệ: {status}") from None
    rows = [_attendee(session, aid) for aid in dict.fromkeys(attendee_ids)]
    with write(session, actor, "attendee.attendance", f"{len(rows)} attendees", status or "-"):
        for row in rows:
            row.attendance = status.value if status else ""
            if status is AttendanceStatus.ABSENT:
                row.attendance_reason = nfc(reason) or row.absence_reason
            else:
                row.attendance_reason = nfc(reason) if status is AttendanceStatus.LATE else ""
            session.add(row)
    return len(rows)


def absences_in(*, session: Session, kind: MeetingKind | str, year: int) -> dict[int, int]:
    """person id → meetings of *kind* missed in *year* by members (for a yearly overview)."""
    try:
        kind = MeetingKind.parse(kind)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    rows = session.exec(
        select(Attendee.person_id, Meeting.start_at, Attendee.attendance)
        .join(Meeting, col(Attendee.meeting_id) == Meeting.id)
        .where(Meeting.kind == kind.value, Attendee.member, col(Attendee.person_id).is_not(None),
               Meeting.start_at >= datetime(year, 1, 1), Meeting.start_at < datetime(year + 1, 1, 1))).all()
    return rules.absences_by_person([AttendanceRecord(stored_id(p), s.date(), a) for p, s, a in rows if a], year)
