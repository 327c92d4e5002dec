"""Meeting preparation: meetings and their dated, owned checklists (regulation 003).

Creating a meeting generates its checklist from the office's template for its kind
(app.services.meetings.templates) with the office calendar; moving it recomputes every
due date and keeps what was done, by whom and when.  Every meeting has its entry in the
work calendar (app.services.meetings.calendar_link: created with the meeting or linked, moved and
cancelled with it).  Attendees, attendance and quorum are in app.services.meetings.attendees;
documents and copies in app.services.meetings.documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, insert, or_
from sqlmodel import Session, col, select

from app.errors import Conflict, InvalidInput
from app.reports.data.meetings import MeetingInfo as MeetingInfo  # the printouts' type, re-exported
from app.rules import meetings as rules
from app.rules.meetings import KIND_LABELS, MeetingKind, TemplateItem
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.workdays import office_calendar
from app.services.changes import Changes
from app.services.lookup import get_or_raise
from app.services.meetings import calendar_link as links
from app.services.meetings import templates
from app.services.meetings.attendees import attendee_row, attendee_rows
from app.services.meetings.checklist import (  # re-exported: the checklist API in one place
    ChecklistEntry,
    add_item,
    assign_owner,
    delete_item,
    get_checklist,
    meeting_row,
    person_names,
    recompute_dues,
    set_item_notes,
    tick_item,
    untick_item,
    update_item,
)
from app.services.meetings.documents import outstanding_copies
from app.text import nfc
from db.models import (
    Attendee,
    BodyMember,
    Document,
    DocumentCopy,
    Event,
    Meeting,
    MeetingChecklistItem,
    Person,
    Position,
    Unit,
)
from db.models.base import id_of, now_local, stored_id

__all__ = [
    "ChecklistEntry",
    "MeetingInfo",
    "MeetingInput",
    "add_item",
    "assign_owner",
    "cancel_meeting",
    "create_meeting",
    "delete_item",
    "delete_meeting",
    "get_checklist",
    "get_meeting",
    "link_event",
    "list_meetings",
    "meeting_page",
    "move_meeting",
    "office_now",
    "regenerate_checklist",
    "set_item_notes",
    "tick_item",
    "untick_item",
    "update_item",
    "update_meeting",
]

# -- read models -----------------------------------------------------------------------

@dataclass
class MeetingInput:
    """What a user types for a meeting; validated by :meth:`clean`."""

    kind: MeetingKind | str
    title: str
    start: datetime
    end: datetime
    location: str = ""
    chair_id: int | None = None
    important: bool = False
    foreign_guests: bool = False
    notes: str = ""
    event_id: int | None = None  # creating: link this calendar entry instead of creating one
    occurrence: date | None = None  # … the day's occurrence, when that entry is a recurring series
    invite_body: bool = False  # creating a BCH, BTV or Thường trực meeting: invite every member of the body

    def clean(self) -> MeetingInput:
        try:
            kind = MeetingKind.parse(self.kind)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        title = " ".join(nfc(self.title).split())
        if not title:
            raise InvalidInput("Tên cuộc họp không được để trống.")
        if not isinstance(self.start, datetime) or not isinstance(self.end, datetime):
            raise InvalidInput("Thời gian bắt đầu và kết thúc phải có cả ngày và giờ.")
        if self.end < self.start:
            raise InvalidInput("Thời gian kết thúc phải sau thời gian bắt đầu.")
        if (self.end - self.start).days > 31:
            raise InvalidInput("Một cuộc họp không kéo dài quá 31 ngày.")
        return replace(self, kind=kind, title=title, location=nfc(self.location), notes=nfc(self.notes),
                       start=self.start.replace(second=0, microsecond=0, tzinfo=None),
                       end=self.end.replace(second=0, microsecond=0, tzinfo=None))


def _info(row: Meeting, names: dict[int | None, str], progress: tuple[int, int, int] = (0, 0, 0),
          statuses: dict[int, str] | None = None) -> MeetingInfo:
    kind = MeetingKind(row.kind)
    return MeetingInfo(id_of(row), kind, KIND_LABELS[kind], row.title, row.start_at, row.end_at, row.location,
                       row.chair_id, names.get(row.chair_id, ""), row.event_id, row.important,
                       row.foreign_guests, row.notes, *progress,
                       event_status=(statuses or {}).get(row.event_id, "") if row.event_id else "")


def _event_statuses(session: Session, rows: Sequence[Meeting]) -> dict[int, str]:
    ids = sorted({r.event_id for r in rows if r.event_id is not None})
    if not ids:
        return {}
    found = session.exec(select(Event.id, Event.status).where(col(Event.id).in_(ids))).all()
    return {stored_id(event_id): status for event_id, status in found}


def _progress(session: Session, meeting_ids: list[int], now: datetime) -> dict[int, tuple[int, int, int]]:
    """meeting id -> (items, done, overdue) of its checklist, counted by the database (a page of
    sixty meetings holds about a thousand items: their dates are not read one by one)."""
    if not meeting_ids:
        return {}
    item = MeetingChecklistItem
    overdue = func.sum(case((and_(col(item.done_at).is_(None), col(item.due) < now), 1), else_=0))
    counted = session.exec(select(item.meeting_id, func.count(), func.count(col(item.done_at)), overdue)
                           .where(col(item.meeting_id).in_(meeting_ids))
                           .group_by(col(item.meeting_id))).all()
    result = {mid: (0, 0, 0) for mid in meeting_ids}
    result.update({meeting_id: (total, done, late) for meeting_id, total, done, late in counted})
    return result


def get_meeting(*, session: Session, meeting_id: int, now: datetime | None = None) -> MeetingInfo:
    """One meeting with its progress (done / total items, overdue count)."""
    row = meeting_row(session, meeting_id)
    progress = _progress(session, [meeting_id], now or now_local())
    return _info(row, person_names(session, {row.chair_id}), progress[meeting_id], _event_statuses(session, [row]))


# the rows that belong to one meeting (its own row, checklist, attendees, documents and copies)
MEETING_TABLES = frozenset({"meeting", "checklist_item", "attendee", "document", "document_copy"})


def meetings_changed(*, session: Session, changes: Changes) -> frozenset[int] | None:
    """The meetings whose own rows (:data:`MEETING_TABLES`) *changes* wrote, or None when that
    cannot be told (a bulk statement wrote rows not known by id). A deleted row counts for no
    meeting: its meeting is the one it was deleted from, which the caller knows."""
    found: set[int] = set()
    meeting_ids = changes.ids("meeting")
    if meeting_ids is None:
        return None
    found.update(int(i) for i in meeting_ids)
    for table, model in (("checklist_item", MeetingChecklistItem), ("attendee", Attendee), ("document", Document)):
        ids = changes.ids(table)
        if ids is None:
            return None
        if ids:
            found.update(session.exec(select(model.meeting_id).where(col(model.id).in_(ids))).all())
    copies = changes.ids("document_copy")
    if copies is None:
        return None
    if copies:
        found.update(session.exec(select(Document.meeting_id).join(DocumentCopy)
                                  .where(col(DocumentCopy.id).in_(copies))).all())
    return frozenset(found)


def list_meetings(*, session: Session, start: datetime | None = None, end: datetime | None = None,
                  kind: MeetingKind | str | None = None, now: datetime | None = None) -> list[MeetingInfo]:
    """Meetings starting in [start, end) (all if not given), in time order, with progress."""
    stmt = select(Meeting).order_by(col(Meeting.start_at), col(Meeting.id))
    if start is not None:
        stmt = stmt.where(Meeting.start_at >= start)
    if end is not None:
        stmt = stmt.where(Meeting.start_at < end)
    if kind is not None:
        stmt = stmt.where(Meeting.kind == MeetingKind.parse(kind).value)
    return _infos(session, session.exec(stmt).all(), now or now_local())


def _infos(session: Session, rows: Sequence[Meeting], now: datetime) -> list[MeetingInfo]:
    """*rows* with their progress, chairs and calendar entries' states (a few queries for all)."""
    progress = _progress(session, [id_of(r) for r in rows], now)
    names = person_names(session, {r.chair_id for r in rows})
    statuses = _event_statuses(session, rows)
    return [_info(r, names, progress[id_of(r)], statuses) for r in rows]


def meeting_page(*, session: Session, scope: str, now: datetime, offset: int = 0, limit: int = 60,
                 through: int | None = None) -> tuple[list[MeetingInfo], bool]:
    """One page of the meetings *scope* shows, with progress, and whether more follow.

    "upcoming": those not over before today, soonest first; "past": those over before today,
    latest first; "all": every meeting in time order. Ordered on the indexed start (a meeting
    lasts at most 31 days, so an upcoming one started at most a month ago). With *through*,
    the page reaches at least that meeting if the scope holds it."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    stmt = select(Meeting)
    order: tuple[Any, ...]
    if scope == "upcoming":
        stmt = stmt.where(Meeting.start_at >= today - timedelta(days=31), Meeting.end_at >= today)
        order = (col(Meeting.start_at), col(Meeting.id))
    elif scope == "past":
        stmt = stmt.where(Meeting.start_at < today + timedelta(days=1), Meeting.end_at < today)
        order = (col(Meeting.start_at).desc(), col(Meeting.id))
    elif scope == "all":
        order = (col(Meeting.start_at), col(Meeting.id))
    else:
        raise InvalidInput(f"Phạm vi danh sách cuộc họp không hợp lệ: {scope}.")
    wanted = session.exec(stmt.where(Meeting.id == through)).first() if through is not None else None
    if wanted is not None:
        start = col(Meeting.start_at)
        earlier = start > wanted.start_at if scope == "past" else start < wanted.start_at  # shown above it
        before = or_(earlier, and_(start == wanted.start_at, col(Meeting.id) < stored_id(wanted.id)))
        position = session.exec(select(func.count()).select_from(stmt.where(before).subquery())).one()
        limit = max(limit, position + 1 - offset + limit // 2)
    rows = session.exec(stmt.order_by(*order).offset(offset).limit(limit + 1)).all()
    more = len(rows) > limit
    return _infos(session, rows[:limit], now), more


def office_now() -> datetime:
    """The office's current time (Asia/Ho_Chi_Minh), the "now" of due states and progress."""
    return now_local()


# -- meetings --------------------------------------------------------------------------

def _check_chair(session: Session, chair_id: int | None) -> None:
    if chair_id is not None:
        get_or_raise(session, Person, chair_id, f"Không tìm thấy người chủ trì có mã {chair_id}.")


def _default_owners(session: Session) -> dict[str, int]:
    """Department code → its head (the first person by rank), the default owner of its tasks."""
    owners: dict[str, tuple[int, int]] = {}
    rows = session.exec(select(Person.id, Unit.code, Position.rank)
                        .join(Unit, col(Person.unit_id) == Unit.id)
                        .join(Position, col(Person.position_id) == Position.id, isouter=True)
                        .where(Person.active, col(Unit.code).is_not(None))).all()
    for person_id, code, rank in rows:
        key = (rank if rank is not None else 1000, stored_id(person_id))
        if code is not None and (code not in owners or key < owners[code]):
            owners[code] = key
    return {code: key[1] for code, key in owners.items()}


def _generate(session: Session, meeting: Meeting, items: tuple[TemplateItem, ...]) -> list[rules.ChecklistItem]:
    kind = MeetingKind(meeting.kind)
    try:
        return rules.checklist(kind, meeting.start_at, meeting.end_at, office_calendar(session), {kind: items},
                               important=meeting.important, foreign_guests=meeting.foreign_guests,
                               numbers=templates.numbers(session), deadline=templates.deadline_time(session))
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc


def _apply_templates(session: Session, meeting: Meeting) -> tuple[int, int, int]:
    """Bring the checklist in line with the current template and settings.

    Items from template items still in use get new due dates (their owner, notes and done
    state stay); missing ones are added; undone items whose template item no longer applies
    are removed.  Done items and items added by hand are always kept.
    Returns (added, updated, removed).
    """
    items = templates.template_items(session, meeting.kind)
    generated = _generate(session, meeting, items)
    order = {item.id: i for i, item in enumerate(items)}
    existing = session.exec(select(MeetingChecklistItem)
                            .where(MeetingChecklistItem.meeting_id == meeting.id)).all()
    by_template: dict[int | None, MeetingChecklistItem] = {
        row.template_item_id: row for row in existing if row.template_item_id is not None}
    owners = _default_owners(session)
    added = updated = removed = 0
    seen: set[int | None] = set()
    new_rows: list[dict[str, object]] = []
    for item in generated:
        seen.add(item.template.id)
        row = by_template.get(item.template.id)
        if row is None:  # new items in bulk (Core insert: ORM objects cost ~0.25 ms each)
            new_rows.append({"meeting_id": meeting.id, "template_item_id": item.template.id,
                             "sort_order": order.get(item.template.id, 0), "department": item.department,
                             "task": item.task, "rule": item.rule.value, "number": item.number, "due": item.due,
                             "owner_id": owners.get(item.department), "done_by": "", "notes": ""})
            continue
        updated += 1
        if row.done_at is None:
            row.task, row.department = item.task, item.department
        row.sort_order = order.get(item.template.id, 0)
        row.rule, row.number, row.due = item.rule.value, item.number, item.due
        session.add(row)
    if new_rows:
        session.execute(insert(MeetingChecklistItem), new_rows)
        added = len(new_rows)
    for row in existing:
        if row.template_item_id is not None and row.template_item_id not in seen and row.done_at is None:
            session.delete(row)
            removed += 1
    return added, updated, removed


def create_meeting(*, session: Session, actor: Actor, data: MeetingInput) -> int:
    """Create a meeting with its checklist (and the chair as the first attendee), and its entry
    in the work calendar, or link the entry ``data.event_id`` (a day's occurrence of a series:
    ``data.occurrence``): the meeting then takes the entry's time and place, and the entry's
    leaders are invited."""
    require(actor, Permission.MEETINGS_WRITE)
    data = data.clean()
    _check_chair(session, data.chair_id)
    source = None
    if data.event_id is not None:
        source = links.link_source(session, data.event_id, data.occurrence)
        data = replace(data, start=source.start, end=max(source.end, source.start),
                       location=source.location or data.location,
                       chair_id=data.chair_id if data.chair_id is not None else source.chair_id)
    meeting = Meeting(kind=MeetingKind.parse(data.kind).value, title=data.title, start_at=data.start, end_at=data.end,
                      location=data.location, chair_id=data.chair_id, important=data.important,
                      foreign_guests=data.foreign_guests, notes=data.notes)
    with write(session, actor, "meeting.create", "meeting", data.title):
        session.add(meeting)
        session.flush()
        _apply_templates(session, meeting)
        if data.chair_id is not None:
            session.add(attendee_row(session, meeting, data.chair_id, role="chair"))
            session.flush()
        if data.invite_body:
            _invite(session, meeting, _body_member_ids(session, MeetingKind.parse(data.kind)))
        if source is None:
            links.create_event(session, actor, meeting)
        else:
            _invite(session, meeting, source.leader_ids)
            links.attach(session, actor, meeting, source)
    return id_of(meeting)


def _body_member_ids(session: Session, kind: MeetingKind) -> list[int]:
    """The active members of the body a meeting of *kind* gathers (004 Điều 10–12)."""
    code = rules.KIND_BODY.get(kind)
    if code is None:
        return []
    return list(session.exec(select(BodyMember.person_id).join(Unit, col(BodyMember.body_id) == Unit.id)
                             .join(Person, col(BodyMember.person_id) == Person.id)
                             .where(Unit.code == code, Person.active).order_by(col(BodyMember.id))).all())


def _invite(session: Session, meeting: Meeting, person_ids: list[int]) -> None:
    """Put these people on the attendee list (those already on it are skipped)."""
    listed = set(session.exec(select(Attendee.person_id).where(Attendee.meeting_id == meeting.id)).all())
    wanted = [pid for pid in dict.fromkeys(person_ids) if pid not in listed]
    if wanted:
        session.add_all(attendee_rows(session, meeting, wanted, skip_unknown=True))
    session.flush()


def link_event(*, session: Session, actor: Actor, meeting_id: int, event_id: int,
               occurrence: date | None = None) -> int:
    """Link a meeting that has no calendar entry to an existing one (it takes the entry's time and
    place; due dates follow); returns the event id."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting = meeting_row(session, meeting_id)
    if meeting.event_id is not None:
        raise Conflict("Cuộc họp đã có lịch công tác.")
    source = links.link_source(session, event_id, occurrence)
    with write(session, actor, "meeting.link_event", f"meeting:{meeting_id}", f"event:{event_id}"):
        old_start = meeting.start_at
        meeting.start_at, meeting.end_at = source.start, max(source.end, source.start)
        meeting.location = source.location or meeting.location
        if meeting.chair_id is None and source.chair_id is not None:
            meeting.chair_id = source.chair_id
            _invite(session, meeting, [source.chair_id])
        session.add(meeting)
        if meeting.start_at != old_start:
            recompute_dues(session, meeting, old_start)
        _invite(session, meeting, source.leader_ids)
        event = links.attach(session, actor, meeting, source)
    return event


def update_meeting(*, session: Session, actor: Actor, meeting_id: int, data: MeetingInput) -> int:
    """Change a meeting. New times recompute the due dates; a new kind or flags re-apply the template.
    What was edited goes to the calendar entry too (``data.event_id`` is not read here: see
    :func:`link_event`)."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting = meeting_row(session, meeting_id)
    data = data.clean()
    _check_chair(session, data.chair_id)
    moved = (meeting.start_at, meeting.end_at) != (data.start, data.end)
    reapply = (meeting.kind, meeting.important, meeting.foreign_guests) != (
        MeetingKind.parse(data.kind).value, data.important, data.foreign_guests)
    edited = {name for name, changed in (
        ("title", meeting.title != data.title), ("times", moved), ("location", meeting.location != data.location),
        ("chair", meeting.chair_id != data.chair_id), ("kind", meeting.kind != MeetingKind.parse(data.kind).value)) if changed}
    with write(session, actor, "meeting.update", f"meeting:{meeting_id}", data.title):
        old_start = meeting.start_at
        meeting.kind, meeting.title, meeting.location = MeetingKind.parse(data.kind).value, data.title, data.location
        meeting.start_at, meeting.end_at, meeting.chair_id = data.start, data.end, data.chair_id
        meeting.important, meeting.foreign_guests, meeting.notes = data.important, data.foreign_guests, data.notes
        session.add(meeting)
        if moved:
            recompute_dues(session, meeting, old_start)
        if reapply:
            _apply_templates(session, meeting)
        links.push(session, actor, meeting, edited)
    return meeting_id


def move_meeting(*, session: Session, actor: Actor, meeting_id: int, start: datetime, end: datetime) -> int:
    """Move a meeting and its calendar entry: every due date is recomputed; done items keep who
    ticked them and when."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting = meeting_row(session, meeting_id)
    data = MeetingInput(meeting.kind, meeting.title, start, end).clean()
    with write(session, actor, "meeting.move", f"meeting:{meeting_id}",
               f"{meeting.start_at:%Y-%m-%d %H:%M} → {data.start:%Y-%m-%d %H:%M}"):
        old_start = meeting.start_at
        meeting.start_at, meeting.end_at = data.start, data.end
        session.add(meeting)
        recompute_dues(session, meeting, old_start)
        links.push(session, actor, meeting, {"times"})
    return meeting_id


def cancel_meeting(*, session: Session, actor: Actor, meeting_id: int) -> None:
    """Call a meeting off (hoãn/hủy): its calendar entry is cancelled and stays, struck out, in the
    published week; the meeting and its preparation are kept."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting = meeting_row(session, meeting_id)
    if meeting.event_id is None:
        raise InvalidInput("Cuộc họp chưa có lịch công tác để hoãn/hủy.")
    with write(session, actor, "meeting.cancel", f"meeting:{meeting_id}", meeting.title):
        links.cancel_event(session, actor, meeting)


def regenerate_checklist(*, session: Session, actor: Actor, meeting_id: int) -> tuple[int, int, int]:
    """Re-apply the current template and settings; returns (added, updated, removed)."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting = meeting_row(session, meeting_id)
    with write(session, actor, "meeting.regenerate", f"meeting:{meeting_id}"):
        result = _apply_templates(session, meeting)
    return result


def delete_meeting(*, session: Session, actor: Actor, meeting_id: int) -> None:
    """Delete a meeting with its checklist, attendees and documents (its calendar entry is cancelled:
    it stays, struck out, in the published week)."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting = meeting_row(session, meeting_id)
    if outstanding_copies(session=session, meeting_id=meeting_id):
        raise Conflict("Cuộc họp còn tài liệu phải thu hồi chưa được trả lại; hãy thu hồi trước khi xóa.")
    with write(session, actor, "meeting.delete", f"meeting:{meeting_id}", meeting.title):
        links.cancel_event(session, actor, meeting)
        session.delete(meeting)
