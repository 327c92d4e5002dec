"""Who approves a leave, and deciding it.

The approval rules are rows of ``approval_rule`` (seeded with regulation 001 Điều 18;
the admin edits them). The roles of a chain become people through the org chart: the
deputy chief who oversees the requester's unit, the chief, the standing deputy
secretary, the Thường trực as a body — and, when one of them is away, whoever acts for
them (delegations, or the standing deputy for the chief) if an acting rule
(``approval_acting_rule``) allows someone of that position to act for them: only a Phó Chánh
Văn phòng (or the chief) for a deputy chief (001 Điều 18.3), a deputy for the chief
(001 Điều 5). Only that person, a member of the Thường trực for its step, or an admin,
decides a step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from app.errors import Conflict, Forbidden, InvalidInput
from app.rules import leave as rules
from app.rules.leave import Role
from app.services.admin.audit import write
from app.services.admin.auth import AccountRole, Actor, Permission, require
from app.services.leave.checks import warnings_for
from app.services.leave.read import RequestInfo, list_requests, moment
from app.services.lookup import get_or_raise
from app.services.org.read import (
    Absence,
    OrgSnapshot,
    PersonInfo,
    away_on,
    get_person,
    load_org,
    who_acts_for,
)
from app.text import format_datetime, nfc
from db.models import ApprovalStep, LeaveActingRule, LeaveApprovalRule, LeaveRequest
from db.models.base import id_of, now_local, stored_id


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
    rows = session.exec(select(LeaveApprovalRule).order_by(col(LeaveApprovalRule.requester_role),
                                                           col(LeaveApprovalRule.from_days))).all()
    return [RuleInfo(id_of(r), r.requester_role, r.from_days, _split(r.approvers), _split(r.informed), r.source)
            for r in rows]


def load_rules(session: Session) -> list[rules.ApprovalRule]:
    """The office's rules as rule objects for :func:`app.rules.leave.approval_chain`."""
    return [info.as_rule() for info in list_rules(session)]


def _rule(session: Session, rule_id: int) -> LeaveApprovalRule:
    return get_or_raise(session, LeaveApprovalRule, rule_id, f"Không tìm thấy quy tắc phê duyệt số {rule_id}.")


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
        row = _rule(session, rule_id)
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
    return id_of(row)


def delete_rule(*, session: Session, actor: Actor, rule_id: int) -> None:
    require(actor, Permission.SETTINGS_WRITE)
    row = _rule(session, rule_id)
    with write(session, actor, "leave_rule.delete", f"approval_rule:{rule_id}", row.requester_role):
        session.delete(row)


def reset_rules(*, session: Session, actor: Actor) -> None:
    """Replace every rule (approval and acting) by the defaults of regulation 001 Điều 5 and 18."""
    require(actor, Permission.SETTINGS_WRITE)
    with write(session, actor, "leave_rule.reset", "approval_rule"):
        for row in [*session.exec(select(LeaveApprovalRule)).all(), *session.exec(select(LeaveActingRule)).all()]:
            session.delete(row)
        session.flush()
        insert_default_rules(session)
        insert_default_acting_rules(session)


def insert_default_rules(session: Session) -> None:
    """Add :data:`app.rules.leave.DEFAULT_RULES` (no commit; the caller's transaction)."""
    for rule in rules.DEFAULT_RULES:
        session.add(LeaveApprovalRule(requester_role=rule.requester.value, from_days=rule.from_days,
                                      approvers=",".join(rule.approvers), informed=",".join(rule.informed),
                                      source=rule.source))



def insert_default_acting_rules(session: Session) -> None:
    """Add :data:`app.rules.leave.DEFAULT_ACTING_RULES` (no commit; the caller's transaction)."""
    for acting in rules.DEFAULT_ACTING_RULES:
        session.add(LeaveActingRule(approver_role=acting.approver.value, acting_roles=",".join(acting.acting),
                                    source=acting.source))


# -- who may act for an approver ---------------------------------------------------------

@dataclass(frozen=True)
class ActingRuleInfo:
    id: int
    approver_role: str
    acting_roles: tuple[str, ...]
    source: str


def list_acting_rules(session: Session) -> list[ActingRuleInfo]:
    rows = session.exec(select(LeaveActingRule).order_by(LeaveActingRule.approver_role)).all()
    return [ActingRuleInfo(id_of(r), r.approver_role, _split(r.acting_roles), r.source) for r in rows]


def load_acting_rules(session: Session) -> list[rules.ActingRule]:
    """The office's acting rules for :func:`app.rules.leave.may_act_for` (unknown roles are skipped)."""
    loaded = []
    for info in list_acting_rules(session):
        try:
            loaded.append(rules.ActingRule(Role(info.approver_role), tuple(Role(r) for r in info.acting_roles),
                                           info.source))
        except ValueError:
            continue
    return loaded


def save_acting_rule(*, session: Session, actor: Actor, approver_role: str, acting_roles: list[str] | tuple[str, ...],
                     source: str = "") -> int:
    """Set who may act for *approver_role* (replacing its rule); an empty list removes the rule,
    so nobody acts for that approver."""
    require(actor, Permission.SETTINGS_WRITE)
    try:
        checked = rules.ActingRule(Role(approver_role), tuple(Role(r) for r in acting_roles), nfc(source))
    except (TypeError, ValueError) as exc:
        raise InvalidInput(str(exc)) from exc
    row = session.exec(select(LeaveActingRule).where(LeaveActingRule.approver_role == checked.approver.value)).first()
    detail = f"{checked.approver}: {','.join(checked.acting) or '—'}"
    with write(session, actor, "leave_rule.acting", f"approval_acting_rule:{checked.approver}", detail):
        if not checked.acting:
            if row is not None:
                session.delete(row)
            return 0
        row = row or LeaveActingRule(approver_role=checked.approver.value, acting_roles="")
        row.acting_roles = ",".join(dict.fromkeys(checked.acting))
        row.source = checked.source
        session.add(row)
        session.flush()
    return id_of(row)


# -- resolving people -------------------------------------------------------------------

@dataclass(frozen=True)
class ResolvedApprover:
    """A role of the chain made a person: *person_id* decides, acting for *acting_for_id* if set.
    For the Thường trực (a body) *person_id* is None and *person_name* the body's name: any
    member records its approval."""

    role: Role
    person_id: int | None
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
    elif role.is_body:  # the body's first member in protocol order stands for it
        person = _first(standing_body_members(snapshot)[1])
    else:
        person = _first(snapshot.with_role(role.value))
    if person is None:
        raise Conflict(f"Sơ đồ tổ chức chưa có {role.label} để phê duyệt đơn nghỉ; hãy cập nhật sơ đồ tổ chức.")
    return person, note


STANDING_BODY_CODE = "thuong_truc"  # the unit code of the Thường trực in the org chart


def standing_body_members(snapshot: OrgSnapshot) -> tuple[str, list[PersonInfo]]:
    """The Thường trực's name and its active members (people in the body, or listed as members)."""
    body = next((u for u in snapshot.units.values() if u.code == STANDING_BODY_CODE and u.active), None)
    if body is None:
        return "", []
    ids = {p.id for p in snapshot.people.values() if p.unit_id == body.id} | set(snapshot.members.get(body.id, []))
    members = [snapshot.people[i] for i in ids if i in snapshot.people and snapshot.people[i].active]
    return body.name, sorted(members, key=lambda p: (p.rank, p.id))


def _allowed_stand_in(session: Session, snapshot: OrgSnapshot, role: Role, holder: PersonInfo,
                      requester: PersonInfo, day: date, acting_rules: list[rules.ActingRule]) -> PersonInfo | None:
    """Someone present whose position may act for *holder*: a holder of the same role first (another
    Phó Chánh Văn phòng for a deputy, 001 Điều 18.3), the standing deputy first, then by rank."""
    away = away_on(session, day)
    candidates = [p for p in snapshot.people.values()
                  if p.active and p.id not in (holder.id, requester.id) and p.id not in away
                  and rules.may_act_for(role, p.role, acting_rules)]
    candidates.sort(key=lambda p: (p.role != role.value, not p.is_standing_deputy, p.rank, p.id))
    return candidates[0] if candidates else None


def resolve_role(session: Session, snapshot: OrgSnapshot, role: Role, requester: PersonInfo,
                 day: date, acting_rules: list[rules.ActingRule] | None = None) -> ResolvedApprover:
    """The person who decides for *role* on *day*: the holder, or whoever acts for them that day
    if an acting rule lets their position act for *role* (else someone present whom the rules allow)."""
    if role.is_body:
        name, members = standing_body_members(snapshot)
        if not members:
            raise Conflict("Sơ đồ tổ chức chưa có Thường trực (đơn vị mã “thuong_truc”) và các thành viên "
                           "để phê duyệt đơn nghỉ; hãy cập nhật sơ đồ tổ chức.")
        return ResolvedApprover(role, None, name, "", note="Một thành viên Thường trực ghi nhận ý kiến "
                                "của Thường trực (Điều 18.2).")
    acting_rules = load_acting_rules(session) if acting_rules is None else acting_rules
    person, note = holder_of(snapshot, role, requester)
    acting = who_acts_for(session, person.id, day)
    if acting is None or acting.id == person.id:
        return ResolvedApprover(role, person.id, person.full_name, person.position_title, None, "", note)
    if rules.may_act_for(role, acting.role, acting_rules):
        return ResolvedApprover(role, acting.id, acting.full_name, acting.position_title, person.id,
                                person.full_name, note)
    refused = (f"{acting.full_name} ({acting.position_title or 'chưa có chức vụ'}) làm thay {person.full_name} "
               f"nhưng không có thẩm quyền duyệt nghỉ thay {role.label} theo quy tắc làm thay")
    stand_in = _allowed_stand_in(session, snapshot, role, person, requester, day, acting_rules)
    if stand_in is None:
        return ResolvedApprover(role, person.id, person.full_name, person.position_title, None, "",
                                " ".join(x for x in (note, refused + ": đơn chờ chính đồng chí.") if x))
    return ResolvedApprover(role, stand_in.id, stand_in.full_name, stand_in.position_title, person.id,
                            person.full_name, " ".join(x for x in (note, refused + f": chuyển đồng chí "
                                                                   f"{stand_in.full_name}.") if x))


def resolve_chain(session: Session, requester: PersonInfo, days: float, day: date,
                  snapshot: OrgSnapshot | None = None, *,
                  by_phone: bool = False) -> tuple[list[ResolvedApprover], list[Role]]:
    """The people who approve a leave of *days* by *requester*, and the roles to inform.

    InvalidInput if the office has no rule for the requester's position; Conflict if an
    approver would be the requester themself — unless *by_phone*: then the step goes back
    to the absent holder, whom the requester phones (001 Điều 18, emergencies).
    """
    office_rules = load_rules(session)
    try:
        chain = rules.approval_chain(requester.role, days, office_rules)
        informed = rules.informed_roles(requester.role, days, office_rules)
    except ValueError as exc:
        raise InvalidInput(f"{requester.full_name}: {exc}") from exc
    snapshot = snapshot or load_org(session)
    acting_rules = load_acting_rules(session)
    resolved = [resolve_role(session, snapshot, role, requester, day, acting_rules) for role in chain]
    if by_phone:
        resolved = [_holder_again(snapshot, step) if step.person_id == requester.id and step.acting_for_id else step
                    for step in resolved]
    for step in resolved:
        if step.person_id == requester.id:
            acting = f" (đang làm thay {step.acting_for_name})" if step.acting_for_id else ""
            raise Conflict(
                f"{requester.full_name} là người phê duyệt đơn của chính mình{acting}. Hãy xin ý kiến "
                f"{step.acting_for_name or step.role.label} qua điện thoại và ghi nhận nghỉ đột xuất, "
                "hoặc đổi người được ủy quyền.")
    return resolved, informed


def _holder_again(snapshot: OrgSnapshot, step: ResolvedApprover) -> ResolvedApprover:
    holder = snapshot.people[stored_id(step.acting_for_id)]
    return ResolvedApprover(step.role, holder.id, holder.full_name, holder.position_title, None, "", step.note)


# -- deciding ---------------------------------------------------------------------------

def step_deciders(session: Session, step: ApprovalStep, day: date, *,
                  snapshot: OrgSnapshot | None = None,
                  acting_rules: list[rules.ActingRule] | None = None,
                  who_acts: Callable[[int], PersonInfo | None] | None = None) -> set[int]:
    """The people who may decide *step* on *day*: its approver; the absent holder it was routed
    away from, once back; whoever acts for the approver that day if an acting rule allows their
    position; for the Thường trực, each of its members."""
    role = Role(step.approver_role)
    if role.is_body and step.decision == "pending":
        return {p.id for p in standing_body_members(snapshot or load_org(session))[1]}
    deciders = {i for i in (step.approver_id, step.acting_for_id) if i is not None}
    if step.approver_id is not None:
        acting = who_acts(step.approver_id) if who_acts else who_acts_for(session, step.approver_id, day)
        rules_ = load_acting_rules(session) if acting_rules is None else acting_rules
        if acting is not None and rules.may_act_for(role, acting.role, rules_):
            deciders.add(acting.id)
    return deciders


def may_decide(session: Session, actor: Actor, step: ApprovalStep, day: date) -> bool:
    """True if *actor* decides *step*: an admin, or one of :func:`step_deciders`."""
    if actor.role is AccountRole.ADMIN:
        return True
    if actor.person_id is None:
        return False
    return actor.person_id in step_deciders(session, step, day)


def current_step(session: Session, request_id: int) -> ApprovalStep | None:
    return session.exec(select(ApprovalStep).where(ApprovalStep.request_id == request_id,
                                                   ApprovalStep.decision == "pending")
                        .order_by(col(ApprovalStep.step_order))).first()


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
    request = get_or_raise(session, LeaveRequest, request_id, f"Không tìm thấy đơn xin nghỉ số {request_id}.")
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
        remaining = list(session.exec(select(ApprovalStep).where(
            ApprovalStep.request_id == request_id, ApprovalStep.decision == "pending",
            ApprovalStep.id != step.id).order_by(col(ApprovalStep.step_order))).all())
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
    """Write the decision on *step*; someone acting for the approver becomes the approver of record,
    the member of the Thường trực who recorded its approval is stored as its approver."""
    if actor.person_id is not None and step.approver_id is None:
        step.approver_id = actor.person_id
    elif actor.person_id is not None and step.approver_id is not None and actor.person_id != step.approver_id:
        if actor.person_id == step.acting_for_id:  # the holder is back and decides themself
            step.approver_id, step.acting_for_id = actor.person_id, None
        else:
            step.acting_for_id, step.approver_id = step.approver_id, actor.person_id
    step.decision = "approved" if approve else "rejected"
    step.comment = comment
    step.decided_at = now
    step.decided_by = actor.username
    step.decided_by_user_id = actor.user_id


def waiting_for(*, session: Session, actor: Actor, today: date | None = None) -> list[RequestInfo]:
    """Requests whose current step waits for *actor*: as the resolved approver, as the one acting
    for an absent approver today (if the acting rules allow), as a member of the Thường trực for
    its step, or — for an admin without a linked person — every one."""
    today = today or now_local().date()
    pending = [r for r in list_requests(session, status="submitted", awaiting_decision=True)
               if r.current_step is not None]
    if actor.person_id is None:
        return pending if actor.role is AccountRole.ADMIN else []
    acting_rules = load_acting_rules(session)
    steps = {s.id: s for s in session.exec(select(ApprovalStep).where(ApprovalStep.decision == "pending")).all()}
    # the org chart only for a step of the Thường trực; who is away read once for every approver
    snapshot = load_org(session) if any(Role(s.approver_role).is_body for s in steps.values()) else None
    cache: dict[int, PersonInfo | None] = {}
    away: list[dict[int, Absence]] = []

    def who_acts(approver_id: int) -> PersonInfo | None:
        if approver_id not in cache:
            if not away:
                away.append(away_on(session, today))
            cache[approver_id] = who_acts_for(session, approver_id, today, away=away[0])
        return cache[approver_id]

    mine = []
    for request in pending:
        step = steps.get(request.current_step.id) if request.current_step is not None else None
        if request.person_id == actor.person_id or step is None:
            continue
        if actor.person_id in step_deciders(session, step, today, snapshot=snapshot, acting_rules=acting_rules,
                                          who_acts=who_acts):
            mine.append(request)
    return sorted(mine, key=lambda r: (r.start, r.id))
