"""Demo data of the leave registry: a year of leave around the demo's "today".

- past leave of every member of staff, approved step by step by the real approvers;
- requests waiting for the demo leaders "phochanhvp" (the standing deputy, who oversees
  Phòng Tổng hợp) and "chanhvp" (the chief);
- a rejected and a withdrawn request; someone on leave today with a handover person;
- an emergency (sick) leave approved by phone whose written application is not in yet;
- the Tết duty roster of the year and one for the next holiday break.

Deterministic for a given today (its own random generator, seeded by the date).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlmodel import Session

from app.demo.office import DEPARTMENTS, DemoContext
from app.errors import Conflict, InvalidInput
from app.rules.leave import LeavePeriod, Role, approval_chain, periods_overlap
from app.rules.roster import lunar_year_name
from app.services.admin.auth import AccountRole, Actor
from app.services.calendar.workdays import office_calendar
from app.services.leave import requests as leave
from app.services.leave import roster as leave_roster
from app.services.leave.approval import holder_of, load_rules
from app.services.leave.read import list_types
from app.services.leave.types import ensure_defaults
from app.services.org.read import load_org
from db.models import ApprovalStep, LeaveRequest
from db.models.base import id_of

REASONS = {
    "annual": ["Về quê thăm gia đình", "Đưa con đi khám bệnh", "Giải quyết việc gia đình", "Nghỉ phép năm",
               "Đi du lịch cùng gia đình", "Sửa chữa nhà ở", "Đưa bố mẹ đi khám sức khỏe định kỳ"],
    "sick": ["Sốt xuất huyết, điều trị theo chỉ định của bác sĩ", "Viêm họng cấp", "Đau lưng, điều trị vật lý trị liệu"],
    "marriage": ["Tổ chức lễ cưới"],
    "bereavement": ["Lo tang lễ của bố"],
    "child_marriage": ["Tổ chức lễ cưới cho con"],
}


class _Demo:
    def __init__(self, session: Session, actor: Actor, ctx: DemoContext) -> None:
        self.session, self.actor, self.ctx, self.today = session, actor, ctx, ctx.today
        self.rng = random.Random(ctx.today.toordinal())
        self.cal = office_calendar(session)
        self.types = {t.code: t.id for t in list_types(session)}
        self.actors = {ctx.people["chief"]: Actor("chanhvp", AccountRole.LEADER, person_id=ctx.people["chief"]),
                       ctx.people["deputy1"]: Actor("phochanhvp", AccountRole.LEADER, person_id=ctx.people["deputy1"])}

    # -- helpers ------------------------------------------------------------------------

    def draft(self, person: int, code: str, start: date, length: float, handover: int | None = None,
              reason: str | None = None) -> leave.LeaveDraft:
        start = self.cal.next_working_day(start)
        if length == 0.5:
            half = self.rng.choice(["morning", "afternoon"])
            return leave.LeaveDraft(person, self.types[code], start, start, half, half,
                                    reason or self.rng.choice(REASONS.get(code, REASONS["annual"])), handover,
                                    self._contact(person))
        end = self.cal.add_working_days(start, int(length) - 1)
        return leave.LeaveDraft(person, self.types[code], start, end, reason=reason or self.rng.choice(
            REASONS.get(code, REASONS["annual"])), handover_id=handover, contact=self._contact(person))

    def _contact(self, person: int) -> str:
        return f"Điện thoại: 09{self.rng.randint(10_000_000, 99_999_999)}"

    def colleague(self, person: int, unit: str) -> int | None:
        if unit == "lanh_dao":
            others = [self.ctx.people[k] for k in ("deputy1", "deputy2", "deputy3")]
        else:
            others = list(self.ctx.staff_by_unit.get(unit, []))
        others = [p for p in others if p != person]
        return self.rng.choice(others) if others else None

    def file(self, draft: leave.LeaveDraft, filed: date, *, strict: bool = True) -> int | None:
        """File *draft* on day *filed*; in the random history an overlap drawn by chance is skipped."""
        try:
            return leave.file_request(session=self.session, actor=self.actor, draft=draft, today=filed)
        except (Conflict, InvalidInput):
            if strict:
                raise
            return None

    def decide(self, request_id: int, on: date, steps: int | None = None, approve: bool = True,
               comment: str = "") -> None:
        """Let the real approvers decide *steps* steps (all if None) on day *on*."""
        done = 0
        while steps is None or done < steps:
            request = leave.get_request(self.session, request_id)
            step = request.current_step
            if step is None:
                return
            actor = self.actors.get(step.approver_id, self.actor) if step.approver_id is not None else self.actor
            leave.decide(session=self.session, actor=actor, request_id=request_id, approve=approve,
                         comment=comment or ("Đồng ý" if approve else ""), override_balance=True, today=on)
            done += 1
            if not approve:
                return

    # -- the year -------------------------------------------------------------------------

    def history(self) -> None:
        """Leave over the past ten months, every step decided by its approver.

        Written in one transaction without the service layer (which checks and audits each
        request): the demo office loads in well under a second. The rows are what the services
        would have written: days from the rules, approvers from the org chart.
        """
        snapshot = load_org(self.session)
        office_rules = load_rules(self.session)
        units = [code for code, *_ in DEPARTMENTS]
        people = [(pid, code) for code in units for pid in self.ctx.staff_by_unit[code]]
        people += [(self.ctx.people[k], "lanh_dao") for k in ("deputy1", "deputy2", "deputy3", "chief")]
        holders: dict[tuple[Role, int], int] = {}
        rows: list[tuple[LeaveRequest, list[int], list[Role]]] = []
        for pid, unit in people:
            person = snapshot.people[pid]
            taken: list[LeavePeriod] = []
            plans = [("annual", self.rng.choice([0.5, 1, 1, 2, 2, 3, 4, 5])) for _ in range(self.rng.randint(1, 3))]
            if self.rng.random() < 0.25:
                plans.append(("sick", self.rng.choice([1, 2, 3])))
            used = 0.0
            for code, length in plans:
                draft = self.draft(pid, code, self.today - timedelta(days=self.rng.randint(15, 300)), length,
                                   handover=self.colleague(pid, unit))
                period = LeavePeriod.of(draft.start, draft.start_half, draft.end, draft.end_half)
                days = period.days(self.cal)
                if any(periods_overlap(period, other) for other in taken) or (code == "annual" and used + days > 9):
                    continue
                taken.append(period)
                used += days if code == "annual" else 0
                roles = approval_chain(person.role, days, office_rules)
                approvers = []
                for role in roles:
                    if (role, pid) not in holders:
                        holders[(role, pid)] = holder_of(snapshot, role, person)[0].id
                    approvers.append(holders[(role, pid)])
                filed = datetime.combine(draft.start - timedelta(days=self.rng.randint(2, 10) if code == "annual"
                                                                   else 0), time(8, self.rng.randint(0, 59)))
                rows.append((LeaveRequest(
                    person_id=pid, leave_type_id=self.types[code], start_date=period.start,
                    start_half=period.start_half.value, end_date=period.end, end_half=period.end_half.value,
                    days=days, reason=draft.reason, handover_id=draft.handover_id, contact=draft.contact,
                    status="approved", requester_role=person.role, created_by=self.actor.username, created_at=filed,
                    submitted_at=filed, decided_at=filed + timedelta(days=1 if code == "annual" else 0, hours=2)),
                    approvers, roles))
        for request, _approvers, _roles in rows:
            self.session.add(request)
        self.session.flush()
        for request, approvers, roles in rows:
            assert request.decided_at is not None  # the demo's decided requests carry their date
            for order, (approver, role) in enumerate(zip(approvers, roles, strict=True), start=1):
                actor = self.actors.get(approver, self.actor)
                self.session.add(ApprovalStep(
                    request_id=id_of(request), step_order=order, approver_role=role.value, approver_id=approver,
                    decided_by=actor.username, decided_by_user_id=actor.user_id,
                    decided_at=request.decided_at - timedelta(hours=len(roles) - order), decision="approved",
                    comment="Đồng ý"))
        self.session.flush()

    def special_cases(self) -> None:
        ctx, today, staff = self.ctx, self.today, self.ctx.staff_by_unit
        tong_hop, hanh_chinh, tcqt = staff["tong_hop"], staff["hanh_chinh"], staff["tai_chinh_quan_tri"]
        # Waiting for "phochanhvp" (deputy1 oversees Phòng Tổng hợp).
        for pid, offset, length in [(tong_hop[-1], 3, 0.5), (tong_hop[3], 8, 2), (tong_hop[4], 15, 1)]:
            draft = self.draft(pid, "annual", today + timedelta(days=offset), length,
                               handover=self.colleague(pid, "tong_hop"))
            self.file(draft, today - timedelta(days=1))
        # Waiting for "chanhvp": a deputy chief's day off, and two staff requests the deputy passed on.
        self.file(self.draft(ctx.people["deputy2"], "annual", today + timedelta(days=9), 1,
                             handover=ctx.people["deputy3"]), today)
        request_id = self.file(self.draft(hanh_chinh[3], "marriage", today + timedelta(days=12), 3,
                                          handover=hanh_chinh[4], reason="Tổ chức lễ cưới"), today - timedelta(days=3))
        if request_id is not None:
            self.decide(request_id, today - timedelta(days=2), steps=1)
        request_id = self.file(self.draft(tong_hop[5], "annual", today + timedelta(days=20), 3,
                                          handover=tong_hop[6]), today - timedelta(days=2))
        if request_id is not None:
            self.decide(request_id, today - timedelta(days=1), steps=1)
        # Rejected, and withdrawn.
        request_id = self.file(self.draft(tcqt[3], "annual", today + timedelta(days=5), 4), today - timedelta(days=4))
        if request_id is not None:
            self.decide(request_id, today - timedelta(days=3), approve=False,
                        comment="Trùng thời gian chuẩn bị Hội nghị Ban Chấp hành; đề nghị bố trí lùi lại.")
        request_id = self.file(self.draft(hanh_chinh[5], "annual", today + timedelta(days=25), 2),
                               today - timedelta(days=6))
        if request_id is not None:
            leave.cancel_request(session=self.session, actor=self.actor, request_id=request_id,
                                 reason="Thay đổi kế hoạch gia đình")
        # On leave today, with a colleague handling the work.
        start = self.cal.previous_working_day(today - timedelta(days=1))
        request_id = self.file(leave.LeaveDraft(tcqt[2], self.types["annual"], start,
                                                self.cal.add_working_days(today, 1), reason="Về quê thăm gia đình",
                                                handover_id=tcqt[1], contact="Điện thoại: 0912 345 678"),
                               start - timedelta(days=5))
        if request_id is not None:
            self.decide(request_id, start - timedelta(days=4))
        # Emergency: sick since yesterday, approved by phone, the written application not in yet.
        clerk = Actor("vanthu", AccountRole.CLERK, person_id=hanh_chinh[-1])
        sick_start = self.cal.previous_working_day(today - timedelta(days=1))
        request_id = leave.record_emergency(
            session=self.session, actor=clerk, today=today,
            draft=leave.LeaveDraft(hanh_chinh[2], self.types["sick"], sick_start, self.cal.add_working_days(today, 1),
                                   reason="Sốt cao, nhập viện theo dõi", handover_id=hanh_chinh[1],
                                   contact="Bệnh viện Đa khoa tỉnh, phòng 304"),
            approved_by_id=ctx.people["deputy2"], approved_at=datetime.combine(sick_start, time(7, 20)))
        # More than a day: the chief's step is still required (001 Điều 18.3); agreed by phone too.
        leave.record_phone_approval(session=self.session, actor=clerk, request_id=request_id, today=today,
                                    approved_by_id=ctx.people["chief"],
                                    approved_at=datetime.combine(sick_start, time(7, 45)))

    def rosters(self) -> None:
        year = self.today.year
        breaks = leave_roster.holiday_breaks(session=self.session, year=year)
        breaks += leave_roster.holiday_breaks(session=self.session, year=year + 1)
        staff = self.ctx.staff_by_unit
        pool = staff["hanh_chinh"] + staff["tong_hop"] + staff["tai_chinh_quan_tri"]
        tet = next((b for b in breaks if b.name == "Tết Nguyên Đán" and b.start.year == year), None)
        upcoming = next((b for b in breaks if b.start > self.today and b != tet), None)
        for period, title in ((tet, f"Lịch trực Tết Nguyên Đán {lunar_year_name(year)} {year}"),
                              (upcoming, f"Lịch trực {upcoming.name} {upcoming.start.year}" if upcoming else "")):
            if period is None:
                continue
            roster_id = leave_roster.create_roster(session=self.session, actor=self.actor, title=title,
                                                   start=period.start, end=period.end, pool=pool, per_day=2)
            leave_roster.generate_rotation(session=self.session, actor=self.actor, roster_id=roster_id)


def fill(session: Session, actor: Actor, ctx: DemoContext) -> None:
    """Add the leave registry's demo data (after the org chart exists)."""
    ensure_defaults(session)
    demo = _Demo(session, actor, ctx)
    demo.history()
    demo.special_cases()
    demo.rosters()
