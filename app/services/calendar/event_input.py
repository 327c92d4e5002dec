"""What the calendar's write functions share: the input a user types (:class:`EventInput`),
its validation, the plain read model of one event, and the conflict check before saving."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import bindparam, delete, or_
from sqlalchemy import select as sa_select
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col, select

from app.errors import InvalidInput, NotFound
from app.rules.recurrence import (
    WorkdayShift,
    describe,
    expand,
    has_occurrences,
    last_end,
    normalise_rule,
    zone_info,
)
from app.rules.schedule import Booking, ScheduleConflict, ScheduleEntry
from app.rules.workdays import WorkCalendar
from app.services.admin.auth import Actor
from app.services.calendar.publish import published_weeks_between
from app.services.calendar.read import (
    KIND_LABELS,
    LEADERSHIP_ROLES,
    MAX_EVENT_DAYS,
    MAX_EVENT_SPAN,
    OFFICE_LEADER_ROLES,
    OfficeHours,
    bookings_of,
    entries_between,
    exdates_of,
    find_booking_conflicts,
    load_directory,
    office_hours,
    series_window,
)
from app.services.calendar.workdays import office_calendar
from app.services.lookup import get_or_raise
from app.services.plain_reads import rows as plain_rows
from app.text import nfc
from db.models import BodyMember, Event, EventLeader, EventUnit, Person, Position, Unit
from db.models.base import id_of, now_local, stored_id
from db.models.calendar import EVENT_STATUSES, HALF_DAYS

SCOPES = ("this", "following", "all")
MAX_TITLE = 2000


@dataclass
class EventInput:
    """What a user enters for an event. ``end`` defaults to the end of the half-day.

    ``all_day``: whole days from ``start``'s day to ``end``'s day (included). ``half_day``: the whole
    morning or afternoon of ``start``'s day (office hours from the settings).
    """

    title: str
    start: datetime
    end: datetime | None = None
    kind: str = "meeting"
    all_day: bool = False
    half_day: str | None = None
    location: str = ""
    chair_id: int | None = None
    leader_ids: list[int] = field(default_factory=list)
    unit_ids: list[int] = field(default_factory=list)
    participants: str = ""
    preparing_unit_id: int | None = None
    preparing_text: str = ""
    notes: str = ""
    rrule: str = ""
    workday_shift: str = ""
    exdates: list[date] = field(default_factory=list)  # only read when creating (imports)
    status: str | None = None  # None: the service decides (draft, or changed in a published week)
    uid: str = ""  # iCalendar UID when importing
    tzid: str = ""  # a series kept in another time zone (imported); "" = office time

    @property
    def finish(self) -> datetime:
        """The end of a cleaned input (:meth:`clean` always sets it)."""
        if self.end is None:
            raise ValueError("an event input's end is only known once it is cleaned")
        return self.end

    def clean(self, hours: OfficeHours, session: Session | None = None) -> EventInput:
        """A validated, NFC-normalised copy; raises InvalidInput with a Vietnamese message."""
        title = nfc(self.title)
        if not title:
            raise InvalidInput("Nội dung công việc không được để trống.")
        if len(title) > MAX_TITLE:
            raise InvalidInput(f"Nội dung quá dài (tối đa {MAX_TITLE} ký tự).")
        if self.kind not in KIND_LABELS:
            raise InvalidInput(f"Loại lịch không hợp lệ: {self.kind}")
        if self.half_day not in (None, "", *HALF_DAYS):
            raise InvalidInput(f"Buổi không hợp lệ: {self.half_day}")
        half = self.half_day or None
        if self.all_day and half:
            raise InvalidInput("Chọn cả ngày hoặc một buổi, không chọn cả hai.")
        if not isinstance(self.start, datetime):
            if isinstance(self.start, date):
                start = datetime.combine(self.start, time(8, 0))
            else:
                raise InvalidInput("Thiếu thời gian bắt đầu.")
        else:
            start = self.start.replace(microsecond=0, tzinfo=None)  # seconds stay: imported times are exact
        end = self.end.replace(microsecond=0, tzinfo=None) if isinstance(self.end, datetime) else None
        if self.all_day:
            start = datetime.combine(start.date(), time.min)
            last = end.date() if end is not None and end.date() > start.date() else start.date()
            end = datetime.combine(last + timedelta(days=1), time.min)
        elif half:
            start, end = hours.span(start.date(), half)
        elif end is None:
            _, half_end = hours.span(start.date(), "morning" if start.time() < hours.noon else "afternoon")
            end = half_end if half_end > start else start + timedelta(hours=1)
        if end < start:  # end == start: an instant, e.g. a deadline sent by a phone
            raise InvalidInput("Thời gian kết thúc phải sau thời gian bắt đầu.")
        if end - start > MAX_EVENT_SPAN:
            raise InvalidInput(f"Một lịch công tác không kéo dài quá {MAX_EVENT_DAYS} ngày.")
        try:
            zone = self.tzid if self.rrule and self.tzid else ""
            if zone:
                zone_info(zone)
            rule = normalise_rule(self.rrule, start, zone)
            shift = WorkdayShift(self.workday_shift or "").value if rule and not zone else ""
        except ValueError as exc:
            raise InvalidInput(str(exc)) from exc
        if rule and not has_occurrences(rule, start, zone):
            raise InvalidInput("Quy tắc lặp không tạo ra buổi nào.")
        if self.status not in (None, *EVENT_STATUSES):
            raise InvalidInput(f"Trạng thái không hợp lệ: {self.status}")
        leader_ids = list(dict.fromkeys(int(p) for p in self.leader_ids if p is not None))
        unit_ids = list(dict.fromkeys(int(u) for u in self.unit_ids if u is not None))
        cleaned = EventInput(
            title=title, start=start, end=end, kind=self.kind, all_day=self.all_day, half_day=half,
            location=nfc(self.location), chair_id=self.chair_id, leader_ids=leader_ids, unit_ids=unit_ids,
            participants=nfc(self.participants), preparing_unit_id=self.preparing_unit_id,
            preparing_text=nfc(self.preparing_text), notes=nfc(self.notes), rrule=rule, workday_shift=shift,
            exdates=sorted(set(self.exdates)), status=self.status, uid=nfc(self.uid), tzid=zone if rule else "")
        if session is not None:
            cleaned.check_references(session)
        return cleaned

    def check_references(self, session: Session) -> None:
        _all_exist(session, col(Person.id), [self.chair_id, *self.leader_ids], "Không tìm thấy cán bộ có mã {}.")
        _all_exist(session, col(Unit.id), [self.preparing_unit_id, *self.unit_ids], "Không tìm thấy đơn vị có mã {}.")

    def without_recurrence(self) -> EventInput:
        return replace(self, rrule="", workday_shift="", exdates=[], tzid="")

    def with_rule(self, rule: str) -> EventInput:
        return replace(self, rrule=rule)

    @classmethod
    def of(cls, info: EventInfo) -> EventInput:
        """The input that reproduces *info* (to edit it)."""
        names = {f.name for f in fields(cls)} - {"exdates", "status"}
        data = cls(**{name: getattr(info, name) for name in names}, status=None)
        if info.all_day:  # the input names the last day; the row stores the exclusive end
            data.end = info.end - timedelta(days=1)
        return data


def _all_exist(session: Session, column: Mapped[int | None], ids: list[int | None], message: str) -> None:
    """NotFound for the first of *ids* (None skipped) that is not in *column*, from one query."""
    wanted = [i for i in ids if i is not None]
    found = set(session.exec(select(column).where(column.in_(wanted))).all()) if wanted else set()
    missing = [i for i in wanted if i not in found]
    if missing:
        raise NotFound(message.format(missing[0]))


@dataclass(frozen=True)
class EventInfo:
    """One event row as plain data."""

    id: int
    uid: str
    title: str
    kind: str
    start: datetime
    end: datetime
    all_day: bool
    half_day: str | None
    location: str
    chair_id: int | None
    chair_name: str
    leader_ids: list[int]
    leader_names: list[str]
    unit_ids: list[int]
    participants: str
    preparing_unit_id: int | None
    preparing_text: str
    notes: str
    status: str
    rrule: str
    workday_shift: str
    exdates: list[date]
    series_id: int | None
    recurrence_day: date | None
    series_key: str
    tzid: str
    recurrence_text: str
    updated_at: datetime
    updated_by: str

    @property
    def recurring(self) -> bool:
        return bool(self.rrule)


def load_event(session: Session, event_id: int | None) -> Event:
    return get_or_raise(session, Event, event_id, f"Không tìm thấy lịch công tác có mã {event_id}.")


def event_info(session: Session, row: Event) -> EventInfo:
    leader_ids = list(session.exec(select(EventLeader.person_id).where(EventLeader.event_id == row.id)
                                   .order_by(col(EventLeader.id))).all())
    unit_ids = list(session.exec(select(EventUnit.unit_id).where(EventUnit.event_id == row.id)
                                 .order_by(col(EventUnit.id))).all())
    directory = load_directory(session)
    return EventInfo(
        id=id_of(row), uid=row.uid, title=row.title, kind=row.kind, start=row.start_at, end=row.end_at,
        all_day=row.all_day, half_day=row.half_day, location=row.location, chair_id=row.chair_id,
        chair_name=directory.person(row.chair_id), leader_ids=leader_ids,
        leader_names=[directory.person(p) for p in leader_ids], unit_ids=unit_ids,
        participants=row.participants, preparing_unit_id=row.preparing_unit_id,
        preparing_text=row.preparing_text, notes=row.notes, status=row.status, rrule=row.rrule,
        workday_shift=row.workday_shift, exdates=exdates_of(row), series_id=row.series_id,
        recurrence_day=row.recurrence_day, series_key=row.series_key, tzid=row.tzid,
        recurrence_text=describe(row.rrule, row.workday_shift), updated_at=row.updated_at,
        updated_by=row.updated_by)


def occurrence_start(row: Event, rule_day: date, calendar: WorkCalendar) -> datetime:
    """Where the occurrence produced on *rule_day* starts (after any working-day shift)."""
    start, end = series_window(rule_day - timedelta(days=25), rule_day + timedelta(days=25))
    for occ in expand(row.rrule, row.start_at, row.end_at - row.start_at, start, end,
                      shift=row.workday_shift, is_working_day=calendar.is_working_day, zone=row.tzid):
        if occ.rule_day == rule_day:
            return occ.start
    return datetime.combine(rule_day, row.start_at.time())


def event_input(session: Session, event_id: int, occurrence: date | None = None) -> EventInput:
    """The input to edit an event; for an occurrence of a series, with that occurrence's times."""
    row = load_event(session, event_id)
    data = EventInput.of(event_info(session, row))
    if occurrence is not None and row.recurring:
        start = occurrence_start(row, occurrence, office_calendar(session))
        inclusive = timedelta(days=1) if row.all_day else timedelta(0)
        data.start, data.end = start, start + (row.end_at - row.start_at) - inclusive
    return data


def refresh_range(row: Event) -> None:
    """Recompute the series bookkeeping after its rule or times changed."""
    row.recurring = bool(row.rrule)
    row.range_end = last_end(row.rrule, row.start_at, row.end_at - row.start_at, shift=row.workday_shift,
                             zone=row.tzid)


def set_schedule_fields(row: Event, data: EventInput, actor: Actor | None) -> None:
    """Copy what the user entered (not the times, the caller sets those) onto *row*."""
    row.title, row.kind, row.all_day, row.half_day = data.title, data.kind, data.all_day, data.half_day
    row.location, row.chair_id, row.participants = data.location, data.chair_id, data.participants
    row.preparing_unit_id, row.preparing_text, row.notes = data.preparing_unit_id, data.preparing_text, data.notes
    row.rrule, row.workday_shift = data.rrule, data.workday_shift
    row.tzid = data.tzid if data.rrule else ""
    refresh_range(row)
    row.updated_at = now_local()
    if actor is not None:
        row.updated_by = actor.username


def set_links(session: Session, event_id: int, data: EventInput, *, new: bool = False) -> None:
    """Replace the leaders and units taking part in the event (*new*: a row just added, which has none)."""
    if not new:
        session.execute(delete(EventLeader).where(col(EventLeader.event_id) == event_id))
        session.execute(delete(EventUnit).where(col(EventUnit.event_id) == event_id))
    for pid in data.leader_ids:
        session.add(EventLeader(event_id=event_id, person_id=pid))
    for uid in data.unit_ids:
        session.add(EventUnit(event_id=event_id, unit_id=uid))


def add_exdate(row: Event, day: date) -> None:
    days = set(exdates_of(row)) | {day}
    row.exdates = json.dumps(sorted(d.isoformat() for d in days))


def _touches_published(session: Session, first: datetime, last: datetime | None) -> bool:
    end = (last or first + timedelta(days=3660)).date()
    return bool(published_weeks_between(session, first.date(), end))


def status_for_new(session: Session, row: Event) -> str:
    """A new entry in an already published week is an amendment (bổ sung)."""
    return "changed" if _touches_published(session, row.start_at, row.range_end or None) else "draft"


def status_after_edit(session: Session, row: Event, data: EventInput) -> str:
    if row.status == "cancelled":
        return "cancelled"
    if row.status in ("published", "changed"):
        return "changed"
    touched = _touches_published(session, min(row.start_at, data.start), max(row.end_at, data.finish))
    return "changed" if touched else "draft"


# -- leaders ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LeaderChoice:
    id: int
    name: str
    title: str
    group: str  # "standing" | "btv" | "office"


# The members of the Thường trực and of the BTV, then the candidates, as plain columns: an office
# of a thousand staff has a handful of leaders (statements made once, run on the connection)
_BODY_MEMBERS = (sa_select(col(Unit.code), col(BodyMember.person_id))
                 .join(Unit, col(Unit.id) == col(BodyMember.body_id))
                 .where(col(Unit.kind) == "body", col(Unit.code).in_(("thuong_truc", "btv"))))
_CANDIDATES = (sa_select(col(Person.id), col(Person.full_name), col(Position.title), col(Position.role),
                         col(Position.rank))
               .join(Position, col(Position.id) == col(Person.position_id), isouter=True)
               .where(col(Person.active), or_(col(Person.id).in_(bindparam("members", expanding=True)),
                                              col(Position.role).in_(OFFICE_LEADER_ROLES + LEADERSHIP_ROLES))))


def leader_choices(session: Session) -> list[LeaderChoice]:
    """Who can chair or attend: the Thường trực, the BTV, and the office's leaders."""
    members = plain_rows(session, _BODY_MEMBERS)
    groups: dict[int, str] = {}
    for code, group in (("thuong_truc", "standing"), ("btv", "btv")):
        for member_code, pid in members:
            if member_code == code:
                groups.setdefault(pid, group)
    rows = plain_rows(session, _CANDIDATES, {"members": list(groups)})
    result = []
    for person_id, full_name, title, role, rank in rows:
        pid = stored_id(person_id)
        group = groups.get(pid) or ("office" if role in OFFICE_LEADER_ROLES else
                                    "standing" if role in LEADERSHIP_ROLES else "")
        if group:
            result.append((999 if rank is None else rank, pid, LeaderChoice(pid, full_name, title or "", group)))
    return [choice for _rank, _id, choice in sorted(result, key=lambda t: (t[0], t[1]))]


# -- conflicts before saving --------------------------------------------------------------

def check_event(session: Session, data: EventInput, *, event_id: int | None = None, scope: str = "all",
                occurrence: date | None = None, horizon_days: int = 92) -> list[ScheduleConflict]:
    """The conflicts the event would have if saved (its own occurrences in the next months)."""
    calendar = office_calendar(session)
    data = data.clean(office_hours(session))
    if data.rrule and scope != "this":
        window_end = data.start + timedelta(days=horizon_days)
        spans = [(o.start, o.end) for o in expand(
            data.rrule, data.start, data.finish - data.start, data.start, window_end,
            shift=data.workday_shift, is_working_day=calendar.is_working_day, zone=data.tzid)][:60]
    else:
        spans = [(data.start, data.finish)]
    if not spans:
        return []
    people = frozenset(p for p in [data.chair_id, *data.leader_ids] if p is not None)
    candidates = [Booking(f"new#{i}", data.title, s, e, people, data.kind) for i, (s, e) in enumerate(spans)]
    first, last = spans[0][0].date(), (spans[-1][1] - timedelta(microseconds=1)).date()
    start, end = series_window(first, last)
    directory = load_directory(session)
    existing = entries_between(session, start, end, calendar=calendar, directory=directory)
    if event_id is not None:
        existing = [e for e in existing if not _is_edited(session, e, event_id, scope, occurrence)]
    found = find_booking_conflicts(session, [*bookings_of(existing), *candidates], first, last, calendar, directory)
    return [c for c in found if any(k.startswith("new#") for k in c.keys)]


def _is_edited(session: Session, entry: ScheduleEntry, event_id: int, scope: str, occurrence: date | None) -> bool:
    row = session.get(Event, event_id)
    if row is None:
        return False
    if entry.event_id == row.id and (scope != "this" or not row.recurring):
        return True
    if not row.series_key or not entry.key.startswith(row.series_key + "@"):
        return False
    if scope == "all":
        return True
    if scope == "this":
        return entry.rule_day == (occurrence or row.recurrence_day)
    return entry.rule_day is not None and occurrence is not None and entry.rule_day >= occurrence
