"""A meeting's entry in the work calendar (lịch công tác), so every meeting the office prepares
appears in the weekly leadership schedule.

Who writes what:

* The meeting writes to its entry.  Creating a meeting creates the entry (kind, title, time,
  place, chair, leaders, preparing unit) or links an entry the user picked; editing the
  meeting afterwards pushes only the fields that were edited (an entry linked from the
  calendar keeps its own wording); the entry's leaders are the attendees who are leaders
  (:func:`leader_ids`) and follow every change of the list; cancelling or deleting the
  meeting cancels the entry, which stays struck out in the published week.
* The calendar writes back time and place.  Moving or relocating the entry in the calendar
  moves the meeting and recomputes its checklist's due dates (:func:`_follow_event`,
  registered with :func:`app.services.calendar.events.event_listener`): the calendar calls it inside
  its own transaction and never imports this module, so imports stay one way
  (meetings → calendar).  Whoever loads the meetings services (the meetings and calendar
  panes do) has the listener registered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app.errors import Conflict, InvalidInput
from app.rules.meetings import KIND_BODY, MeetingKind
from app.rules.schedule import monday_of
from app.services.admin.auth import Actor
from app.services.calendar import events as calendar
from app.services.calendar.events import STATUS_LABELS, EventInput
from app.services.calendar.read import entry_key
from app.services.lookup import get_or_raise
from app.services.meetings.checklist import recompute_dues
from app.services.plain_reads import rows as plain_rows
from app.text import nfc
from db.models import Attendee, AuditLog, Event, Meeting, Unit
from db.models.base import id_of, stored_id

# The calendar's kind of entry for each kind of meeting.
EVENT_KINDS: dict[MeetingKind, str] = {
    MeetingKind.RECEPTION: "reception",
    MeetingKind.FIELD_VISIT: "field_visit",
    MeetingKind.GIFT_VISIT: "field_visit",
}
# The unit that prepares it (Đơn vị chuẩn bị), by unit code.
PREPARING_UNITS: dict[MeetingKind, str] = {
    MeetingKind.EXECUTIVE_COMMITTEE: "tong_hop",  # 003 §II.1.1: Tổng hợp follows the programme, drafts the documents
    MeetingKind.STANDING_COMMITTEE: "tong_hop",
    MeetingKind.STANDING_MEMBERS: "tong_hop",
    MeetingKind.OFFICE_BRIEFING: "tong_hop",
    MeetingKind.CUSTOM: "tong_hop",
    MeetingKind.RECEPTION: "hanh_chinh",  # 003 §II.2.2: invitations, documents, reception
    MeetingKind.FIELD_VISIT: "tong_hop",  # 003 §II.3.1: plan, notice, working documents
    MeetingKind.GIFT_VISIT: "tai_chinh_quan_tri",  # 003 §II.4.3: gifts and the vehicle
}
SHORTEST_ENTRY = timedelta(minutes=30)  # an entry must end after it starts; a meeting may not say when


def event_kind(kind: MeetingKind | str) -> str:
    return EVENT_KINDS.get(MeetingKind(kind), "meeting")


# -- read models ----------------------------------------------------------------------------

@dataclass(frozen=True)
class CalendarLink:
    """The meeting's entry as the meetings pane shows it ("Lịch công tác: tuần 10")."""

    event_id: int
    entry_key: str  # to select it in the calendar pane
    title: str
    start: datetime
    end: datetime
    location: str
    status: str
    status_label: str
    monday: date  # the week it is in
    week_number: int  # ISO week

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


@dataclass(frozen=True)
class EventChoice:
    """An entry of one day that a new meeting may be linked to."""

    event_id: int
    occurrence: date | None  # the rule's day, for an occurrence of a recurring series
    title: str
    start: datetime
    end: datetime
    time_label: str
    location: str
    chair: str
    chair_id: int | None
    kind: str
    status: str
    meeting_id: int | None  # the meeting already linked to it

    @property
    def linkable(self) -> bool:
        return self.meeting_id is None and self.status != "cancelled"


def calendar_link(*, session: Session, meeting_id: int) -> CalendarLink | None:
    """The meeting's entry, or None if it has none."""
    meeting = get_or_raise(session, Meeting, meeting_id, f"Không tìm thấy cuộc họp có mã {meeting_id}.")
    row = session.get(Event, meeting.event_id) if meeting.event_id is not None else None
    if row is None:
        return None
    monday = monday_of(row.start_at.date())
    return CalendarLink(id_of(row), entry_key(row), row.title, row.start_at, row.end_at, row.location, row.status,
                        STATUS_LABELS.get(row.status, row.status), monday, monday.isocalendar()[1])


_MEETINGS_OF_EVENTS = (sa_select(col(Meeting.id), col(Meeting.event_id))
                       .where(col(Meeting.event_id).in_(bindparam("ids", expanding=True))))


def meetings_by_event(*, session: Session, event_ids: list[int]) -> dict[int, int]:
    """event id → the meeting prepared for it (for the calendar's marker)."""
    ids = sorted({i for i in event_ids if i})
    found: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for meeting_id, event_id in plain_rows(session, _MEETINGS_OF_EVENTS, {"ids": chunk}):
            found.setdefault(stored_id(event_id), stored_id(meeting_id))
    return found


def day_entries(*, session: Session, day: date) -> list[EventChoice]:
    """The calendar's entries on *day* that a meeting may be prepared for (the "link to an existing
    entry" list of the create dialog): business trips are not."""
    entries = [e for e in calendar.agenda(session, day, day) if e.kind != "business_trip"]
    linked = meetings_by_event(session=session, event_ids=[e.event_id for e in entries])
    return [EventChoice(e.event_id, e.rule_day if e.recurring else None, e.title, e.start, e.end, e.time_label,
                        e.location, e.chair, e.leader_ids[0] if e.chair and e.leader_ids else None, e.kind,
                        e.status, linked.get(e.event_id))
            for e in entries]


# -- what the entry says ---------------------------------------------------------------------

def leader_ids(session: Session, meeting_id: int, chair_id: int | None) -> list[int]:
    """The attendees the calendar counts as leaders (the Thường trực, the BTV and the office's
    leaders: :func:`app.services.calendar.events.leader_choices`), in protocol order, without the chair
    (who is on the entry itself) and without those who announced they will be absent."""
    rows = session.exec(select(Attendee.person_id, Attendee.absence_notified_at)
                        .where(Attendee.meeting_id == meeting_id, col(Attendee.person_id).is_not(None))).all()
    coming = {pid for pid, absent in rows if absent is None} - {chair_id}
    if not coming:  # a new meeting: only its chair so far
        return []
    return [c.id for c in calendar.leader_choices(session) if c.id in coming]


def _preparing_unit(session: Session, kind: MeetingKind) -> int | None:
    code = PREPARING_UNITS.get(kind)
    return session.exec(select(Unit.id).where(Unit.code == code)).first() if code else None


def _participants(session: Session, kind: MeetingKind) -> str:
    code = KIND_BODY.get(kind)
    body = session.exec(select(Unit).where(Unit.code == code)).first() if code else None
    if body is None:
        return ""
    return f"Các đồng chí {body.name}" if code == "thuong_truc" else f"Các đồng chí Ủy viên {body.name}"


def _times(meeting: Meeting) -> tuple[datetime, datetime]:
    return meeting.start_at, max(meeting.end_at, meeting.start_at + SHORTEST_ENTRY)


def new_event_input(session: Session, meeting: Meeting) -> EventInput:
    """The entry a new meeting gets."""
    kind = MeetingKind(meeting.kind)
    start, end = _times(meeting)
    return EventInput(title=meeting.title, start=start, end=end, kind=event_kind(kind), location=meeting.location,
                      chair_id=meeting.chair_id, leader_ids=leader_ids(session, id_of(meeting), meeting.chair_id),
                      participants=_participants(session, kind),
                      preparing_unit_id=_preparing_unit(session, kind))


def create_event(session: Session, actor: Actor, meeting: Meeting) -> int:
    """Create the meeting's entry and link it (inside the caller's transaction)."""
    event_id = calendar.create_event(session=session, actor=actor, data=new_event_input(session, meeting))
    meeting.event_id = event_id
    session.add(meeting)
    return event_id


# -- linking an existing entry ---------------------------------------------------------------

@dataclass(frozen=True)
class LinkSource:
    """The entry (or occurrence) a meeting is about to be linked to: what the meeting takes from it."""

    event_id: int
    occurrence: date | None
    start: datetime
    end: datetime
    location: str
    chair_id: int | None
    leader_ids: list[int]


def link_source(session: Session, event_id: int, occurrence: date | None = None) -> LinkSource:
    """Check that *event_id* (the occurrence produced on *occurrence* for a series) may be linked."""
    row = get_or_raise(session, Event, event_id, f"Không tìm thấy lịch công tác có mã {event_id}.")
    if row.status == "cancelled":
        raise Conflict(f"Lịch «{row.title}» đã hoãn/hủy; không gắn cuộc họp vào được.")
    taken = session.exec(select(Meeting).where(Meeting.event_id == event_id)).first()
    if taken is not None:
        raise Conflict(f"Lịch «{row.title}» đã gắn với cuộc họp «{taken.title}».")
    if row.recurring and occurrence is None:
        raise InvalidInput("Hãy chọn buổi cụ thể của lịch định kỳ để gắn cuộc họp.")
    data = calendar.event_input(session, event_id, occurrence if row.recurring else None)
    end = data.end if data.end is not None else data.start
    if row.all_day:  # the input names the last day; the meeting ends with it
        end = datetime.combine(end.date(), time(17, 0))
    return LinkSource(event_id, occurrence if row.recurring else None, data.start, end, data.location,
                      data.chair_id, list(data.leader_ids))


def attach(session: Session, actor: Actor, meeting: Meeting, source: LinkSource) -> int:
    """Link *meeting* to the entry of *source*; an occurrence of a series becomes its own entry
    first (same identity in the published week, so nothing shows as amended).  The entry's chair
    becomes the meeting's if the meeting has none; otherwise the meeting's chair goes on the
    entry, as do the meeting's leaders.  Returns the linked event id."""
    event_id = source.event_id
    if source.occurrence is not None:
        series = session.get(Event, event_id)
        data = calendar.event_input(session, event_id, source.occurrence)
        data.status = series.status if series is not None else None
        event_id = calendar.update_event(session=session, actor=actor, event_id=event_id, data=data, scope="this",
                                         occurrence=source.occurrence)
    meeting.event_id = event_id
    session.add(meeting)
    push(session, actor, meeting, {"chair", "leaders"})
    return event_id


# -- keeping the entry in step -----------------------------------------------------------------

PUSHED = frozenset({"title", "times", "location", "chair", "leaders", "kind"})


def push(session: Session, actor: Actor, meeting: Meeting, fields: set[str] | frozenset[str]) -> bool:
    """Write the meeting's *fields* to its entry; returns whether the entry changed.

    An entry already saying the same is left alone, so a published entry is not marked as
    amended for nothing.  Times are not pushed to a recurring series (it has its own rule).
    """
    unknown = set(fields) - PUSHED
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    row = session.get(Event, meeting.event_id) if meeting.event_id is not None else None
    if row is None or not fields:
        return False
    current = calendar.event_input(session, id_of(row))
    data = replace(current, leader_ids=list(current.leader_ids))
    if "title" in fields:
        data.title = meeting.title
    if "kind" in fields:
        data.kind = event_kind(meeting.kind)
    if "location" in fields:
        data.location = meeting.location
    if "chair" in fields:
        data.chair_id = meeting.chair_id
    if "leaders" in fields or "chair" in fields:
        wanted = leader_ids(session, id_of(meeting), data.chair_id)
        if set(wanted) != set(current.leader_ids):  # the same leaders in another order: no change
            data.leader_ids = wanted
    if "times" in fields and not row.recurring:
        data.start, data.end = _times(meeting)
        data.all_day, data.half_day = False, None
    if data == current:
        return False
    scope = "this" if row.recurrence_day is not None else "all"
    calendar.update_event(session=session, actor=actor, event_id=id_of(row), data=data, scope=scope)
    return True


def sync_leaders(session: Session, actor: Actor, meeting_id: int) -> bool:
    """After the attendee list changed: the entry's leaders follow it."""
    meeting = session.get(Meeting, meeting_id)
    return meeting is not None and push(session, actor, meeting, {"leaders"})


def cancel_event(session: Session, actor: Actor, meeting: Meeting) -> None:
    """The meeting is called off: its entry is cancelled (kept, struck out, in the published week)."""
    row = session.get(Event, meeting.event_id) if meeting.event_id is not None else None
    if row is not None and row.status != "cancelled":
        scope = "this" if row.recurrence_day is not None else "all"
        calendar.cancel_event(session=session, actor=actor, event_id=id_of(row), scope=scope)


# -- following the calendar ----------------------------------------------------------------------

@calendar.event_listener
def _follow_event(session: Session, actor: Actor, row: Event, change: str) -> None:
    """The calendar changed an entry: a linked meeting takes its time and place (its checklist's
    due dates move with it), or is unlinked when the entry is deleted."""
    linked = session.exec(select(Meeting).where(Meeting.event_id == row.id)).all()
    if change == "deleted":
        for meeting in linked:
            meeting.event_id = None
            session.add(meeting)
        return
    if change != "updated":
        return
    for meeting in linked:
        start, end = row.start_at, row.end_at
        if row.all_day:
            end = datetime.combine((end - timedelta(days=1)).date(), time(17, 0))
        moved = (start, end) != _times(meeting) and (start, end) != (meeting.start_at, meeting.end_at)
        relocated = nfc(row.location) != meeting.location
        if not moved and not relocated:
            continue
        detail = []
        if moved:
            old_start = meeting.start_at
            detail.append(f"{old_start:%Y-%m-%d %H:%M} → {start:%Y-%m-%d %H:%M}")
            meeting.start_at, meeting.end_at = start, max(end, start)
            recompute_dues(session, meeting, old_start)
        if relocated:
            meeting.location = nfc(row.location)
            detail.append(meeting.location)
        session.add(meeting)
        session.add(AuditLog(username=actor.username, action="meeting.follow_event", target=f"meeting:{meeting.id}",
                             detail=f"lịch {row.id}: {'; '.join(detail)}"[:500]))
