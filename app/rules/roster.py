"""Duty rosters (lịch trực) for holidays and Tết: which days, and a fair rotation.

001 Điều 18: holidays follow the rules, "but the office must arrange people on duty
(the roster is set by the office)". The office is never empty: every day of a holiday
period gets its people on duty, spread evenly over the year.
Pure functions: no database, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.rules.workdays import DayKind, WorkCalendar

_ONE_DAY = timedelta(days=1)
_MAX_PERIOD_DAYS = 31  # no holiday break is longer; a bound for the search


@dataclass(frozen=True)
class HolidayPeriod:
    """A run of consecutive days off that contains at least one public holiday or office day off."""

    name: str
    start: date
    end: date

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


def days_off_around(cal: WorkCalendar, day: date) -> list[date]:
    """The consecutive days off (weekends, holidays, moved days off) that contain *day*;
    [] if *day* is a working day."""
    if cal.is_working_day(day):
        return []
    start = end = day
    for _ in range(_MAX_PERIOD_DAYS):
        if cal.is_working_day(start - _ONE_DAY):
            break
        start -= _ONE_DAY
    for _ in range(_MAX_PERIOD_DAYS):
        if cal.is_working_day(end + _ONE_DAY):
            break
        end += _ONE_DAY
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def holiday_periods(cal: WorkCalendar, year: int) -> list[HolidayPeriod]:
    """Every holiday break starting in *year*, with its weekends, named after its holidays."""
    periods: list[HolidayPeriod] = []
    seen: set[date] = set()
    for info in cal.year_days_off(year):
        if info.day in seen or info.kind not in (DayKind.HOLIDAY, DayKind.EXTRA_DAY_OFF):
            continue
        run = days_off_around(cal, info.day)
        if not run or run[0].year != year:
            seen.update(run)
            continue
        seen.update(run)
        periods.append(HolidayPeriod(_period_name(cal, run), run[0], run[-1]))
    return periods


_LUNAR_NEW_YEAR = "Tết Nguyên Đán"


def _period_name(cal: WorkCalendar, run: Sequence[date]) -> str:
    """"Tết Nguyên Đán", "Ngày Chiến thắng – Ngày Quốc tế Lao động": the holidays' own names
    without "(nghỉ bù)" notes, moved days off and the eve/day-number variants of Tết."""
    names: list[str] = []
    for d in run:
        name = re.sub(r"\s*\(.*\)\s*$", "", cal.holiday_name(d) or "").strip()
        if _LUNAR_NEW_YEAR in name or name.endswith(" Tết"):
            name = _LUNAR_NEW_YEAR
        if name and not name.startswith(("Ngày nghỉ", "Nghỉ bù")) and name not in names:
            names.append(name)
    return " – ".join(names) or "Ngày nghỉ"


@dataclass
class RotationPlan:
    """The result of :func:`fair_rotation`: who is on duty each day, and the days left short."""

    assignments: dict[date, list[int]] = field(default_factory=dict)
    short_days: list[date] = field(default_factory=list)

    def counts(self) -> dict[int, int]:
        result: dict[int, int] = {}
        for people in self.assignments.values():
            for pid in people:
                result[pid] = result.get(pid, 0) + 1
        return result


def fair_rotation(days: Sequence[date], pool: Sequence[int], *, per_day: int = 1,
                  need: Mapping[date, int] | None = None,
                  previous: Mapping[int, int] | None = None,
                  last_duty: Mapping[int, date] | None = None,
                  unavailable: Mapping[int, set[date]] | None = None) -> RotationPlan:
    """Spread *per_day* people of *pool* over *days* (or *need*[day] of them, for days partly
    filled by hand), fairly.

    Each day takes the available people with the fewest duties so far this year
    (*previous* duties plus those given in this plan), then the one whose last duty is
    longest ago, then pool order; nobody is on duty twice the same day, and nobody who is
    *unavailable* that day (on leave). Days that cannot be filled are listed in
    ``short_days``. ValueError for an empty pool or a non-positive *per_day*.
    """
    if per_day < 1:
        raise ValueError("Mỗi ngày phải có ít nhất một người trực.")
    pool = list(dict.fromkeys(pool))
    if not pool:
        raise ValueError("Chưa chọn người trực.")
    counts = {pid: int((previous or {}).get(pid, 0)) for pid in pool}
    last = {pid: (last_duty or {}).get(pid) for pid in pool}
    away = unavailable or {}
    order = {pid: i for i, pid in enumerate(pool)}
    plan = RotationPlan()
    for day in sorted(set(days)):
        free = [pid for pid in pool if day not in away.get(pid, set())]
        free.sort(key=lambda pid: (counts[pid], last[pid] == day - _ONE_DAY,
                                   last[pid] or date.min, order[pid]))
        wanted = per_day if need is None else need.get(day, per_day)
        chosen = free[:wanted]
        plan.assignments[day] = chosen
        if len(chosen) < wanted:
            plan.short_days.append(day)
        for pid in chosen:
            counts[pid] += 1
            last[pid] = day
    return plan


_CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


def lunar_year_name(year: int) -> str:
    """The Vietnamese name of the lunar year that starts with the Tết of *year*: 2026 → "Bính Ngọ"."""
    return f"{_CAN[(year - 4) % 10]} {_CHI[(year - 4) % 12]}"
