"""The office's working calendar: public holidays plus its own overrides (day_override)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app.errors import Conflict, InvalidInput
from app.rules.workdays import WorkCalendar
from app.services.admin.audit import write
from app.services.admin.auth import Actor, Permission, require
from app.services.lookup import get_or_raise
from app.services.plain_reads import rows as plain_rows
from app.services.read_cache import cached
from app.text import nfc
from db.models import DayOverride
from db.models.base import id_of

KIND_LABELS = {"day_off": "Nghỉ bù", "working_day": "Làm việc bù"}


@dataclass(frozen=True)
class OverrideInfo:
    id: int
    day: date
    kind: str
    note: str


_OVERRIDES = sa_select(col(DayOverride.day), col(DayOverride.kind))
_CALENDARS: dict[tuple[frozenset[date], frozenset[date]], WorkCalendar] = {}


def office_calendar(session: Session) -> WorkCalendar:
    """WorkCalendar with the Vietnamese public holidays and this office's overrides.

    Reused while the overrides stay the same: building one (and filling its day cache)
    costs milliseconds, and checklists and leave requests ask for one each time.
    """
    rows = cached(session, "workdays.overrides", frozenset({"day_override"}),
                  lambda: plain_rows(session, _OVERRIDES))
    key = (frozenset(d for d, k in rows if k == "day_off"), frozenset(d for d, k in rows if k == "working_day"))
    cal = _CALENDARS.get(key)
    if cal is None:
        if len(_CALENDARS) > 8:
            _CALENDARS.clear()
        cal = _CALENDARS[key] = WorkCalendar.vietnam(extra_days_off=key[0], extra_working_days=key[1])
    return cal


def list_overrides(*, session: Session, year: int | None = None) -> list[OverrideInfo]:
    stmt = select(DayOverride).order_by(col(DayOverride.day))
    if year is not None:
        stmt = stmt.where(DayOverride.day >= date(year, 1, 1), DayOverride.day <= date(year, 12, 31))
    return [OverrideInfo(id_of(r), r.day, r.kind, r.note) for r in session.exec(stmt).all()]


def add_override(*, session: Session, actor: Actor, day: date, kind: str, note: str = "") -> int:
    """Add an extra day off (nghỉ bù) or an extra working day (làm bù)."""
    require(actor, Permission.SETTINGS_WRITE)
    if kind not in KIND_LABELS:
        raise InvalidInput(f"Loại ngày không hợp lệ: {kind}")
    if session.exec(select(DayOverride).where(DayOverride.day == day)).first():
        raise Conflict(f"Ngày {day:%d/%m/%Y} đã có điều chỉnh.")
    row = DayOverride(day=day, kind=kind, note=nfc(note))
    with write(session, actor, "workdays.add", f"day:{day.isoformat()}", kind):
        session.add(row)
    return id_of(row)


def remove_override(*, session: Session, actor: Actor, override_id: int) -> None:
    require(actor, Permission.SETTINGS_WRITE)
    row = get_or_raise(session, DayOverride, override_id, "Không tìm thấy ngày điều chỉnh.")
    with write(session, actor, "workdays.remove", f"day:{row.day.isoformat()}"):
        session.delete(row)
