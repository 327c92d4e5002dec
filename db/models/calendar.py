"""Tables of the work calendar: events (single or recurring), the leaders and units
taking part, and the published versions of the weekly leadership schedule."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, event, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, object_session
from sqlmodel import Field, SQLModel

from db.models.base import datetime_field, now_local
from db.models.org import fk

EVENT_KINDS = ("meeting", "field_visit", "reception", "business_trip", "other")
EVENT_STATUSES = ("draft", "published", "changed", "cancelled")
HALF_DAYS = ("morning", "afternoon")
WORKDAY_SHIFTS = ("", "next", "previous")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Event(SQLModel, table=True):
    """One entry of the work calendar, or a recurring series of entries.

    Times are naive local office time; an event covers [start_at, end_at).  A whole half-day
    (``half_day``) or whole days (``all_day``) still carry start_at and end_at for overlap checks.
    A series has an RFC 5545 ``rrule`` (without DTSTART: ``start_at`` is the first occurrence),
    exception days in ``exdates`` (JSON list of ISO dates, the days the rule produced), and
    ``workday_shift`` to move an occurrence that falls on a day off (giao ban, 002 Điều 19.2).
    An edited single occurrence is its own row with ``series_id`` and ``recurrence_day``;
    a "this and following" edit ends the series and starts a new row (``split_from_id``)
    with the same ``series_key``, so published entries keep their identity.
    """

    __table_args__ = (
        CheckConstraint("end_at >= start_at", name="ck_event_times"),  # = : an instant (a deadline)
        CheckConstraint(_in("kind", EVENT_KINDS), name="ck_event_kind"),
        CheckConstraint(_in("status", EVENT_STATUSES), name="ck_event_status"),
        CheckConstraint("half_day IS NULL OR " + _in("half_day", HALF_DAYS), name="ck_event_half_day"),
        CheckConstraint(_in("workday_shift", WORKDAY_SHIFTS), name="ck_event_workday_shift"),
        CheckConstraint("NOT (all_day AND half_day IS NOT NULL)", name="ck_event_all_or_half"),
        CheckConstraint("recurrence_day IS NULL OR series_id IS NOT NULL", name="ck_event_exception_series"),
        CheckConstraint("series_id IS NULL OR series_id <> id", name="ck_event_not_own_series"),
        # the single events overlapping a window, their end tested in the index (migration 0012)
        Index("ix_event_recurring_start_end", "recurring", "start_at", "end_at"),
        Index("ix_event_kind_start", "recurring", "kind", "start_at"),  # one kind in a window (migration 0011)
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default="", index=True)  # iCalendar UID (export, import without duplicates)
    title: str  # Nội dung
    kind: str = "meeting"
    start_at: datetime = datetime_field(index=True)
    end_at: datetime = datetime_field()
    all_day: bool = False
    half_day: str | None = None  # morning | afternoon: the whole half-day, no precise time
    location: str = ""
    chair_id: int | None = fk("person.id", ondelete="SET NULL")  # Chủ trì
    participants: str = ""  # Thành phần, free text
    preparing_unit_id: int | None = fk("unit.id", ondelete="SET NULL")  # Đơn vị chuẩn bị
    preparing_text: str = ""  # an outside preparing body when there is no unit
    notes: str = ""
    status: str = "draft"
    # recurrence
    recurring: bool = False  # rrule != "" (indexed, to find the series quickly)
    rrule: str = ""
    exdates: str = "[]"
    workday_shift: str = ""
    range_end: datetime | None = datetime_field(nullable=True, index=True)  # end of the last occurrence; NULL = open
    series_key: str = Field(default="", index=True)  # identity of a series across splits ("" = single)
    series_id: int | None = fk("event.id", ondelete="CASCADE")  # an edited occurrence's series
    recurrence_day: date | None = None  # for an edited occurrence: the day the rule produced
    split_from_id: int | None = fk("event.id", ondelete="SET NULL")  # "this and following" origin
    # a series kept in another time zone (IANA name; "" = office time): its rule runs on that
    # zone's clock, its rule days, exdates and exceptions' recurrence_day are that zone's days
    tzid: str = ""
    # iCalendar SEQUENCE: +1 on every change (an imported event keeps the sender's number)
    sequence: int = 0
    # bookkeeping
    created_at: datetime = datetime_field(default_factory=now_local)
    updated_at: datetime = datetime_field(default_factory=now_local)
    updated_by: str = ""  # updated_at is also the iCalendar LAST-MODIFIED


@event.listens_for(Event, "before_update")
def _bump_sequence(mapper: Mapper[Event], connection: Connection, target: Event) -> None:
    """Every change of an event is a new iCalendar revision (SEQUENCE, LAST-MODIFIED).

    An import that sets the sender's own SEQUENCE keeps it.
    """
    session = object_session(target)
    if session is None or not session.is_modified(target, include_collections=False):
        return
    state = inspect(target)
    if not state.attrs.sequence.history.has_changes():
        target.sequence = (target.sequence or 0) + 1
    if not state.attrs.updated_at.history.has_changes():
        target.updated_at = now_local()


class EventLeader(SQLModel, table=True):
    """A leader taking part in an event (the chair is on the event itself)."""

    __tablename__ = "event_leader"
    __table_args__ = (UniqueConstraint("event_id", "person_id", name="uq_event_leader"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = fk("event.id", ondelete="CASCADE", nullable=False)
    person_id: int = fk("person.id", ondelete="CASCADE", nullable=False)


class EventUnit(SQLModel, table=True):
    """A unit taking part in an event (part of Thành phần)."""

    __tablename__ = "event_unit"
    __table_args__ = (UniqueConstraint("event_id", "unit_id", name="uq_event_unit"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = fk("event.id", ondelete="CASCADE", nullable=False)
    unit_id: int = fk("unit.id", ondelete="CASCADE", nullable=False)


class ScheduleWeek(SQLModel, table=True):
    """A published version of one week's leadership schedule, frozen as JSON entries."""

    __tablename__ = "schedule_week"
    __table_args__ = (
        UniqueConstraint("week_start", "version", name="uq_schedule_week_version"),
        CheckConstraint("version >= 1", name="ck_schedule_week_version"),
    )

    id: int | None = Field(default=None, primary_key=True)
    week_start: date = Field(index=True)  # the Monday
    version: int = 1
    published_at: datetime = datetime_field(default_factory=now_local)
    published_by: str = ""
    note: str = ""
    snapshot: str = "[]"  # JSON list of app.rules.schedule.ScheduleEntry dicts
