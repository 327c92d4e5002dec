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
from itertools import pairwise

from sqlmodel import Session, select

from app.errors import Conflict, Forbidden, InvalidInput
from app.rules.leave import (
    HalfDay,
    LeavePeriod,
    Role,
    leave_days,
    needs_written_application,
    phone_approval_error,
)
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.workdays import office_calendar
from app.services.leave.approval import (
    ResolvedApprover,
    current_step,
    decide,
    resolve_chain,
    step_deciders,
)
from app.services.leave.balance import COMPENSATORY_CODE, Balance, balance_of
from app.services.leave.checks import check_notice, leave_warnings
from app.services.leave.read import (
    RequestInfo,
    applications_due,
    format_days,
    get_request,
    list_requests,
    moment,
    overlapping,
)
from app.services.lookup import get_or_raise
from app.services.org.read import PersonInfo, get_person
from app.text import format_date, format_datetime, nfc
from app.validation import check_date
from db.models import ApprovalStep, LeaveRequest, LeaveType
from db.models.base import id_of, now_local

__all__ = [
    "LeaveDraft", "LeavePreview", "RequestInfo", "applications_due", "cancel_request", "decide",
    "file_request", "get_request", "list_requests", "mark_application_received", "phone_deciders",
    "preview_request", "record_emergency", "record_phone_approval", "submit_request",
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
    check_date(draft.start, "Ngày bắt đầu")
    check_date(draft.end, "Ngày kết thúc")
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
                              period=checked.period, days=checked.days, exclude_request_id=exclude_request_id,
                              filed=today)
    notes = [step.note for step in chain if step.note]
    if draft.start < today:
        notes.append("Ngày bắt đầu đã qua: đơn phải được duyệt trước khi nghỉ, trừ ốm đau hoặc việc đột xuất "
                     "(khi đó văn thư ghi nhận nghỉ đột xuất).")
    balance = (balance_of(session=session, person_id=checked.person.id, year=draft.start.year,
                          exclude_request_id=exclude_request_id)
               if checked.leave_type.counts_against_annual or checked.leave_type.code == COMPENSATORY_CODE
               else None)
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
    # 001 Điều 18: leave of more than 1 day needs a written application, whatever the path
    request.application_required = request.application_required or needs_written_application(request.days)
    if chain:
        request.status = "submitted"
        session.flush()
        for step in _steps(id_of(request), chain):
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
    if submit:
        check_notice(session, checked.leave_type, checked.period.start, today)
    request = LeaveRequest(
        person_id=checked.person.id, leave_type_id=id_of(checked.leave_type), start_date=checked.period.start,
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
    return id_of(request)


def _request(session: Session, request_id: int) -> LeaveRequest:
    return get_or_raise(session, LeaveRequest, request_id, f"Không tìm thấy đơn xin nghỉ số {request_id}.")


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
    check_notice(session, checked.leave_type, checked.period.start, today or now_local().date())
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


def _phone_text(approver: PersonInfo, approved_at: datetime) -> str:
    return f"Đồng ý qua điện thoại: {approver.full_name}, {format_datetime(approved_at)}"


def _check_phone(session: Session, actor: Actor, step: ApprovalStep, requester_id: int, approved_by_id: int,
                 approved_at: datetime, today: date) -> PersonInfo:
    """The leader who agreed by phone, if they may decide *step* (001 Điều 18)."""
    approver = get_person(session, approved_by_id)
    error = phone_approval_error(approved_by_id, requester=requester_id, recorder=actor.person_id,
                                 step_deciders=step_deciders(session, step, today))
    if error:
        raise InvalidInput(error)
    if approved_at.date() > today:
        raise InvalidInput("Thời điểm đồng ý qua điện thoại không thể ở tương lai.")
    return approver


def _approve_by_phone(step: ApprovalStep, approver: PersonInfo, actor: Actor, approved_at: datetime,
                      now: datetime) -> None:
    """*approver* agreed to *step* by phone; the account that recorded it is kept in decided_by."""
    if approver.id != step.approver_id:
        # the absent holder (or the body) the step was routed to is replaced by who actually agreed
        step.acting_for_id = step.approver_id if step.approver_id and step.acting_for_id != approver.id else None
        step.approver_id = approver.id
    step.decision, step.by_phone, step.comment = "approved", True, _phone_text(approver, approved_at)
    step.decided_at, step.decided_by, step.decided_by_user_id = now, actor.username, actor.user_id


def record_emergency(*, session: Session, actor: Actor, draft: LeaveDraft, approved_by_id: int,
                     approved_at: datetime, today: date | None = None) -> int:
    """The clerk records a leave approved by phone (sickness, family emergency, 001 Điều 18).

    The phone approval must come from the approver of the first step (or someone the acting
    rules allow to act for them), never from the requester nor the recorder. It approves
    that step only: a later required step (001 Điều 18.3: the chief from 1 day) stays pending
    until that leader decides, in the app or by a phone approval recorded with
    :func:`record_phone_approval`. The request is flagged "application to be filed" until
    :func:`mark_application_received`.
    """
    require(actor, Permission.LEAVE_RECORD)
    today = today or now_local().date()
    checked = _check(session, draft)
    try:
        chain, _informed = resolve_chain(session, checked.person, checked.days, today, by_phone=True)
    except (Conflict, InvalidInput) as exc:
        raise InvalidInput(str(exc)) from exc
    if not chain:
        raise InvalidInput("Đơn nghỉ này không cần ai phê duyệt theo quy tắc của cơ quan: hãy lập đơn thường.")
    warnings = leave_warnings(session, person_id=checked.person.id, leave_type=checked.leave_type,
                              period=checked.period, days=checked.days)
    now = moment(today)
    request = LeaveRequest(
        person_id=checked.person.id, leave_type_id=id_of(checked.leave_type), start_date=checked.period.start,
        start_half=checked.period.start_half.value, end_date=checked.period.end,
        end_half=checked.period.end_half.value, days=checked.days, reason=checked.reason,
        handover_id=checked.handover_id, contact=checked.contact, status="submitted",
        requester_role=checked.person.role, emergency=True, phone_approved_by_id=approved_by_id,
        phone_approved_at=approved_at, application_required=True, created_by=actor.username,
        submitted_at=now,
        balance_override_note=(f"{format_datetime(now)} ghi nhận nghỉ đột xuất vượt mức: {' '.join(warnings)}"
                               if warnings else ""))
    steps = _steps(0, chain)
    approver = _check_phone(session, actor, steps[0], checked.person.id, approved_by_id, approved_at, today)
    with write(session, actor, "leave.emergency", f"person:{checked.person.id}", _phone_text(approver, approved_at)):
        session.add(request)
        session.flush()
        for step in steps:
            step.request_id = id_of(request)
        _approve_by_phone(steps[0], approver, actor, approved_at, now)
        for previous, step in pairwise(steps):  # the same leader holds the next step too
            if previous.decision != "approved" or step.approver_id != approver.id:
                break
            _approve_by_phone(step, approver, actor, approved_at, now)
        session.add_all(steps)
        if all(step.decision == "approved" for step in steps):
            request.status, request.decided_at = "approved", now
            session.add(request)
    return id_of(request)


def phone_deciders(*, session: Session, request_id: int, today: date | None = None) -> list[PersonInfo]:
    """Who may agree by phone to the step *request_id* waits for (for the clerk's choice)."""
    request = _request(session, request_id)
    step = current_step(session, request_id) if request.status == "submitted" else None
    if step is None:
        return []
    ids = step_deciders(session, step, today or now_local().date()) - {request.person_id}
    people = [get_person(session, i) for i in ids]
    return sorted(people, key=lambda p: (p.rank, p.full_name))


def record_phone_approval(*, session: Session, actor: Actor, request_id: int, approved_by_id: int,
                          approved_at: datetime, today: date | None = None) -> None:
    """The clerk records that the leader of the step *request_id* waits for agreed by phone
    (001 Điều 18); the last step approves the request."""
    require(actor, Permission.LEAVE_RECORD)
    today = today or now_local().date()
    request = _request(session, request_id)
    if request.status != "submitted":
        raise Conflict(f"Đơn số {request_id} không còn chờ duyệt.")
    step = current_step(session, request_id)
    if step is None:
        raise Conflict(f"Đơn số {request_id} không còn bước nào chờ duyệt.")
    approver = _check_phone(session, actor, step, request.person_id, approved_by_id, approved_at, today)
    now = moment(today)
    with write(session, actor, "leave.phone_approval", f"leave_request:{request_id}",
               _phone_text(approver, approved_at)):
        _approve_by_phone(step, approver, actor, approved_at, now)
        session.add(step)
        if not _pending_steps(session, request_id):
            request.status, request.decided_at = "approved", now
        if request.application_required or needs_written_application(request.days):
            request.application_required = True
        session.add(request)


def mark_application_received(*, session: Session, actor: Actor, request_id: int,
                              received_on: date | None = None) -> None:
    """The written application (more than 1 day, or an emergency) reached the archive (001 Điều 18)."""
    require(actor, Permission.LEAVE_RECORD)
    request = _request(session, request_id)
    if not request.application_required:
        raise Conflict(f"Đơn số {request_id} không cần đơn giấy.")
    if request.application_received:
        raise Conflict(f"Đơn giấy của đơn số {request_id} đã được nhận.")
    received_on = received_on or now_local().date()
    if request.phone_approved_at is not None and received_on < request.phone_approved_at.date():
        raise InvalidInput("Ngày nhận đơn không thể trước ngày lãnh đạo đồng ý qua điện thoại.")
    with write(session, actor, "leave.application", f"leave_request:{request_id}", format_date(received_on)):
        request.application_received, request.application_received_on = True, received_on
        session.add(request)
