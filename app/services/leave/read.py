"""Read side of the leave registry: plain read models of leave types, requests and their
approval steps, the request list with its filters, and the absence provider that makes
approved leave show in the org chart ("away today") and in calendar conflicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from app.errors import NotFound
from app.reports.data.leave import (  # the printouts' types, re-exported
    DECISION_LABELS as DECISION_LABELS,
)
from app.reports.data.leave import (
    STATUS_LABELS as STATUS_LABELS,
)
from app.reports.data.leave import (
    RequestInfo as RequestInfo,
)
from app.reports.data.leave import (
    StepInfo as StepInfo,
)
from app.reports.data.leave import (
    format_days as format_days,
)
from app.reports.data.leave import (
    period_text as period_text,
)
from app.rules.leave import HALF_DAY_LABELS, HalfDay, LeavePeriod, Role, periods_overlap
from app.services.org.read import (
    Absence,
    OrgSnapshot,
    UnitInfo,
    absence_source,
    get_office,
)
from app.services.plain_reads import rows as plain_rows
from app.text import fold
from db.models import ApprovalStep, LeaveRequest, LeaveType, Person, Position, Unit
from db.models.base import id_of, now_local, stored_id

ACTIVE_STATUSES = ("submitted", "approved")  # what blocks an overlapping request and counts in balances


@dataclass(frozen=True)
class LeaveTypeInfo:
    id: int
    code: str
    name: str
    symbol: str
    paid: bool
    counts_against_annual: bool
    max_days: float | None
    source: str
    sort_order: int
    active: bool
    min_notice_days: int = 0
    notice_refuses: bool = False


def moment(today: date | None = None) -> datetime:
    """Now in office time; on *today* at the current clock time when a caller fixes the day
    (tests, the demo office), so the stored times agree with the day the services judged by."""
    now = now_local()
    return now if today is None or today == now.date() else datetime.combine(today, now.time())


# -- leave types ------------------------------------------------------------------------

def type_info(row: LeaveType) -> LeaveTypeInfo:
    return LeaveTypeInfo(id_of(row), row.code, row.name, row.symbol, row.paid, row.counts_against_annual,
                         row.max_days, row.source, row.sort_order, row.active, row.min_notice_days,
                         row.notice_refuses)


def list_types(session: Session, *, include_inactive: bool = False) -> list[LeaveTypeInfo]:
    stmt = select(LeaveType).order_by(col(LeaveType.sort_order), col(LeaveType.id))
    if not include_inactive:
        stmt = stmt.where(LeaveType.active)
    return [type_info(row) for row in session.exec(stmt).all()]


def type_by_code(session: Session, code: str) -> LeaveTypeInfo:
    row = session.exec(select(LeaveType).where(LeaveType.code == code)).first()
    if row is None:
        raise NotFound(f"Không có loại nghỉ {code!r}.")
    return type_info(row)


# -- requests ---------------------------------------------------------------------------

def _names(session: Session, ids: Iterable[int | None]) -> dict[int | None, tuple[str, str]]:
    """id → (full name, position title) for the given people (looked up with optional ids)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.exec(
        select(Person.id, Person.full_name, Position.title)
        .join(Position, col(Person.position_id) == Position.id, isouter=True)
        .where(col(Person.id).in_(wanted))
    ).all()
    return {pid: (name, title or "") for pid, name, title in rows}


def _body_label(role: str) -> str:
    """"Thường trực" for a step the body approves, before a member records it."""
    try:
        return Role(role).label if Role(role).is_body else ""
    except ValueError:
        return ""


def _load(session: Session, rows: Sequence[tuple[LeaveRequest, LeaveType, Person]]) -> list[RequestInfo]:
    if not rows:
        return []
    ids = [r.id for r, _t, _p in rows]
    steps: dict[int, list[ApprovalStep]] = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        for step in session.exec(select(ApprovalStep).where(col(ApprovalStep.request_id).in_(chunk))
                                 .order_by(col(ApprovalStep.request_id), col(ApprovalStep.step_order))).all():
            steps.setdefault(step.request_id, []).append(step)
    people = {p.id for _r, _t, p in rows}
    refs = [r.handover_id for r, _t, _p in rows] + [r.phone_approved_by_id for r, _t, _p in rows]
    refs += [s.approver_id for ss in steps.values() for s in ss] + [s.acting_for_id for ss in steps.values() for s in ss]
    names = _names(session, [*people, *refs])
    units = {u.id: u.name for u in session.exec(select(Unit)).all()}
    result = []
    for r, t, p in rows:
        step_infos = tuple(
            StepInfo(id_of(s), s.step_order, s.approver_role, s.approver_id,
                     names.get(s.approver_id, ("", ""))[0] or _body_label(s.approver_role),
                     names.get(s.approver_id, ("", ""))[1], s.acting_for_id,
                     names.get(s.acting_for_id, ("", ""))[0], s.decision, s.decided_by, s.decided_at, s.comment,
                     s.by_phone)
            for s in steps.get(id_of(r), [])
        )
        result.append(RequestInfo(
            id=id_of(r), person_id=r.person_id, person_name=p.full_name, position_title=names.get(id_of(p), ("", ""))[1],
            unit_id=p.unit_id, unit_name=units.get(p.unit_id, ""), leave_type_id=id_of(t), leave_type_name=t.name,
            leave_type_code=t.code, symbol=t.symbol, counts_against_annual=t.counts_against_annual,
            start=r.start_date, start_half=HalfDay(r.start_half), end=r.end_date, end_half=HalfDay(r.end_half),
            days=r.days, reason=r.reason, handover_id=r.handover_id,
            handover_name=names.get(r.handover_id, ("", ""))[0], contact=r.contact, status=r.status,
            requester_role=r.requester_role, emergency=r.emergency, phone_approved_by_id=r.phone_approved_by_id,
            phone_approved_by_name=names.get(r.phone_approved_by_id, ("", ""))[0],
            phone_approved_at=r.phone_approved_at, application_required=r.application_required,
            application_received=r.application_received, application_received_on=r.application_received_on,
            balance_override_note=r.balance_override_note, cancel_reason=r.cancel_reason,
            created_by=r.created_by, created_at=r.created_at, submitted_at=r.submitted_at,
            decided_at=r.decided_at, steps=step_infos,
        ))
    return result


def _base_query() -> Select[LeaveRequest, LeaveType, Person]:
    return (select(LeaveRequest, LeaveType, Person)
            .join(LeaveType, col(LeaveRequest.leave_type_id) == LeaveType.id)
            .join(Person, col(LeaveRequest.person_id) == Person.id))


def get_request(session: Session, request_id: int) -> RequestInfo:
    rows = session.exec(_base_query().where(LeaveRequest.id == request_id)).all()
    if not rows:
        raise NotFound(f"Không tìm thấy đơn xin nghỉ số {request_id}.")
    return _load(session, rows)[0]


def unit_and_descendants(session: Session, unit_id: int) -> set[int]:
    children: dict[int | None, list[int]] = {}
    for uid, parent in session.exec(select(Unit.id, Unit.parent_id)).all():
        if uid is not None:  # a stored unit always has its id
            children.setdefault(parent, []).append(uid)
    found: set[int] = set()
    stack = [unit_id]
    while stack:
        current = stack.pop()
        if current not in found:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


def list_requests(session: Session, *, person_id: int | None = None, unit_id: int | None = None,
                  status: str | Sequence[str] | None = None, start: date | None = None, end: date | None = None,
                  limit: int | None = None, offset: int = 0, awaiting_decision: bool = False,
                  query: str | None = None) -> list[RequestInfo]:
    """Requests, newest start first, filtered by person, unit (with its sub-units), status,
    overlap with [start, end], (*awaiting_decision*) having a step that waits for one, and
    *query* (every word in the person's name, unit or leave type, diacritics ignored); *limit*
    of them after the first *offset* (a page)."""
    stmt = _base_query()
    if query:
        stmt = _matching(session, stmt, query)
    if awaiting_decision:
        stmt = stmt.where(col(LeaveRequest.id).in_(select(ApprovalStep.request_id).where(ApprovalStep.decision == "pending")))
    if person_id is not None:
        stmt = stmt.where(LeaveRequest.person_id == person_id)
    if unit_id is not None:
        stmt = stmt.where(col(Person.unit_id).in_(unit_and_descendants(session, unit_id)))
    if status:
        stmt = stmt.where(col(LeaveRequest.status).in_([status] if isinstance(status, str) else list(status)))
    if start is not None:
        stmt = stmt.where(LeaveRequest.end_date >= start)
    if end is not None:
        stmt = stmt.where(LeaveRequest.start_date <= end)
    stmt = stmt.order_by(col(LeaveRequest.start_date).desc(), col(LeaveRequest.id).desc())
    if limit:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return _load(session, session.exec(stmt).all())


def office_units(session: Session) -> OrgSnapshot:
    """The office and its units, without the people (the unit filters of the leave pane's
    tabs; the pickers read the whole organisation when they open)."""
    units = {id_of(u): UnitInfo(id_of(u), u.name, u.short_name, u.code, u.kind, u.parent_id, u.sort_order, u.active)
             for u in session.exec(select(Unit)).all()}
    return OrgSnapshot(get_office(session), units, {}, {})


def _matching(session: Session, stmt: Select[LeaveRequest, LeaveType, Person],
              query: str) -> Select[LeaveRequest, LeaveType, Person]:
    """*stmt* narrowed to requests whose person's name, unit or leave type holds every word of
    *query* (as the pane's filter over the rows it shows: "nguyen" finds "Nguyễn")."""
    units = {stored_id(i): fold(name) for i, name in session.exec(select(Unit.id, Unit.name)).all()}
    types = {stored_id(i): fold(name) for i, name in session.exec(select(LeaveType.id, LeaveType.name)).all()}
    from app.validation import search_words

    for word in search_words(session, query):
        stmt = stmt.where(or_(col(Person.search_key).contains(word, autoescape=True),
                              col(Person.unit_id).in_([i for i, name in units.items() if word in name]),
                              col(LeaveRequest.leave_type_id).in_([i for i, name in types.items() if word in name])))
    return stmt


def applications_due(session: Session, *, person_id: int | None = None) -> list[RequestInfo]:
    """Submitted or approved leave whose written application is still to be filed with the archive:
    every leave of more than 1 day, and every emergency approved by phone (001 Điều 18); only
    *person_id*'s if given."""
    # the first two conditions are those of the partial index ix_leave_request_application_due
    # (migration 0011), which holds the few requests they keep: the status is checked on those,
    # and the few found are sorted here
    stmt = _base_query().where(LeaveRequest.application_required, col(LeaveRequest.application_received).is_(False),
                               func.coalesce(LeaveRequest.status, "").in_(("submitted", "approved")))
    if person_id is not None:
        stmt = stmt.where(LeaveRequest.person_id == person_id)
    rows = sorted(session.exec(stmt).all(), key=lambda row: (row[0].start_date, stored_id(row[0].id)))
    return _load(session, rows)


def overlapping(session: Session, person_id: int, period: LeavePeriod, *,
                exclude_request_id: int | None = None) -> list[RequestInfo]:
    """Active requests of *person_id* sharing a half-day with *period*."""
    stmt = _base_query().where(
        LeaveRequest.person_id == person_id, col(LeaveRequest.status).in_(ACTIVE_STATUSES),
        LeaveRequest.start_date <= period.end, LeaveRequest.end_date >= period.start)
    if exclude_request_id is not None:
        stmt = stmt.where(LeaveRequest.id != exclude_request_id)
    return [r for r in _load(session, session.exec(stmt).all()) if periods_overlap(r.period, period)]


# -- absences for the org chart and the calendar ------------------------------------------

def absence_reason(type_name: str, start: date, start_half: str, end: date, end_half: str) -> str:
    """"Nghỉ phép năm", with the half-day when the leave is a single half-day."""
    if start == end and start_half == end_half:
        return f"{type_name} (buổi {HALF_DAY_LABELS[HalfDay(start_half)]})"
    return type_name


_APPROVED_BETWEEN = (
    sa_select(col(LeaveRequest.person_id), col(LeaveRequest.start_date), col(LeaveRequest.start_half),
              col(LeaveRequest.end_date), col(LeaveRequest.end_half), col(LeaveRequest.handover_id),
              col(LeaveType.name))
    .join(LeaveType, col(LeaveRequest.leave_type_id) == col(LeaveType.id))
    .where(col(LeaveRequest.status) == "approved", col(LeaveRequest.start_date) <= bindparam("end"),
           col(LeaveRequest.end_date) >= bindparam("start")))


@absence_source
def leave_absences(session: Session, start: date, end: date) -> list[Absence]:
    """Approved leave overlapping [start, end]; the handover person acts meanwhile."""
    rows = plain_rows(session, _APPROVED_BETWEEN, {"start": start, "end": end})
    return [Absence(pid, s, e, absence_reason(name, s, sh, e, eh), handover, source="leave")
            for pid, s, sh, e, eh, handover, name in rows]

