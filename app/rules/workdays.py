"""Working days: weekends, Vietnamese public holidays and the office's own overrides.

"N working days" excludes weekends, public holidays (Labour Code 2019 Art. 112, lunar
Tết and Hùng Kings' day included) and moved days off (nghỉ bù), and includes moved
working Saturdays (làm bù).  The public calendar comes from the ``holidays`` package;
the office overrides it with extra days off and extra working days.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import holidays

_ONE_DAY = timedelta(days=1)
# A bound for searching the next/previous working day: no real calendar has a
# break this long, so hitting it means the overrides make every day a day off.
_MAX_SEARCH_DAYS = 366


def _vietnam_holidays() -> holidays.HolidayBase:
    """``holidays.country_holidays("VN", language="vi")``, without importing the other 250
    countries: ``holidays.countries``' ``__init__`` imports every one of them (0.4 s and 7 MiB),
    so the Vietnamese module is imported under a stand-in of that package. Should a release of
    ``holidays`` make that module need its package, it is the library's own way again."""
    with _STAND_IN_LOCK:  # two callers must not put up and take down the stand-in over each other
        return _vietnam_holidays_unlocked()


_STAND_IN_LOCK = threading.Lock()


def _vietnam_holidays_unlocked() -> holidays.HolidayBase:
    if "holidays.countries" not in sys.modules:
        spec = importlib.util.find_spec("holidays.countries")
        if spec is not None and spec.submodule_search_locations is not None:
            stand_in = types.ModuleType("holidays.countries")
            stand_in.__path__ = list(spec.submodule_search_locations)
            sys.modules["holidays.countries"] = stand_in
            try:
                from holidays.countries.vietnam import Vietnam
            except ImportError:
                sys.modules.pop("holidays.countries.vietnam", None)
            else:
                return Vietnam(language="vi")  # type: ignore[no-untyped-call]  # untyped in holidays
            finally:
                if sys.modules.get("holidays.countries") is stand_in:
                    del sys.modules["holidays.countries"]
    return holidays.country_holidays("VN", language="vi")


class DayKind(StrEnum):
    """Why a day is (or is not) a working day."""

    WORKING = "working"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    EXTRA_DAY_OFF = "extra_day_off"
    EXTRA_WORKING_DAY = "extra_working_day"


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """One day of the calendar with its kind and, for holidays, its name."""

    day: date
    kind: DayKind
    name: str = ""

    @property
    def is_working(self) -> bool:
        return self.kind in (DayKind.WORKING, DayKind.EXTRA_WORKING_DAY)


class WorkCalendar:
    """Answers "is this a working day?" and counts working days.

    Build one with :meth:`vietnam`; it is immutable and cheap to query (results are cached).
    """

    def __init__(
        self,
        public_holidays: holidays.HolidayBase,
        *,
        extra_days_off: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
        weekend: Iterable[int] = (5, 6),
    ) -> None:
        self._holidays = public_holidays
        self._extra_off = frozenset(extra_days_off)
        self._extra_working = frozenset(extra_working_days)
        both = self._extra_off & self._extra_working
        if both:
            first = min(both)
            raise ValueError(
                f"Ngày {first:%d/%m/%Y} không thể vừa là ngày nghỉ vừa là ngày làm việc bù."
            )
        self._weekend = frozenset(weekend)
        self._cache: dict[date, bool] = {}

    @classmethod
    def vietnam(
        cls,
        extra_days_off: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
    ) -> WorkCalendar:
        """The Vietnamese public calendar plus the office's overrides."""
        return cls(
            _vietnam_holidays(),
            extra_days_off=extra_days_off,
            extra_working_days=extra_working_days,
        )

    def _public_working(self) -> set[date]:
        """Saturdays the government moved to working days (filled as years load)."""
        return getattr(self._holidays, "weekend_workdays", None) or set()

    # -- single days -------------------------------------------------------------

    def describe(self, d: date) -> CalendarDay:
        """The kind of day *d* is, with the holiday's Vietnamese name if any."""
        if d in self._extra_working:
            return CalendarDay(d, DayKind.EXTRA_WORKING_DAY, "Làm việc bù")
        if d in self._extra_off:
            return CalendarDay(d, DayKind.EXTRA_DAY_OFF, "Nghỉ bù")
        name = self._holidays.get(d)
        if name:
            return CalendarDay(d, DayKind.HOLIDAY, str(name))
        if d in self._public_working():
            return CalendarDay(d, DayKind.EXTRA_WORKING_DAY, "Làm việc bù")
        if d.weekday() in self._weekend:
            return CalendarDay(d, DayKind.WEEKEND)
        return CalendarDay(d, DayKind.WORKING)

    def is_working_day(self, d: date) -> bool:
        """True if the office works on *d*."""
        cached = self._cache.get(d)
        if cached is None:
            cached = self.describe(d).is_working
            self._cache[d] = cached
        return cached

    def holiday_name(self, d: date) -> str | None:
        """The name of the public holiday or override on *d*, or None."""
        info = self.describe(d)
        return info.name or None

    def year_days_off(self, year: int) -> list[CalendarDay]:
        """Every public holiday and override of *year* (weekends excluded), in date order."""
        self._holidays.get(date(year, 1, 1))  # make sure the year is populated
        days = {d for d in self._holidays if d.year == year}
        days |= {d for d in self._public_working() if d.year == year}
        days |= {d for d in self._extra_off | self._extra_working if d.year == year}
        return [self.describe(d) for d in sorted(days)]

    # -- arithmetic ----------------------------------------------------------------

    def next_working_day(self, d: date) -> date:
        """*d* itself if it is a working day, else the first working day after it."""
        return self._walk(d, +1)

    def previous_working_day(self, d: date) -> date:
        """*d* itself if it is a working day, else the last working day before it."""
        return self._walk(d, -1)

    def _walk(self, d: date, step: int) -> date:
        delta = _ONE_DAY * step
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_working_day(d):
                return d
            d += delta
        raise ValueError("Không tìm thấy ngày làm việc nào trong vòng một năm.")

    def add_working_days(self, d: date, n: int) -> date:
        """The working day *n* working days after *d* (before it if *n* < 0).

        Counting starts from the first working day at or after *d*; with ``n == 0``
        that day itself is returned.  So ``add_working_days(add_working_days(d, n), -n)``
        is ``add_working_days(d, 0)`` for every *d* and *n*.
        """
        if not isinstance(n, int) or isinstance(n, bool):
            raise ValueError("Số ngày làm việc phải là số nguyên.")
        current = self.next_working_day(d)
        step = _ONE_DAY if n > 0 else -_ONE_DAY
        remaining = abs(n)
        while remaining:
            current += step
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, a: date, b: date) -> int:
        """Number of working days in [a, b], both ends included."""
        if b < a:
            raise ValueError(
                f"Ngày kết thúc {b:%d/%m/%Y} trước ngày bắt đầu {a:%d/%m/%Y}."
            )
        count = 0
        d = a
        while d <= b:
            if self.is_working_day(d):
                count += 1
            d += _ONE_DAY
        return count

    def working_days_in(self, a: date, b: date) -> list[date]:
        """The working days in [a, b], in order."""
        if b < a:
            return []
        days = []
        d = a
        while d <= b:
            if self.is_working_day(d):
                days.append(d)
            d += _ONE_DAY
        return days
