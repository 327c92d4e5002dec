"""What the meeting dialog shows before saving: the clashes the meeting would have in the work
calendar (a leader double-booked, on leave or away, a day off — 004 Điều 15.2) and, for a BCH,
BTV or Thường trực meeting, the body's members it proposes to invite (004 Điều 10–12)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, select

from app.errors import InvalidInput
from app.rules.meetings import KIND_BODY, MeetingKind
from app.services.calendar.event_input import EventInput, check_event
from app.services.meetings.calendar_link import leader_ids
from app.services.meetings.preparation import MeetingInput
from db.models import BodyMember, Meeting, Person, Unit

__all__ = ["BodyProposal", "Clash", "body_proposal", "meeting_clashes"]


@dataclass(frozen=True)
class Clash:
    message: str
    is_warning: bool  # a day off is a warning; a leader booked twice or away is an error


@dataclass(frozen=True)
class BodyProposal:
    body_id: int | None
    body_name: str
    members: tuple[str, ...]  # names, in the body's order


def body_proposal(*, session: Session, kind: MeetingKind | str) -> BodyProposal:
    """The members of the body a meeting of *kind* gathers (none for other kinds)."""
    code = KIND_BODY.get(MeetingKind.parse(kind))
    body = session.exec(select(Unit).where(Unit.code == code)).first() if code else None
    if body is None:
        return BodyProposal(None, "", ())
    names = session.exec(select(Person.full_name).join(BodyMember, col(BodyMember.person_id) == Person.id)
                         .where(BodyMember.body_id == body.id, Person.active).order_by(col(BodyMember.id))).all()
    return BodyProposal(body.id, body.name, tuple(names))


def meeting_clashes(*, session: Session, data: MeetingInput, meeting_id: int | None = None) -> list[Clash]:
    """The conflicts the meeting would have if saved with *data*: its chair and, for a meeting
    already prepared, the leaders on its list; for a new one of a body, the body's leaders."""
    try:
        data = data.clean()
    except InvalidInput:
        return []  # the dialog says what is wrong when saving
    leaders: list[int] = []
    event_id, scope, occurrence = data.event_id, "all", None  # a calendar entry being linked is not a clash
    if data.event_id is not None and data.occurrence is not None:
        scope, occurrence = "this", data.occurrence
    if meeting_id is not None:
        row = session.get(Meeting, meeting_id)
        if row is not None:
            leaders = leader_ids(session, meeting_id, data.chair_id)
            event_id = row.event_id
    event = EventInput(title=data.title, start=data.start, end=data.end, location=data.location,
                       chair_id=data.chair_id, leader_ids=leaders)
    try:
        found = check_event(session, event, event_id=event_id, scope=scope, occurrence=occurrence)
    except InvalidInput:
        return []
    return [Clash(c.message, c.is_warning) for c in found]
