"""Tables of the leave registry: leave types, requests and their approval steps, the
approval rules the office edits, and duty rosters (lịch trực)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from db.models.base import datetime_field, now_local
from db.models.org import fk

REQUEST_STATUSES = ("draft", "submitted", "approved", "rejected", "cancelled")
STEP_DECISIONS = ("pending", "approved", "rejected", "skipped")
HALF_DAYS = ("morning", "afternoon")


class LeaveType(SQLModel, table=True):
    """A kind of leave (phép năm, việc riêng, ốm …); the office edits them."""

    __tablename__ = "leave_type"
    __table_args__ = (
        UniqueConstraint("code", name="uq_leave_type_code"),
        CheckConstraint("max_days IS NULL OR max_days > 0", name="ck_leave_type_max_days"),
    )

    id: int | None = Field(default=None, primary_key=True)
    code: str  # stable: annual, marriage, child_marriage, bereavement, unpaid, sick, maternity, other
    name: str  # "Nghỉ phép năm"
    symbol: str = ""  # timekeeping symbol (ký hiệu chấm công): P, R, Ro, Ô, TS, K
    paid: bool = True
    counts_against_annual: bool = False  # deducted from the annual entitlement
    max_days: float | None = None  # per request, e.g. 3 for one's own marriage (Labour Code Art. 115)
    source: str = ""  # the article the type comes from
    sort_order: int = 0
    active: bool = True
    # notice asked before the start, in working days (0: none); too short is a warning the
    # approver sees, or a refusal when notice_refuses (Frappe HR #5036)
    min_notice_days: int = 0
    notice_refuses: bool = False


class LeaveRequest(SQLModel, table=True):
    """A request for leave by one person, from a half-day to a half-day."""

    __tablename__ = "leave_request"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="ck_leave_request_dates"),
        CheckConstraint("days > 0", name="ck_leave_request_days"),
        CheckConstraint("start_half IN ('morning', 'afternoon')", name="ck_leave_request_start_half"),
        CheckConstraint("end_half IN ('morning', 'afternoon')", name="ck_leave_request_end_half"),
        CheckConstraint("status IN ('draft', 'submitted', 'approved', 'rejected', 'cancelled')",
                        name="ck_leave_request_status"),
        CheckConstraint("handover_id IS NULL OR handover_id <> person_id", name="ck_leave_request_handover"),
        Index("ix_leave_request_person_start", "person_id", "start_date"),
        Index("ix_leave_request_dates", "start_date", "end_date"),
        # overlap with a day or a month, from the rows ending after it (migration 0006)
        Index("ix_leave_request_status_end", "status", "end_date", "start_date"),
        Index("ix_leave_request_end", "end_date", "start_date"),
        # the written applications still due (migration 0011): the condition as the query writes it
        Index("ix_leave_request_application_due", "start_date",
              sqlite_where=text("application_required = 1 AND application_received IS 0"),
              postgresql_where=text("application_required AND application_received IS false")),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = fk("person.id", ondelete="RESTRICT", nullable=False, index=False)
    leave_type_id: int = fk("leave_type.id", ondelete="RESTRICT", nullable=False)
    start_date: date
    start_half: str = "morning"
    end_date: date
    end_half: str = "afternoon"
    days: float  # working days, 0.5 steps (app.rules.leave.leave_days)
    reason: str = ""
    handover_id: int | None = fk("person.id", ondelete="SET NULL")  # who handles the work meanwhile
    contact: str = ""  # phone / address during the leave
    status: str = Field(default="draft", index=True)
    requester_role: str = ""  # the role the approval chain was built for
    # 001 Điều 18: sickness or a family emergency is approved by phone, the application follows.
    emergency: bool = False
    phone_approved_by_id: int | None = fk("person.id", ondelete="SET NULL")
    phone_approved_at: datetime | None = datetime_field(nullable=True)
    application_required: bool = False  # a written application (đơn) is still expected
    application_received: bool = False
    application_received_on: date | None = None
    balance_override_note: str = ""  # an approver accepted a leave beyond the balance
    cancel_reason: str = ""
    created_by: str = ""
    created_at: datetime = datetime_field(default_factory=now_local)
    submitted_at: datetime | None = datetime_field(nullable=True)
    decided_at: datetime | None = datetime_field(nullable=True)


class ApprovalStep(SQLModel, table=True):
    """One approver of a request, in order; the first pending step is the one to decide."""

    __tablename__ = "approval_step"
    __table_args__ = (
        UniqueConstraint("request_id", "step_order", name="uq_approval_step_order"),
        CheckConstraint("decision IN ('pending', 'approved', 'rejected', 'skipped')",
                        name="ck_approval_step_decision"),
    )

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = fk("leave_request.id", ondelete="CASCADE", nullable=False)
    step_order: int
    approver_role: str  # app.rules.leave.Role value
    approver_id: int | None = fk("person.id", ondelete="SET NULL")  # resolved from the org chart
    acting_for_id: int | None = fk("person.id", ondelete="SET NULL")  # the absent approver, if any
    decided_by_user_id: int | None = fk("app_user.id", ondelete="SET NULL")
    decided_by: str = ""  # username, kept if the account goes
    decided_at: datetime | None = datetime_field(nullable=True)
    decision: str = "pending"
    comment: str = ""
    # approved by phone (001 Điều 18, emergencies): approver_id is the leader who agreed,
    # decided_by the account that recorded it
    by_phone: bool = False


class LeaveApprovalRule(SQLModel, table=True):
    """From *from_days* days on, leave by *requester_role* goes to *approvers* (roles, in order)."""

    __tablename__ = "approval_rule"
    __table_args__ = (
        UniqueConstraint("requester_role", "from_days", name="uq_approval_rule"),
        CheckConstraint("from_days > 0", name="ck_approval_rule_from_days"),
        CheckConstraint("approvers <> ''", name="ck_approval_rule_approvers"),
    )

    id: int | None = Field(default=None, primary_key=True)
    requester_role: str
    from_days: float
    approvers: str  # comma-separated roles in order: "deputy_chief,chief"
    informed: str = ""  # comma-separated roles told about the leave
    source: str = ""


class LeaveActingRule(SQLModel, table=True):
    """Whose holders may decide a step of *approver_role* for an absent holder (001 Điều 5, 18.3)."""

    __tablename__ = "approval_acting_rule"
    __table_args__ = (
        UniqueConstraint("approver_role", name="uq_approval_acting_rule"),
        CheckConstraint("acting_roles <> ''", name="ck_approval_acting_rule_roles"),
    )

    id: int | None = Field(default=None, primary_key=True)
    approver_role: str
    acting_roles: str  # comma-separated roles: "deputy_chief,chief"
    source: str = ""


class DutyRoster(SQLModel, table=True):
    """A duty roster (lịch trực) for a holiday period."""

    __tablename__ = "duty_roster"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="ck_duty_roster_dates"),
        CheckConstraint("per_day >= 1", name="ck_duty_roster_per_day"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str  # "Lịch trực Tết Nguyên Đán Bính Ngọ 2026"
    start_date: date
    end_date: date
    per_day: int = 1
    note: str = ""
    days: str = "[]"  # JSON list of the ISO dates on duty (default: the days off of the period)
    pool: str = "[]"  # JSON list of the person ids the rotation draws from
    created_by: str = ""
    created_at: datetime = datetime_field(default_factory=now_local)


class DutyAssignment(SQLModel, table=True):
    """A person on duty on one day of a roster."""

    __tablename__ = "duty_assignment"
    __table_args__ = (
        UniqueConstraint("roster_id", "day", "person_id", name="uq_duty_assignment"),
        Index("ix_duty_assignment_person_day", "person_id", "day"),
    )

    id: int | None = Field(default=None, primary_key=True)
    roster_id: int = fk("duty_roster.id", ondelete="CASCADE", nullable=False)
    day: date
    person_id: int = fk("person.id", ondelete="RESTRICT", nullable=False, index=False)
    manual: bool = False  # set or changed by hand (kept when the rotation is regenerated)
    note: str = ""
