"""Meeting preparation rules: checklist deadlines, quorum, absences (regulations 003, 004).

Public API (DESIGN.md)::

    from app.rules.meetings import MeetingKind, checklist, quorum_met
    checklist(kind, start, end, cal) -> list[ChecklistItem]   # .department, .task, .due
    quorum_met(members, present) -> bool                      # present ≥ 2/3 of members

Deadlines are computed with :class:`~app.rules.workdays.WorkCalendar`, so weekends,
Tết and the office's moved days are skipped: a meeting on the Monday after Tết gets its
invitation deadline before Tết.  A deadline given in working days falls at
``deadline`` (17:00 by default — the end of the office day; the office can change it)
of that working day, never later than the meeting's start.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.rules.meeting_templates import (
    ABSENCE_LIMIT,
    CONDITION_FOREIGN_GUESTS,
    DEFAULT_NUMBERS,
    DEFAULT_TEMPLATES,
    DEPARTMENT_LABELS,
    KIND_BODY,
    KIND_LABELS,
    QUORUM_KINDS,
    RULE_LABELS,
    Department,
    DueRule,
    MeetingKind,
    TemplateItem,
    department_label,
)
from app.rules.protocol import AttendeeRole, name_key, protocol_key
from app.rules.workdays import WorkCalendar

__all__ = [
    "ABSENCE_LIMIT", "DEFAULT_DEADLINE", "DEFAULT_NUMBERS", "DEFAULT_TEMPLATES", "DEPARTMENT_LABELS",
    "KIND_BODY", "KIND_LABELS", "QUORUM_KINDS", "RULE_LABELS", "AttendanceRecord", "AttendanceStatus",
    "AttendeeRole", "ChecklistItem", "Department", "DueRule", "DueState", "MeetingKind", "TemplateItem",
    "absences_by_person", "absences_in_year", "checklist", "department_label", "due_for", "due_state",
    "name_key", "over_absence_limit", "protocol_key", "quorum_met", "quorum_needed",
]

DEFAULT_DEADLINE = time(17, 0)  # end of the office day: when a "N working days before" task is due


@dataclass(frozen=True)
class ChecklistItem:
    """One dated task of a meeting's checklist, and the template item it came from."""

    department: str
    task: str
    due: datetime
    template: TemplateItem
    number: int = 0  # the days or minutes used for *due*

    @property
    def rule(self) -> DueRule:
        return self.template.rule


def _check_times(start: datetime, end: datetime) -> None:
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        raise ValueError("Thời gian bắt đầu và kết thúc phải có cả ngày và giờ.")
    if end < start:
        raise ValueError(
            f"Thời gian kết thúc ({end:%H:%M %d/%m/%Y}) trước thời gian bắt đầu ({start:%H:%M %d/%m/%Y})."
        )


def due_for(rule: DueRule | str, number: int, start: datetime, end: datetime, cal: WorkCalendar,
            *, deadline: time = DEFAULT_DEADLINE) -> datetime:
    """When a task with *rule* and *number* (days or minutes) is due for a meeting.

    - N working days before: the N-th working day before the start day (counting from the
      first working day at or after it), at *deadline*, and never after the start.
    - N minutes before: the start minus N minutes.  At start: the start.
    - N working days after: the N-th working day after the end day (counting from the last
      working day at or before it), at *deadline*.
    """
    _check_times(start, end)
    rule = DueRule(rule)
    if isinstance(number, bool) or not isinstance(number, int) or number < 0:
        raise ValueError("Số ngày, số phút phải là số nguyên không âm.")
    if rule is DueRule.AT_START:
        return start
    if rule is DueRule.MINUTES_BEFORE:
        return start - timedelta(minutes=number)
    if rule is DueRule.WORKING_DAYS_BEFORE:
        day = cal.add_working_days(start.date(), -number)  # counts back from the next working day
        return min(datetime.combine(day, deadline), start)
    day = cal.previous_working_day(end.date())
    if number:
        day = cal.add_working_days(day, number)
    return max(datetime.combine(day, deadline), end)


def checklist(kind: MeetingKind | str, start: datetime, end: datetime, cal: WorkCalendar,
              templates: Mapping[MeetingKind, Sequence[TemplateItem]] = DEFAULT_TEMPLATES, *,
              important: bool = False, foreign_guests: bool = False,
              numbers: Mapping[str, int] | None = None,
              deadline: time = DEFAULT_DEADLINE) -> list[ChecklistItem]:
    """The dated checklist of a meeting of *kind* from *start* to *end*.

    *templates* maps each kind to its items (the defaults transcribe regulation 003);
    *numbers* are the office's settings (defaults: :data:`DEFAULT_NUMBERS`).  An
    *important* meeting sends its documents earlier (004 Điều 11.2); items for foreign
    guests are included only with *foreign_guests*.  Items come sorted by due time, in
    template order within the same time.
    """
    kind = MeetingKind.parse(kind)
    _check_times(start, end)
    items: list[ChecklistItem] = []
    for template in templates.get(kind, ()):
        if template.condition == CONDITION_FOREIGN_GUESTS and not foreign_guests:
            continue
        number = template.number(numbers, important=important)
        due = due_for(template.rule, number, start, end, cal, deadline=deadline)
        items.append(ChecklistItem(template.department, template.task, due, template, number))
    order = {id(item): i for i, item in enumerate(items)}
    return sorted(items, key=lambda item: (item.due, order[id(item)]))


class DueState(StrEnum):
    """How a checklist item stands against its deadline (the pane colours it)."""

    DONE = "done"
    OVERDUE = "overdue"  # red
    SOON = "soon"  # due within 1 working day: amber
    LATER = "later"


def due_state(due: datetime, now: datetime, cal: WorkCalendar, *, done: bool = False) -> DueState:
    """Done; overdue (past due); soon (due by the end of the next working day); or later."""
    if done:
        return DueState.DONE
    if due < now:
        return DueState.OVERDUE
    next_day = cal.add_working_days(now.date(), 1)
    return DueState.SOON if due.date() <= next_day else DueState.LATER


# -- quorum (004 Điều 10.1, 11.1) ----------------------------------------------------

def _count(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} phải là số nguyên.")
    if value < 0:
        raise ValueError(f"{what} không được âm.")
    return value


def quorum_met(members: int, present: int) -> bool:
    """True when at least 2/3 of the body's *members* are *present* (exact integers).

    004 Điều 10.1 (BCH) and 11.1 (BTV).  A body with no members holds no valid meeting,
    so ``quorum_met(0, 0)`` is False.  Negative numbers or more present than members
    raise ValueError.
    """
    members = _count(members, "Số ủy viên")
    present = _count(present, "Số ủy viên có mặt")
    if present > members:
        raise ValueError(f"Số ủy viên có mặt ({present}) lớn hơn tổng số ủy viên ({members}).")
    if members == 0:
        return False
    return present * 3 >= members * 2


def quorum_needed(members: int) -> int:
    """The fewest members present for a quorum: ⌈2·members/3⌉ (at least 1 for a body with members)."""
    members = _count(members, "Số ủy viên")
    return (2 * members + 2) // 3


# -- attendance and absences (004 Điều 10.1: not absent more than 2 times a year) ------

class AttendanceStatus(StrEnum):
    PRESENT = "present"  # có mặt
    LATE = "late"  # đến muộn (counts as present)
    ABSENT = "absent"  # vắng mặt


STATUS_LABELS: dict[AttendanceStatus, str] = {
    AttendanceStatus.PRESENT: "Có mặt",
    AttendanceStatus.LATE: "Đến muộn",
    AttendanceStatus.ABSENT: "Vắng mặt",
}


@dataclass(frozen=True)
class AttendanceRecord:
    """One member's attendance at one meeting."""

    person_id: int
    day: date
    status: AttendanceStatus | str


def absences_by_person(records: Iterable[AttendanceRecord], year: int, *,
                       up_to: date | None = None) -> dict[int, int]:
    """How many meetings of *year* each person missed (permitted absences count too).

    004 Điều 10.1 limits a member to 2 absences a year: what counts at a given meeting is
    the absences up to that meeting (*up_to*, its day, included), not those recorded for
    meetings later in the year.
    """
    counts: dict[int, int] = {}
    for record in records:
        if record.day.year != year or (up_to is not None and record.day > up_to):
            continue
        if AttendanceStatus(record.status) is AttendanceStatus.ABSENT:
            counts[record.person_id] = counts.get(record.person_id, 0) + 1
    return counts


def absences_in_year(records: Iterable[AttendanceRecord], person_id: int, year: int, *,
                     up_to: date | None = None) -> int:
    """How many meetings of *year* *person_id* missed (up to *up_to*, if given)."""
    return absences_by_person((r for r in records if r.person_id == person_id), year, up_to=up_to).get(person_id, 0)


def over_absence_limit(absences: int, limit: int = DEFAULT_NUMBERS[ABSENCE_LIMIT]) -> bool:
    """True when *absences* in a year exceed the limit (004 Điều 10.1: "không được vắng quá 2 lần/năm")."""
    return _count(absences, "Số lần vắng") > _count(limit, "Giới hạn số lần vắng")
