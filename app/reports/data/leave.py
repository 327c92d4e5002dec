"""The leave registry's data as its printouts draw it: requests with their approval steps,
balances, the month's absence grid and duty rosters (filled by :mod:`app.services.leave`),
and the gathered data of each leave printout (:mod:`app.services.leave.printouts`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.reports.data.org import OfficeInfo
from app.rules.leave import HALF_DAY_LABELS, HalfDay, LeavePeriod, Role
from app.text import format_date

STATUS_LABELS = {
    "draft": "Nháp",
    "submitted": "Chờ duyệt",
    "approved": "Đã duyệt",
    "rejected": "Không duyệt",
    "cancelled": "Đã hủy",
}

DECISION_LABELS = {"pending": "Chờ ý kiến", "approved": "Đồng ý", "rejected": "Không đồng ý",
                   "skipped": "Không cần"}


@dataclass(frozen=True)
class StepInfo:
    id: int
    order: int
    approver_role: str
    approver_id: int | None
    approver_name: str
    approver_title: str
    acting_for_id: int | None
    acting_for_name: str
    decision: str
    decided_by: str
    decided_at: datetime | None
    comment: str
    by_phone: bool = False

    @property
    def role_label(self) -> str:
        return Role(self.approver_role).label

    @property
    def decision_label(self) -> str:
        return DECISION_LABELS.get(self.decision, self.decision)


@dataclass(frozen=True)
class RequestInfo:
    id: int
    person_id: int
    person_name: str
    position_title: str
    unit_id: int | None
    unit_name: str
    leave_type_id: int
    leave_type_name: str
    leave_type_code: str
    symbol: str
    counts_against_annual: bool
    start: date
    start_half: HalfDay
    end: date
    end_half: HalfDay
    days: float
    reason: str
    handover_id: int | None
    handover_name: str
    contact: str
    status: str
    requester_role: str
    emergency: bool
    phone_approved_by_id: int | None
    phone_approved_by_name: str
    phone_approved_at: datetime | None
    application_required: bool
    application_received: bool
    application_received_on: date | None
    balance_override_note: str
    cancel_reason: str
    created_by: str
    created_at: datetime
    submitted_at: datetime | None
    decided_at: datetime | None
    steps: tuple[StepInfo, ...] = ()

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def period(self) -> LeavePeriod:
        return LeavePeriod(self.start, self.start_half, self.end, self.end_half)

    @property
    def period_text(self) -> str:
        """"02/03/2026 (sáng)" or "02/03/2026 (chiều) – 04/03/2026 (sáng)", halves shown when partial."""
        return period_text(self.start, self.start_half, self.end, self.end_half)

    @property
    def current_step(self) -> StepInfo | None:
        """The step waiting for a decision (only while the request is submitted)."""
        if self.status != "submitted":
            return None
        return next((s for s in self.steps if s.decision == "pending"), None)

    @property
    def application_due(self) -> bool:
        """A leave of more than 1 day, or an emergency, whose written application has not reached
        the archive yet (001 Điều 18)."""
        return (self.application_required and not self.application_received
                and self.status in ("submitted", "approved"))


def format_days(days: float) -> str:
    """"1", "1,5", "0,5": Vietnamese decimal comma."""
    return (f"{days:g}").replace(".", ",")


def period_text(start: date, start_half: HalfDay, end: date, end_half: HalfDay) -> str:
    whole_start = start_half is HalfDay.MORNING
    whole_end = end_half is HalfDay.AFTERNOON
    if start == end:
        if start_half is end_half:
            return f"{format_date(start)} (buổi {HALF_DAY_LABELS[start_half]})"
        return format_date(start)
    left = format_date(start) + ("" if whole_start else f" ({HALF_DAY_LABELS[start_half]})")
    right = format_date(end) + ("" if whole_end else f" ({HALF_DAY_LABELS[end_half]})")
    return f"{left} – {right}"


@dataclass(frozen=True)
class Balance:
    person_id: int
    full_name: str
    position_title: str
    unit_name: str
    service_start: date | None
    year: int
    entitlement: float
    carried: float
    taken: float
    pending: float
    other_taken: float  # approved leave of types that do not count (sick, unpaid, việc riêng …)
    comp_earned: float = 0.0  # compensatory days earned by duty on days off (up to today)
    comp_used: float = 0.0  # compensatory leave approved or pending

    @property
    def remaining(self) -> float:
        return self.entitlement + self.carried - self.taken - self.pending

    @property
    def comp_remaining(self) -> float:
        return self.comp_earned - self.comp_used


@dataclass(frozen=True)
class MonthDay:
    day: date
    weekday: str  # "T2" … "CN"
    working: bool
    holiday: str


@dataclass(frozen=True)
class AbsenceCell:
    symbol: str  # "P", "½P", "CT" …; "" when present
    pending: bool = False
    request_id: int | None = None
    detail: str = ""  # "Nghỉ phép năm (buổi sáng)" for a tooltip

    @property
    def text(self) -> str:
        return self.symbol + ("?" if self.pending and self.symbol else "")


@dataclass(frozen=True)
class AbsenceRow:
    person_id: int
    full_name: str
    position_title: str
    unit_name: str
    cells: tuple[AbsenceCell, ...]
    leave_days: float  # approved leave days in the month (working days)


@dataclass(frozen=True)
class AbsenceMonth:
    year: int
    month: int
    unit_id: int | None
    days: tuple[MonthDay, ...]
    rows: tuple[AbsenceRow, ...]

    def absent_on(self, day: date) -> list[AbsenceRow]:
        index = (day - self.days[0].day).days
        return [row for row in self.rows if row.cells[index].symbol and not row.cells[index].pending]


@dataclass(frozen=True)
class DutyPerson:
    person_id: int
    full_name: str
    position_title: str
    phone: str
    manual: bool


@dataclass(frozen=True)
class RosterDay:
    day: date
    weekday: str
    holiday: str
    people: tuple[DutyPerson, ...]


@dataclass(frozen=True)
class RosterInfo:
    id: int
    title: str
    start: date
    end: date
    per_day: int
    note: str
    pool: tuple[int, ...]
    days: tuple[RosterDay, ...]

    @property
    def short_days(self) -> list[date]:
        return [d.day for d in self.days if len(d.people) < self.per_day]


# -- the gathered data of each leave printout (app.services.leave.printouts) -----------------

@dataclass(frozen=True)
class LeaveFormData:
    """Đơn xin nghỉ phép: the request with its steps, and the balance before it (annual leave)."""

    office: OfficeInfo
    request: RequestInfo
    balance: Balance | None  # the year's annual leave without this request; None for other types


@dataclass(frozen=True)
class RosterPrintData:
    """Lịch trực: the roster and who signs it."""

    office: OfficeInfo
    roster: RosterInfo
    chief_name: str
    printed_on: date


@dataclass(frozen=True)
class AbsenceReportData:
    """Tình hình nghỉ phép tháng: the month's grid and its approved requests."""

    office: OfficeInfo
    scope: str  # the unit's name, or the office's
    month: AbsenceMonth
    requests: tuple[RequestInfo, ...]  # approved, overlapping the month
    chief_name: str
    printed_on: date
