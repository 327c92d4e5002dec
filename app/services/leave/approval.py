"""Who approves a leave, and deciding it.

The approval rules are rows of ``approval_rule`` (seeded with regulation 001 Điều 18;
the admin edits them). The roles of a chain become people through the org chart: the
deputy chief who oversees the requester's unit, the chief, the standing deputy
secretary — and, when one of them is away, whoever acts for them (delegations, or the
standing deputy for the chief). Only that person, or an admin, decides a step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, select

from app.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.rules import leave as rules
from app.rules.leave import Role
from app.services.admin.audit import write
from app.services.admin.auth import AccountRole, Actor, Permission, require
from app.services.leave.checks import warnings_for
from app.services.leave.read import RequestInfo, list_requests, moment
from app.services.org.read import OrgSnapshot, PersonInfo, get_person, load_org, who_acts_for
from app.text import format_datetime, nfc
from db.models import ApprovalStep, LeaveApprovalRule, LeaveRequest
from db.models.base import now_local


class BeyondLimits(Conflict):
    """Approving would exceed the balance or the type's limit; the approver may override it."""


# -- the rule table ---------------------------------------------------------------------

@dataclass(frozen=True)
class RuleInfo:
    id: int
    requester_role: str
    from_days: float
    approvers: tuple[str, ...]
    informed: tuple[str, ...]
    source: str

    def as_rule(self) -> rules.ApprovalRule:
        return rules.ApprovalRule(Role(self.requester_role), self.from_days,
                                  tuple(Role(r) for r in self.approvers), tuple(Role(r) for r in self.informed),
                                  self.source)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def list_rules(session: Session) -> list[RuleInfo]:
    rows = session.exec(select(LeaveApprovalRule).order_by(LeaveApprovalRule.requester_role,
                                                           LeaveApprovalRule.from_days)).all()
    return [RuleInfo(r.id, r.requester_role, r.from_days, _split(r.approvers), _split(r.informed), r.source)
            for r in rows]


def load_rules(session: Session) -> list[rules.ApprovalRule]:
    """The office's rules as rule objects for :func:`app.rules.leave.approval_chain`."""
    return [info.as_rule() for info in list_rules(session)]


def save_rule(*, session: Session, actor: Actor, requester_role: str, from_days: float,
              approvers: list[str] | tuple[str, ...], informed: list[str] | tuple[str, ...] = (),
              source: str = "", rule_id: int | None = None) -> int:
    """Create (``rule_id`` None) or change an approval rule; checked like the defaults."""
    require(actor, Permission.SETTINGS_WRITE)
    try:
        checked = rules.ApprovalRule(Role(requester_role), float(from_days), tuple(Role(r) for r in approvers),
                                     tuple(Role(r) for r in informed), nfc(source))
    except (TypeError, ValueError) as exc:
        raise InvalidInput(str(exc)) from exc
    if rule_id is None:
        row = LeaveApprovalRule(requester_role="", from_days=1, approvers="")
    else:
        row = session.get(LeaveApprovalRule, rule_id)
        if row is None:
            raise NotFound(f"Không tìm thấy quy tắc phê duyệt số {rule_id}.")
    same = session.exec(select(LeaveApprovalRule).where(
        LeaveApprovalRule.requester_role == checked.requester.value,
        LeaveApprovalRule.from_days == checked.from_days)).first()
    if same is not None and same.id != rule_id:
        raise Conflict(f"Đã có quy tắc cho {checked.requester.label} từ {checked.from_days:g} ngày.")
    detail = f"{checked.requester} ≥ {checked.from_days:g}: {','.join(checked.approvers)}"
    with write(session, actor, "leave_rule.save", f"approval_rule:{rule_id or 'new'}", detail):
        row.requester_role = checked.requester.value
        row.from_days = checked.from_days
        row.approvers = ",".join(checked.approvers)
        row.informed = ",".join(checked.informed)
        row.source = checked.source
        session.add(row)
    return row.id


def delete_rule(*, session: Session, actor: Actor, rule_id: int) -> None:
    require(actor, Permission.SETTINGS_WRITE)
    row = session.get(LeaveApprovalRule, rule_id)
    if row is None:
        raise NotFound(f"Không tìm thấy quy tắc phê duyệt số {rule_id}.")
    with write(session, actor, "leave_rule.delete", f"approval_rule:{rule_id}", row.requester_role):
        session.delete(row)


def reset_rules(*, session: Session, actor: Actor) -> None:
    """Replace every rule by the defaults of regulation 001 Điều 18."""
    require(actor, Permission.SETTINGS_WRITE)
    with write(session, actor, "leave_rule.reset", "approval_rule"):
        for row in session.exec(select(LeaveApprovalRule)).all():
            session.delete(row)
        session.flush()
        insert_default_rules(session)


def insert_default_rules(session: Session) -> None:
    """Add :data:`app.rules.leave.DEFAULT_RULES` (no commit; the caller's transaction)."""
    for rule in rules.DEFAULT_RULES:
        session.add(LeaveApprovalRule(requester_role=rule.requester.value, from_days=rule.from_days,
                                      approvers=",".join(rule.approvers), informed=",".join(rule.informed),
                                      source=rule.source))


# -- resolving people -------------------------------------------------------------------

@dataclass(frozen=True)
class ResolvedApprover:
    """A role of the chain made a person: *person_id* decides, acting for *acting_for_id* if set."""

    role: Role
    person_id: int
    person_name: str
    person_title: str
    acting_for_id: int | None = None
    acting_for_name: str = ""
    note: str = ""


def _first(people: list[PersonInfo]) -> PersonInfo | None:
    return min(people, key=lambda p: (p.rank, p.id)) if people else None


def _overseeing_deputy(snapshot: OrgSnapshot, requester: PersonInfo) -> tuple[PersonInfo | None, str]:
    """The deputy chief who oversees the requester's unit (or the nearest parent unit)."""
    unit_id, seen = requester.unit_id, set()
    while unit_id is not None and unit_id not in seen:
        seen.add(unit_id)
        deputies = [snapshot.people[d] for d in snapshot.overseers_of(unit_id)
                    if d in snapshot.people and snapshot.people[d].active]
        if deputies:
            return _first(deputies), ""
        unit = snapshot.units.get(unit_id)
        unit_id = unit.parent_id if unit else None
    standing = _first([p for p in snapshot.with_role(Role.DEPUTY_CHIEF.value) if p.is_standing_deputy])
    unit_name = requester.unit_name or "của người xin nghỉ"
    return standing, f"Đơn vị {unit_name} chưa có Phó Chánh Văn phòng phụ trách: chuyển Phó Chánh Văn phòng thường trực."


def holder_of(snapshot: OrgSnapshot, role: Role, requester: PersonInfo) -> tuple[PersonInfo, str]:
    """Who holds *role* for *requester* in the org chart, present or not, with a note on how
    they were found (Conflict if nobody)."""
    note = ""
    if role is Role.DEPUTY_CHIEF:
        person, note = _overseeing_deputy(snapshot, requester)
    else:
        person = _first(snapshot.with_role(role.value))
    if person is None:
        raise Conflict(f"Sơ đồ tổ chức chưa có {role.label} để phê duyệt đơn nghỉ; hãy cập nhật sơ đồ tổ chức.")
    return person, note


def resolve_role(session: Session, snapshot: OrgSnapshot, role: Role, requester: PersonInfo,
                 day: date) -> ResolvedApprover:
    """The person who decides for *role* on *day*: the holder, or whoever acts for them that day."""
    person, note = holder_of(snapshot, role, requester)
    acting = who_acts_for(session, person.id, day)
    if acting is not None and acting.id != person.id:
        return ResolvedApprover(role, acting.id, acting.full_name, acting.position_title, person.id,
                                person.full_name, note)
    return ResolvedApprover(role, person.id, person.full_name, person.position_title, None, "", note)


def resolve_chain(session: Session, requester: PersonInfo, days: float, day: date,
                  snapshot: OrgSnapshot | None = None) -> tuple[list[ResolvedApprover], list[Role]]:
    """The people who approve a leave of *days* by *requester*, and the roles to inform.

    InvalidInput if the office has no rule for the requester's position; Conflict if an
    approver would be the requester themself.
    """
    office_rules = load_rules(session)
    try:
        chain = rules.approval_chain(requester.role, days, office_rules)
        informed = rules.informed_roles(requester.role, days, office_rules)
    except ValueError as exc:
        raise InvalidInput(f"{requester.full_name}: {exc}") from exc
    snapshot = snapshot or load_org(session)
    resolved = [resolve_role(session, snapshot, role, requester, day) for role in chain]
    for step in resolved:
        if step.person_id == requester.id:
            acting = f" (đang làm thay {step.acting_for_name})" if step.acting_for_id else ""
            raise Conflict(
                f"{requester.full_name} là người phê duyệt đơn của chính mình{acting}. Hãy xin ý kiến "
                f"{step.acting_for_name or step.role.label} qua điện thoại và ghi nhận nghỉ đột xuất, "
                "hoặc đổi người được ủy quyền.")
    return resolved, informed


# -- deciding ---------------------------------------------------------------------------

def may_decide(session: Session, actor: Actor, step: ApprovalStep, day: date) -> bool:
    """True if *actor* decides *step*: an admin, the resolved approver, or who acts for them on *day*."""
    if actor.role is AccountRole.ADMIN:
        return True
    if actor.person_id is None or step.approver_id is None:
        return False
    if actor.person_id == step.approver_id:
        return True
    acting = who_acts_for(session, step.approver_id, day)
    return acting is not None and acting.id == actor.person_id


def current_step(session: Session, request_id: int) -> ApprovalStep | None:
    return session.exec(select(ApprovalStep).where(ApprovalStep.request_id == request_id,
                                                   ApprovalStep.decision == "pending")
                        .order_by(ApprovalStep.step_order)).first()


def decide(*, session: Session, actor: Actor, request_id: int, approve: bool, comment: str = "",
           override_balance: bool = False, today: date | None = None) -> None:
    """Approve or reject the step of *request_id* waiting for a decision.

    Only the resolved approver (or whoever acts for them today) or an admin decides.
    Approving a leave that exceeds the balance or its type's limit needs
    ``override_balance`` (recorded on the request with the comment). A rejection needs
    a reason. Approving the last step approves the request.
    """
    require(actor, Permission.LEAVE_DECIDE)
    today = today or now_local().date()
    request = session.get(LeaveRequest, request_id)
    if request is None:
        raise NotFound(f"Không tìm thấy đơn xin nghỉ số {request_id}.")
    if request.status != "submitted":
        raise Conflict(f"Đơn số {request_id} không còn chờ duyệt.")
    step = current_step(session, request_id)
    if step is None:
        raise Conflict(f"Đơn số {request_id} không còn bước nào chờ duyệt.")
    if actor.person_id is not None and actor.person_id == request.person_id:
        raise Forbidden("Không ai tự phê duyệt đơn nghỉ của chính mình.")
    if not may_decide(session, actor, step, today):
        who = get_person(session, step.approver_id).full_name if step.approver_id else Role(step.approver_role).label
        raise Forbidden(f"Đơn số {request_id} đang chờ đồng chí {who} cho ý kiến; "
                        f"tài khoản {actor.username} không phải người phê duyệt bước này.")
    comment = nfc(comment)
    if not approve and not comment:
        raise InvalidInput("Hãy ghi lý do không đồng ý.")
    now = moment(today)
    if approve:
        warnings = warnings_for(session, request)
        if warnings and not override_balance:
            raise BeyondLimits(" ".join(warnings) + " Chọn “Vẫn duyệt” để phê duyệt vượt mức (sẽ được ghi lại).")
        if warnings:
            note = f"{format_datetime(now)} {actor.username} duyệt vượt mức: {' '.join(warnings)}"
            note += f" Ý kiến: {comment}" if comment else ""
            request.balance_override_note = "\n".join(x for x in (request.balance_override_note, note) if x)
    action = "leave.approve" if approve else "leave.reject"
    with write(session, actor, action, f"leave_request:{request_id}", comment):
        _record(step, actor, approve, comment, now)
        session.add(step)
        remaining = session.exec(select(ApprovalStep).where(
            ApprovalStep.request_id == request_id, ApprovalStep.decision == "pending",
            ApprovalStep.id != step.id).order_by(ApprovalStep.step_order)).all()
        if not approve:
            for other in remaining:
                other.decision = "skipped"
                session.add(other)
            request.status, request.decided_at = "rejected", now
        else:
            # the same person on the next step (e.g. acting for both) approves it at once
            while remaining and remaining[0].approver_id == step.approver_id and step.approver_id is not None:
                nxt = remaining.pop(0)
                _record(nxt, actor, True, "(như trên)", now)
                session.add(nxt)
            if not remaining:
                request.status, request.decided_at = "approved", now
        session.add(request)


def _record(step: ApprovalStep, actor: Actor, approve: bool, comment: str, now: datetime) -> None:
    """Write the decision on *step*; someone acting for the approver becomes the approver of record."""
    if actor.person_id is not None and step.approver_id is not None and actor.person_id != step.approver_id:
        step.acting_for_id, step.approver_id = step.approver_id, actor.person_id
    step.decision = "approved" if approve else "rejected"
    step.comment = comment
    step.decided_at = now
    step.decided_by = actor.username
    step.decided_by_user_id = actor.user_id


def waiting_for(*, session: Session, actor: Actor, today: date | None = None) -> list[RequestInfo]:
    """Requests whose current step waits for *actor*: as the resolved approver, as the one acting
    for an absent approver today, or — for an admin without a linked person — every one."""
    today = today or now_local().date()
    pending = [r for r in list_requests(session, status="submitted", awaiting_decision=True)
               if r.current_step is not None]
    if actor.person_id is None:
        return pending if actor.role is AccountRole.ADMIN else []
    acting_cache: dict[int, int | None] = {}

    def acting_for(approver_id: int) -> int | None:
        if approver_id not in acting_cache:
            acting = who_acts_for(session, approver_id, today)
            acting_cache[approver_id] = acting.id if acting else None
        return acting_cache[approver_id]

    mine = []
    for request in pending:
        approver = request.current_step.approver_id
        if request.person_id == actor.person_id or approver is None:
            continue
        if approver == actor.person_id or acting_for(approver) == actor.person_id:
            mine.append(request)
    return sorted(mine, key=lambda r: (r.start, r.id))
