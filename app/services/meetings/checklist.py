"""The checklist of one meeting: reading it, ticking items, owners, notes, items added by hand.

Clerks and leaders (Permission.MEETINGS_WRITE) change any item; other staff may tick and
annotate only the items they own (Permission.CHECKLIST_TICK).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from app.errors import Forbidden, InvalidInput
from app.reports.data.meetings import (
    ChecklistEntry as ChecklistEntry,  # the printouts' type, re-exported
)
from app.rules import meetings as rules
from app.rules.meetings import DueRule, department_label
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.workdays import office_calendar
from app.services.lookup import get_or_raise
from app.services.meetings import templates
from app.text import nfc
from db.models import Meeting, MeetingChecklistItem, Person
from db.models.base import id_of, now_local

DEPARTMENT_ORDER = {"tong_hop": 0, "hanh_chinh": 1, "tai_chinh_quan_tri": 2}


def meeting_row(session: Session, meeting_id: int) -> Meeting:
    """The meeting row, or NotFound."""
    return get_or_raise(session, Meeting, meeting_id, f"Không tìm thấy cuộc họp có mã {meeting_id}.")


def recompute_dues(session: Session, meeting: Meeting, old_start: datetime) -> None:
    """After a meeting moved: every due date from its rule again; a deadline typed by hand
    moves with the meeting.  Done items keep who ticked them and when."""
    cal = office_calendar(session)
    deadline = templates.deadline_time(session)
    shift = meeting.start_at - old_start
    for row in session.exec(select(MeetingChecklistItem)
                            .where(MeetingChecklistItem.meeting_id == meeting.id)).all():
        if row.rule:
            row.due = rules.due_for(DueRule(row.rule), row.number, meeting.start_at, meeting.end_at, cal,
                                    deadline=deadline)
        else:
            row.due = row.due + shift
        session.add(row)


def _item(session: Session, item_id: int) -> MeetingChecklistItem:
    return get_or_raise(session, MeetingChecklistItem, item_id, f"Không tìm thấy việc cần làm có mã {item_id}.")


def person_names(session: Session, ids: set[int | None]) -> dict[int | None, str]:
    """id → full name of the given people (looked up with optional ids: None is nobody)."""
    ids.discard(None)
    if not ids:
        return {}
    return {id_of(p): p.full_name for p in session.exec(select(Person).where(col(Person.id).in_(ids))).all()}


def get_checklist(*, session: Session, meeting_id: int, now: datetime | None = None) -> list[ChecklistEntry]:
    """The meeting's checklist grouped by department (003's order), then by due time."""
    meeting_row(session, meeting_id)
    now = now or now_local()
    cal = office_calendar(session)
    rows = session.exec(select(MeetingChecklistItem).where(MeetingChecklistItem.meeting_id == meeting_id)).all()
    names = person_names(session, {r.owner_id for r in rows})
    entries = [
        ChecklistEntry(id_of(r), r.meeting_id, r.department, department_label(r.department), r.task, r.rule,
                       r.number, r.due, r.owner_id, names.get(r.owner_id, ""), r.done_at, r.done_by, r.notes,
                       r.template_item_id, rules.due_state(r.due, now, cal, done=r.done_at is not None))
        for r in rows
    ]
    return sorted(entries, key=lambda e: (DEPARTMENT_ORDER.get(e.department, 9), e.department, e.due, e.id))


# -- checklist items -------------------------------------------------------------------

def _may_work_on(session: Session, actor: Actor, row: MeetingChecklistItem) -> None:
    """Clerks and leaders may change any item; other staff only the items they own."""
    require(actor, Permission.CHECKLIST_TICK)
    if actor.can(Permission.MEETINGS_WRITE):
        return
    if actor.person_id is None or actor.person_id != row.owner_id:
        raise Forbidden("Anh/chị chỉ được đánh dấu những việc được giao cho mình.")


def _actor_name(session: Session, actor: Actor) -> str:
    if actor.person_id is not None:
        person = session.get(Person, actor.person_id)
        if person is not None:
            return person.full_name
    return actor.username


def tick_item(*, session: Session, actor: Actor, item_id: int, at: datetime | None = None) -> int:
    """Mark an item done, recording who and when."""
    row = _item(session, item_id)
    _may_work_on(session, actor, row)
    if row.done_at is not None:
        return item_id
    who = _actor_name(session, actor)
    with write(session, actor, "checklist.tick", f"checklist_item:{item_id}", row.task[:80]):
        row.done_at, row.done_by = (at or now_local()).replace(microsecond=0), who
        row.done_by_user_id = actor.user_id
        session.add(row)
    return item_id


def untick_item(*, session: Session, actor: Actor, item_id: int) -> int:
    """Mark an item not done again (who and when are cleared)."""
    row = _item(session, item_id)
    _may_work_on(session, actor, row)
    with write(session, actor, "checklist.untick", f"checklist_item:{item_id}", row.task[:80]):
        row.done_at, row.done_by, row.done_by_user_id = None, "", None
        session.add(row)
    return item_id


def set_item_notes(*, session: Session, actor: Actor, item_id: int, notes: str) -> int:
    row = _item(session, item_id)
    _may_work_on(session, actor, row)
    with write(session, actor, "checklist.notes", f"checklist_item:{item_id}"):
        row.notes = nfc(notes)
        session.add(row)
    return item_id


def assign_owner(*, session: Session, actor: Actor, item_id: int, owner_id: int | None) -> int:
    """Give an item to a person (None: nobody)."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _item(session, item_id)
    if owner_id is not None:
        person = get_or_raise(session, Person, owner_id, f"Không tìm thấy cán bộ có mã {owner_id}.")
        if not person.active:
            raise InvalidInput(f"{person.full_name} không còn công tác.")
    with write(session, actor, "checklist.assign", f"checklist_item:{item_id}", str(owner_id)):
        row.owner_id = owner_id
        session.add(row)
    return item_id


def _check_task(department: str, task: str, due: datetime) -> tuple[str, str]:
    department, task = nfc(department), " ".join(nfc(task).split())
    if not task:
        raise InvalidInput("Nội dung công việc không được để trống.")
    if not department:
        raise InvalidInput("Hãy chọn phòng thực hiện.")
    if not isinstance(due, datetime):
        raise InvalidInput("Hạn hoàn thành phải có cả ngày và giờ.")
    return department, task


def add_item(*, session: Session, actor: Actor, meeting_id: int, department: str, task: str, due: datetime,
             owner_id: int | None = None, notes: str = "") -> int:
    """Add a task by hand, with a fixed deadline (it moves with the meeting)."""
    require(actor, Permission.MEETINGS_WRITE)
    meeting_row(session, meeting_id)
    department, task = _check_task(department, task, due)
    if owner_id is not None:
        get_or_raise(session, Person, owner_id, f"Không tìm thấy cán bộ có mã {owner_id}.")
    row = MeetingChecklistItem(meeting_id=meeting_id, department=department, task=task, rule="", number=0,
                               due=due.replace(second=0, microsecond=0), owner_id=owner_id, notes=nfc(notes),
                               sort_order=1000)
    with write(session, actor, "checklist.add", f"meeting:{meeting_id}", task[:80]):
        session.add(row)
    return id_of(row)


def update_item(*, session: Session, actor: Actor, item_id: int, department: str, task: str,
                due: datetime) -> int:
    """Change an item's text, department or deadline (a deadline typed by hand stays fixed)."""
    require(actor, Permission.MEETINGS_WRITE)
    row = _item(session, item_id)
    department, task = _check_task(department, task, due)
    with write(session, actor, "checklist.update", f"checklist_item:{item_id}", task[:80]):
        if due.replace(second=0, microsecond=0) != row.due:
            row.rule, row.number = "", 0
            row.due = due.replace(second=0, microsecond=0)
        row.department, row.task = department, task
        session.add(row)
    return item_id


def delete_item(*, session: Session, actor: Actor, item_id: int) -> None:
    require(actor, Permission.MEETINGS_WRITE)
    row = _item(session, item_id)
    with write(session, actor, "checklist.delete", f"checklist_item:{item_id}", row.task[:80]):
        session.delete(row)
