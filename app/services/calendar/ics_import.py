"""Importing events from an iCalendar (.ics) file: from a phone, another calendar or another
VanPhong office.

:func:`preview_ics` says, series by series, what importing would do — create it, update the
copy imported earlier (the file's SEQUENCE or LAST-MODIFIED is newer), leave it (nothing
newer), or skip it and why. :func:`import_ics` does it in one transaction with one audit row.
A series keeps its rule (in its own time zone when that zone has summer time), its excluded
days and its edited occurrences, which become exceptions of the series whatever their place
in the file. The UIDs this office gave out (``<id>@<office uuid>.vanphong``) find their own
rows again.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from uuid import uuid4

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.errors import VanPhongError
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.event_input import (
    EventInput,
    refresh_range,
    set_schedule_fields,
    status_for_new,
)
from app.services.calendar.ics_identity import local_id, office_uuid
from app.services.calendar.ics_read import IcsInstance, IcsSeries, IcsTimes, read_ics
from app.services.calendar.read import KIND_LABELS, OfficeHours, office_hours
from db.models import Event
from db.models.base import id_of

_KIND_BY_LABEL = {label: kind for kind, label in KIND_LABELS.items()}
ACTIONS = {"create": "nhập mới", "update": "cập nhật", "same": "đã có, không đổi", "skip": "bỏ qua"}


@dataclass(frozen=True)
class IcsCandidate:
    """One series (or single event) of the file, as it would be imported."""

    uid: str
    title: str
    start: datetime | None
    end: datetime | None
    all_day: bool
    location: str
    recurring: bool
    action: str  # create | update | same | skip
    problem: str = ""  # why it is skipped
    edited: int = 0  # edited occurrences (RECURRENCE-ID) kept with the series
    zone: str = ""  # the series' own time zone, if not the office's

    @property
    def importable(self) -> bool:
        return self.action in ("create", "update")

    @property
    def note(self) -> str:
        """What the preview says about it (Vietnamese)."""
        if self.action == "skip":
            return f"bỏ qua: {self.problem}"
        words = [ACTIONS[self.action]]
        if self.recurring:
            words.append("lặp định kỳ" + (f" theo giờ {self.zone}" if self.zone else ""))
        if self.edited:
            words.append(f"{self.edited} buổi sửa riêng")
        return ", ".join(words)


@dataclass(frozen=True)
class ImportResult:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # titles
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (title, reason)


@dataclass
class _Plan:
    series: IcsSeries
    data: EventInput | None
    instances: list[tuple[IcsInstance, EventInput]]
    existing: Event | None
    action: str
    problem: str = ""


def _input(series: IcsSeries, times: IcsTimes, title: str, location: str, notes: str,
           cancelled: bool) -> EventInput:
    kind = next((_KIND_BY_LABEL[c] for c in series.categories if c in _KIND_BY_LABEL), "meeting")
    end = times.end
    if times.all_day:  # the input names the last day, the row stores the exclusive end
        end = max(times.start, times.end - timedelta(days=1))
    return EventInput(title=title, start=times.start, end=end, kind=kind, all_day=times.all_day,
                      location=location, notes=notes, status="cancelled" if cancelled else None,
                      uid=series.uid)


def _plan(session: Session, series: IcsSeries, hours: OfficeHours, own: str) -> _Plan:
    existing = _existing(session, series.uid, own)
    if series.problem or series.times is None:
        return _Plan(series, None, [], existing, "skip", series.problem or "Thiếu thời gian bắt đầu.")
    try:
        data = _input(series, series.times, series.title, series.location, series.notes, series.cancelled)
        data = replace(data, rrule=series.rrule, tzid=series.tzid, exdates=sorted(series.exdates))
        data = data.clean(hours)
        instances = []
        for instance in [*series.instances, *series.extra]:
            edit = _input(series, instance.times, instance.title, instance.location, instance.notes,
                          instance.cancelled).clean(hours)
            instances.append((instance, edit))
    except VanPhongError as exc:
        return _Plan(series, None, [], existing, "skip", str(exc))
    if existing is None:
        return _Plan(series, data, instances, None, "create")
    newer = series.sequence > existing.sequence or (
        series.sequence == existing.sequence and series.last_modified is not None
        and series.last_modified > existing.updated_at)
    return _Plan(series, data, instances, existing, "update" if newer else "same")


def _existing(session: Session, uid: str, own: str) -> Event | None:
    key = local_id(uid, own) or uid
    return session.exec(select(Event).where(Event.uid == key, col(Event.series_id).is_(None))).first()


def _plans(session: Session, content: bytes) -> list[_Plan]:
    series_list = read_ics(content)
    hours = office_hours(session)
    own = office_uuid(session)
    return [_plan(session, series, hours, own) for series in series_list]


def _candidate(plan: _Plan) -> IcsCandidate:
    s = plan.series
    start = s.times.start if s.times else None
    end = s.times.end if s.times else None
    return IcsCandidate(uid=s.uid, title=s.title, start=start, end=end, all_day=bool(s.times and s.times.all_day),
                        location=s.location, recurring=s.recurring, action=plan.action, problem=plan.problem,
                        edited=len(s.instances), zone=s.tzid)


def preview_ics(session: Session, content: bytes) -> list[IcsCandidate]:
    """What importing *content* would do, series by series (nothing is written)."""
    result = [_candidate(plan) for plan in _plans(session, content)]
    result.sort(key=lambda c: (c.start or datetime.max, c.title))
    return result


def import_ics(*, session: Session, actor: Actor, content: bytes,
               uids: Collection[str] | None = None) -> ImportResult:
    """Create or update the importable series of *content* (only *uids*, if given), all at once."""
    require(actor, Permission.CALENDAR_WRITE)
    result = ImportResult()
    plans = [p for p in _plans(session, content) if uids is None or p.series.uid in uids]
    counts = {action: sum(p.action == action for p in plans) for action in ACTIONS}
    detail = ", ".join(f"{counts[a]} {label}" for a, label in ACTIONS.items())
    with write(session, actor, "event.import", "event", detail):
        for plan in plans:
            if plan.action == "skip":
                result.skipped.append((plan.series.title, plan.problem))
            elif plan.action == "same":
                result.unchanged.append(plan.series.title)
            elif plan.action == "create":
                result.created.append(_store(session, actor, plan))
            else:
                result.updated.append(_store(session, actor, plan))
    return result


def _store(session: Session, actor: Actor, plan: _Plan) -> int:
    data, series = plan.data, plan.series
    assert data is not None
    row = plan.existing
    if row is None:
        row = Event(title=data.title, start_at=data.start, end_at=data.finish, uid=series.uid)
    else:
        session.execute(delete(Event).where(col(Event.series_id) == row.id))
        row.start_at, row.end_at = data.start, data.finish
    set_schedule_fields(row, data, actor)
    if data.rrule and not row.series_key:
        row.series_key = "s" + uuid4().hex[:16]
    skipped = set(data.exdates) | {instance.rule_day for instance, _ in plan.instances
                                   if instance in series.instances}
    row.exdates = json.dumps(sorted(d.isoformat() for d in skipped)) if data.rrule else "[]"
    row.status = data.status or (row.status if plan.existing is not None and row.status != "cancelled"
                                 else status_for_new(session, row))
    row.sequence = series.sequence
    if series.last_modified is not None:
        row.updated_at = series.last_modified
    session.add(row)
    session.flush()
    for instance, edit in plan.instances:
        exception = Event(title=edit.title, start_at=edit.start, end_at=edit.finish,
                          uid=f"{series.uid}#{instance.rule_day.isoformat()}", series_id=row.id,
                          recurrence_day=instance.rule_day, series_key=row.series_key)
        set_schedule_fields(exception, edit, actor)
        exception.status = edit.status or (row.status if row.status != "cancelled" else "draft")
        exception.sequence = series.sequence
        session.add(exception)
    refresh_range(row)
    session.flush()
    return id_of(row)
