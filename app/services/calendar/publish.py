"""Publishing the weekly schedule: numbered snapshots, and what changed since one.

Publishing freezes the week's entries as version N (who, when).  Later edits mark the
entries as amended (điều chỉnh, bổ sung) and :func:`changes_since` lists them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from app.errors import InvalidInput, NotFound
from app.rules.schedule import ScheduleEntry, WeekChange, diff_weeks, monday_of
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.calendar.read import (
    ALL,
    ScheduleFilter,
    entries_between,
    load_directory,
    series_window,
)
from app.services.plain_reads import rows as plain_rows
from app.text import nfc
from db.models import Event, ScheduleWeek


@dataclass(frozen=True)
class PublishedWeek:
    """One published version of a week."""

    week_start: date
    version: int
    published_at: datetime
    published_by: str
    note: str
    entry_count: int


def _info(row: ScheduleWeek) -> PublishedWeek:
    return PublishedWeek(row.week_start, row.version, row.published_at, row.published_by, row.note,
                         len(json.loads(row.snapshot or "[]")))


def _check_monday(monday: date) -> date:
    if monday.weekday() != 0:
        raise InvalidInput(f"Ngày {monday:%d/%m/%Y} không phải Thứ Hai.")
    return monday


def versions(session: Session, monday: date) -> list[PublishedWeek]:
    """Published versions of the week, oldest first."""
    rows = session.exec(select(ScheduleWeek).where(ScheduleWeek.week_start == _check_monday(monday))
                        .order_by(col(ScheduleWeek.version))).all()
    return [_info(r) for r in rows]


def latest_version(session: Session, monday: date) -> PublishedWeek | None:
    found = versions(session, monday)
    return found[-1] if found else None


def snapshot(session: Session, monday: date, version: int | None = None) -> list[ScheduleEntry]:
    """The entries of published *version* of the week (the latest if None)."""
    stmt = select(ScheduleWeek).where(ScheduleWeek.week_start == _check_monday(monday))
    if version is None:
        stmt = stmt.order_by(col(ScheduleWeek.version).desc())
    else:
        stmt = stmt.where(ScheduleWeek.version == version)
    row = session.exec(stmt).first()
    if row is None:
        raise NotFound(f"Tuần từ {monday:%d/%m/%Y} chưa có bản công bố"
                       + (f" số {version}." if version is not None else "."))
    return [ScheduleEntry.from_dict(d) for d in json.loads(row.snapshot or "[]")]


def _latest_snapshots_statement() -> Any:
    newest = (sa_select(col(ScheduleWeek.week_start), func.max(ScheduleWeek.version).label("v"))
              .where(col(ScheduleWeek.week_start).in_(bindparam("mondays", expanding=True)))
              .group_by(col(ScheduleWeek.week_start)).subquery())
    return sa_select(col(ScheduleWeek.week_start), col(ScheduleWeek.snapshot)).join(
        newest, (col(ScheduleWeek.week_start) == newest.c.week_start) & (col(ScheduleWeek.version) == newest.c.v))


_LATEST_SNAPSHOTS = _latest_snapshots_statement()


def latest_snapshots(session: Session, mondays: Iterable[date]) -> dict[date, list[ScheduleEntry]]:
    """The latest published entries of each week that has been published."""
    wanted = sorted(set(mondays))
    if not wanted:
        return {}
    rows = plain_rows(session, _LATEST_SNAPSHOTS, {"mondays": wanted})
    return {r.week_start: [ScheduleEntry.from_dict(d) for d in json.loads(r.snapshot or "[]")] for r in rows}


def published_weeks_between(session: Session, first: date, last: date) -> set[date]:
    """Mondays of the published weeks touching [first, last]."""
    rows = session.exec(select(col(ScheduleWeek.week_start)).where(
        ScheduleWeek.week_start >= monday_of(first), ScheduleWeek.week_start <= last)).all()
    return set(rows)


def publish_week(*, session: Session, actor: Actor, monday: date, note: str = "") -> PublishedWeek:
    """Publish the week as its next version; its entries' events become "published"."""
    require(actor, Permission.CALENDAR_PUBLISH)
    monday = _check_monday(monday)
    start, end = series_window(monday, monday + timedelta(days=6))
    entries = entries_between(session, start, end, directory=load_directory(session))
    last = session.exec(select(func.max(ScheduleWeek.version)).where(ScheduleWeek.week_start == monday)).one()
    frozen = [e if e.status == "cancelled" else replace(e, status="published") for e in entries]
    row = ScheduleWeek(week_start=monday, version=(last or 0) + 1, published_by=actor.username, note=nfc(note),
                       snapshot=json.dumps([e.to_dict() for e in frozen], ensure_ascii=False))
    ids = {e.event_id for e in entries if not e.cancelled}
    with write(session, actor, "calendar.publish", f"week:{monday.isoformat()}",
               f"version {row.version}, {len(entries)} entries"):
        session.add(row)
        for chunk in _chunks(sorted(ids)):
            for event in session.exec(select(Event).where(col(Event.id).in_(chunk),
                                                          col(Event.status).in_(("draft", "changed")))).all():
                event.status = "published"
                session.add(event)
    return _info(row)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def changes_since(session: Session, monday: date, version: int | None = None,
                  filter: ScheduleFilter = ALL) -> list[WeekChange]:
    """What changed in the week since published *version* (the latest if None)."""
    before = snapshot(session, monday, version)
    start, end = series_window(monday, monday + timedelta(days=6))
    directory = load_directory(session)
    now = entries_between(session, start, end, directory=directory)
    changes = diff_weeks(before, now)
    if filter != ALL:
        changes = [c for c in changes if filter.keeps(c.entry, directory)]
    return changes
