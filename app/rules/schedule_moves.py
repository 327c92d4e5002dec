"""Moving an entry of the week to another day or half-day (drag and drop in the week view):
where it lands in time."""

from __future__ import annotations

from datetime import date, datetime, time

from app.rules.schedule import HalfDay


def moved_span(start: datetime, end: datetime, *, from_half: HalfDay | str, to_day: date, to_half: HalfDay | str,
               half_start: time, whole_days: bool = False) -> tuple[datetime, datetime]:
    """The new (start, end) of an entry shown in *from_half* and dropped on *to_day*'s *to_half*.

    The entry keeps its length. Dropped on the same half-day of another day, it keeps its clock
    time; on the other half-day, it starts when that half-day starts (*half_start*, from the
    office hours). A whole-day entry keeps its time: only its days change.
    """
    length = end - start
    if whole_days or HalfDay(from_half) == HalfDay(to_half):
        new_start = datetime.combine(to_day, start.time())
    else:
        new_start = datetime.combine(to_day, half_start)
    return new_start, new_start + length
