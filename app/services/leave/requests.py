"""Leave requests: filing, submitting, cancelling, the emergency path, and the preview the
request dialog shows (days, approvers by name, balance, warnings).

Regulation 001 Điều 18: approval comes before the leave, except sickness or a family
emergency — then approval by phone, and the written application is filed afterwards
with the archive. Leave longer than 1 day needs a written application.

The rest of the registry lives beside this module: :mod:`leave_read` (read models, the
absence provider), :mod:`leave_approval` (rules, approvers, deciding),
:mod:`leave_balance`, :mod:`leave_calendar`, :mod:`leave_roster`, :mod:`leave_types`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import Session, select

from app.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.rules.leave import HalfDay, LeavePeriod, Role, leave_days, needs_written_application
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.workdays import office_calendar
from app.services.leave.approval import ResolvedApprover, decide, resolve_chain
from app.services.leave.balance import Balance, balance_of
from app.services.leave.checks import leave_warnings
from app.services.leave.read import (
    RequestInfo,
    applications_due,
    format_days,
    get_request,
    list_requests,
    moment,
    overlapping,
)
from app.services.org.read import PersonInfo, get_person
from app.text import format_date, format_datetime, nfc
from db.models import ApprovalStep, LeaveRequest, LeaveType
from db.models.base import now_local

__all__ = [
    "LeaveDraft", "LeavePreview", "RequestInfo", "applications_due", "cancel_request", "decide",
    "file_request", "get_request", "list_requests", "mark_application_received", "preview_request",
    "record_emergency", "submit_request",
]


@dataclass(frozen=True)
class LeaveDraft:
    """What a user enters for a leave."""

    person_id: int
    leave_type_id: int
    start: date
    end: date
    start_half: HalfDay | str = HalfDay.MORNING
    end_half: HalfDay | str = HalfDay.AFTERNOON
    reason: str = ""
    handover_id: int | None = None
    contact: str = ""


@dataclass(frozen=True)
class LeavePreview:
    """What the request dialog shows before saving."""

    days: float
    chain: tuple[ResolvedApprover, ...]
    informed: tuple[str, ...]
    balance: Balance | None
    warnings: tuple[str, ...]
    needs_application: bool
    chain_error: str = ""
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Checked:
    person: PersonInfo
    leave_type: LeaveType
    period: LeavePeriod
    days: float
    reason: str
    handover_id: int | None
    contact: str


def _check(session: Session, draft: LeaveDraft, *, exclude_request_id: int | None = None) -> _Checked:
    """Validate a draft: people, type, dates, overlap. Errors a user can fix, in Vietnamese."""
    person = get_person(session, draft.person_id)
    if not person.active:
        raise InvalidInput(f"{person.full_name} không còn công tác.")
    leave_type = session.get(LeaveType, draft.leave_type_id)
    if leave_type is None or not leave_type.active:
        raise InvalidInput("Hãy chọn loại nghỉ.")
    try:
        period = LeavePeriod.of(draft.start, draft.start_half, draft.end, draft.end_half)
        days = leave_days(draft.start, draft.start_half, draft.end, draft.end_half, office_calendar(session))
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc
    if draft.handover_id is not None:
        if draft.handover_id == draft.person_id:
            raise InvalidInput("Người xử lý công việc thay phải là người khác.")
        handover = get_person(session, draft.handover_id)
        if not handover.active:
            raise InvalidInput(f"{handover.full_name} không còn công tác.")
    clash = overlapping(session, draft.person_id, period, exclude_request_id=exclude_request_id)
    if clash:
        other = clash[0]
        raise Conflict(f"{person.full_name} đã có đơn số {other.id} ({other.leave_type_name}, {other.period_text}, "
                       f"{other.status_label.lower()}) trùng thời gian này.")
    return _Checked(person, leave_type, period, days, nfc(draft.reason), draft.handover_id, nfc(draft.contact))


def _check_owner(actor: Actor, person_id: int) -> None:
    require(actor, Permission.LEAVE_FILE)
    if actor.person_id != person_id and not actor.can(Permission.LEAVE_RECORD):
        raise Forbidden("Bạn chỉ xin nghỉ được cho chính mình; văn thư ghi nhận đơn cho người khác.")


def preview_request(*, session: Session, draft: LeaveDraft, today: date | None = None,
                    exclude_request_id: int | None = None) -> LeavePreview:
    """Days, approvers by name, balance and warnings of a draft (InvalidInput/Conflict if it cannot be filed)."""
    today = today or now_local().date()
    checked = _check(session, draft, exclude_request_id=exclude_request_id)
    chain: list[ResolvedApprover] = []
    informed: list[Role] = []
    chain_error = ""
    try:
        chain, informed = resolve_chain(session, checked.person, checked.days, today)
    except (Conflict, InvalidInput) as exc:
        chain_error = str(exc)
    warnings = leave_warnings(session, person_id=checked.person.id, leave_type=checked.leave_type,
                              period=checked.period, days=checked.days, exclude_request_id=exclude_request_id)
    notes = [step.note for step in chain if step.note]
    if draft.start < today:
        notes.append("Ngày bắt đầu đã qua: đơn phải được duyệt trước khi nghỉ, trừ ốm đau hoặc việc đột xuất "
                     "(khi đó văn thư ghi nhận nghỉ đột xuất).")
    balance = (balance_of(session=session, person_id=checked.person.id, year=draft.start.year,
                          exclude_request_id=exclude_request_id)
               if checked.leave_type.counts_against_annual else None)
    return LeavePreview(checked.days, tuple(chain), tuple(r.label for r in informed), balance, tuple(warnings),
                        needs_written_application(checked.days), chain_error, tuple(notes))


def _steps(request_id: int, chain: list[ResolvedApprover]) -> list[ApprovalStep]:
    return [ApprovalStep(request_id=request_id, step_order=i, approver_role=step.role.value,
                         approver_id=step.person_id, acting_for_id=step.acting_for_id, comment=step.note)
            for i, step in enumerate(chain, start=1)]


def _submit(session: Session, request: LeaveRequest, person: PersonInfo, today: date) -> None:
    """Build the approval steps and move the request to submitted (approved if nobody need approve)."""
    chain, _informed = resolve_chain(session, person, request.days, today)
    now = moment(today)
    request.requester_role = person.role
    request.submitted_at = now
    if chain:
        request.status = "submitted"
        session.flush()
        for step in _steps(request.id, chain):
            session.add(step)
    else:
        request.status, request.decided_at = "approved", now
    session.add(request)


def file_request(*, session: Session, actor: Actor, draft: LeaveDraft, submit: bool = True,
                 today: date | None = None) -> int:
    """File a leave request (submitted for approval, or kept as a draft). Returns its id."""
    _check_owner(actor, draft.person_id)
    today = today or now_local().date()
    checked = _check(session, draft)
    request = LeaveRequest(
        person_id=checked.person.id, leave_type_id=checked.leave_type.id, start_date=checked.period.start,
        start_half=checked.period.start_half.value, end_date=checked.period.end,
        end_half=checked.period.end_half.value, days=checked.days, reason=checked.reason,
        handover_id=checked.handover_id, contact=checked.contact, status="draft",
        requester_role=checked.person.role, created_by=actor.username, created_at=moment(today))
    action = "leave.submit" if submit else "leave.draft"
    with write(session, actor, action, f"person:{checked.person.id}",
               f"{checked.leave_type.name} {checked.period.start}–{checked.period.end} ({format_days(checked.days)})"):
        session.add(request)
        session.flush()
        if submit:
            _submit(session, request, checked.person, today)
    return request.id


def _request(session: Session, request_id: int) -> LeaveRequest:
    request = session.get(LeaveRequest, request_id)
    if request is None:
        raise NotFound(f"Không tìm thấy đơn xin nghỉ số {request_id}.")
    return request


def _draft_of(request: LeaveRequest) -> LeaveDraft:
    return LeaveDraft(request.person_id, request.leave_type_id, request.start_date, request.end_date,
                      request.start_half, request.end_half, request.reason, request.handover_id, request.contact)


def submit_request(*, session: Session, actor: Actor, request_id: int, today: date | None = None) -> None:
    """Send a draft for approval."""
    request = _request(session, request_id)
    _check_owner(actor, request.person_id)
    if request.status != "draft":
        raise Conflict(f"Đơn số {request_id} đã được gửi.")
    checked = _check(session, _draft_of(request), exclude_request_id=request_id)
    with write(session, actor, "leave.submit", f"leave_request:{request_id}"):
        request.days = checked.days
        _submit(session, request, checked.person, today or now_local().date())


def cancel_request(*, session: Session, actor: Actor, request_id: int, reason: str = "") -> None:
    """Withdraw a request (the requester, or the clerk); pending steps are no longer needed."""
    request = _request(session, request_id)
    _check_owner(actor, request.person_id)
    if request.status not in ("draft", "submitted", "approved"):
        raise Conflict(f"Đơn số {request_id} đã {'bị từ chối' if request.status == 'rejected' else 'hủy'}.")
    with write(session, actor, "leave.cancel", f"leave_request:{request_id}", nfc(reason)):
        for step in _pending_steps(session, request_id):
            step.decision = "skipped"
            session.add(step)
        request.status, request.cancel_reason = "cancelled", nfc(reason)
        session.add(request)


def _pending_steps(session: Session, request_id: int) -> list[ApprovalStep]:
    return list(session.exec(select(ApprovalStep).where(ApprovalStep.request_id == request_id,
                                                        ApprovalStep.decision == "pending")).all())


def record_emergency(*, session: Session, actor: Actor, draft: LeaveDraft, approved_by_id: int,
                     approved_at: datetime, today: date | None = None) -> int:
    """The clerk records a leave approved by phone (sickness, family emergency): it is approved at
    once, flagged "application to be filed" until :func:`mark_application_received`."""
    require(actor, Permission.LEAVE_RECORD)
    today = today or now_local().date()
    checked = _check(session, draft)
    approver = get_person(session, approved_by_id)
    if approved_by_id == checked.person.id:
        raise InvalidInput("Người đồng ý qua điện thoại phải là lãnh đạo có thẩm quyền, không phải người xin nghỉ.")
    try:
        chain, _informed = resolve_chain(session, checked.person, checked.days, today)
    except (Conflict, InvalidInput):
        chain = []
    if not any(step.person_id == approved_by_id or step.acting_for_id == approved_by_id for step in chain):
        chain = [ResolvedApprover(Role(approver.role), approver.id, approver.full_name, approver.position_title)]
    warnings = leave_warnings(session, person_id=checked.person.id, leave_type=checked.leave_type,
                              period=checked.period, days=checked.days)
    phone = f"Đồng ý qua điện thoại: {approver.full_name}, {format_datetime(approved_at)}"
    now = moment(today)
    request = LeaveRequest(
        person_id=checked.person.id, leave_type_id=checked.leave_type.id, start_date=checked.period.start,
        start_half=checked.period.start_half.value, end_date=checked.period.end,
        end_half=checked.period.end_half.value, days=checked.days, reason=checked.reason,
        handover_id=checked.handover_id, contact=checked.contact, status="approved",
        requester_role=checked.person.role, emergency=True, phone_approved_by_id=approved_by_id,
        phone_approved_at=approved_at, application_required=True, created_by=actor.username,
        submitted_at=now, decided_at=now,
        balance_override_note=(f"{format_datetime(now)} ghi nhận nghỉ đột xuất vượt mức: {' '.join(warnings)}"
                               if warnings else ""))
    with write(session, actor, "leave.emergency", f"person:{checked.person.id}", phone):
        session.add(request)
        session.flush()
        for step in _steps(request.id, chain):
            if approved_by_id in (step.approver_id, step.acting_for_id):
                step.decision, step.comment = "approved", phone
                step.approver_id, step.acting_for_id = approved_by_id, None
            else:  # the paper application collects this signature afterwards
                step.decision = "skipped"
                step.comment = f"Nghỉ đột xuất: đồng chí {approver.full_name} đã đồng ý qua điện thoại."
            step.decided_at, step.decided_by, step.decided_by_user_id = now, actor.username, actor.user_id
            session.add(step)
    return request.id


def mark_application_received(*, session: Session, actor: Actor, request_id: int,
                              received_on: date | None = None) -> None:
    """The written application of an emergency leave reached the archive (001 Điều 18)."""
    require(actor, Permission.LEAVE_RECORD)
    request = _request(session, request_id)
    if not request.application_required:
        raise Conflict(f"Đơn số {request_id} không chờ bổ sung đơn giấy.")
    received_on = received_on or now_local().date()
    if request.phone_approved_at is not None and received_on < request.phone_approved_at.date():
        raise InvalidInput("Ngày nhận đơn không thể trước ngày lãnh đạo đồng ý qua điện thoại.")
    with write(session, actor, "leave.application", f"leave_request:{request_id}", format_date(received_on)):
        request.application_received, request.application_received_on = True, received_on
        session.add(request)
