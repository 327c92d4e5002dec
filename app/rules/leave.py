"""Leave rules: how long a leave is, who approves it, how many days a year one is owed.

Sources:
- Regulation 001 Điều 18 (approval authority, written application, emergencies).
- Labour Code 2019 Art. 111–115 (holidays are not leave days, 12 days a year, +1 day
  per 5 full years, pro rata under 12 months, paid personal leave).
- Decree 145/2020/NĐ-CP Art. 65–66 (which replaced Decree 45/2013): what counts as working
  time for annual leave, the pro rata formula, when a month counts, State service counted
  for seniority. The decree is not in the office's regulations folder: the articles were
  applied as published (Art. 66.1: (base + seniority days) / 12 × months worked; Art. 66.2: a
  month counts when the days worked reach 50% of its normal working days; Art. 66.3: all
  service in State bodies counts for the seniority days of Labour Code Art. 114).

Every number here is a default: the approval rules are rows the office edits
(``approval_rule``); :data:`DEFAULT_RULES` is what a new office starts with.
Pure functions: no database, no Qt.
"""

from __future__ import annotations

import calendar as _calendar
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from app.rules.workdays import WorkCalendar

__all__ = [
    "DEFAULT_ACTING_RULES", "DEFAULT_RULES", "ActingRule", "ApprovalRule", "HalfDay", "LeavePeriod", "Role", "WorkingDays",
    "annual_entitlement", "approval_chain", "approval_rule_for", "carried_over", "informed_roles",
    "leave_days", "may_act_for", "needs_written_application", "notice_given", "periods_overlap", "phone_approval_error",
    "seniority_years",
]


class HalfDay(StrEnum):
    """A half of a working day (buổi)."""

    MORNING = "morning"
    AFTERNOON = "afternoon"

    @classmethod
    def _missing_(cls, value: object) -> HalfDay:
        text = str(value).strip().lower() if value is not None else ""
        for member in cls:
            if text == member.value:
                return member
        raise ValueError(f"Buổi không hợp lệ: {value!r} (chọn sáng hoặc chiều: morning, afternoon).")

    @property
    def label(self) -> str:
        return HALF_DAY_LABELS[self]


HALF_DAY_LABELS = {HalfDay.MORNING: "sáng", HalfDay.AFTERNOON: "chiều"}


class Role(StrEnum):
    """What a person's position means for the rules (approval authority, protocol)."""

    CHIEF = "chief"  # Chánh Văn phòng
    DEPUTY_CHIEF = "deputy_chief"  # Phó Chánh Văn phòng
    HEAD = "head"  # Trưởng phòng
    DEPUTY_HEAD = "deputy_head"  # Phó Trưởng phòng
    SPECIALIST = "specialist"  # Chuyên viên
    STAFF = "staff"  # Nhân viên, người lao động
    SECRETARY = "secretary"  # Bí thư
    STANDING_DEPUTY_SECRETARY = "standing_deputy_secretary"  # Phó Bí thư Thường trực
    DEPUTY_SECRETARY = "deputy_secretary"  # Phó Bí thư
    MEMBER = "member"  # Ủy viên
    # Not a position: the Thường trực as a body. A step of this role is approved by the body;
    # any of its members may record that approval, and who did is stored (001 Điều 18.2).
    STANDING_BODY = "standing_body"  # Thường trực

    @classmethod
    def _missing_(cls, value: object) -> Role:
        text = str(value).strip().lower() if value is not None else ""
        for member in cls:
            if text == member.value:
                return member
        raise ValueError(f"Chức vụ không hợp lệ: {value!r}.")

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]

    @property
    def is_body(self) -> bool:
        """True for a body (the Thường trực), which no person holds as a position."""
        return self is Role.STANDING_BODY


ROLE_LABELS = {
    Role.CHIEF: "Chánh Văn phòng",
    Role.DEPUTY_CHIEF: "Phó Chánh Văn phòng",
    Role.HEAD: "Trưởng phòng",
    Role.DEPUTY_HEAD: "Phó Trưởng phòng",
    Role.SPECIALIST: "Chuyên viên",
    Role.STAFF: "Nhân viên",
    Role.SECRETARY: "Bí thư",
    Role.STANDING_DEPUTY_SECRETARY: "Phó Bí thư Thường trực",
    Role.DEPUTY_SECRETARY: "Phó Bí thư",
    Role.MEMBER: "Ủy viên",
    Role.STANDING_BODY: "Thường trực",
}


class WorkingDays(Protocol):
    """What :func:`leave_days` needs of a calendar (a :class:`WorkCalendar` fits)."""

    def is_working_day(self, d: date) -> bool: ...


# -- length of a leave --------------------------------------------------------------------

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class LeavePeriod:
    """From a half-day to a half-day, both included: Monday afternoon → Tuesday morning is
    the afternoon of Monday plus the morning of Tuesday."""

    start: date
    start_half: HalfDay
    end: date
    end_half: HalfDay

    @classmethod
    def of(cls, start: date, start_half: HalfDay | str, end: date, end_half: HalfDay | str) -> LeavePeriod:
        """A checked period: the halves are parsed and the end is not before the start."""
        period = cls(start, HalfDay(start_half), end, HalfDay(end_half))
        if period.last_slot < period.first_slot:
            if end < start:
                raise ValueError(f"Ngày kết thúc {end:%d/%m/%Y} trước ngày bắt đầu {start:%d/%m/%Y}.")
            raise ValueError(f"Ngày {start:%d/%m/%Y}: nghỉ từ buổi chiều thì không thể kết thúc buổi sáng.")
        return period

    @property
    def first_slot(self) -> int:
        """Half-days numbered from year 1: morning = 2·ordinal, afternoon = 2·ordinal + 1."""
        return _slot(self.start, self.start_half)

    @property
    def last_slot(self) -> int:
        return _slot(self.end, self.end_half)

    def days(self, cal: WorkingDays) -> float:
        """Working days in the period (0.5 per half-day); 0.0 if it covers none."""
        halves = 0
        d = self.start
        while d <= self.end:
            if cal.is_working_day(d):
                first = 1 if d == self.start and self.start_half is HalfDay.AFTERNOON else 0
                last = 0 if d == self.end and self.end_half is HalfDay.MORNING else 1
                halves += last - first + 1
            d += _ONE_DAY
        return halves / 2

    def clipped(self, first_day: date, last_day: date) -> LeavePeriod | None:
        """The part of the period inside [first_day, last_day] (whole days), or None."""
        if self.end < first_day or self.start > last_day:
            return None
        start, start_half = (self.start, self.start_half) if self.start >= first_day else (first_day, HalfDay.MORNING)
        end, end_half = (self.end, self.end_half) if self.end <= last_day else (last_day, HalfDay.AFTERNOON)
        return LeavePeriod(start, start_half, end, end_half)


def _slot(d: date, half: HalfDay) -> int:
    return d.toordinal() * 2 + (1 if half is HalfDay.AFTERNOON else 0)


def leave_days(start: date, start_half: HalfDay | str, end: date, end_half: HalfDay | str,
               cal: WorkingDays | WorkCalendar) -> float:
    """Length of a leave in working days, 0.5 per half-day (buổi).

    The leave runs from *start_half* of *start* to *end_half* of *end*, both included:
    (Mon, afternoon) → (Tue, morning) is 1.0; (Mon, morning) → (Mon, morning) is 0.5.
    Weekends, public holidays and moved days off are not counted; moved working
    Saturdays are (Labour Code 2019 Art. 111–112: holidays inside a leave are not leave days).

    Raises ValueError (Vietnamese message) for an end before the start, an unknown
    half-day, or a request that covers no working day at all.
    """
    period = LeavePeriod.of(start, start_half, end, end_half)
    days = period.days(cal)
    if days == 0:
        raise ValueError(
            f"Từ {start:%d/%m/%Y} đến {end:%d/%m/%Y} không có ngày làm việc nào: không cần xin nghỉ."
        )
    return days


def periods_overlap(a: LeavePeriod, b: LeavePeriod) -> bool:
    """True if the two periods share at least one half-day (calendar half-days, not only working ones)."""
    return a.first_slot <= b.last_slot and b.first_slot <= a.last_slot


def notice_given(filed: date, start: date, needed: int, cal: WorkingDays) -> int | None:
    """The working days of notice (after *filed*, up to *start* included) when fewer than
    *needed*, else None: a leave type may ask for a minimum notice (Frappe HR #5036).
    Stops counting at *needed*, so a far start costs nothing."""
    if needed <= 0:
        return None
    given, d = 0, filed + _ONE_DAY
    while d <= start and given < needed:
        if cal.is_working_day(d):
            given += 1
        d += _ONE_DAY
    return given if given < needed else None


def needs_written_application(days: float) -> bool:
    """001 Điều 18: leave of more than 1 day needs a written application (đơn xin nghỉ phép)."""
    return days > 1


# -- approval authority -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ApprovalRule:
    """From *from_days* days on, a leave of a *requester* goes to *approvers* in order.

    For a requester, the rule with the largest ``from_days`` not above the leave's length
    applies. *informed* roles are told, not asked (001 Điều 18.1: the deputies are told
    when the chief is away).
    """

    requester: Role
    from_days: float
    approvers: tuple[Role, ...]
    informed: tuple[Role, ...] = ()
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "requester", Role(self.requester))
        object.__setattr__(self, "approvers", tuple(Role(r) for r in self.approvers))
        object.__setattr__(self, "informed", tuple(Role(r) for r in self.informed))
        if not self.from_days > 0:
            raise ValueError("Ngưỡng số ngày của quy tắc phê duyệt phải lớn hơn 0.")
        if not self.approvers:
            raise ValueError(f"Quy tắc cho {self.requester.label} phải có ít nhất một người phê duyệt.")
        if self.requester in self.approvers:
            raise ValueError(f"{self.requester.label} không thể tự phê duyệt đơn của mình.")
        if self.requester.is_body:
            raise ValueError(f"{self.requester.label} là một tập thể, không phải người xin nghỉ.")
        if len(set(self.approvers)) != len(self.approvers):
            raise ValueError("Mỗi người phê duyệt chỉ xuất hiện một lần trong quy tắc.")


_STAFF_ROLES = (Role.HEAD, Role.DEPUTY_HEAD, Role.SPECIALIST, Role.STAFF)
_HALF_DAY, _ONE_DAY_LEAVE, _TWO_DAYS = 0.5, 1.0, 2.0

DEFAULT_RULES: tuple[ApprovalRule, ...] = (
    # 001 Điều 18.1: the chief asks the standing deputy secretary; the deputies are informed.
    ApprovalRule(Role.CHIEF, _HALF_DAY, (Role.STANDING_DEPUTY_SECRETARY,), (Role.DEPUTY_CHIEF,),
                 "001 Điều 18.1"),
    # 001 Điều 18.2: a deputy chief asks the chief from one half-day ...
    ApprovalRule(Role.DEPUTY_CHIEF, _HALF_DAY, (Role.CHIEF,), (), "001 Điều 18.2"),
    # ... and from 2 days the chief reports to the Thường trực (the body) for approval.
    ApprovalRule(Role.DEPUTY_CHIEF, _TWO_DAYS, (Role.CHIEF, Role.STANDING_BODY), (),
                 "001 Điều 18.2"),
    # 001 Điều 18.3: other staff ask their overseeing deputy chief from one half-day; from 1 day
    # that deputy reports to the chief, who approves.
    *(rule for role in _STAFF_ROLES for rule in (
        ApprovalRule(role, _HALF_DAY, (Role.DEPUTY_CHIEF,), (), "001 Điều 18.3"),
        ApprovalRule(role, _ONE_DAY_LEAVE, (Role.DEPUTY_CHIEF, Role.CHIEF), (), "001 Điều 18.3"),
    )),
)


def approval_rule_for(role: Role | str, days: float,
                      rules: Iterable[ApprovalRule] = DEFAULT_RULES) -> ApprovalRule | None:
    """The rule that applies to a leave of *days* days by *role*, or None if it is shorter
    than every threshold (no approval needed). ValueError if *role* has no rule at all."""
    role = Role(role)
    if not isinstance(days, int | float) or isinstance(days, bool) or not math.isfinite(days) or days <= 0:
        raise ValueError(f"Số ngày nghỉ phải là số dương (nhận được {days!r}).")
    own = [r for r in rules if r.requester is role]
    if not own:
        raise ValueError(f"Chưa có quy tắc phê duyệt nghỉ phép cho chức vụ {role.label}.")
    applicable = [r for r in own if r.from_days <= days]
    if not applicable:
        return None
    return max(applicable, key=lambda r: r.from_days)


def approval_chain(role: Role | str, days: float, rules: Sequence[ApprovalRule] = DEFAULT_RULES) -> list[Role]:
    """Who approves a leave of *days* days by someone of *role*, in order (001 Điều 18).

    With the default rules: chief → [standing_deputy_secretary]; deputy chief → [chief],
    from 2 days [chief, standing_deputy_secretary]; other staff → [deputy_chief], from
    1 day [deputy_chief, chief]. An empty list means no approval is needed (shorter than
    every threshold the office set). ValueError for an unknown role, a role with no rule,
    or a length that is not positive.
    """
    rule = approval_rule_for(role, days, rules)
    return list(rule.approvers) if rule else []


def informed_roles(role: Role | str, days: float, rules: Sequence[ApprovalRule] = DEFAULT_RULES) -> list[Role]:
    """Who is told (not asked) about the leave."""
    rule = approval_rule_for(role, days, rules)
    return list(rule.informed) if rule else []


# -- who may act for an approver ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ActingRule:
    """When the holder of *approver* is away, a holder of one of the *acting* roles may decide
    the step for them (named by a delegation or the handover of a leave, or the standing
    deputy for the chief). Anyone else named to act for them is not accepted for leave."""

    approver: Role
    acting: tuple[Role, ...]
    source: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "approver", Role(self.approver))
        object.__setattr__(self, "acting", tuple(Role(r) for r in self.acting))
        if self.approver.is_body or any(r.is_body for r in self.acting):
            raise ValueError("Thường trực quyết định như một tập thể: mọi thành viên đều ghi nhận được, "
                             "không cần quy tắc làm thay.")


DEFAULT_ACTING_RULES: tuple[ActingRule, ...] = (
    # 001 Điều 5: when the chief is away, the deputy assigned as standing deputy acts for the chief.
    ActingRule(Role.CHIEF, (Role.DEPUTY_CHIEF,), "001 Điều 5"),
    # 001 Điều 18.3: staff leave is agreed by a Phó Chánh Văn phòng — for an absent overseeing
    # deputy another deputy (or the chief above them) decides, never a department head.
    ActingRule(Role.DEPUTY_CHIEF, (Role.DEPUTY_CHIEF, Role.CHIEF), "001 Điều 18.3"),
    # 001 Điều 18.1: the chief asks the Phó Bí thư Thường trực; in their absence the Bí thư.
    ActingRule(Role.STANDING_DEPUTY_SECRETARY, (Role.SECRETARY,), "001 Điều 18.1"),
)


def may_act_for(approver: Role | str, acting: Role | str | None,
                rules: Iterable[ActingRule] = DEFAULT_ACTING_RULES) -> bool:
    """True if someone whose position is *acting* may decide a leave step of *approver* for an
    absent holder. No rule for *approver* means nobody acts for them."""
    if acting is None or acting == "":
        return False
    try:
        approver, acting = Role(approver), Role(acting)
    except ValueError:
        return False
    return any(r.approver is approver and acting in r.acting for r in rules)


def phone_approval_error(approved_by: int, *, requester: int, recorder: int | None,
                         step_deciders: Iterable[int]) -> str:
    """Why a phone approval by *approved_by* cannot be recorded, or "" if it can.

    001 Điều 18 (emergencies): the leader whose approval the step needs is asked by phone;
    so the approval must come from that person (or one allowed to act for them:
    *step_deciders*), never from the requester nor from whoever records it.
    """
    if approved_by == requester:
        return "Người đồng ý qua điện thoại phải là lãnh đạo có thẩm quyền, không phải người xin nghỉ."
    if recorder is not None and approved_by == recorder:
        return "Người ghi nhận không thể tự ghi mình là người đồng ý qua điện thoại."
    if approved_by not in set(step_deciders):
        return ("Người đồng ý qua điện thoại phải là người có thẩm quyền phê duyệt bước này "
                "(hoặc người được quy tắc cho phép làm thay) theo Điều 18 của quy chế.")
    return ""


# -- entitlement --------------------------------------------------------------------------

ANNUAL_BASE_DAYS = 12  # Labour Code 2019 Art. 113.1(a): normal work
SENIORITY_STEP_YEARS = 5  # Art. 114: +1 day per full 5 years with the same employer


def seniority_years(service_start: date, on: date) -> int:
    """Full years of service from *service_start* to *on* (0 before the start)."""
    if on < service_start:
        return 0
    years = on.year - service_start.year
    anniversary = _same_day_in(service_start, on.year)
    return years - (1 if on < anniversary else 0)


def _same_day_in(d: date, year: int) -> date:
    """*d* moved to *year* (29 February becomes 28 February in a common year)."""
    last = _calendar.monthrange(year, d.month)[1]
    return date(year, d.month, min(d.day, last))


def _months_worked_in_first_year(service_start: date, cal: WorkingDays | None = None) -> int:
    """Months of the starting year that count (Decree 145/2020 Art. 66.2: a month counts when the
    days worked reach 50% of its normal working days). With *cal*, working days are counted;
    without, calendar days (at least half of the month remains)."""
    year, month = service_start.year, service_start.month
    last = _calendar.monthrange(year, month)[1]
    if cal is None:
        in_month, remaining = last, last - service_start.day + 1
    else:
        days = [date(year, month, d) for d in range(1, last + 1)]
        working = [d for d in days if cal.is_working_day(d)]
        in_month, remaining = len(working), sum(1 for d in working if d >= service_start)
    first_counts = in_month > 0 and remaining * 2 >= in_month
    return 12 - month + (1 if first_counts else 0)


def annual_entitlement(service_start: date, year: int, *, base: int = ANNUAL_BASE_DAYS,
                       cal: WorkingDays | None = None) -> int:
    """Days of annual leave owed for *year* (Labour Code 2019 Art. 113–114; Decree 145/2020 Art. 66).

    - *base* days (12 for normal work; 14 or 16 for the cases of Art. 113.1(b)–(c)),
    - plus 1 day per 5 full years of service (Art. 114), counted on 31 December of *year*
      (so someone who completes 5 years during the year gets the day that year);
      *service_start* is the start of service in State bodies, which all counts
      (Decree 145/2020 Art. 66.3),
    - pro rata in the year service started (Decree 145/2020 Art. 66.1): (base + seniority
      days) / 12 × months worked, the starting month counting if the days worked reach half
      of its working days (Art. 66.2; working days of *cal* when given). The decree gives no
      rounding: the result is rounded to the nearest whole day, halves up (the office's
      practice, the rule Decree 45/2013 Art. 7 used to state),
    - 0 for a year before *service_start* (nothing is owed yet; not an error, so a
      table over all staff needs no special case).
    """
    if not isinstance(year, int) or isinstance(year, bool) or not 1 <= year <= 9999:
        raise ValueError(f"Năm không hợp lệ: {year!r}.")
    if year < service_start.year:
        return 0
    if year == service_start.year:
        months = _months_worked_in_first_year(service_start, cal)
        extra = seniority_years(service_start, date(year, 12, 31)) // SENIORITY_STEP_YEARS
        return math.floor((base + extra) * months / 12 + 0.5)
    extra = seniority_years(service_start, date(year, 12, 31)) // SENIORITY_STEP_YEARS
    return base + extra


def carried_over(unused: float, limit: float) -> float:
    """Days carried into the next year: the unused days, at most *limit* (the office setting
    ``leave.carry_over_days``; 0, the default, means nothing carries over)."""
    if limit < 0:
        raise ValueError("Số ngày phép được chuyển sang năm sau không thể âm.")
    return min(max(unused, 0.0), float(limit))
